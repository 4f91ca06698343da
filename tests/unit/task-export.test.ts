import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Platform } from '../../electron/core/context';
import { HEADER_ROW } from '../../electron/core/export/task-workbook';
import { openTestCore, type TestCore } from '../support/core';
import { expectFailure } from '../support/results';
import { createTask, taskDirectory, type TaskDirectory } from '../support/task-fixtures';

class SaveAs implements Platform {
  offered: string[] = [];
  shown: string[] = [];
  constructor(public answer: string | null) {}
  async chooseSavePath(defaultFileName: string) {
    this.offered.push(defaultFileName);
    return this.answer;
  }
  showInFolder(filePath: string) {
    this.shown.push(filePath);
  }
  // Attachments (directives register) are not part of the task export.
  async chooseOpenFiles(): Promise<string[]> {
    return [];
  }
  async openFile(): Promise<void> {}
}

let core: TestCore;
let orgs: TaskDirectory;
let platform: SaveAs;

beforeEach(() => {
  core = openTestCore({ now: new Date(2026, 10, 23, 15, 0) }); // 23/11/2026
  core.must('profile:save', {
    committeeName: 'Ủy ban MTTQ Việt Nam thành phố Hải Phòng',
    placeName: 'Hải Phòng',
    level: 'tinh',
    abbreviation: 'MTTQ-BTT',
  });
  orgs = taskDirectory(core);
  platform = new SaveAs(path.join(core.dir, 'nhiem-vu.xlsx'));
  core.ctx.platform = platform;
  createTask(core, {
    title: 'Báo cáo định kỳ công tác dân vận quý III',
    leadOrganisationId: orgs.farmers,
    supportingOrganisationIds: [orgs.women, orgs.youth],
    startDate: '2026-10-01',
    dueDate: '2026-10-31',
    priority: 'cao',
    recurrence: 'hang_quy',
  });
  createTask(core, { title: 'Khảo sát đời sống hội viên', leadOrganisationId: orgs.veterans, dueDate: '2026-11-20' });
  createTask(core, { title: 'Đại hội điểm', leadOrganisationId: orgs.farmers, dueDate: '2026-12-15' });
});
afterEach(() => core.close());

async function readBack(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.getWorksheet('Nhiệm vụ')!;
}

describe('the task view exported to Excel', () => {
  it('writes the overdue view with a title row, Vietnamese headers, real dates, widths, frozen header and autofilter', async () => {
    const result = await core.callAsync('tasks:exportXlsx', { view: 'qua_han', sort: 'han' });
    expect(result).toEqual({ ok: true, data: { saved: true, filePath: platform.answer } });
    expect(platform.offered).toEqual(['2026-11-23 Nhiem vu qua han.xlsx']);

    const sheet = await readBack(platform.answer!);
    expect(sheet.getCell('A1').value).toBe('ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HẢI PHÒNG');
    expect(sheet.getCell('A2').value).toBe('DANH SÁCH NHIỆM VỤ — QUÁ HẠN; SẮP THEO HẠN HOÀN THÀNH');
    expect(sheet.getCell('A3').value).toBe('Tính đến ngày 23/11/2026: 2 nhiệm vụ.');

    const headers = (sheet.getRow(HEADER_ROW).values as unknown[]).slice(1);
    expect(headers).toEqual([
      'STT',
      'Nhiệm vụ',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Người phụ trách',
      'Ngày bắt đầu',
      'Hạn hoàn thành',
      'Trạng thái',
      'Số ngày quá hạn',
      'Mức ưu tiên',
      'Nguồn giao',
      'Lặp lại',
      'Tiến độ gần nhất',
      'Kết quả',
    ]);

    const first = sheet.getRow(HEADER_ROW + 1);
    expect(first.getCell(2).value).toBe('Báo cáo định kỳ công tác dân vận quý III');
    expect(first.getCell(3).value).toBe('Hội Nông dân thành phố Hải Phòng');
    expect(first.getCell(4).value).toBe(
      'Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Hải Phòng; Hội Liên hiệp Phụ nữ thành phố Hải Phòng',
    );
    // Real date cells: a Date (at UTC midnight of the calendar day) with a day-first format.
    const due = first.getCell(7);
    expect(due.type).toBe(ExcelJS.ValueType.Date);
    expect(due.value).toEqual(new Date(Date.UTC(2026, 9, 31)));
    expect(due.numFmt).toBe('dd/mm/yyyy');
    expect(first.getCell(6).value).toEqual(new Date(Date.UTC(2026, 9, 1)));
    expect(first.getCell(8).value).toBe('Chưa thực hiện');
    expect(first.getCell(9).value).toBe(23);
    expect(first.getCell(10).value).toBe('Cao');
    expect(first.getCell(12).value).toBe('Hằng quý');
    expect(sheet.getRow(HEADER_ROW + 2).getCell(2).value).toBe('Khảo sát đời sống hội viên');
    expect(sheet.getRow(HEADER_ROW + 3).getCell(2).value ?? null).toBeNull();

    expect(sheet.getColumn(2).width).toBe(60);
    expect(sheet.getColumn(7).width).toBe(15);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(sheet.autoFilter).toBe('A4:N4');
  });

  it('states an organisation filter in words and in the file name, and exports every row, not one page', async () => {
    for (let i = 0; i < 60; i += 1) createTask(core, { title: `Nhiệm vụ số ${i + 1}`, leadOrganisationId: orgs.women });
    platform.answer = path.join(core.dir, 'phu-nu.xlsx');
    await core.callAsync('tasks:exportXlsx', { organisationId: orgs.women, status: 'chua_thuc_hien', text: 'nhiem vu' });
    // Named like every export: at most 80 characters, cut where a phrase ends (export-file-names.test.ts).
    expect(platform.offered.at(-1)).toBe('2026-11-23 Nhiem vu chua thuc hien - Hoi lien hiep phu nu.xlsx');
    const sheet = await readBack(platform.answer);
    expect(sheet.getCell('A2').value).toBe(
      'DANH SÁCH NHIỆM VỤ — TẤT CẢ NHIỆM VỤ; ĐƠN VỊ: HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ HẢI PHÒNG (CHỦ TRÌ HOẶC PHỐI HỢP); TRẠNG THÁI: CHƯA THỰC HIỆN; CÓ CHỮ "NHIEM VU"; SẮP THEO HẠN HOÀN THÀNH',
    );
    expect(sheet.getCell('A3').value).toBe('Tính đến ngày 23/11/2026: 60 nhiệm vụ.');
    expect(sheet.rowCount).toBe(HEADER_ROW + 60);
  });

  it('writes nothing when the user cancels, and lets "Mở thư mục" show only files it exported', async () => {
    platform.answer = null;
    expect(await core.callAsync('tasks:exportXlsx', {})).toEqual({ ok: true, data: { saved: false, filePath: null } });
    expect(fs.readdirSync(core.dir).filter((f) => f.endsWith('.xlsx'))).toEqual([]);

    platform.answer = path.join(core.dir, 'tat-ca.xlsx');
    await core.callAsync('tasks:exportXlsx', {});
    expect(core.must('files:showInFolder', { filePath: platform.answer })).toEqual({ shown: true });
    expect(platform.shown).toEqual([platform.answer]);
    expectFailure(core.call('files:showInFolder', { filePath: path.join(core.dir, 'khac.xlsx') }), 'NOT_FOUND');
  });

  it('says in Vietnamese when the folder cannot be written', async () => {
    platform.answer = path.join(core.dir, 'khong-co-thu-muc', 'nhiem-vu.xlsx');
    const result = await core.callAsync('tasks:exportXlsx', {});
    expect(expectFailure(result, 'FILE_WRITE')).toContain('thư mục không tồn tại');
  });
});
