import ExcelJS from 'exceljs';
import { TASK_PRIORITY, TASK_RECURRENCE, TASK_SOURCE, TASK_STATUS } from '../../../shared/domain';
import { formatLocalDate } from '../../../shared/datetime';
import type { TaskSummary } from '../../../shared/schemas/task';

export interface TaskWorkbookInput {
  committeeName: string;
  /** The filter of the view, in words: "Quá hạn; đơn vị: Hội Nông dân thành phố Hải Phòng". */
  filterText: string;
  today: string;
  tasks: TaskSummary[];
}

/** Row of the column headers; rows above it are the title block. */
export const HEADER_ROW = 4;

interface Column {
  header: string;
  width: number;
  value: (task: TaskSummary, index: number) => string | number | Date | null;
  date?: boolean;
  wrap?: boolean;
}

/**
 * A date cell Excel shows as 05/01/2026 and sorts and filters as a date. exceljs turns a Date into
 * Excel's serial day through its UTC value, so the calendar date is given at UTC midnight: a
 * local-midnight Date would land on the previous day east of Greenwich.
 */
function excelDate(date: string | null): Date | null {
  if (date === null) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

const COLUMNS: Column[] = [
  { header: 'STT', width: 6, value: (_task, index) => index + 1 },
  { header: 'Nhiệm vụ', width: 60, value: (task) => task.title, wrap: true },
  { header: 'Đơn vị chủ trì', width: 32, value: (task) => task.leadOrganisation.name, wrap: true },
  { header: 'Đơn vị phối hợp', width: 32, value: (task) => task.supportingOrganisations.map((o) => o.name).join('; '), wrap: true },
  { header: 'Người phụ trách', width: 22, value: (task) => task.responsiblePersonName ?? '', wrap: true },
  { header: 'Ngày bắt đầu', width: 14, value: (task) => excelDate(task.startDate), date: true },
  { header: 'Hạn hoàn thành', width: 15, value: (task) => excelDate(task.dueDate), date: true },
  { header: 'Trạng thái', width: 17, value: (task) => TASK_STATUS.labels[task.status] },
  { header: 'Số ngày quá hạn', width: 11, value: (task) => (task.overdue ? task.daysLate : null) },
  { header: 'Mức ưu tiên', width: 12, value: (task) => TASK_PRIORITY.labels[task.priority] },
  { header: 'Nguồn giao', width: 36, value: (task) => sourceText(task), wrap: true },
  { header: 'Lặp lại', width: 15, value: (task) => (task.recurrence === 'khong' ? '' : TASK_RECURRENCE.labels[task.recurrence]) },
  { header: 'Tiến độ gần nhất', width: 40, value: (task) => task.latestProgress ?? '', wrap: true },
  { header: 'Kết quả', width: 40, value: (task) => task.result, wrap: true },
];

function sourceText(task: TaskSummary): string {
  if (task.source === 'ket_luan' && task.meetingTitle) return `Kết luận: ${task.meetingTitle}`;
  return TASK_SOURCE.labels[task.source];
}

const FONT = 'Times New Roman';
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * The task view as an .xlsx staff can send upward: the committee and what the list shows on top,
 * Vietnamese headers, real date cells (dd/mm/yyyy), set column widths, the header row frozen and
 * an autofilter on it.
 */
export async function buildTaskWorkbook(input: TaskWorkbookInput): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sổ tay Mặt trận';
  const sheet = workbook.addWorksheet('Nhiệm vụ', {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0, topLeftCell: `A${HEADER_ROW + 1}` }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = COLUMNS.map((column) => ({ width: column.width }));
  const lastColumn = sheet.getColumn(COLUMNS.length).letter;

  const title = (row: number, text: string, size: number, bold: boolean) => {
    sheet.mergeCells(`A${row}:${lastColumn}${row}`);
    const cell = sheet.getCell(`A${row}`);
    cell.value = text;
    cell.font = { name: FONT, size, bold };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  title(1, input.committeeName.toLocaleUpperCase('vi'), 12, true);
  title(2, `DANH SÁCH NHIỆM VỤ — ${input.filterText.toLocaleUpperCase('vi')}`, 14, true);
  title(3, `Tính đến ngày ${formatLocalDate(input.today)}: ${input.tasks.length} nhiệm vụ.`, 11, false);
  sheet.getRow(2).height = 36;

  const header = sheet.getRow(HEADER_ROW);
  COLUMNS.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = BORDER;
  });
  header.height = 32;

  input.tasks.forEach((task, taskIndex) => {
    const row = sheet.getRow(HEADER_ROW + 1 + taskIndex);
    COLUMNS.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      cell.value = column.value(task, taskIndex);
      cell.font = { name: FONT, size: 11, color: task.overdue && column.header === 'Hạn hoàn thành' ? { argb: 'FFC00000' } : undefined };
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: column.wrap === true, horizontal: column.date ? 'center' : undefined };
      if (column.date) cell.numFmt = 'dd/mm/yyyy';
    });
  });

  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: COLUMNS.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
