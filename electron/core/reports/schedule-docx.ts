import { Document, Packer, PageOrientation, Paragraph, TextRun } from 'docx';
import { formatLocalDate } from '../../../shared/datetime';
import { rt, type TableCellNode, type TableNode, type TableRowNode } from '../../../shared/rich-text';
import type { DocumentRecord } from '../../../shared/schemas/document';
import type { Profile } from '../../../shared/schemas/profile';
import type { ScheduleEntry, WeekSchedule } from '../../../shared/schemas/report';
import { addDays } from '../../../shared/task-dates';
import { weekday } from '../../../shared/vietnamese-dates';
import { defaultHeader, FILE_COPY } from '../drafts/defaults';
import { bodyBlocks } from '../export/body';
import { headerBlock } from '../export/header-block';
import { textRuns } from '../export/inline';
import { PAGE, TEXT_WIDTH } from '../export/layout';
import { ListNumbering } from '../export/numbering';
import { pageHeaders } from '../export/page-header';
import { signatureBlock } from '../export/signature-block';
import { DOCUMENT_STYLES, STYLE } from '../export/styles';

/**
 * The weekly schedule as .docx: the committee's header, "LỊCH CÔNG TÁC TUẦN", then the usual
 * table (Thứ, ngày | Thời gian | Nội dung | Chủ trì | Thành phần | Địa điểm) with its header row
 * repeated on every page, one row per meeting, the day cell merged down over that day's meetings.
 * Monday to Friday always have a row; Saturday and Sunday only when something happens on them.
 *
 * Landscape where the table needs it: a column nobody's meeting fills (no place recorded all
 * week, say) is left out, and the page turns only when the columns kept cannot fit their least
 * readable widths in the 16.5 cm of a portrait page.
 */

interface Column {
  key: 'day' | 'time' | 'title' | 'chair' | 'participants' | 'place';
  header: string;
  /** Narrowest readable width, twips. */
  min: number;
  /** Share of what is left beyond the minimums. */
  weight: number;
}

const COLUMNS: Column[] = [
  { key: 'day', header: 'Thứ, ngày', min: 1250, weight: 0.5 },
  { key: 'time', header: 'Thời gian', min: 1300, weight: 0.4 },
  { key: 'title', header: 'Nội dung', min: 3300, weight: 3 },
  { key: 'chair', header: 'Chủ trì', min: 1900, weight: 1.3 },
  { key: 'participants', header: 'Thành phần', min: 2200, weight: 1.8 },
  { key: 'place', header: 'Địa điểm', min: 1700, weight: 1 },
];
/** Columns kept even when empty: a schedule without its days, times or subjects is not one. */
const ALWAYS: Column['key'][] = ['day', 'time', 'title'];

const LANDSCAPE_TEXT_WIDTH = PAGE.height - PAGE.marginLeft - PAGE.marginRight;

export interface ScheduleLayout {
  columns: Column[];
  widths: number[];
  landscape: boolean;
  textWidth: number;
}

export function scheduleLayout(schedule: WeekSchedule): ScheduleLayout {
  const filled = (key: Column['key']) =>
    ALWAYS.includes(key) || schedule.entries.some((e) => (key === 'chair' ? e.chair : key === 'participants' ? e.participants : e.place).trim() !== '');
  const columns = COLUMNS.filter((column) => filled(column.key));
  const needed = columns.reduce((sum, column) => sum + column.min, 0);
  const landscape = needed > TEXT_WIDTH;
  const textWidth = landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
  const spare = textWidth - needed;
  const weights = columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = columns.map((column) => column.min + Math.floor((spare * column.weight) / weights));
  widths[widths.length - 1]! += textWidth - widths.reduce((sum, w) => sum + w, 0);
  return { columns, widths, landscape, textWidth };
}

/** "8h00", "14h30 - 16h30": how schedules write times. */
export function timeText(entry: Pick<ScheduleEntry, 'startTime' | 'endTime'>): string {
  const short = (hhmm: string) => `${Number(hhmm.slice(0, 2))}h${hhmm.slice(3, 5)}`;
  return entry.endTime ? `${short(entry.startTime)} - ${short(entry.endTime)}` : short(entry.startTime);
}

function cell(text: string, widthTwips: number, header = false, rowspan = 1, bold = false): TableCellNode {
  const lines = text.split('\n').filter((line) => line !== '');
  return {
    type: header ? 'tableHeader' : 'tableCell',
    // The editor's unit (pixels); the export turns them back into twips.
    attrs: { colspan: 1, rowspan, colwidth: [widthTwips / 15] },
    content:
      lines.length === 0
        ? [rt.paragraph([])]
        : lines.map((line) => rt.paragraph([bold ? rt.text(line, 'bold') : rt.text(line)], header || rowspan > 1 || bold ? { textAlign: 'center' } : undefined)),
  };
}

/** The days shown: Monday to Friday, and a weekend day only when it holds a meeting. */
function daysOf(schedule: WeekSchedule): string[] {
  const days: string[] = [];
  for (let i = 0; i < 7; i += 1) {
    const day = addDays(schedule.monday, i);
    if (i < 5 || schedule.entries.some((e) => e.date === day)) days.push(day);
  }
  return days;
}

export function scheduleTable(schedule: WeekSchedule, layout: ScheduleLayout): TableNode {
  const header: TableRowNode = { type: 'tableRow', content: layout.columns.map((c, i) => cell(c.header, layout.widths[i]!, true)) };
  const rows: TableRowNode[] = [header];
  for (const day of daysOf(schedule)) {
    const entries = schedule.entries.filter((e) => e.date === day);
    const dayText = `${weekday(day)}\n${formatLocalDate(day)}`;
    const count = Math.max(1, entries.length);
    for (let i = 0; i < count; i += 1) {
      const entry = entries[i];
      const cells: TableCellNode[] = [];
      layout.columns.forEach((column, index) => {
        const width = layout.widths[index]!;
        if (column.key === 'day') {
          // Covered by the merged day cell on the day's later rows.
          if (i === 0) cells.push(cell(dayText, width, false, count, true));
          return;
        }
        const text = entry === undefined ? '' : column.key === 'time' ? timeText(entry) : column.key === 'title' ? entry.title : entry[column.key];
        cells.push(cell(text, width));
      });
      rows.push({ type: 'tableRow', content: cells });
    }
  }
  return { type: 'table', content: rows };
}

/** The header, title and signature of the schedule read the committee's profile, like a new document would. */
export function scheduleRecord(profile: Profile, today: string): DocumentRecord {
  return {
    id: 0,
    meetingId: null,
    meetingTitle: null,
    kind: 'ke_hoach',
    reportKind: null,
    summary: `Lịch công tác tuần của Thường trực ${profile.committeeName}`,
    header: defaultHeader(profile),
    placeName: profile.placeName,
    documentDate: today,
    addressees: [],
    body: rt.doc([]),
    // Schedules go out over the Office's signature, by order of the standing board.
    signature: { authority: 'tl', authorityBody: 'BAN THƯỜNG TRỰC', principalTitle: 'BAN THƯỜNG TRỰC', signerTitle: 'CHÁNH VĂN PHÒNG', signerName: '' },
    minutesSigners: { secretaryName: '', chairName: '' },
    recipients: ['Thường trực Ủy ban;', 'Các ban, đơn vị;', FILE_COPY],
    status: 'ban_nhap',
    number: null,
    numberYear: null,
    numberSymbol: '',
    finalisedAt: null,
    finalisedBy: null,
    contentHash: null,
    issuedAt: null,
    createdAt: '',
    updatedAt: '',
  };
}

export async function exportScheduleToDocx(profile: Profile, schedule: WeekSchedule, today: string): Promise<{ bytes: Buffer; layout: ScheduleLayout }> {
  const layout = scheduleLayout(schedule);
  const record = scheduleRecord(profile, today);
  const lists = new ListNumbering();
  const headerColumns = layout.landscape ? ([5200, layout.textWidth - 5200] as const) : undefined;
  const signatureColumns = [layout.textWidth - 5000, 5000] as const;
  const children = [
    headerBlock(record, { columns: headerColumns, numbered: false }),
    new Paragraph({ style: STYLE.title, spacing: { before: 240 }, children: textRuns('LỊCH CÔNG TÁC TUẦN') }),
    new Paragraph({ style: STYLE.summary, children: textRuns(`của Thường trực ${profile.committeeName}`) }),
    new Paragraph({
      style: STYLE.summary,
      spacing: { after: 200 },
      // The span under the title is italic, not bold like the summary style.
      children: [new TextRun({ text: `(Từ ngày ${formatLocalDate(schedule.monday)} đến ngày ${formatLocalDate(schedule.sunday)})`, bold: false, italics: true })],
    }),
    ...bodyBlocks([scheduleTable(schedule, layout)], lists, layout.textWidth),
    new Paragraph({ style: STYLE.body }),
    signatureBlock(record, signatureColumns),
  ];
  const document = new Document({
    title: `LỊCH CÔNG TÁC TUẦN ${formatLocalDate(schedule.monday)} - ${formatLocalDate(schedule.sunday)}`,
    creator: 'Sổ tay Mặt trận',
    styles: DOCUMENT_STYLES,
    numbering: lists.config(),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: layout.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: {
              top: PAGE.marginTop,
              bottom: PAGE.marginBottom,
              left: PAGE.marginLeft,
              right: PAGE.marginRight,
              header: PAGE.header,
              footer: PAGE.footer,
              gutter: 0,
            },
          },
        },
        headers: pageHeaders(),
        children,
      },
    ],
  });
  return { bytes: await Packer.toBuffer(document), layout };
}
