import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportDocumentToDocx } from '../../electron/core/export';
import { ANNEX_HEADER_ROW, ANNEX_SHEETS } from '../../electron/core/reports/annex';
import { renderReportAnnex, renderScheduleDocx } from '../../electron/core/services/report-export';
import { getDocument } from '../../electron/core/services/documents-access';
import type { Platform } from '../../electron/core/context';
import { openTestCore, type TestCore } from '../support/core';
import { decodeXml, paragraphTexts, readDocx, tables } from '../support/docx-parts';
import { agendaItem, attendee, createAndSaveMeeting } from '../support/fixtures';
import { seedReportWorld, type ReportWorld } from '../support/report-fixtures';

let core: TestCore;
let world: ReportWorld;

beforeEach(() => {
  core = openTestCore();
  world = seedReportWorld(core);
  core.setNow(new Date('2026-07-10T09:00:00'));
});
afterEach(() => core.close());

const H1_2026 = { kind: 'sau_thang', year: 2026, index: 1 } as const;

function rowsOf(table: string): string[][] {
  return [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphTexts(cell[0]).join(' ').trim()),
  );
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe('the report in Word: real tables in the official layout', () => {
  it('prints the comparison and per-organisation tables as Word tables, header rows repeated on every page', async () => {
    const { document } = core.must('reports:compile', { period: H1_2026 });
    const docx = await readDocx(await exportDocumentToDocx(getDocument(core.ctx, document.id)));
    // A4 portrait, official margins, page numbers from page 2.
    expect(docx.document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(docx.document).toContain('<w:titlePg/>');
    const texts = paragraphTexts(docx.document);
    expect(texts).toContain('BÁO CÁO');
    expect(texts).toContain('Sơ kết công tác Mặt trận 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối năm 2026');
    // The part's two lines are one heading (a line break between): "PHẦN THỨ NHẤT" / "KẾT QUẢ …".
    expect(texts).toContain('PHẦN THỨ NHẤTKẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2026');

    const all = tables(docx.document);
    const comparison = all.find((t) => t.includes('So với cùng kỳ'))!;
    expect(comparison).toBeDefined();
    const rows = rowsOf(comparison);
    expect(rows[0]).toEqual(['TT', 'Nội dung', '6 tháng đầu năm 2026', '6 tháng cuối năm 2025', '6 tháng đầu năm 2025', 'So với cùng kỳ']);
    expect(rows[1]).toEqual(['1', 'Hội nghị, buổi làm việc đã tổ chức', '3', '1', '1', '300%']);
    expect(rows[5]).toEqual(['5', 'Nhiệm vụ đã giao', '6', '1', '1', '600%']);
    expect(rows).toHaveLength(10);
    // Only the header row repeats; every row stays whole; the borders are single lines.
    const rowXml = [...comparison.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rowXml[0]).toContain('<w:tblHeader/>');
    expect(rowXml.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
    expect(rowXml.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    expect(comparison).toMatch(/<w:insideH w:val="single"/);

    const byOrganisation = rowsOf(all.find((t) => t.includes('Đơn vị chủ trì') && t.includes('Giao trong kỳ'))!);
    expect(byOrganisation[0]).toEqual(['TT', 'Đơn vị chủ trì', 'Giao trong kỳ', 'Hoàn thành', 'Đúng hạn', 'Quá hạn']);
    expect(byOrganisation.at(-1)).toEqual(['', 'Tổng cộng', '6', '2', '1', '3']);
    // Cell text in the table style (13 pt), not the 14 pt body.
    expect(comparison).toContain('w:pStyle w:val="VbChuTrongBang"');
  });
});

describe('the statistics annex in Excel', () => {
  it('reads back with the report\'s figures, every list in full with its record ids', async () => {
    const { document, report } = core.must('reports:compile', { period: H1_2026 });
    const workbook = await loadWorkbook(await renderReportAnnex(core.ctx, document.id));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([...ANNEX_SHEETS, 'Báo cáo định kỳ kỳ sau']);

    const summary = workbook.getWorksheet('Tổng hợp')!;
    expect(summary.getCell('A1').value).toBe('PHỤ LỤC: SỐ LIỆU TỔNG HỢP 6 THÁNG ĐẦU NĂM 2026');
    expect(summary.getRow(ANNEX_HEADER_ROW).values).toEqual([undefined, 'TT', 'Nội dung', '6 tháng đầu năm 2026', '6 tháng cuối năm 2025', '6 tháng đầu năm 2025', 'So với cùng kỳ (%)']);
    expect(summary.getRow(ANNEX_HEADER_ROW + 1).values).toEqual([undefined, 1, 'Hội nghị, buổi làm việc đã tổ chức', 3, 1, 1, 300]);
    expect(summary.getRow(ANNEX_HEADER_ROW + 8).values).toEqual([undefined, 8, 'Nhiệm vụ quá hạn (tại thời điểm chốt số liệu)', 3, 0, 0]);

    const meetings = workbook.getWorksheet('Hội nghị')!;
    const meetingIds: number[] = [];
    for (let r = ANNEX_HEADER_ROW + 1; r <= meetings.rowCount; r += 1) meetingIds.push(meetings.getRow(r).getCell(7).value as number);
    expect(meetingIds).toEqual(report.figures.meetings.items.map((m) => m.id));
    const firstDate = meetings.getRow(ANNEX_HEADER_ROW + 1).getCell(2);
    expect(firstDate.value).toEqual(new Date(Date.UTC(2026, 0, 2)));
    expect(firstDate.numFmt).toBe('dd/mm/yyyy');

    const overdue = workbook.getWorksheet('Nhiệm vụ quá hạn')!;
    expect(overdue.rowCount - ANNEX_HEADER_ROW).toBe(3);
    const open = workbook.getWorksheet('Nhiệm vụ chưa xong')!;
    expect(open.rowCount - ANNEX_HEADER_ROW).toBe(report.figures.tasks.open.value);
    const sayings = workbook.getWorksheet('Ý kiến tại hội nghị')!;
    expect(sayings.getRow(ANNEX_HEADER_ROW + 1).getCell(2).value).toBe('Số liệu');
    expect(sayings.getRow(ANNEX_HEADER_ROW + 2).getCell(2).value).toBe('Hạn chế');
  });

  it('of a finalised report stays as it was when records change', async () => {
    const { document } = core.must('reports:compile', { period: H1_2026 });
    core.must('documents:finalise', { id: document.id, by: 'Vũ Thị Hồng Nhung' });
    const before = await loadWorkbook(await renderReportAnnex(core.ctx, document.id));
    createAndSaveMeeting(core, { title: 'Hội nghị thêm sau khi hoàn thiện', kind: 'giao_ban', startAt: '2026-02-02T08:00', status: 'da_hop' });
    const after = await loadWorkbook(await renderReportAnnex(core.ctx, document.id));
    expect(after.getWorksheet('Tổng hợp')!.getRow(ANNEX_HEADER_ROW + 1).values).toEqual(before.getWorksheet('Tổng hợp')!.getRow(ANNEX_HEADER_ROW + 1).values);
    expect(after.getWorksheet('Hội nghị')!.rowCount).toBe(before.getWorksheet('Hội nghị')!.rowCount);
  });

  it('is saved where the user chooses through the dialog', async () => {
    const { document } = core.must('reports:compile', { period: H1_2026 });
    const target = path.join(core.dir, 'phu-luc.xlsx');
    const offered: string[] = [];
    const platform: Platform = {
      chooseSavePath: async (name) => {
        offered.push(name);
        return target;
      },
      showInFolder: () => undefined,
      chooseOpenFiles: async () => [],
      openFile: async () => undefined,
    };
    core.ctx.platform = platform;
    const result = await core.callAsync('reports:exportXlsx', { id: document.id });
    expect(result).toEqual({ ok: true, data: { saved: true, filePath: target } });
    expect(offered[0]).toMatch(/^\d{4}-\d{2}-\d{2} Phu luc so lieu 6 thang dau nam 2026\.xlsx$/);
    expect((await loadWorkbook(fs.readFileSync(target))).worksheets.length).toBeGreaterThan(5);
  });
});

describe('the weekly schedule in Word', () => {
  function weekWithMeetings(): void {
    const chair = () => attendee({ fullName: 'Nguyễn Văn Hùng', title: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', role: 'chu_tri' });
    const members = ['Trần Thị Lan', 'Lê Văn Minh', 'Phạm Thị Hoa'].map((fullName) => attendee({ fullName, role: 'dai_bieu' }));
    createAndSaveMeeting(core, {
      title: 'Họp Thường trực giao ban tuần',
      kind: 'giao_ban',
      startAt: '2026-07-13T08:00',
      endAt: '2026-07-13T10:00',
      place: 'Phòng họp tầng 2',
      attendees: [chair(), ...members],
      agenda: [agendaItem()],
    });
    createAndSaveMeeting(core, { title: 'Làm việc với Hội Nông dân tỉnh', kind: 'lam_viec', startAt: '2026-07-13T14:00', place: 'Trụ sở Hội Nông dân tỉnh', attendees: [chair()] });
    createAndSaveMeeting(core, { title: 'Dự lễ ra quân tình nguyện', kind: 'khac', startAt: '2026-07-18T07:30', place: 'Quảng trường 30/10' });
  }

  it('lists the week in the usual table: landscape, header row repeated, a day merged over its meetings', async () => {
    weekWithMeetings();
    const { bytes, schedule, layout } = await renderScheduleDocx(core.ctx, '2026-07-15');
    expect([schedule.monday, schedule.sunday]).toEqual(['2026-07-13', '2026-07-19']);
    expect(schedule.entries.map((e) => e.title)).toEqual(['Họp Thường trực giao ban tuần', 'Làm việc với Hội Nông dân tỉnh', 'Dự lễ ra quân tình nguyện']);
    expect(layout.landscape).toBe(true);
    const docx = await readDocx(bytes);
    expect(docx.document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const texts = paragraphTexts(docx.document);
    expect(texts).toContain('LỊCH CÔNG TÁC TUẦN');
    expect(texts).toContain('(Từ ngày 13/07/2026 đến ngày 19/07/2026)');
    // The header has no number line: schedules carry none.
    expect(texts.some((t) => t.startsWith('Số:'))).toBe(false);

    const table = tables(docx.document).find((t) => t.includes('Thành phần'))!;
    const rowXml = [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rowXml[0]).toContain('<w:tblHeader/>');
    const rows = rowsOf(table);
    expect(rows[0]).toEqual(['Thứ, ngày', 'Thời gian', 'Nội dung', 'Chủ trì', 'Thành phần', 'Địa điểm']);
    expect(rows[1]).toEqual([
      'Thứ Hai 13/07/2026',
      '8h00 - 10h00',
      'Họp Thường trực giao ban tuần',
      'Nguyễn Văn Hùng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
      'Đồng chí Trần Thị Lan, Lê Văn Minh, Phạm Thị Hoa',
      'Phòng họp tầng 2',
    ]);
    // Monday's second meeting: the day cell is merged from the row above.
    expect(rowXml[1]).toContain('<w:vMerge w:val="restart"/>');
    expect(rowXml[2]).toMatch(/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/);
    expect(rows[2]!.slice(1, 3)).toEqual(['14h00', 'Làm việc với Hội Nông dân tỉnh']);
    // Tuesday to Friday have their rows though empty; Saturday only because it holds a meeting; no Sunday.
    const days = rows.slice(1).map((r) => r[0]).filter((d) => d !== '');
    expect(days).toEqual(['Thứ Hai 13/07/2026', 'Thứ Ba 14/07/2026', 'Thứ Tư 15/07/2026', 'Thứ Năm 16/07/2026', 'Thứ Sáu 17/07/2026', 'Thứ Bảy 18/07/2026']);
    expect(decodeXml(table)).toContain('Quảng trường 30/10');
    expect(docx.headers.default).toContain('PAGE');
  });

  it('stays portrait when the columns it keeps fit: nobody recorded who chairs or attends', async () => {
    createAndSaveMeeting(core, { title: 'Tiếp công dân định kỳ', kind: 'khac', startAt: '2026-07-14T08:00', place: 'Phòng tiếp dân' });
    const { bytes, layout } = await renderScheduleDocx(core.ctx, '2026-07-14');
    expect(layout.columns.map((c) => c.header)).toEqual(['Thứ, ngày', 'Thời gian', 'Nội dung', 'Địa điểm']);
    expect(layout.landscape).toBe(false);
    const docx = await readDocx(bytes);
    expect(docx.document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
  });

  it('an empty week still gives the week\'s table, its days left blank', async () => {
    const { bytes, schedule } = await renderScheduleDocx(core.ctx, '2030-01-09');
    expect(schedule.entries).toEqual([]);
    const rows = rowsOf(tables((await readDocx(bytes)).document).find((t) => t.includes('Thời gian'))!);
    expect(rows.map((r) => r[0])).toEqual(['Thứ, ngày', 'Thứ Hai 07/01/2030', 'Thứ Ba 08/01/2030', 'Thứ Tư 09/01/2030', 'Thứ Năm 10/01/2030', 'Thứ Sáu 11/01/2030']);
    expect(world.meetings.m1).toBeGreaterThan(0);
  });
});
