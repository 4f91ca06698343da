import { TASK_RECURRENCE } from '../../../shared/domain';
import { formatLocalDate } from '../../../shared/datetime';
import { MATRIX_STATE_LABELS, type AssignmentMatrix, type MatrixCell } from '../../../shared/schemas/exchange';
import { localDateOf } from '../../../shared/task-dates';

/** Row of the column headers; rows above it are the title block. */
export const MATRIX_HEADER_ROW = 4;

const FONT = 'Times New Roman';
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const RED = 'FFC00000';
const FILL: Record<MatrixCell['state'], string> = {
  hoan_thanh: 'FFE2EFDA',
  dung_han: 'FFFFFFFF',
  qua_han: 'FFFDE2E2',
  chua_bao_cao: 'FFF2F2F2',
};

/** What a cell says, the same words as on screen: "Quá hạn 5 ngày", "Hoàn thành 12/11/2026 (trễ 2 ngày)". */
export function cellText(cell: MatrixCell): string {
  switch (cell.state) {
    case 'hoan_thanh': {
      const on = cell.completedAt === null ? '' : ` ${formatLocalDate(localDateOf(new Date(cell.completedAt)))}`;
      return `Hoàn thành${on}${cell.daysLate > 0 ? ` (trễ ${cell.daysLate} ngày)` : ''}`;
    }
    case 'qua_han':
      return `Quá hạn ${cell.daysLate} ngày`;
    case 'dung_han':
      return `${cell.status === 'tam_dung' ? 'Tạm dừng' : cell.status === 'chua_thuc_hien' ? 'Chưa thực hiện' : 'Đang thực hiện'}, trong hạn`;
    case 'chua_bao_cao':
      return cell.daysLate > 0 ? `Chưa báo cáo (quá hạn ${cell.daysLate} ngày)` : 'Chưa báo cáo';
  }
}

export interface MatrixWorkbookInput {
  committeeName: string;
  /** "Kế hoạch 12/KH-MTTQ-BTT — …" or "Tất cả văn bản đã giao". */
  scope: string;
  matrix: AssignmentMatrix;
}

/**
 * The matrix as an .xlsx: one row per committee below, one column per task (its due date and
 * reporting duty in the header), the cell's words with late ones in red, and the counts at the end.
 */
export async function buildMatrixWorkbook(input: MatrixWorkbookInput): Promise<Uint8Array> {
  const { matrix } = input;
  // Loaded when a matrix is exported, not when the app starts.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sổ tay Mặt trận';
  const sheet = workbook.addWorksheet('Tiến độ cấp dưới', {
    views: [{ state: 'frozen', ySplit: MATRIX_HEADER_ROW, xSplit: 2, topLeftCell: `C${MATRIX_HEADER_ROW + 1}` }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const counts = ['hoan_thanh', 'dung_han', 'qua_han', 'chua_bao_cao'] as const;
  const width = 2 + matrix.columns.length + counts.length;
  sheet.columns = [{ width: 6 }, { width: 36 }, ...matrix.columns.map(() => ({ width: 26 })), ...counts.map(() => ({ width: 12 }))];
  const last = sheet.getColumn(width).letter;
  const title = (row: number, text: string, size: number, bold: boolean) => {
    sheet.mergeCells(`A${row}:${last}${row}`);
    const cell = sheet.getCell(`A${row}`);
    cell.value = text;
    cell.font = { name: FONT, size, bold };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  title(1, input.committeeName.toLocaleUpperCase('vi'), 12, true);
  title(2, `TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ GIAO CẤP DƯỚI — ${input.scope.toLocaleUpperCase('vi')}`, 14, true);
  const t = matrix.totals;
  title(
    3,
    `Tính đến ngày ${formatLocalDate(matrix.today)}: ${matrix.rows.length} đơn vị, ${matrix.columns.length} nhiệm vụ; ` +
      `hoàn thành ${t.hoan_thanh}, trong hạn ${t.dung_han}, quá hạn ${t.qua_han}, chưa báo cáo ${t.chua_bao_cao}` +
      `${matrix.lateNotReported > 0 ? ` (${matrix.lateNotReported} đã quá hạn)` : ''}.`,
    11,
    false,
  );
  sheet.getRow(2).height = 36;

  const header = sheet.getRow(MATRIX_HEADER_ROW);
  const headers = [
    'STT',
    'Đơn vị',
    ...matrix.columns.map((c) => {
      const due = c.dueDate === null ? '' : `\nHạn: ${formatLocalDate(c.dueDate)}`;
      const duty = c.recurrence === 'khong' ? '' : `\nBáo cáo ${TASK_RECURRENCE.labels[c.recurrence].toLocaleLowerCase('vi')}`;
      return `${c.title}${due}${duty}`;
    }),
    ...counts.map((s) => MATRIX_STATE_LABELS[s]),
  ];
  headers.forEach((text, index) => {
    const cell = header.getCell(index + 1);
    cell.value = text;
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = BORDER;
  });
  header.height = 64;

  matrix.rows.forEach((line, lineIndex) => {
    const row = sheet.getRow(MATRIX_HEADER_ROW + 1 + lineIndex);
    const put = (column: number, value: string | number, options: { red?: boolean; fill?: string; center?: boolean } = {}) => {
      const cell = row.getCell(column);
      cell.value = value;
      cell.font = { name: FONT, size: 11, color: options.red ? { argb: RED } : undefined, bold: options.red };
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: options.center ? 'center' : undefined };
      if (options.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: options.fill } };
    };
    put(1, lineIndex + 1, { center: true });
    put(2, `${line.name}\n(mã ${line.code})`);
    line.cells.forEach((cell, index) => {
      if (cell === null) put(3 + index, '—', { center: true });
      else put(3 + index, cellText(cell), { red: cell.daysLate > 0 && cell.state !== 'hoan_thanh', fill: FILL[cell.state] });
    });
    counts.forEach((state, index) => put(3 + matrix.columns.length + index, line.counts[state], { center: true, red: state === 'qua_han' && line.counts[state] > 0 }));
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
