/**
 * From a text to a saved meeting through the real dispatcher on a real database file: nothing is
 * written while reading; applying writes the meeting, its attendees (new people into the
 * directory on request), programme, conclusions, awards and directive links in one transaction;
 * applying to an existing meeting adds only what it lacks; a failure leaves everything as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IntakeApplyInput, IntakeProposal } from '../../shared/schemas/intake';
import { openTestCore, type TestCore } from '../support/core';
import { dumpUserTables } from '../support/db-dump';
import { organisation, person } from '../support/fixtures';
import { INTAKE_FIXTURES } from '../support/intake-fixtures';
import { textToDocx } from '../support/intake-docx-builder';
import { expectFailure } from '../support/results';

const article = (name: string) => fs.readFileSync(path.join(INTAKE_FIXTURES, name), 'utf8');
const HAI_PHONG_2024 = article('articles/haiphong-2024-07-03.txt');
const TONG_KET_2023 = article('tuning/bao-tinh-tong-ket-2023.txt');

let core: TestCore;
beforeEach(() => {
  core = openTestCore({ now: new Date('2026-03-10T09:00:00') });
  core.must('profile:save', { committeeName: 'Ủy ban MTTQ Việt Nam thành phố Hải Phòng', placeName: 'Hải Phòng', level: 'tinh', abbreviation: 'MTTQ-BTT' });
});
afterEach(() => core.close());

/** Everything proposed, accepted as it is (what "Lưu hội nghị" sends when nothing is dropped). */
function acceptAll(proposal: IntakeProposal, meetingId: number | null = null): IntakeApplyInput {
  const m = proposal.meeting;
  return {
    meetingId,
    header: {
      title: m.title?.value ?? '',
      kind: m.kind.value,
      startAt: m.startAt?.value ?? '',
      endAt: m.endAt?.value ?? null,
      place: m.place?.value ?? '',
      hostName: m.hostName?.value ?? '',
      format: m.format.value,
    },
    attendees: proposal.attendees.map((a) => ({ ...a, addToDirectory: a.personId === null })),
    agenda: proposal.agenda.map((item) => ({ title: item.title, presenter: item.presenter, speeches: item.speeches })),
    conclusions: proposal.conclusions.map((c) => ({ content: c.content })),
    awards: proposal.awards,
    directives: proposal.directives.map((d) => ({ symbol: d.symbol, issuedOn: d.issuedOn, issuerName: d.issuerName, relation: d.relation, directiveId: d.directiveId })),
    figures: proposal.figures.map((f) => f.text),
  };
}

describe('reading', () => {
  it('proposes without writing anything', () => {
    const before = dumpUserTables(core.ctx.db);
    const proposal = core.must('intake:readText', { text: HAI_PHONG_2024 });
    expect(proposal.meeting.title?.value).toMatch(/^Hội nghị giao ban của Thường trực Thành uỷ/);
    expect(proposal.meeting.startAt?.value).toBe('2024-07-03T14:00');
    expect(proposal.meeting.startAt?.inferred).toMatch(/chiều/);
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('every item carries the span of the text it came from', () => {
    const proposal = core.must('intake:readText', { text: HAI_PHONG_2024 });
    const text = proposal.sourceText;
    const spans = [
      ...proposal.attendees.flatMap((a) => a.spans),
      ...proposal.conclusions.flatMap((c) => c.spans),
      ...proposal.agenda.flatMap((i) => i.speeches.flatMap((s) => s.spans)),
      ...proposal.figures.flatMap((f) => f.spans),
      ...(proposal.meeting.title?.spans ?? []),
    ];
    expect(spans.length).toBeGreaterThan(10);
    for (const span of spans) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeGreaterThan(span.start);
      expect(span.end).toBeLessThanOrEqual(text.length);
    }
    const hien = proposal.attendees.find((a) => a.fullName === 'Đỗ Mạnh Hiến')!;
    expect(text.slice(hien.spans[0]!.start, hien.spans[0]!.end)).toMatch(/^đồng chí Đỗ Mạnh Hiến, Phó bí thư/);
    expect(proposal.figures.map((f) => text.slice(f.spans[0]!.start, f.spans[0]!.end))).toEqual(['217/217 xã, phường, thị trấn', '14/15 quận, huyện']);
  });

  it('matches attendees to the directory without diacritics and keeps the title the text gives for that day', () => {
    const thanhUy = organisation(core, 'Thành ủy Hải Phòng', { kind: 'cap_uy' });
    const typedWithoutAccents = person(core, 'Do Manh Hien', { title: 'Bí thư Thành ủy', organisationId: thanhUy.id });
    const vu = person(core, 'LÊ TRÍ VŨ', { title: 'Phó Chủ tịch UBND thành phố' });
    const proposal = core.must('intake:readText', { text: HAI_PHONG_2024 });
    const hien = proposal.attendees.find((a) => a.fullName === 'Đỗ Mạnh Hiến')!;
    expect(hien.personId).toBe(typedWithoutAccents.id);
    expect(hien.title).toBe('Phó bí thư Thường trực Thành uỷ');
    expect(hien.organisationName).toBe('Thành ủy Hải Phòng');
    expect(proposal.attendees.find((a) => a.fullName === 'Lê Trí Vũ')!.personId).toBe(vu.id);
    expect(proposal.attendees.find((a) => a.fullName === 'Đặng Bá Cường')!.personId).toBeNull();
  });

  it('two people of the same name: the one whose title fits, else nobody and a notice', () => {
    person(core, 'Đặng Bá Cường', { title: 'Chủ tịch Hội Nông dân xã An Lư' });
    const right = person(core, 'Đặng Bá Cường', { title: 'Trưởng Ban Nội chính Thành ủy' });
    expect(core.must('intake:readText', { text: HAI_PHONG_2024 }).attendees.find((a) => a.fullName === 'Đặng Bá Cường')!.personId).toBe(right.id);
    person(core, 'Lê Trí Vũ', { title: 'Bí thư Đoàn phường' });
    person(core, 'Lê Trí Vũ', { title: 'Chủ tịch Hội Cựu chiến binh xã' });
    const proposal = core.must('intake:readText', { text: HAI_PHONG_2024 });
    expect(proposal.attendees.find((a) => a.fullName === 'Lê Trí Vũ')!.personId).toBeNull();
    expect(proposal.notices.join(' ')).toMatch(/Danh bạ có 2 người tên "Lê Trí Vũ"/);
  });

  it('never makes a person out of a title alone', () => {
    const proposal = core.must('intake:readText', {
      text: 'Chiều 5/3, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức hội nghị giao ban. Đồng chí Bí thư Tỉnh ủy phát biểu chỉ đạo. Cùng dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh.',
    });
    expect(proposal.attendees).toEqual([]);
    expect(proposal.agenda.flatMap((i) => i.speeches).filter((s) => s.speakerName !== '')).toEqual([]);
    expect(proposal.notices.join(' ')).toMatch(/chức danh không kèm họ tên/);
  });

  it('says when the year was inferred, and from what', () => {
    const proposal = core.must('intake:readText', { text: TONG_KET_2023 });
    expect(proposal.meeting.startAt?.value).toBe('2023-01-04T14:00');
    expect(proposal.meeting.startAt?.inferred).toMatch(/Năm 2023 suy ra từ nội dung/);
  });

  it('reads a Word file through the same channel family (answering with a promise)', async () => {
    const bytes = new Uint8Array(await textToDocx(HAI_PHONG_2024));
    const result = await core.callAsync('intake:readDocx', { bytes, fileName: 'giao-ban.docx' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.sourceKind).toBe('docx');
    expect(result.data.attendees.map((a) => a.fullName)).toEqual(['Đỗ Mạnh Hiến', 'Đặng Bá Cường', 'Lê Trí Vũ']);
  });

  it('refuses empty, binary and oversized pastes, and damaged files, with a clear message and nothing written', async () => {
    const before = dumpUserTables(core.ctx.db);
    expect(expectFailure(core.call('intake:readText', { text: '  \n ' }), 'VALIDATION')).toMatch(/Chưa có nội dung/);
    expect(expectFailure(core.call('intake:readText', { text: `\u0000\u0001\u0002PK${'\u0000'.repeat(40)}` }), 'VALIDATION')).toMatch(/không phải là chữ/);
    expect(expectFailure(core.call('intake:readText', { text: 'x'.repeat(5 * 1024 * 1024) }), 'VALIDATION')).toMatch(/quá dài/);
    const damaged = await core.callAsync('intake:readDocx', { bytes: new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]) });
    expect(expectFailure(damaged, 'VALIDATION')).toMatch(/bị hỏng/);
    expect(expectFailure(core.call('intake:readText', { text: HAI_PHONG_2024, meetingId: 999 }), 'NOT_FOUND')).toMatch(/hội nghị/);
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });
});

describe('applying', () => {
  it('creates the meeting with its attendees, programme, conclusions and directive links in one go; minutes can be drafted at once', () => {
    const registered = core.must('directives:save', { direction: 'den', numberSymbol: '18-CT/TW', issuedDate: '2022-10-26', arrivalDate: '2022-11-01', issuerName: 'Ban Bí thư' });
    organisation(core, 'HĐND tỉnh', { kind: 'hdnd' });
    const proposal = core.must('intake:readText', { text: TONG_KET_2023 });
    expect(proposal.directives.find((d) => d.symbol === '18-CT/TW')!.directiveId).toBe(registered.id);
    const result = core.must('intake:apply', acceptAll(proposal));
    expect(result).toMatchObject({ created: true, added: { attendees: 7, people: 7, conclusions: 4, awards: 4, directivesLinked: 4, directivesRegistered: 3 } });

    const meeting = core.must('meetings:get', { id: result.meetingId });
    expect(meeting).toMatchObject({ title: 'Hội nghị tổng kết công tác Mặt trận năm 2022, triển khai nhiệm vụ năm 2023', kind: 'tong_ket', startAt: '2023-01-04T14:00', status: 'da_hop' });
    expect(meeting.attendees.find((a) => a.role === 'chu_tri')).toMatchObject({ fullName: 'Phạm Thị Hồng Hà', title: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh' });
    expect(meeting.attendees.every((a) => a.personId !== null)).toBe(true);
    expect(meeting.notes).toMatch(/Số liệu nêu trong văn bản: 1\.250 khu dân cư; 38,6 tỷ đồng/);
    const links = core.must('meetings:directives', { id: result.meetingId });
    expect(links.map((l) => l.directive.numberSymbol).sort()).toEqual(['01-KL/TW', '05-CT/TW', '18-CT/TW', '337/2021/NQ-HĐND']);
    const hdnd = core.must('directives:get', { id: links.find((l) => l.directive.numberSymbol === '337/2021/NQ-HĐND')!.directive.id });
    expect(hdnd).toMatchObject({ issuedDate: '2021-04-22', issuerOrganisationName: 'HĐND tỉnh', direction: 'den' });
    expect(hdnd.notes).toMatch(/Đăng ký từ văn bản của hội nghị/);

    const minutes = core.must('documents:createFromMeeting', { meetingId: result.meetingId, kind: 'bien_ban' });
    const text = JSON.stringify(minutes.body);
    expect(text).toContain('Phạm Thị Hồng Hà, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh');
    expect(text).toContain('Mặt trận các cấp tiếp tục đổi mới nội dung, phương thức hoạt động');
  });

  it('completes an existing meeting without duplicating attendees or directives', () => {
    const proposal = core.must('intake:readText', { text: HAI_PHONG_2024 });
    const first = core.must('intake:apply', acceptAll(proposal));
    const before = core.must('meetings:get', { id: first.meetingId });

    // The same text again, read for that meeting: everything is marked as already there.
    const again = core.must('intake:readText', { text: HAI_PHONG_2024, meetingId: first.meetingId });
    expect(again.attendees.every((a) => a.alreadyInMeeting)).toBe(true);
    expect(again.conclusions.every((c) => c.alreadyInMeeting)).toBe(true);
    const second = core.must('intake:apply', acceptAll(again, first.meetingId));
    expect(second.created).toBe(false);
    expect(second.added).toEqual({ attendees: 0, people: 0, agendaItems: 0, speeches: 0, conclusions: 0, awards: 0, directivesLinked: 0, directivesRegistered: 0 });
    expect(second.skipped.length).toBeGreaterThan(0);
    const after = core.must('meetings:get', { id: first.meetingId });
    expect(after.attendees).toEqual(before.attendees);
    expect(after.conclusions).toEqual(before.conclusions);

    // A secretary's note adds the one attendee and the directive the record lacks.
    const note = 'Thư ký: đ/c Vũ Thị Hồng Nhung, Chánh Văn phòng\nDự: đ/c Đỗ Mạnh Hiến, Phó bí thư Thường trực Thành uỷ\nHội nghị quán triệt Kế hoạch số 112/KH-MTTQ-BTT ngày 14/10/2025 và Nghị quyết số 56-NQ/TU ngày 15/12/2021.';
    const extra = core.must('intake:readText', { text: note, meetingId: first.meetingId });
    const third = core.must('intake:apply', { ...acceptAll(extra, first.meetingId), header: { title: 'không dùng', kind: 'khac', startAt: '2030-01-01T08:00' } });
    expect(third.added).toMatchObject({ attendees: 1, directivesLinked: 2, directivesRegistered: 2 });
    const final = core.must('meetings:get', { id: first.meetingId });
    expect(final.title).toBe(before.title);
    expect(final.startAt).toBe(before.startAt);
    expect(final.attendees.map((a) => a.fullName)).toEqual([...before.attendees.map((a) => a.fullName), 'Vũ Thị Hồng Nhung']);
    expect(final.attendees.at(-1)!.role).toBe('thu_ky');
    const fourth = core.must('intake:apply', { ...acceptAll(core.must('intake:readText', { text: note, meetingId: first.meetingId }), first.meetingId), header: null });
    expect(fourth.added).toMatchObject({ attendees: 0, directivesLinked: 0, directivesRegistered: 0 });
    expect(core.must('meetings:directives', { id: first.meetingId })).toHaveLength(2);
  });

  it('a failure part-way leaves the database exactly as it was', () => {
    const proposal = core.must('intake:readText', { text: TONG_KET_2023 });
    const before = dumpUserTables(core.ctx.db);
    const input = acceptAll(proposal);
    input.attendees![0] = { ...input.attendees![0]!, personId: 4242, addToDirectory: false };
    expect(expectFailure(core.call('intake:apply', input), 'NOT_FOUND')).toMatch(/không còn trong danh bạ/);
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });
});
