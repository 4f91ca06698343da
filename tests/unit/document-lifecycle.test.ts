import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Platform } from '../../electron/core/context';
import { seedDemoData } from '../../electron/core/demo';
import { existingMinutesPrompt } from '../../renderer/src/screens/meeting/existing-minutes';
import { plainText } from '../../shared/rich-text';
import { documentFieldsSchema } from '../../shared/schemas/document';
import { openTestCore, type TestCore } from '../support/core';
import { dumpUserTables } from '../support/db-dump';
import { documentSaveInput, finalisedDocument, issuedDocument, paragraphs, saveProfile } from '../support/document-store';
import { attendee, conclusion, createAndSaveMeeting } from '../support/fixtures';
import { expectFailure } from '../support/results';

let core: TestCore;
beforeEach(() => {
  core = openTestCore({ now: new Date('2026-03-10T09:00:00.000Z') });
  saveProfile(core);
});
afterEach(() => core?.close());

const BY = 'Vũ Thị Hồng Nhung';
const minute = (n: number) => new Date(Date.parse('2026-03-10T09:00:00.000Z') + n * 60_000);

describe('standalone documents', () => {
  it('start from the profile with an empty body, and are listed newest edit first with accent-free search', () => {
    const report = core.must('documents:create', { kind: 'bao_cao', reportKind: 'tong_ket', summary: 'Tổng kết công tác Mặt trận năm 2025' });
    expect(report).toMatchObject({
      kind: 'bao_cao',
      reportKind: 'tong_ket',
      status: 'ban_nhap',
      meetingId: null,
      documentDate: '2026-03-10',
      numberSymbol: '     /BC-MTTQ-BTT',
      addressees: ['Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam'],
      body: { type: 'doc', content: [{ type: 'paragraph' }] },
    });
    expect(report.recipients.at(-1)).toBe('Lưu: VT, MTTQ.');
    core.setNow(minute(1));
    const letter = core.must('documents:create', { kind: 'cong_van', reportKind: 'so_ket', summary: 'V/v đề nghị hỗ trợ người nghèo' });
    expect(letter.reportKind).toBeNull();
    expect(letter.numberSymbol).toBe('     /MTTQ-BTT');

    expect(core.must('documents:list', {}).items.map((d) => d.id)).toEqual([letter.id, report.id]);
    core.setNow(minute(2));
    core.must('documents:save', { ...documentSaveInput(report), body: paragraphs('Đảng ủy xã đã lãnh đạo sát sao.') });
    expect(core.must('documents:list', {}).items.map((d) => d.id)).toEqual([report.id, letter.id]);
    expect(core.must('documents:list', { text: 'dang uy xa' }).items.map((d) => d.id)).toEqual([report.id]);
    expect(core.must('documents:list', { text: 'ho tro nguoi ngheo' }).items.map((d) => d.id)).toEqual([letter.id]);
    expect(core.must('documents:list', { kind: 'cong_van' }).total).toBe(1);
    expect(core.must('documents:list', { status: 'da_ban_hanh' }).total).toBe(0);
  });
});

describe('finalising, unlocking and issuing', () => {
  it('finalise locks the document with who, when and a content hash; saving is then refused', () => {
    const doc = finalisedDocument(core, 'bien_ban', '2026-01-05');
    expect(doc).toMatchObject({ status: 'da_hoan_thien', finalisedBy: BY, finalisedAt: '2026-03-10T09:00:00.000Z' });
    expect(doc.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const before = dumpUserTables(core.ctx.db);
    const message = expectFailure(core.call('documents:save', { ...documentSaveInput(doc), summary: 'Sửa lén' }), 'CONFLICT');
    expect(message).toMatch(/hoàn thiện bởi Vũ Thị Hồng Nhung lúc .* nên đang bị khóa/);
    expect(message).toContain('mở khóa');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
    expect(expectFailure(core.call('documents:finalise', { id: doc.id, by: BY }), 'CONFLICT')).toMatch(/đã được hoàn thiện/);
    expect(core.must('documents:versions', { id: doc.id })[0]!.reason).toBe('hoan_thien');
  });

  it('refuses to finalise an empty document', () => {
    const doc = core.must('documents:create', { kind: 'bien_ban' });
    expect(expectFailure(core.call('documents:finalise', { id: doc.id, by: BY }), 'VALIDATION')).toMatch(/trích yếu/);
    core.must('documents:save', { ...documentSaveInput(doc), summary: 'Biên bản họp' });
    expect(expectFailure(core.call('documents:finalise', { id: doc.id, by: BY }), 'VALIDATION')).toMatch(/trống/);
  });

  it('the hash is the same for the same content and differs when the content changes', () => {
    const doc = finalisedDocument(core, 'bien_ban', '2026-01-05');
    const firstHash = doc.contentHash;
    core.setNow(minute(10));
    core.must('documents:unlock', { id: doc.id, by: BY, reason: 'Kiểm tra lại' });
    const again = core.must('documents:finalise', { id: doc.id, by: 'Người khác' });
    expect(again.contentHash).toBe(firstHash);

    core.must('documents:unlock', { id: doc.id, by: BY, reason: 'Sửa lỗi chính tả' });
    const unlocked = core.must('documents:get', { id: doc.id });
    core.must('documents:save', { ...documentSaveInput(unlocked), body: paragraphs('Nội dung đã sửa lỗi chính tả.') });
    const changed = core.must('documents:finalise', { id: doc.id, by: BY });
    expect(changed.contentHash).not.toBe(firstHash);
  });

  it('unlocking is recorded with who and why; a draft has nothing to unlock', () => {
    const doc = finalisedDocument(core, 'thong_bao_ket_luan', '2026-01-05');
    core.setNow(minute(3));
    const unlocked = core.must('documents:unlock', { id: doc.id, by: 'Nguyễn Văn Hùng', reason: 'Bổ sung kết luận thứ ba' });
    expect(unlocked).toMatchObject({ status: 'ban_nhap', finalisedAt: null, finalisedBy: null, contentHash: null });
    expect(core.must('documents:events', { id: doc.id })).toEqual([
      { at: minute(3).toISOString(), kind: 'mo_khoa', by: 'Nguyễn Văn Hùng', note: 'Bổ sung kết luận thứ ba' },
      { at: minute(0).toISOString(), kind: 'hoan_thien', by: BY, note: '' },
    ]);
    expect(core.call('documents:save', documentSaveInput(unlocked)).ok).toBe(true);
    expect(expectFailure(core.call('documents:unlock', { id: doc.id, by: BY, reason: 'x' }), 'CONFLICT')).toMatch(/bản nháp/);
  });

  it('an issued document cannot be unlocked, edited or deleted; its number stays in the register', () => {
    const doc = issuedDocument(core, 'bien_ban', '2026-01-05');
    expect(doc.issuedAt).toBe('2026-03-10T09:00:00.000Z');
    const before = dumpUserTables(core.ctx.db);
    expect(expectFailure(core.call('documents:unlock', { id: doc.id, by: BY, reason: 'Sửa' }), 'CONFLICT')).toMatch(
      /đã ban hành \(số 01\/BB-MTTQ-BTT\) nên không mở khóa được/,
    );
    expect(expectFailure(core.call('documents:save', documentSaveInput(doc)), 'CONFLICT')).toMatch(/đã ban hành/);
    expect(expectFailure(core.call('documents:delete', { id: doc.id }), 'CONFLICT')).toMatch(/sổ đăng ký/);
    expect(expectFailure(core.call('documents:refreshFromMeeting', { id: doc.id }), 'CONFLICT')).toMatch(/đã ban hành/);
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('delete moves a draft to the bin and restore brings it back; a finalised one must be unlocked first', () => {
    const draft = core.must('documents:create', { kind: 'ke_hoach', summary: 'Kế hoạch tổ chức Ngày hội Đại đoàn kết' });
    core.must('documents:delete', { id: draft.id });
    expect(core.must('documents:list', {}).total).toBe(0);
    expect(expectFailure(core.call('documents:get', { id: draft.id }), 'NOT_FOUND')).toMatch(/văn bản/);
    core.must('documents:restore', { id: draft.id });
    expect(core.must('documents:get', { id: draft.id }).summary).toBe('Kế hoạch tổ chức Ngày hội Đại đoàn kết');
    expectFailure(core.call('documents:restore', { id: draft.id }), 'NOT_FOUND');

    const locked = finalisedDocument(core, 'bien_ban', '2026-01-05');
    expect(expectFailure(core.call('documents:delete', { id: locked.id }), 'CONFLICT')).toMatch(/mở khóa/);
  });
});

describe('minutes of a meeting', () => {
  const secretaryAndChair = () => [
    attendee({ fullName: 'Nguyễn Văn Hùng', title: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', role: 'chu_tri' }),
    attendee({ fullName: 'Phạm Thu Hà', title: 'Chánh Văn phòng', role: 'thu_ky' }),
  ];
  const status = (meetingId: number) => core.must('meetings:get', { id: meetingId }).status;
  const issue = (id: number) => {
    core.must('documents:finalise', { id, by: BY });
    return core.must('documents:issue', { id, number: null, by: BY });
  };

  it('are not finalised without the secretary who signs them, asked for in Vietnamese', () => {
    const meetingId = createAndSaveMeeting(core, { attendees: [secretaryAndChair()[0]!], conclusions: [conclusion('Thống nhất.')] });
    const doc = core.must('documents:createFromMeeting', { meetingId, kind: 'bien_ban' });
    expect(doc.minutesSigners).toEqual({ secretaryName: '', chairName: 'Nguyễn Văn Hùng' });
    const before = dumpUserTables(core.ctx.db);
    const message = expectFailure(core.call('documents:finalise', { id: doc.id, by: BY }), 'VALIDATION');
    expect(message).toMatch(/chưa có tên thư ký/);
    expect(message).toMatch(/Hãy nhập họ tên thư ký/);
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
    // Spaces are not a name either.
    core.must('documents:save', { ...documentSaveInput(doc), minutesSigners: { secretaryName: '   ', chairName: 'Nguyễn Văn Hùng' } });
    expectFailure(core.call('documents:finalise', { id: doc.id, by: BY }), 'VALIDATION');
    core.must('documents:save', { ...documentSaveInput(doc), minutesSigners: { secretaryName: 'Phạm Thu Hà', chairName: 'Nguyễn Văn Hùng' } });
    expect(core.must('documents:finalise', { id: doc.id, by: BY }).status).toBe('da_hoan_thien');
    // Other documents have no secretary to sign.
    const notice = core.must('documents:createFromMeeting', { meetingId, kind: 'thong_bao_ket_luan' });
    expect(core.must('documents:finalise', { id: notice.id, by: BY }).status).toBe('da_hoan_thien');
  });

  it('once issued, no second minutes can be drafted, and the message names the issued ones', () => {
    const meetingId = createAndSaveMeeting(core, { attendees: secretaryAndChair(), conclusions: [conclusion('Thống nhất.')] });
    // Before issue a second draft is allowed (a fresh start); a draft in the bin does not count either.
    const first = core.must('documents:createFromMeeting', { meetingId, kind: 'bien_ban' });
    const second = core.must('documents:createFromMeeting', { meetingId, kind: 'bien_ban' });
    core.must('documents:delete', { id: second.id });
    const issued = issue(first.id);
    const before = dumpUserTables(core.ctx.db);
    const message = expectFailure(core.call('documents:createFromMeeting', { meetingId, kind: 'bien_ban' }), 'CONFLICT');
    expect(message).toContain(`đã có biên bản ban hành (số ${issued.numberSymbol}, ngày 05/01/2026)`);
    expect(message).toMatch(/không tạo thêm biên bản/);
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
    // The notice and the invitation are other documents.
    expect(core.call('documents:createFromMeeting', { meetingId, kind: 'thong_bao_ket_luan' }).ok).toBe(true);
    // Another meeting is not concerned.
    const other = createAndSaveMeeting(core, { attendees: secretaryAndChair() });
    expect(core.call('documents:createFromMeeting', { meetingId: other, kind: 'bien_ban' }).ok).toBe(true);
  });

  it('two drafts open at once: once one is issued, issuing the other is refused in Vietnamese, nothing written', () => {
    const meetingId = createAndSaveMeeting(core, { status: 'da_hop', attendees: secretaryAndChair(), conclusions: [conclusion('Thống nhất.')] });
    // Both drafted (and finalised) before either was issued.
    const first = core.must('documents:createFromMeeting', { meetingId, kind: 'bien_ban' });
    const second = core.must('documents:createFromMeeting', { meetingId, kind: 'bien_ban' });
    core.must('documents:finalise', { id: second.id, by: BY });
    const issued = issue(first.id);
    expect(status(meetingId)).toBe('da_co_bien_ban');
    const before = dumpUserTables(core.ctx.db);
    const message = expectFailure(core.call('documents:issue', { id: second.id, number: null, by: BY }), 'CONFLICT');
    expect(message).toContain(`hội nghị đã có biên bản ban hành (số ${issued.numberSymbol}, ngày 05/01/2026)`);
    expect(message).toMatch(/^Không ban hành được biên bản này/);
    expect(message).toMatch(/mỗi hội nghị chỉ có một biên bản/);
    // A number typed by hand does not get past it either.
    expectFailure(core.call('documents:issue', { id: second.id, number: 2, by: BY }), 'CONFLICT');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
    expect(core.must('documents:get', { id: second.id }).status).toBe('da_hoan_thien');
    // The register was not touched: the next minutes number is still the one after the issued one.
    expect(core.must('documents:nextNumber', { id: second.id }).number).toBe(issued.number! + 1);
    // The second draft can still be put away: unlocked and deleted.
    core.must('documents:unlock', { id: second.id, by: BY, reason: 'Bản soạn trùng' });
    expect(core.call('documents:delete', { id: second.id }).ok).toBe(true);
    // Minutes of another meeting are not concerned.
    const other = createAndSaveMeeting(core, { attendees: secretaryAndChair(), conclusions: [conclusion('Thống nhất.')] });
    expect(issue(core.must('documents:createFromMeeting', { meetingId: other, kind: 'bien_ban' }).id).status).toBe('da_ban_hanh');
  });

  it('"Tạo biên bản" on a meeting with minutes offers to open them (as listed by the real handler), a new draft only before issue', () => {
    const meetingId = createAndSaveMeeting(core, { attendees: secretaryAndChair(), conclusions: [conclusion('Thống nhất.')] });
    const minutesOf = () => core.must('documents:list', { meetingId, kind: 'bien_ban', pageSize: 100 }).items;
    expect(existingMinutesPrompt(minutesOf())).toBeNull();
    // Other documents of the meeting are not minutes.
    core.must('documents:createFromMeeting', { meetingId, kind: 'thong_bao_ket_luan' });
    expect(existingMinutesPrompt(core.must('documents:list', { meetingId, pageSize: 100 }).items)).toBeNull();

    const first = core.must('documents:createFromMeeting', { meetingId, kind: 'bien_ban' });
    const one = existingMinutesPrompt(minutesOf())!;
    expect(one).toMatchObject({ title: 'Hội nghị này đã có một biên bản đang soạn', allowAnother: true });
    expect(one.open.id).toBe(first.id);
    expect(one.content).toContain('Biên bản “Hội nghị tổng kết công tác Mặt trận năm 2025” (bản nháp, sửa lần cuối lúc');
    expect(one.content).toMatch(/\d{2}:\d{2}, 10\/03\/2026\)/);
    expect(one.content).toContain('khi một bản đã ban hành, bản còn lại không ban hành được');

    // Two drafts: the one edited last is offered.
    core.setNow(minute(1));
    const second = core.must('documents:createFromMeeting', { meetingId, kind: 'bien_ban' });
    core.setNow(minute(2));
    core.must('documents:save', { ...documentSaveInput(first), summary: 'Biên bản đang soạn tiếp' });
    const two = existingMinutesPrompt(minutesOf())!;
    expect(two.title).toBe('Hội nghị này đã có 2 biên bản đang soạn');
    expect(two.open.id).toBe(first.id);

    // Once one is issued, it is the one offered, and no new draft.
    core.must('documents:finalise', { id: second.id, by: BY });
    const issued = core.must('documents:issue', { id: second.id, number: null, by: BY });
    const done = existingMinutesPrompt(minutesOf())!;
    expect(done).toMatchObject({ title: 'Hội nghị này đã có biên bản ban hành', allowAnother: false });
    expect(done.open.id).toBe(second.id);
    expect(done.content).toBe(
      `Biên bản số ${issued.numberSymbol}, ngày 05/01/2026 đã ban hành; mỗi hội nghị chỉ có một biên bản, nên không tạo thêm biên bản. ` +
        'Nếu cần thay đổi, hãy soạn văn bản khác thay thế.',
    );
  });

  it('issued, move the meeting on to "Đã có biên bản", never back', () => {
    const held = createAndSaveMeeting(core, { status: 'da_hop', attendees: secretaryAndChair(), conclusions: [conclusion('Thống nhất.')] });
    const notice = core.must('documents:createFromMeeting', { meetingId: held, kind: 'thong_bao_ket_luan' });
    issue(notice.id);
    expect(status(held)).toBe('da_hop');
    const minutes = core.must('documents:createFromMeeting', { meetingId: held, kind: 'bien_ban' });
    core.must('documents:finalise', { id: minutes.id, by: BY });
    expect(status(held)).toBe('da_hop');
    const updatedBefore = core.must('meetings:get', { id: held }).updatedAt;
    core.setNow(minute(5));
    core.must('documents:issue', { id: minutes.id, number: null, by: BY });
    const after = core.must('meetings:get', { id: held });
    expect(after.status).toBe('da_co_bien_ban');
    // Through the write path: stamped and logged like any other change of the meeting.
    expect(after.updatedAt > updatedBefore).toBe(true);
    const logged = core.ctx.db
      .prepare("SELECT fields FROM change_log WHERE table_name = 'meetings' AND row_key = ? ORDER BY id DESC LIMIT 1")
      .get(String(held)) as { fields: string };
    expect(JSON.parse(logged.fields)).toContain('status');

    const done = createAndSaveMeeting(core, { status: 'hoan_tat', attendees: secretaryAndChair(), conclusions: [conclusion('Thống nhất.')] });
    issue(core.must('documents:createFromMeeting', { meetingId: done, kind: 'bien_ban' }).id);
    expect(status(done)).toBe('hoan_tat');
  });
});

describe('export file names', () => {
  class SaveAs implements Platform {
    offered: string[] = [];
    constructor(private readonly answer: string | null) {}
    async chooseSavePath(defaultFileName: string) {
      this.offered.push(defaultFileName);
      return this.answer;
    }
    showInFolder() {}
    async chooseOpenFiles(): Promise<string[]> {
      return [];
    }
    async openFile(): Promise<void> {}
  }

  it('are offered without diacritics by default, and in full Vietnamese once the committee chooses it', async () => {
    const platform = new SaveAs(null);
    core.ctx.platform = platform;
    const doc = core.must('documents:create', { kind: 'bien_ban', summary: 'Hội nghị tổng kết công tác Mặt trận năm 2022, triển khai nhiệm vụ năm 2023' });
    expect(core.must('profile:get', undefined)!.accentedFileNames).toBe(false);
    expect(await core.callAsync('documents:exportDocx', { id: doc.id })).toEqual({ ok: true, data: { saved: false, filePath: null } });
    saveProfile(core, { accentedFileNames: true });
    expect(core.must('profile:get', undefined)!.accentedFileNames).toBe(true);
    await core.callAsync('documents:exportDocx', { id: doc.id });
    expect(platform.offered).toEqual([
      '2026-03-10 Bien ban hoi nghi tong ket cong tac mat tran nam 2022.docx',
      '2026-03-10 Biên bản Hội nghị tổng kết công tác Mặt trận năm 2022.docx',
    ]);
    // A profile saved without the choice (a form that does not know of it) keeps it; the switch turns it off.
    saveProfile(core);
    expect(core.must('profile:get', undefined)!.accentedFileNames).toBe(true);
    saveProfile(core, { accentedFileNames: false });
    expect(core.must('profile:get', undefined)!.accentedFileNames).toBe(false);
  });
});

describe('versions', () => {
  it('autosave keeps at most one version per five minutes, holding the content before the save', () => {
    const doc = core.must('documents:create', { kind: 'bao_cao', summary: 'Báo cáo' });
    const save = (text: string, at: Date) => {
      core.setNow(at);
      core.must('documents:save', { ...documentSaveInput(doc), body: paragraphs(text) });
    };
    save('Bản 1', minute(0));
    expect(core.must('documents:versions', { id: doc.id })).toHaveLength(1);
    save('Bản 2', minute(1));
    save('Bản 3', minute(4));
    expect(core.must('documents:versions', { id: doc.id })).toHaveLength(1);
    save('Bản 4', minute(6));
    const versions = core.must('documents:versions', { id: doc.id });
    expect(versions.map((v) => [v.reason, v.createdAt, v.excerpt])).toEqual([
      ['tu_dong', minute(6).toISOString(), 'Bản 3'],
      ['tu_dong', minute(0).toISOString(), 'Báo cáo'],
    ]);
    // Nothing changed since the last version: no duplicate.
    save('Bản 4', minute(20));
    save('Bản 4', minute(40));
    expect(core.must('documents:versions', { id: doc.id })).toHaveLength(3);
    const full = core.must('documents:version', { versionId: versions[0]!.id });
    expect(plainText(full.body)).toBe('Bản 3');
    expect(full.summary).toBe('Báo cáo');
  });

  it('restore stores the current content as a "truoc_khoi_phuc" version and brings the old body back', () => {
    const doc = core.must('documents:create', { kind: 'bao_cao', summary: 'Báo cáo' });
    core.must('documents:save', { ...documentSaveInput(doc), body: paragraphs('Bản đầu') });
    core.setNow(minute(6));
    core.must('documents:save', { ...documentSaveInput(doc), summary: 'Báo cáo mới', body: paragraphs('Bản sau') });
    const [older] = core.must('documents:versions', { id: doc.id });
    expect(plainText(core.must('documents:version', { versionId: older!.id }).body)).toBe('Bản đầu');

    core.setNow(minute(7));
    const restored = core.must('documents:restoreVersion', { id: doc.id, versionId: older!.id });
    expect(plainText(restored.body)).toBe('Bản đầu');
    expect(restored.summary).toBe('Báo cáo');
    const [latest] = core.must('documents:versions', { id: doc.id });
    expect(latest!.reason).toBe('truoc_khoi_phuc');
    expect(plainText(core.must('documents:version', { versionId: latest!.id }).body)).toBe('Bản sau');
  });

  it('refuses to restore a version of another document, or into a locked one', () => {
    const a = core.must('documents:create', { kind: 'bao_cao', summary: 'A' });
    core.must('documents:save', { ...documentSaveInput(a), body: paragraphs('Nội dung A') });
    const versionOfA = core.must('documents:versions', { id: a.id })[0]!;
    const b = finalisedDocument(core, 'bao_cao', '2026-01-05');
    const before = dumpUserTables(core.ctx.db);
    expectFailure(core.call('documents:restoreVersion', { id: b.id, versionId: versionOfA.id }), 'NOT_FOUND');
    const ownVersion = core.must('documents:versions', { id: b.id })[0]!;
    expect(expectFailure(core.call('documents:restoreVersion', { id: b.id, versionId: ownVersion.id }), 'CONFLICT')).toMatch(/khóa/);
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
    expectFailure(core.call('documents:version', { versionId: 9999 }), 'NOT_FOUND');
  });
});

describe('refresh from the meeting', () => {
  it('regenerates the body on request, keeping the user’s header and recipients and the old body as a version', () => {
    const meetingId = createAndSaveMeeting(core, { conclusions: [conclusion('Kết luận thứ nhất.')] });
    const doc = core.must('documents:createFromMeeting', { meetingId, kind: 'thong_bao_ket_luan' });
    core.must('documents:save', {
      ...documentSaveInput(doc),
      recipients: ['Như trên;', 'Lưu: VT.'],
      body: paragraphs('Bản người dùng đã sửa'),
    });
    // The meeting gets one more conclusion; the draft does not change by itself.
    const meeting = core.must('meetings:get', { id: meetingId });
    const { createdAt: _c, updatedAt: _u, ...input } = meeting;
    core.must('meetings:save', { ...input, conclusions: [...meeting.conclusions, conclusion('Kết luận thứ hai.')] });
    expect(plainText(core.must('documents:get', { id: doc.id }).body)).toBe('Bản người dùng đã sửa');

    core.setNow(minute(1));
    const refreshed = core.must('documents:refreshFromMeeting', { id: doc.id });
    expect(plainText(refreshed.body)).toContain('Kết luận thứ hai.');
    expect(refreshed.recipients).toEqual(['Như trên;', 'Lưu: VT.']);
    const [version] = core.must('documents:versions', { id: doc.id });
    expect(version!.reason).toBe('truoc_lam_moi');
    expect(plainText(core.must('documents:version', { versionId: version!.id }).body)).toBe('Bản người dùng đã sửa');
  });

  it('is refused for a standalone document, a locked one, or when the meeting is in the bin', () => {
    const standalone = core.must('documents:create', { kind: 'bien_ban' });
    expect(expectFailure(core.call('documents:refreshFromMeeting', { id: standalone.id }), 'CONFLICT')).toMatch(/không được tạo từ hội nghị/);
    const meetingId = createAndSaveMeeting(core, { attendees: [attendee({ fullName: 'Phạm Thu Hà', role: 'thu_ky' })] });
    const doc = core.must('documents:createFromMeeting', { meetingId, kind: 'bien_ban' });
    core.must('meetings:delete', { id: meetingId });
    expect(expectFailure(core.call('documents:refreshFromMeeting', { id: doc.id }), 'NOT_FOUND')).toMatch(/đã bị xóa/);
    core.must('meetings:restore', { id: meetingId });
    core.must('documents:finalise', { id: doc.id, by: BY });
    expect(expectFailure(core.call('documents:refreshFromMeeting', { id: doc.id }), 'CONFLICT')).toMatch(/khóa/);
  });
});

describe('demo data', () => {
  it('drafts minutes and a conclusion notice for each article meeting, one finalised and one issued', () => {
    const demo = openTestCore({ now: new Date('2026-03-10T09:00:00') });
    try {
      const ids = seedDemoData(demo.ctx);
      const all = demo.must('documents:list', { pageSize: 50 });
      expect(all.total).toBe(6);
      expect(demo.must('documents:get', { id: ids.documents.finalised }).status).toBe('da_hoan_thien');
      const issued = demo.must('documents:get', { id: ids.documents.issued });
      expect(issued).toMatchObject({ status: 'da_ban_hanh', numberSymbol: '01/BB-MTTQ-BTT', numberYear: 2021 });
      const minutes = demo.must('documents:list', { meetingId: ids.articleMeetings.giaoBan2024, kind: 'bien_ban' });
      expect(minutes.items.map((d) => d.id)).toEqual([ids.documents.minutes.giaoBan2024]);
      for (const item of all.items) {
        const doc = demo.must('documents:get', { id: item.id });
        expect(documentFieldsSchema.safeParse(doc).success).toBe(true);
        expect(JSON.stringify(doc)).toBe(JSON.stringify(doc).normalize('NFC'));
      }
      expect(plainText(demo.must('documents:get', { id: ids.documents.minutes.trienKhai2021 }).body)).toContain(
        'Thành phần tham dự: có mặt 10/11 đồng chí; vắng 01 đồng chí có lý do',
      );
    } finally {
      demo.close();
    }
  });
});
