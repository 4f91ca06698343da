import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLANK_NUMBER, formatNumberSymbol } from '../../shared/number-symbol';
import { openTestCore, type TestCore } from '../support/core';
import { finalisedDocument, issuedDocument, saveProfile } from '../support/document-store';
import { expectFailure } from '../support/results';

let core: TestCore;
beforeEach(() => {
  core = openTestCore({ now: new Date('2026-03-10T09:00:00') });
  saveProfile(core);
});
afterEach(() => core?.close());

describe('the number-symbol', () => {
  it('pads numbers below 10, joins type code and abbreviation, and has no type code for a letter', () => {
    expect(formatNumberSymbol('bien_ban', 'MTTQ-BTT', 5)).toBe('05/BB-MTTQ-BTT');
    expect(formatNumberSymbol('bao_cao', 'MTTQ-BTT', 12)).toBe('12/BC-MTTQ-BTT');
    expect(formatNumberSymbol('thong_bao_ket_luan', 'MTTQ-BTT', 123)).toBe('123/TB-MTTQ-BTT');
    expect(formatNumberSymbol('cong_van', 'MTTQ-BTT', 249)).toBe('249/MTTQ-BTT');
    expect(formatNumberSymbol('cong_van', 'MTTQ-BTT', 3)).toBe('03/MTTQ-BTT');
    expect(formatNumberSymbol('bien_ban', 'MTTQ-BTT', null)).toBe(`${BLANK_NUMBER}/BB-MTTQ-BTT`);
  });
});

describe('the register', () => {
  it('numbers from 01 per type code and per calendar year of the document date, restarting on 1 January', () => {
    expect(issuedDocument(core, 'bien_ban', '2025-12-30').numberSymbol).toBe('01/BB-MTTQ-BTT');
    expect(issuedDocument(core, 'bien_ban', '2025-12-31').numberSymbol).toBe('02/BB-MTTQ-BTT');
    const firstOf2026 = issuedDocument(core, 'bien_ban', '2026-01-01');
    expect(firstOf2026).toMatchObject({ number: 1, numberYear: 2026, numberSymbol: '01/BB-MTTQ-BTT', status: 'da_ban_hanh' });
    expect(issuedDocument(core, 'thong_bao_ket_luan', '2026-01-02').numberSymbol).toBe('01/TB-MTTQ-BTT');
    expect(issuedDocument(core, 'bien_ban', '2026-02-01').numberSymbol).toBe('02/BB-MTTQ-BTT');
    // A late document dated last year still goes in last year's register.
    expect(issuedDocument(core, 'bien_ban', '2025-11-15').numberSymbol).toBe('03/BB-MTTQ-BTT');
  });

  it('keeps letters in their own register without a type code', () => {
    issuedDocument(core, 'bao_cao', '2026-01-05');
    const first = issuedDocument(core, 'cong_van', '2026-01-05');
    const second = issuedDocument(core, 'cong_van', '2026-01-06');
    expect([first.numberSymbol, second.numberSymbol]).toEqual(['01/MTTQ-BTT', '02/MTTQ-BTT']);
    const row = core.ctx.db.prepare('SELECT type_code FROM documents WHERE id = ?').get(first.id) as { type_code: string };
    expect(row.type_code).toBe('CV');
  });

  it('tells what issuing would assign now, and accepts exactly that number typed by hand', () => {
    issuedDocument(core, 'bien_ban', '2026-01-05');
    const doc = finalisedDocument(core, 'bien_ban', '2026-02-05');
    expect(core.must('documents:nextNumber', { id: doc.id })).toEqual({ number: 2, numberSymbol: '02/BB-MTTQ-BTT' });
    expect(doc.numberSymbol).toBe('     /BB-MTTQ-BTT');
    const issued = core.must('documents:issue', { id: doc.id, number: 2, by: 'Vũ Thị Hồng Nhung' });
    expect(issued.numberSymbol).toBe('02/BB-MTTQ-BTT');
    expect(core.must('documents:nextNumber', { id: doc.id })).toEqual({ number: 2, numberSymbol: '02/BB-MTTQ-BTT' });
    const events = core.must('documents:events', { id: doc.id });
    expect(events[0]).toMatchObject({ kind: 'ban_hanh', by: 'Vũ Thị Hồng Nhung', note: 'Số 02/BB-MTTQ-BTT' });
  });

  it('refuses a number already issued, naming it and the next free one', () => {
    issuedDocument(core, 'bien_ban', '2026-01-05');
    issuedDocument(core, 'bien_ban', '2026-01-06');
    const doc = finalisedDocument(core, 'bien_ban', '2026-01-07', 'Biên bản mới');
    const before = core.must('documents:get', { id: doc.id });
    const message = expectFailure(core.call('documents:issue', { id: doc.id, number: 1, by: 'Vũ Thị Hồng Nhung' }), 'CONFLICT');
    expect(message).toMatch(/^Số 01\/BB-MTTQ-BTT năm 2026 đã cấp cho văn bản khác/);
    expect(message).toContain('03');
    expect(core.must('documents:get', { id: doc.id })).toEqual(before);
  });

  it('refuses a number that would leave a gap, with the next expected number', () => {
    issuedDocument(core, 'bien_ban', '2026-01-05');
    const doc = finalisedDocument(core, 'bien_ban', '2026-01-07');
    const message = expectFailure(core.call('documents:issue', { id: doc.id, number: 5, by: 'Vũ Thị Hồng Nhung' }), 'CONFLICT');
    expect(message).toBe(
      'Không cấp được số 05/BB-MTTQ-BTT: số tiếp theo trong sổ đăng ký biên bản hội nghị năm 2026 là 02. Cấp số 05 sẽ bỏ trống các số từ 02 đến 04.',
    );
    expect(core.must('documents:get', { id: doc.id }).status).toBe('da_hoan_thien');
    expect(core.must('documents:events', { id: doc.id }).map((e) => e.kind)).toEqual(['hoan_thien']);
  });

  it('accepts a free number below the next one: it fills a hole in the register', () => {
    issuedDocument(core, 'bien_ban', '2026-01-05');
    issuedDocument(core, 'bien_ban', '2026-01-06');
    // A hole the app itself never makes: the register was started from a paper one.
    core.ctx.db.prepare("UPDATE documents SET number = 3, number_symbol = '03/BB-MTTQ-BTT' WHERE number = 2").run();
    const doc = finalisedDocument(core, 'bien_ban', '2026-01-07');
    expect(core.must('documents:nextNumber', { id: doc.id }).number).toBe(4);
    const issued = core.must('documents:issue', { id: doc.id, number: 2, by: 'Vũ Thị Hồng Nhung' });
    expect(issued.numberSymbol).toBe('02/BB-MTTQ-BTT');
    expect(core.must('documents:events', { id: doc.id })[0]!.note).toBe('Số 02/BB-MTTQ-BTT (số còn trống trong sổ)');
  });

  it('can never hold two issued documents with one number, even through raw SQL', () => {
    const first = issuedDocument(core, 'bien_ban', '2026-01-05');
    const second = issuedDocument(core, 'bien_ban', '2026-01-06');
    expect(() => core.ctx.db.prepare('UPDATE documents SET number = ? WHERE id = ?').run(first.number, second.id)).toThrow(/UNIQUE/);
    // A draft cannot carry a number either.
    const draft = core.must('documents:create', { kind: 'bien_ban' });
    expect(() => core.ctx.db.prepare('UPDATE documents SET number = 9, number_year = 2026 WHERE id = ?').run(draft.id)).toThrow(/CHECK/);
    // Another register or year may reuse it.
    const letter = issuedDocument(core, 'cong_van', '2026-01-05');
    expect(letter.number).toBe(first.number);
  });

  it('issues only a finalised document, and only once', () => {
    const draft = core.must('documents:create', { kind: 'bien_ban', summary: 'Nháp' });
    expect(expectFailure(core.call('documents:issue', { id: draft.id, by: 'Vũ Thị Hồng Nhung' }), 'CONFLICT')).toMatch(/hoàn thiện/);
    const issued = issuedDocument(core, 'bien_ban', '2026-01-05');
    expect(expectFailure(core.call('documents:issue', { id: issued.id, by: 'Vũ Thị Hồng Nhung' }), 'CONFLICT')).toContain('01/BB-MTTQ-BTT');
  });

  it('keeps the printed number-symbol when the committee changes its abbreviation later', () => {
    const issued = issuedDocument(core, 'bien_ban', '2026-01-05');
    const draft = core.must('documents:create', { kind: 'bien_ban' });
    saveProfile(core, { abbreviation: 'MTTQ' });
    expect(core.must('documents:get', { id: issued.id }).numberSymbol).toBe('01/BB-MTTQ-BTT');
    expect(core.must('documents:get', { id: draft.id }).numberSymbol).toBe('     /BB-MTTQ');
  });

  it('finds an issued document by its number-symbol in the list', () => {
    const issued = issuedDocument(core, 'bien_ban', '2026-01-05');
    issuedDocument(core, 'bien_ban', '2026-01-06');
    const page = core.must('documents:list', { text: '01/BB' });
    expect(page.items.map((d) => d.id)).toEqual([issued.id]);
    expect(page.items[0]!.numberSymbol).toBe('01/BB-MTTQ-BTT');
  });
});
