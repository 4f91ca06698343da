import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/ipc/contract';
import { openTestCore, type TestCore } from '../support/core';
import { dumpUserTables } from '../support/db-dump';
import { createAndSaveMeeting, organisation } from '../support/fixtures';
import { expectFailure } from '../support/results';

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.close());

type SaveInput = ChannelInput<'directives:save'>;

const incoming = (changes: Partial<SaveInput> = {}): SaveInput => ({
  direction: 'den',
  numberSymbol: '56-NQ/TU',
  issuedDate: '2021-12-15',
  arrivalDate: '2021-12-20',
  summary: 'Về phát triển kinh tế - xã hội thành phố',
  ...changes,
});

const save = (changes: Partial<SaveInput> = {}) => core.must('directives:save', incoming(changes));

describe('saving a directive', () => {
  it('reads the symbol however it was typed and fills the type from it', () => {
    const saved = save({ numberSymbol: '  Số:  56 - NQ / TU ', issuerName: 'BCH Đảng bộ Thành phố' });
    expect(saved).toMatchObject({
      numberSymbol: '56-NQ/TU',
      family: 'dang',
      typeCode: 'NQ',
      type: 'nghi_quyet',
      symbolIssuer: 'TU',
      issuerLabel: 'BCH Đảng bộ Thành phố',
      issuedYear: 2021,
      status: 'con_hieu_luc',
      arrivalNumber: 1,
    });
  });

  it('keeps a type the user chose over the one read from the symbol', () => {
    expect(save({ numberSymbol: '12-TT/TU' }).type).toBe('thong_tri');
    expect(save({ numberSymbol: '15/TT-BNV', type: 'khac', issuedDate: null }).type).toBe('khac');
  });

  it('refuses an unreadable symbol with the parser’s reason, writing nothing', () => {
    const before = dumpUserTables(core.ctx.db);
    const message = expectFailure(core.call('directives:save', incoming({ numberSymbol: 'Số: 56-/TU' })), 'VALIDATION');
    expect(message).toBe('Thiếu mã loại văn bản sau dấu gạch ngang.');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('uses the directory organisation as the issuing body and finds it by its name', () => {
    const org = organisation(core, 'Ban Thường vụ Tỉnh ủy', { kind: 'cap_uy' });
    const saved = save({ numberSymbol: '03-KL/TU', issuerOrganisationId: org.id, issuedDate: '2025-02-10', arrivalDate: '2025-02-11' });
    expect(saved.issuerOrganisationName).toBe('Ban Thường vụ Tỉnh ủy');
    expect(saved.issuerLabel).toBe('Ban Thường vụ Tỉnh ủy');
    const found = core.must('directives:list', { text: 'thuong vu tinh uy' });
    expect(found.items.map((d) => d.id)).toEqual([saved.id]);
  });

  it('refuses an issuing body that is not in the directory', () => {
    expectFailure(core.call('directives:save', incoming({ issuerOrganisationId: 999 })), 'NOT_FOUND');
  });
});

describe('duplicates', () => {
  it('refuses the same symbol, year and issuer, naming the entry already there', () => {
    save({ issuerName: 'BCH Đảng bộ Thành phố' });
    const before = dumpUserTables(core.ctx.db);
    const message = expectFailure(core.call('directives:save', incoming({ numberSymbol: 'Số: 56 -NQ/TU', arrivalDate: '2021-12-22' })), 'DUPLICATE');
    expect(message).toContain('Nghị quyết số 56-NQ/TU ngày 15/12/2021');
    expect(message).toContain('BCH Đảng bộ Thành phố');
    expect(message).toContain('Về phát triển kinh tế - xã hội thành phố');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('treats 1-KL/TW and 01-KL/TW as the same document', () => {
    save({ numberSymbol: '01-KL/TW', issuedDate: '2021-05-18' });
    expectFailure(core.call('directives:save', incoming({ numberSymbol: '1-KL/TW', issuedDate: '2021-05-18' })), 'DUPLICATE');
  });

  it('allows the same symbol in another year or from another organisation', () => {
    const a = organisation(core, 'HĐND tỉnh Quảng Ninh', { kind: 'hdnd' });
    const b = organisation(core, 'HĐND tỉnh Lạng Sơn', { kind: 'hdnd' });
    save({ numberSymbol: '36/NQ-HĐND', issuedDate: '2024-07-10', arrivalDate: '2024-07-12', issuerOrganisationId: a.id });
    save({ numberSymbol: '36/NQ-HĐND', issuedDate: '2025-07-10', arrivalDate: '2025-07-12', issuerOrganisationId: a.id });
    save({ numberSymbol: '36/NQ-HĐND', issuedDate: '2024-07-10', arrivalDate: '2024-07-13', issuerOrganisationId: b.id });
    expect(core.must('directives:list', {}).total).toBe(3);
  });

  it('lets an entry be saved again unchanged (not a duplicate of itself)', () => {
    const saved = save();
    const again = core.must('directives:save', incoming({ id: saved.id, summary: 'Trích yếu đã sửa' }));
    expect(again.summary).toBe('Trích yếu đã sửa');
    expect(again.arrivalNumber).toBe(saved.arrivalNumber);
  });

  it('ignores deleted entries, but will not restore one that was entered again', () => {
    const first = save();
    core.must('directives:delete', { id: first.id });
    const second = save({ arrivalDate: '2021-12-21' });
    expect(second.arrivalNumber).toBe(2); // the deleted entry keeps no. 1 for its undo
    expect(expectFailure(core.call('directives:restore', { id: first.id }), 'CONFLICT')).toContain('56-NQ/TU');
    core.must('directives:delete', { id: second.id });
    core.must('directives:restore', { id: first.id });
    expect(core.must('directives:get', { id: first.id }).arrivalNumber).toBe(1);
  });
});

describe('arrival numbers', () => {
  it('count up per calendar year of the arrival date and restart at 01 each year', () => {
    const numbers = [
      save({ numberSymbol: '10-CT/TU', issuedDate: '2025-12-01', arrivalDate: '2025-12-30' }),
      save({ numberSymbol: '11-CT/TU', issuedDate: '2025-12-01', arrivalDate: '2025-12-31' }),
      save({ numberSymbol: '12-CT/TU', issuedDate: '2025-12-29', arrivalDate: '2026-01-02' }),
      save({ numberSymbol: '13-CT/TU', issuedDate: '2026-01-02', arrivalDate: '2026-01-05' }),
    ].map((d) => [d.arrivalDate, d.arrivalNumber]);
    expect(numbers).toEqual([
      ['2025-12-30', 1],
      ['2025-12-31', 2],
      ['2026-01-02', 1],
      ['2026-01-05', 2],
    ]);
    expect(core.must('directives:nextArrivalNumber', { arrivalDate: '2026-06-01' })).toEqual({ number: 3 });
    expect(core.must('directives:nextArrivalNumber', { arrivalDate: '2027-01-01' })).toEqual({ number: 1 });
  });

  it('accepts a free number typed by hand and refuses one already used, saying which is free', () => {
    save({ numberSymbol: '10-CT/TU', arrivalDate: '2026-01-05', issuedDate: '2026-01-02', arrivalNumber: 5 });
    const before = dumpUserTables(core.ctx.db);
    const message = expectFailure(
      core.call('directives:save', incoming({ numberSymbol: '11-CT/TU', arrivalDate: '2026-02-01', issuedDate: '2026-01-20', arrivalNumber: 5 })),
      'CONFLICT',
    );
    expect(message).toBe('Số đến 05 năm 2026 đã dùng cho văn bản 10-CT/TU. Số đến tiếp theo còn trống là 06.');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('keeps the number while the year stays, takes a new one when the arrival moves to another year, and none for outgoing', () => {
    const d = save({ numberSymbol: '10-CT/TU', issuedDate: '2025-12-20', arrivalDate: '2025-12-30' });
    save({ numberSymbol: '11-CT/TU', issuedDate: '2026-01-02', arrivalDate: '2026-01-03' });
    expect(core.must('directives:save', incoming({ ...idFields(d), arrivalDate: '2025-12-31' })).arrivalNumber).toBe(1);
    expect(core.must('directives:save', incoming({ ...idFields(d), arrivalDate: '2026-01-04' })).arrivalNumber).toBe(2);
    const out = core.must('directives:save', incoming({ ...idFields(d), direction: 'di', arrivalDate: null }));
    expect([out.arrivalNumber, out.arrivalDate]).toEqual([null, null]);
  });
});

function idFields(d: { id: number; numberSymbol: string; issuedDate: string | null }): Partial<SaveInput> {
  return { id: d.id, numberSymbol: d.numberSymbol, issuedDate: d.issuedDate };
}

describe('replaces and guides', () => {
  it('marks the replaced directive "được thay thế" and shows the links both ways', () => {
    const old = save({ numberSymbol: '05-QĐi/TU', issuedDate: '2019-03-01', arrivalDate: '2019-03-02' });
    const guide = save({ numberSymbol: '18-CT/TW', issuedDate: '2022-09-30', arrivalDate: '2022-10-02' });
    const fresh = save({ numberSymbol: '08-QĐi/TU', issuedDate: '2023-01-10', arrivalDate: '2023-01-12', replacesId: old.id, guidesId: guide.id });
    expect(fresh.replaces).toMatchObject({ id: old.id, numberSymbol: '05-QĐi/TU' });
    expect(fresh.guides).toMatchObject({ id: guide.id });
    const oldNow = core.must('directives:get', { id: old.id });
    expect(oldNow.status).toBe('duoc_thay_the');
    expect(oldNow.replacedBy.map((r) => r.id)).toEqual([fresh.id]);
    expect(core.must('directives:get', { id: guide.id }).guidedBy.map((r) => r.id)).toEqual([fresh.id]);
  });

  it('refuses a missing target and two directives replacing each other', () => {
    expectFailure(core.call('directives:save', incoming({ replacesId: 4242 })), 'NOT_FOUND');
    const a = save({ numberSymbol: '01-QĐi/TU', issuedDate: '2020-01-01', arrivalDate: '2020-01-02' });
    const b = save({ numberSymbol: '02-QĐi/TU', issuedDate: '2020-02-01', arrivalDate: '2020-02-02', replacesId: a.id });
    const message = expectFailure(core.call('directives:save', incoming({ ...idFields(a), arrivalDate: '2020-01-02', replacesId: b.id })), 'CONFLICT');
    expect(message).toContain('thay thế lẫn nhau');
  });
});

describe('meeting links', () => {
  it('links by symbol from a meeting, lists, changes the relation and unlinks', () => {
    const d = save({ issuerName: 'BCH Đảng bộ Thành phố' });
    const meetingId = createAndSaveMeeting(core, { title: 'Hội nghị triển khai Nghị quyết 56' });
    const lookup = core.must('directives:findBySymbol', { text: 'số 56 – NQ/TU' });
    expect(lookup.parsed.ok).toBe(true);
    expect(lookup.matches.map((m) => m.id)).toEqual([d.id]);

    expect(core.must('meetings:linkDirective', { meetingId, directiveId: d.id }).map((l) => [l.directive.id, l.relation])).toEqual([
      [d.id, 'trien_khai'],
    ]);
    core.must('meetings:linkDirective', { meetingId, directiveId: d.id, relation: 'thao_luan' });
    expect(core.must('meetings:directives', { id: meetingId }).map((l) => l.relation)).toEqual(['thao_luan']);
    expect(core.must('directives:get', { id: d.id }).meetings).toEqual([
      { meetingId, meetingTitle: 'Hội nghị triển khai Nghị quyết 56', meetingStartAt: expect.any(String), relation: 'thao_luan' },
    ]);
    expect(core.must('meetings:unlinkDirective', { meetingId, directiveId: d.id })).toEqual([]);
  });

  it('an unknown symbol finds nothing; an unreadable one says why', () => {
    expect(core.must('directives:findBySymbol', { text: '99-NQ/TU' }).matches).toEqual([]);
    const unreadable = core.must('directives:findBySymbol', { text: '56-XYZ/TU' });
    expect(unreadable.parsed).toEqual({ ok: false, reason: "Mã loại 'XYZ' không có trong danh mục Nghị định 30 hoặc Hướng dẫn 36." });
  });

  it('a deleted directive leaves the meeting’s list and comes back with undo', () => {
    const d = save();
    const meetingId = createAndSaveMeeting(core);
    core.must('meetings:linkDirective', { meetingId, directiveId: d.id });
    core.must('directives:delete', { id: d.id });
    expect(core.must('meetings:directives', { id: meetingId })).toEqual([]);
    expectFailure(core.call('meetings:linkDirective', { meetingId, directiveId: d.id }), 'NOT_FOUND');
    core.must('directives:restore', { id: d.id });
    expect(core.must('meetings:directives', { id: meetingId })).toHaveLength(1);
  });

  it('refuses a meeting that does not exist', () => {
    const d = save();
    expectFailure(core.call('meetings:linkDirective', { meetingId: 777, directiveId: d.id }), 'NOT_FOUND');
  });
});

describe('the register list', () => {
  beforeEach(() => {
    save({ issuerName: 'BCH Đảng bộ Thành phố' });
    save({ numberSymbol: '12/BC-MTTQ-BTT', direction: 'di', arrivalDate: null, issuedDate: '2026-01-15', summary: 'Báo cáo kết quả công tác Mặt trận năm 2025' });
    save({ numberSymbol: '249/MTTQ-BTT', direction: 'noi_bo', arrivalDate: null, issuedDate: '2026-02-01', summary: 'V/v đôn đốc báo cáo định kỳ', status: 'het_hieu_luc' });
  });

  it('filters by direction, type, status and year, newest first', () => {
    const symbols = (input: ChannelInput<'directives:list'>) => core.must('directives:list', input).items.map((d) => d.numberSymbol);
    expect(symbols({})).toEqual(['249/MTTQ-BTT', '12/BC-MTTQ-BTT', '56-NQ/TU']);
    expect(symbols({ direction: 'den' })).toEqual(['56-NQ/TU']);
    expect(symbols({ type: 'bao_cao' })).toEqual(['12/BC-MTTQ-BTT']);
    expect(symbols({ status: 'het_hieu_luc' })).toEqual(['249/MTTQ-BTT']);
    expect(symbols({ year: 2021 })).toEqual(['56-NQ/TU']);
    expect(core.must('directives:years', undefined)).toEqual([2026, 2021]);
  });

  it('searches without diacritics over summary, issuer and symbol, and by a symbol typed loosely', () => {
    const symbols = (text: string) => core.must('directives:list', { text }).items.map((d) => d.numberSymbol);
    expect(symbols('dang bo thanh pho')).toEqual(['56-NQ/TU']);
    expect(symbols('don doc bao cao')).toEqual(['249/MTTQ-BTT']);
    expect(symbols('mttq-btt')).toEqual(['249/MTTQ-BTT', '12/BC-MTTQ-BTT']);
    expect(symbols('Số: 56 - NQ/TU')).toEqual(['56-NQ/TU']);
    expect(symbols('nghi quyet')).toEqual(['56-NQ/TU']);
  });

  it('pages', () => {
    const page = core.must('directives:list', { page: 2, pageSize: 2 });
    expect([page.total, page.items.length, page.page]).toEqual([3, 1, 2]);
  });

  it('deleting sends an entry to the bin and undo brings it back', () => {
    const id = core.must('directives:list', { direction: 'den' }).items[0]!.id;
    core.must('directives:delete', { id });
    expect(core.must('directives:list', {}).total).toBe(2);
    expectFailure(core.call('directives:get', { id }), 'NOT_FOUND');
    core.must('directives:restore', { id });
    expect(core.must('directives:list', {}).total).toBe(3);
  });
});

describe('parseSymbol channel', () => {
  it('answers the form as the user types', () => {
    expect(core.must('directives:parseSymbol', { text: 'Số: 08 - QĐi / TW' })).toMatchObject({ ok: true, value: { type: 'quy_dinh', normalized: '08-QĐi/TW' } });
    expect(core.must('directives:parseSymbol', { text: '' })).toEqual({ ok: false, reason: 'Chưa nhập số, ký hiệu văn bản.' });
  });
});

describe('demo register', () => {
  it('seeds the directives the articles cite, linked to their meetings, with this month’s incoming letters', async () => {
    const { seedDemoData } = await import('../../electron/core/demo');
    const ids = seedDemoData(core.ctx);
    const nq56 = core.must('directives:get', { id: ids.directives.nghiQuyet56 });
    expect([nq56.numberSymbol, nq56.issuedDate, nq56.issuerLabel]).toEqual(['56-NQ/TU', '2021-12-15', 'BCH Đảng bộ Thành phố']);
    expect(nq56.meetings.map((m) => m.meetingId)).toEqual([ids.articleMeetings.giaoBan2024]);
    const kl03 = core.must('directives:get', { id: ids.directives.ketLuan03 });
    expect(kl03.meetings.map((m) => m.meetingId)).toEqual([ids.articleMeetings.khoiDanVan2020]);
    const thisMonth = core.must('directives:list', { direction: 'den', year: 2026 }).items;
    expect(thisMonth.map((d) => [d.arrivalDate?.slice(0, 7), d.arrivalNumber])).toEqual([
      ['2026-03', 2],
      ['2026-03', 1],
    ]);
  });
});
