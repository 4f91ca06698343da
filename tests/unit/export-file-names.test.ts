import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportFileName } from '../../electron/core/export';
import type { ChannelInput } from '../../shared/ipc/contract';
import { openTestCore, type TestCore } from '../support/core';
import { saveProfile } from '../support/document-store';
import { ExchangePlatform } from '../support/exchange-fixtures';
import { organisation } from '../support/fixtures';

/**
 * Every exported file (Word, Excel, exchange packages) is named by the one function the Word
 * export uses: at most 80 characters, cut where a phrase ends, ASCII by default and in full
 * Vietnamese when "Hồ sơ Ủy ban" → "Tệp xuất ra" says so (migration 011).
 */

let core: TestCore;
let platform: ExchangePlatform;

beforeEach(() => {
  core = openTestCore({ now: new Date(2026, 10, 23, 15, 0) }); // 23/11/2026
  saveProfile(core, { committeeCode: 'MTTQ-HP' });
  // Every dialog is cancelled: only the name offered matters here.
  platform = new ExchangePlatform();
  core.ctx.platform = platform;
});
afterEach(() => core.close());

const accented = () => saveProfile(core, { committeeCode: 'MTTQ-HP', accentedFileNames: true });

describe('exportFileName, shared by every export', () => {
  it('keeps to 80 characters with the extension, cuts where a phrase ends, capitalises each part', () => {
    const title = 'Nhiệm vụ quá hạn - Ủy ban Mặt trận Tổ quốc Việt Nam phường Hồng Bàng, thành phố Hải Phòng, nhiệm kỳ 2024-2029';
    const name = exportFileName({ date: '2026-11-23', title, extension: 'xlsx' });
    expect(name).toBe('2026-11-23 Nhiem vu qua han - Uy ban mat tran to quoc viet nam.xlsx');
    expect(name.length).toBeLessThanOrEqual(80);
    expect(exportFileName({ date: '2026-11-23', title, extension: 'xlsx' }, { accented: true })).toBe(
      '2026-11-23 Nhiệm vụ quá hạn - Ủy ban Mặt trận Tổ quốc Việt Nam.xlsx',
    );
    // Abbreviations and number-symbols keep their capitals in ASCII names.
    expect(exportFileName({ date: '2026-11-23', title: 'Tiến độ cấp dưới 05-QĐ-MTTQ-BTT - UBND xã', extension: 'xlsx' })).toBe(
      '2026-11-23 Tien do cap duoi 05-QD-MTTQ-BTT - UBND xa.xlsx',
    );
    expect(exportFileName({ date: '', title: '  ', extension: 'mttq' })).toBe('Van ban.mttq');
  });
});

describe('the task view in Excel', () => {
  const longName = 'Ủy ban Mặt trận Tổ quốc Việt Nam phường Hồng Bàng, thành phố Hải Phòng';
  const filter = (organisationId: number): ChannelInput<'tasks:exportXlsx'> => ({ view: 'qua_han', status: 'chua_thuc_hien', organisationId });

  it('is cut at a phrase, not at 90 characters inside a name', async () => {
    const ward = organisation(core, longName).id;
    expect((await core.callAsync('tasks:exportXlsx', filter(ward))).ok).toBe(true);
    expect(platform.offered.at(-1)).toBe('2026-11-23 Nhiem vu qua han chua thuc hien - Uy ban mat tran to quoc.xlsx');
    expect(platform.offered.at(-1)!.length).toBeLessThanOrEqual(80);
  });

  it('follows the committee’s choice of names in full Vietnamese', async () => {
    const ward = organisation(core, longName).id;
    const farmers = organisation(core, 'Hội Nông dân thành phố Hải Phòng').id;
    accented();
    await core.callAsync('tasks:exportXlsx', filter(ward));
    expect(platform.offered.at(-1)).toBe('2026-11-23 Nhiệm vụ quá hạn chưa thực hiện - Ủy ban Mặt trận Tổ quốc.xlsx');
    await core.callAsync('tasks:exportXlsx', { view: 'tat_ca', organisationId: farmers });
    expect(platform.offered.at(-1)).toBe('2026-11-23 Nhiệm vụ - Hội Nông dân thành phố Hải Phòng.xlsx');
  });
});

describe('the report annex in Excel', () => {
  it('is named in the committee’s chosen style, its dates as a file name can hold them', async () => {
    const { document } = core.must('reports:compile', { period: { kind: 'sau_thang', year: 2026, index: 1 } });
    await core.callAsync('reports:exportXlsx', { id: document.id });
    expect(platform.offered.at(-1)).toBe(`${document.documentDate} Phu luc so lieu 6 thang dau nam 2026.xlsx`);
    accented();
    await core.callAsync('reports:exportXlsx', { id: document.id });
    expect(platform.offered.at(-1)).toBe(`${document.documentDate} Phụ lục số liệu 6 tháng đầu năm 2026.xlsx`);
    // A span of days: its dates written as a file name can hold them, not "01 01 2026".
    saveProfile(core, { committeeCode: 'MTTQ-HP', accentedFileNames: false });
    const span = core.must('reports:compile', { period: { kind: 'tuy_chon', from: '2026-01-01', to: '2026-06-30' } }).document;
    await core.callAsync('reports:exportXlsx', { id: span.id });
    expect(platform.offered.at(-1)).toBe(`${span.documentDate} Phu luc so lieu tu ngay 01-01-2026 den ngay 30-06-2026.xlsx`);
  });
});

describe('the exchange matrix in Excel and the packages', () => {
  function directiveGivenDown(): number {
    const ward = core.must('committees:save', { name: 'Ủy ban MTTQ Việt Nam phường Hồng Bàng', code: 'MTTQ-HP-HB', relation: 'cap_duoi' }).id;
    const directiveId = core.must('directives:save', {
      direction: 'di',
      numberSymbol: '05/QĐ-MTTQ-BTT',
      issuedDate: '2026-11-18',
      summary: 'Ban hành Quy định về công tác giám sát',
    }).id;
    core.must('exchange:saveAssignments', { directiveId, tasks: [{ title: 'Tổ chức giám sát tại cơ sở', dueDate: '2026-12-15', committeeIds: [ward] }] });
    return ward;
  }

  it('name the directive by its symbol, in ASCII by default and in full Vietnamese when chosen', async () => {
    const ward = directiveGivenDown();
    const directiveId = core.must('directives:list', {}).items[0]!.id;
    expect((await core.callAsync('exchange:exportMatrixXlsx', { directiveId })).ok).toBe(true);
    expect((await core.callAsync('exchange:exportMatrixXlsx', { directiveId: null })).ok).toBe(true);
    expect((await core.callAsync('exchange:exportDown', { directiveId, committeeIds: [ward] })).ok).toBe(true);
    expect(platform.offered).toEqual([
      '2026-11-23 Tien do cap duoi 05-QD-MTTQ-BTT.xlsx',
      '2026-11-23 Tien do cap duoi.xlsx',
      '2026-11-23 Giao nhiem vu 05-QD-MTTQ-BTT - MTTQ-HP-HB.mttq',
    ]);
    accented();
    await core.callAsync('exchange:exportMatrixXlsx', { directiveId });
    await core.callAsync('exchange:exportDown', { directiveId, committeeIds: [ward] });
    expect(platform.offered.slice(3)).toEqual([
      '2026-11-23 Tiến độ cấp dưới 05-QĐ-MTTQ-BTT.xlsx',
      '2026-11-23 Giao nhiệm vụ 05-QĐ-MTTQ-BTT - MTTQ-HP-HB.mttq',
    ]);
  });
});
