import ExcelJS from 'exceljs';
import { MEETING_KIND, TASK_RECURRENCE, TASK_STATUS } from '../../../shared/domain';
import { formatLocalDate } from '../../../shared/datetime';
import type { PeriodCounts, ReportFigures } from '../../../shared/schemas/report';

/**
 * The statistics annex (phụ lục số liệu) of a compiled report as .xlsx: the comparison table the
 * report prints, then every list in full (the body shows at most 30 items of each), each row with
 * the id of the record it came from. Built from the report's stored figures only, so the annex of
 * an issued report matches it whatever happened to the records since.
 */

const FONT = 'Times New Roman';
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Row of the column headers on every sheet; the rows above are the title block. */
export const ANNEX_HEADER_ROW = 4;

type Cell = string | number | Date | null;

interface Column {
  header: string;
  width: number;
  date?: boolean;
  wrap?: boolean;
}

/** A calendar date as Excel's date at UTC midnight (exceljs converts through UTC; see task-workbook.ts). */
function excelDate(date: string | null): Date | null {
  if (date === null) return null;
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function addSheet(workbook: ExcelJS.Workbook, name: string, title: string, subtitle: string, columns: Column[], rows: Cell[][]): void {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: ANNEX_HEADER_ROW, xSplit: 0, topLeftCell: `A${ANNEX_HEADER_ROW + 1}` }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${ANNEX_HEADER_ROW}:${ANNEX_HEADER_ROW}` },
  });
  sheet.columns = columns.map((column) => ({ width: column.width }));
  const last = sheet.getColumn(columns.length).letter;
  const titleRow = (row: number, text: string, size: number, bold: boolean) => {
    sheet.mergeCells(`A${row}:${last}${row}`);
    const cell = sheet.getCell(`A${row}`);
    cell.value = text;
    cell.font = { name: FONT, size, bold };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  titleRow(1, title, 13, true);
  titleRow(2, subtitle, 11, false);
  sheet.getRow(1).height = 34;
  const header = sheet.getRow(ANNEX_HEADER_ROW);
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = BORDER;
  });
  header.height = 30;
  rows.forEach((values, rowIndex) => {
    const row = sheet.getRow(ANNEX_HEADER_ROW + 1 + rowIndex);
    columns.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      cell.value = values[index] ?? null;
      cell.font = { name: FONT, size: 11 };
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: column.wrap === true, horizontal: column.date || typeof values[index] === 'number' ? 'center' : undefined };
      if (column.date) cell.numFmt = 'dd/mm/yyyy';
    });
  });
  if (rows.length > 0) sheet.autoFilter = { from: { row: ANNEX_HEADER_ROW, column: 1 }, to: { row: ANNEX_HEADER_ROW, column: columns.length } };
}

const COMPARED: Array<[Exclude<keyof PeriodCounts, 'period'>, string]> = [
  ['meetingsHeld', 'Hội nghị, buổi làm việc đã tổ chức'],
  ['directivesReceived', 'Văn bản chỉ đạo đã tiếp nhận'],
  ['conclusions', 'Kết luận của các hội nghị'],
  ['conclusionNotices', 'Thông báo kết luận đã ban hành'],
  ['tasksAssigned', 'Nhiệm vụ đã giao'],
  ['tasksCompleted', 'Nhiệm vụ hoàn thành'],
  ['tasksCompletedOnTime', '- Trong đó: hoàn thành đúng hạn'],
  ['tasksOverdue', 'Nhiệm vụ quá hạn (tại thời điểm chốt số liệu)'],
  ['awards', 'Khen thưởng đã trao tại hội nghị'],
];

/** The sheet names, in order, as the tests and the README list them. */
export const ANNEX_SHEETS = ['Tổng hợp', 'Hội nghị', 'Văn bản chỉ đạo', 'Nhiệm vụ theo đơn vị', 'Nhiệm vụ quá hạn', 'Nhiệm vụ chưa xong', 'Khen thưởng', 'Ý kiến tại hội nghị'] as const;

export async function buildReportAnnex(figures: ReportFigures, committeeName: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sổ tay Mặt trận';
  const { period, comparison } = figures;
  const heading = (what: string) => `PHỤ LỤC: ${what.toLocaleUpperCase('vi')} ${period.label.toLocaleUpperCase('vi')}`;
  const subtitle = `${committeeName} — từ ngày ${formatLocalDate(period.start)} đến ngày ${formatLocalDate(period.end)}; số liệu tính đến ngày ${formatLocalDate(figures.countedTo)}.`;

  const columns = [comparison.current, ...(comparison.previous ? [comparison.previous] : []), comparison.lastYear];
  addSheet(
    workbook,
    ANNEX_SHEETS[0],
    heading('số liệu tổng hợp'),
    subtitle,
    [{ header: 'TT', width: 6 }, { header: 'Nội dung', width: 48, wrap: true }, ...columns.map((c) => ({ header: c.period.label, width: 20, wrap: true })), { header: 'So với cùng kỳ (%)', width: 14 }],
    COMPARED.map(([key, label], i) => [
      i + 1,
      label,
      ...columns.map((c) => c[key]),
      comparison.lastYear[key] === 0 ? null : Math.round((comparison.current[key] / comparison.lastYear[key]) * 100),
    ]),
  );
  addSheet(
    workbook,
    ANNEX_SHEETS[1],
    heading('hội nghị, buổi làm việc'),
    subtitle,
    [
      { header: 'TT', width: 6 },
      { header: 'Ngày', width: 13, date: true },
      { header: 'Loại', width: 24, wrap: true },
      { header: 'Tên hội nghị', width: 60, wrap: true },
      { header: 'Chủ trì', width: 40, wrap: true },
      { header: 'Địa điểm', width: 30, wrap: true },
      { header: 'Mã hồ sơ', width: 10 },
    ],
    figures.meetings.items.map((m, i) => [i + 1, excelDate(m.startAt), MEETING_KIND.labels[m.kind], m.title, m.chairs.join('; '), m.place, m.id]),
  );
  addSheet(
    workbook,
    ANNEX_SHEETS[2],
    heading('văn bản chỉ đạo đã tiếp nhận'),
    subtitle,
    [
      { header: 'TT', width: 6 },
      { header: 'Số, ký hiệu', width: 18 },
      { header: 'Loại', width: 14 },
      { header: 'Ngày ban hành', width: 13, date: true },
      { header: 'Ngày đến', width: 13, date: true },
      { header: 'Cơ quan ban hành', width: 30, wrap: true },
      { header: 'Trích yếu', width: 50, wrap: true },
      { header: 'Triển khai (hội nghị, kế hoạch)', width: 50, wrap: true },
      { header: 'Nhiệm vụ đã giao', width: 10 },
      { header: 'Mã hồ sơ', width: 10 },
    ],
    figures.directives.items.map((d, i) => [
      i + 1,
      d.numberSymbol,
      d.typeLabel,
      excelDate(d.issuedDate),
      excelDate(d.arrivalDate),
      d.issuerName,
      d.summary,
      [...d.meetings.map((m) => `${m.title} (${formatLocalDate(m.startAt.slice(0, 10))})`), ...d.plans.map((p) => `${p.typeLabel} số ${p.numberSymbol}`)].join('; '),
      d.tasks.value,
      d.id,
    ]),
  );
  const orgRows = figures.tasks.byOrganisation.map((o, i) => [i + 1, o.name, o.assigned.value, o.completed.value, o.completedOnTime.value, o.overdue.value] as Cell[]);
  orgRows.push([null, 'Tổng cộng', figures.tasks.assigned.value, figures.tasks.completed.value, figures.tasks.completedOnTime.value, figures.tasks.overdue.value]);
  addSheet(
    workbook,
    ANNEX_SHEETS[3],
    heading('kết quả thực hiện nhiệm vụ theo đơn vị chủ trì'),
    subtitle,
    [
      { header: 'TT', width: 6 },
      { header: 'Đơn vị chủ trì', width: 50, wrap: true },
      { header: 'Giao trong kỳ', width: 12 },
      { header: 'Hoàn thành', width: 12 },
      { header: 'Đúng hạn', width: 12 },
      { header: 'Quá hạn', width: 12 },
    ],
    orgRows,
  );
  const taskColumns: Column[] = [
    { header: 'TT', width: 6 },
    { header: 'Nhiệm vụ', width: 60, wrap: true },
    { header: 'Đơn vị chủ trì', width: 36, wrap: true },
    { header: 'Hạn hoàn thành', width: 14, date: true },
    { header: 'Trạng thái', width: 16 },
    { header: 'Số ngày quá hạn', width: 11 },
    { header: 'Mã hồ sơ', width: 10 },
  ];
  const taskRow = (t: ReportFigures['tasks']['openItems'][number], i: number): Cell[] => [
    i + 1,
    t.title,
    t.organisation,
    excelDate(t.dueDate),
    TASK_STATUS.labels[t.status],
    t.daysLate > 0 ? t.daysLate : null,
    t.id,
  ];
  addSheet(workbook, ANNEX_SHEETS[4], heading('nhiệm vụ quá hạn'), subtitle, taskColumns, figures.tasks.overdueItems.map(taskRow));
  addSheet(workbook, ANNEX_SHEETS[5], heading('nhiệm vụ chưa hoàn thành'), subtitle, taskColumns, figures.tasks.openItems.map(taskRow));
  addSheet(
    workbook,
    ANNEX_SHEETS[6],
    heading('khen thưởng đã trao tại hội nghị'),
    subtitle,
    [
      { header: 'TT', width: 6 },
      { header: 'Ngày', width: 13, date: true },
      { header: 'Hình thức', width: 18 },
      { header: 'Tập thể / cá nhân', width: 12 },
      { header: 'Người, đơn vị được khen', width: 50, wrap: true },
      { header: 'Cấp khen', width: 36, wrap: true },
      { header: 'Tại hội nghị', width: 50, wrap: true },
    ],
    figures.awards.items.map((a, i) => [i + 1, excelDate(a.date), a.formLabel, a.collective ? 'Tập thể' : 'Cá nhân', a.recipient, a.issuer, a.meetingTitle]),
  );
  addSheet(
    workbook,
    ANNEX_SHEETS[7],
    heading('số liệu và hạn chế nêu tại hội nghị'),
    subtitle,
    [
      { header: 'TT', width: 6 },
      { header: 'Loại', width: 12 },
      { header: 'Nội dung (nguyên văn)', width: 80, wrap: true },
      { header: 'Người phát biểu', width: 36, wrap: true },
      { header: 'Hội nghị', width: 50, wrap: true },
      { header: 'Ngày', width: 13, date: true },
    ],
    [
      ...figures.quotedFigures.map((s) => ['Số liệu', s] as const),
      ...figures.limitations.map((s) => ['Hạn chế', s] as const),
    ].map(([kind, s], i) => [i + 1, kind, s.text, s.speaker, s.meetingTitle, excelDate(s.date)]),
  );
  if (figures.duties.length > 0) {
    addSheet(
      workbook,
      'Báo cáo định kỳ kỳ sau',
      heading('báo cáo định kỳ phải gửi trong kỳ sau'),
      subtitle,
      [
        { header: 'TT', width: 6 },
        { header: 'Báo cáo', width: 60, wrap: true },
        { header: 'Đơn vị', width: 36, wrap: true },
        { header: 'Chu kỳ', width: 16 },
        { header: 'Hạn', width: 30, wrap: true },
      ],
      figures.duties.map((d, i) => [i + 1, d.title, d.organisation, TASK_RECURRENCE.labels[d.recurrence], d.dueDates.map(formatLocalDate).join(', ')]),
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
