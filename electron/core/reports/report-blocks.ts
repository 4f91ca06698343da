import { MEETING_KIND, TASK_RECURRENCE, type MeetingKind } from '../../../shared/domain';
import { nextPeriodLabel } from '../../../shared/report-periods';
import type { BlockNode } from '../../../shared/rich-text';
import type { PeriodCounts, ReportBlock, ReportFigures, SentenceFact } from '../../../shared/schemas/report';
import {
  count,
  dateOf,
  day,
  italic,
  listed,
  lowerFirst,
  paragraph,
  table,
  tableTitle,
  TEXT_WIDTH_PX,
  withoutEndMark,
} from './prose';

/**
 * What the compiler writes for each automatic block of a template section, from the figures only.
 * Plain statements of what the records hold; where they hold nothing, the sentence says so.
 */

export interface BlockContext {
  figures: ReportFigures;
  /** Tables are numbered in the order they appear ("Bảng 1.", "Bảng 2."). */
  nextTableNumber(): number;
}

function kindPhrase(kind: MeetingKind): string {
  return kind === 'khac' ? 'hội nghị khác' : lowerFirst(MEETING_KIND.labels[kind]);
}

function meetingsBlock({ figures }: BlockContext): BlockNode[] {
  const { meetings, period } = figures;
  if (meetings.held.value === 0) return [paragraph(`Trong ${period.label}, chưa có hội nghị, buổi làm việc nào được ghi nhận.`)];
  const kinds = meetings.byKind.map((group) => `${count(group.count.value)} ${kindPhrase(group.kind)}`).join(', ');
  return [
    paragraph(`Trong ${period.label}, đã tổ chức và tham gia ${count(meetings.held.value)} hội nghị, buổi làm việc, gồm: ${kinds}.`),
    ...listed(
      meetings.items,
      (m) => paragraph(`Ngày ${dateOf(m.startAt)}: ${withoutEndMark(m.title)}${m.chairs.length > 0 ? ` (đồng chí ${m.chairs.join('; đồng chí ')} chủ trì)` : ''}.`),
      (rest) => `… và ${count(rest)} hội nghị, buổi làm việc khác (danh sách đầy đủ tại Phụ lục).`,
    ),
  ];
}

function citation(d: ReportFigures['directives']['items'][number]): string {
  const date = d.issuedDate ? `, ngày ${day(d.issuedDate)}` : '';
  const issuer = d.issuerName.trim() === '' ? '' : ` của ${d.issuerName.trim()}`;
  const summary = d.summary.trim() === '' ? '' : ` ${lowerFirst(withoutEndMark(d.summary))}`;
  return `${d.typeLabel} số ${d.numberSymbol}${date}${issuer}${summary}`;
}

function directivesBlock({ figures }: BlockContext): BlockNode[] {
  const { directives, period } = figures;
  if (directives.received.value === 0) return [paragraph(`Trong ${period.label}, chưa tiếp nhận văn bản chỉ đạo nào.`)];
  const implemented = directives.items.filter((d) => d.meetings.length > 0 || d.plans.length > 0 || d.tasks.value > 0).length;
  const done =
    implemented === 0
      ? 'chưa có văn bản nào được triển khai bằng hội nghị, kế hoạch hoặc giao nhiệm vụ'
      : `đã triển khai thực hiện ${count(implemented)} văn bản bằng hội nghị, kế hoạch hoặc giao nhiệm vụ`;
  return [
    paragraph(`Tiếp nhận ${count(directives.received.value)} văn bản chỉ đạo; ${done}.`),
    ...listed(
      directives.items,
      (d) => {
        const ways = [
          ...d.meetings.map((m) => `${lowerFirst(m.relation)} tại ${withoutEndMark(m.title)} (ngày ${dateOf(m.startAt)})`),
          ...d.plans.map((p) => `${p.typeLabel} số ${p.numberSymbol}${p.issuedDate ? ` ngày ${day(p.issuedDate)}` : ''}`),
          ...(d.tasks.value > 0 ? [`giao ${count(d.tasks.value)} nhiệm vụ`] : []),
        ];
        return paragraph(`${citation(d)}: ${ways.length > 0 ? ways.join('; ') : 'chưa có hội nghị, kế hoạch hoặc nhiệm vụ triển khai'}.`);
      },
      (rest) => `… và ${count(rest)} văn bản khác (danh sách đầy đủ tại Phụ lục).`,
    ),
  ];
}

function conclusionsBlock({ figures }: BlockContext): BlockNode[] {
  const { conclusions, period } = figures;
  const parts: string[] = [];
  if (conclusions.total.value === 0) parts.push(`Trong ${period.label}, chưa có kết luận hội nghị nào được ghi nhận`);
  else {
    parts.push(
      `Các hội nghị trong kỳ đã thống nhất ${count(conclusions.total.value)} nội dung kết luận, trong đó ${count(conclusions.assignedAsTasks.value)} kết luận đã được giao thành nhiệm vụ để theo dõi, đôn đốc`,
    );
  }
  parts.push(
    conclusions.notices.value === 0
      ? 'chưa ban hành thông báo kết luận nào'
      : `ban hành ${count(conclusions.notices.value)} thông báo kết luận`,
  );
  return [paragraph(`${parts.join('; ')}.`)];
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '' : ` (${Math.round((part / whole) * 100)}%)`;
}

/** Per-organisation rows beyond this are summed into one "Các đơn vị khác" row. */
const MAX_ORGANISATION_ROWS = 40;

function tasksBlock(context: BlockContext): BlockNode[] {
  const { tasks, period, countedTo } = context.figures;
  const assigned = tasks.assigned.value === 0 ? 'chưa giao nhiệm vụ mới nào' : `đã giao ${count(tasks.assigned.value)} nhiệm vụ`;
  const completed =
    tasks.completed.value === 0
      ? 'chưa có nhiệm vụ nào hoàn thành'
      : `hoàn thành ${count(tasks.completed.value)} nhiệm vụ, trong đó ${count(tasks.completedOnTime.value)} nhiệm vụ hoàn thành đúng hạn${percent(tasks.completedOnTime.value, tasks.completed.value)}`;
  const overdue = tasks.overdue.value === 0 ? 'không có nhiệm vụ nào quá hạn' : `còn ${count(tasks.overdue.value)} nhiệm vụ quá hạn chưa hoàn thành`;
  const summary = paragraph(`Trong ${period.label}, ${assigned}; ${completed}; tính đến ngày ${day(countedTo)}, ${overdue}.`);
  if (tasks.byOrganisation.length === 0) return [summary];
  const shown = tasks.byOrganisation.slice(0, MAX_ORGANISATION_ROWS);
  const rest = tasks.byOrganisation.slice(MAX_ORGANISATION_ROWS);
  const rows = shown.map((o, i) => [String(i + 1), o.name, String(o.assigned.value), String(o.completed.value), String(o.completedOnTime.value), String(o.overdue.value)]);
  if (rest.length > 0) {
    const sum = (pick: (o: (typeof rest)[number]) => number) => String(rest.reduce((n, o) => n + pick(o), 0));
    rows.push(['', `Các đơn vị khác (${rest.length})`, sum((o) => o.assigned.value), sum((o) => o.completed.value), sum((o) => o.completedOnTime.value), sum((o) => o.overdue.value)]);
  }
  rows.push(['', 'Tổng cộng', String(tasks.assigned.value), String(tasks.completed.value), String(tasks.completedOnTime.value), String(tasks.overdue.value)]);
  const number = context.nextTableNumber();
  return [
    summary,
    tableTitle(`Bảng ${number}. Kết quả thực hiện nhiệm vụ theo đơn vị chủ trì`),
    table({
      widths: [44, 292, 72, 72, 72, TEXT_WIDTH_PX - 44 - 292 - 72 * 3],
      header: ['TT', 'Đơn vị chủ trì', 'Giao trong kỳ', 'Hoàn thành', 'Đúng hạn', 'Quá hạn'],
      rows,
      centred: [0, 2, 3, 4, 5],
      boldRows: [rows.length - 1],
    }),
  ];
}

function awardsBlock({ figures }: BlockContext): BlockNode[] {
  const { awards, period } = figures;
  if (awards.total.value === 0) return [paragraph(`Trong ${period.label}, chưa có khen thưởng nào được trao tại các hội nghị.`)];
  const forms = awards.byForm.map((group) => `${count(group.count.value)} ${group.label}`).join(', ');
  const whom = [awards.collective > 0 ? `${count(awards.collective)} tập thể` : '', awards.individual > 0 ? `${count(awards.individual)} cá nhân` : '']
    .filter((part) => part !== '')
    .join(' và ');
  return [
    paragraph(`Tại các hội nghị trong kỳ đã trao ${count(awards.total.value)} hình thức khen thưởng (${forms}) cho ${whom}.`),
    ...listed(
      awards.items,
      (a) => paragraph(`${a.formLabel}${a.issuer.trim() ? ` của ${withoutEndMark(a.issuer)}` : ''} tặng ${withoutEndMark(a.recipient)} (${withoutEndMark(a.meetingTitle)}, ngày ${day(a.date)}).`),
      (rest) => `… và ${count(rest)} khen thưởng khác (danh sách đầy đủ tại Phụ lục).`,
    ),
  ];
}

type CountKey = Exclude<keyof PeriodCounts, 'period'>;
const COMPARED: Array<[CountKey, string]> = [
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

function capitalised(label: string): string {
  return label.charAt(0).toLocaleUpperCase('vi') + label.slice(1);
}

/** Beside the period, the one before it and the same one last year; "so với cùng kỳ" as a percentage. */
function comparisonBlock(context: BlockContext): BlockNode[] {
  const { current, previous, lastYear } = context.figures.comparison;
  const columns = [current, ...(previous ? [previous] : []), lastYear];
  const valueWidth = previous ? 88 : 110;
  const nameWidth = TEXT_WIDTH_PX - 44 - valueWidth * columns.length - 84;
  const rows = COMPARED.map(([key, label], i) => {
    const ratio = lastYear[key] === 0 ? '-' : `${Math.round((current[key] / lastYear[key]) * 100)}%`;
    return [String(i + 1), label, ...columns.map((c) => String(c[key])), ratio];
  });
  const number = context.nextTableNumber();
  return [
    paragraph(
      `Số liệu chủ yếu ${context.figures.period.label} so với ${previous ? `${previous.period.label} và ` : ''}cùng kỳ năm trước (${lastYear.period.label}):`,
    ),
    tableTitle(`Bảng ${number}. Số liệu tổng hợp ${context.figures.period.label}`),
    table({
      widths: [44, nameWidth, ...columns.map(() => valueWidth), 84],
      header: ['TT', 'Nội dung', ...columns.map((c) => capitalised(c.period.label)), 'So với cùng kỳ'],
      rows,
      centred: [0, ...columns.map((_, i) => i + 2), columns.length + 2],
    }),
  ];
}

/** A sentence quoted from a speech, with the meeting and day it was said, in italics. */
export function quoted(sentence: SentenceFact) {
  return paragraph(sentence.text, italic(` (${withoutEndMark(sentence.meetingTitle)}, ngày ${day(sentence.date)})`));
}

function limitationsBlock({ figures }: BlockContext): BlockNode[] {
  const out: BlockNode[] = [];
  const { tasks, countedTo, limitations } = figures;
  if (tasks.overdue.value > 0) {
    out.push(paragraph(`Còn ${count(tasks.overdue.value)} nhiệm vụ quá hạn chưa hoàn thành (tính đến ngày ${day(countedTo)}):`));
    out.push(
      ...listed(
        tasks.overdueItems,
        (t) => paragraph(`${withoutEndMark(t.title)} (${t.organisation}; hạn ${t.dueDate ? day(t.dueDate) : '-'}, quá hạn ${t.daysLate} ngày).`),
        (rest) => `… và ${count(rest)} nhiệm vụ quá hạn khác (danh sách đầy đủ tại Phụ lục).`,
      ),
    );
  }
  if (limitations.length > 0) {
    out.push(paragraph('Ý kiến tại các hội nghị trong kỳ nêu một số hạn chế:'));
    out.push(...listed(limitations, quoted, (rest) => `… và ${count(rest)} ý kiến khác (danh sách đầy đủ tại Phụ lục).`));
  }
  return out;
}

function carriedOverBlock({ figures }: BlockContext): BlockNode[] {
  const { tasks, countedTo } = figures;
  if (tasks.open.value === 0) return [paragraph(`Tính đến ngày ${day(countedTo)}, không còn nhiệm vụ nào chưa hoàn thành.`)];
  return [
    paragraph(`Tiếp tục đôn đốc ${count(tasks.open.value)} nhiệm vụ chưa hoàn thành (tính đến ngày ${day(countedTo)}), trong đó:`),
    ...listed(
      tasks.openItems,
      (t) => paragraph(`${withoutEndMark(t.title)} (${t.organisation}${t.dueDate ? `; hạn ${day(t.dueDate)}` : ''}).`),
      (rest) => `… và ${count(rest)} nhiệm vụ khác (danh sách đầy đủ tại Phụ lục).`,
    ),
  ];
}

function dutiesBlock({ figures }: BlockContext): BlockNode[] {
  const ahead = nextPeriodLabel(figures.period);
  if (figures.duties.length === 0) return [paragraph(`Chưa có báo cáo định kỳ nào được giao cho ${ahead}.`)];
  return [
    paragraph(`Thực hiện đúng hạn các báo cáo định kỳ trong ${ahead}:`),
    ...listed(
      figures.duties,
      (d) => paragraph(`${withoutEndMark(d.title)} (${d.organisation}; ${lowerFirst(TASK_RECURRENCE.labels[d.recurrence])}, hạn ${d.dueDates.map(day).join(', ')}).`),
      (rest) => `… và ${count(rest)} báo cáo khác.`,
    ),
  ];
}

/** Left to the section's keywords: the quoted figures no other section took (see body.ts). */
function leftoverFiguresBlock(): BlockNode[] {
  return [];
}

export const BLOCK_WRITERS: Record<ReportBlock, (context: BlockContext) => BlockNode[]> = {
  hoi_nghi: meetingsBlock,
  van_ban_chi_dao: directivesBlock,
  ket_luan: conclusionsBlock,
  nhiem_vu: tasksBlock,
  khen_thuong: awardsBlock,
  bang_so_sanh: comparisonBlock,
  so_lieu_khac: leftoverFiguresBlock,
  han_che: limitationsBlock,
  nhiem_vu_chuyen_ky: carriedOverBlock,
  bao_cao_dinh_ky: dutiesBlock,
};

/** Whether a block has something to say: a deleted section holding it must be reported to the user. */
export function blockHasData(block: ReportBlock, figures: ReportFigures, leftoverFigures: number): boolean {
  switch (block) {
    case 'hoi_nghi':
      return figures.meetings.held.value > 0;
    case 'van_ban_chi_dao':
      return figures.directives.received.value > 0;
    case 'ket_luan':
      return figures.conclusions.total.value + figures.conclusions.notices.value > 0;
    case 'nhiem_vu':
    case 'bang_so_sanh':
      return true;
    case 'khen_thuong':
      return figures.awards.total.value > 0;
    case 'so_lieu_khac':
      return leftoverFigures > 0;
    case 'han_che':
      return figures.tasks.overdue.value + figures.limitations.length > 0;
    case 'nhiem_vu_chuyen_ky':
      return figures.tasks.open.value > 0;
    case 'bao_cao_dinh_ky':
      return figures.duties.length > 0;
  }
}

/** Meetings of the kinds a section names ("hội nghị phản biện xã hội" under giám sát, phản biện). */
export function meetingsOfKinds(figures: ReportFigures, kinds: readonly MeetingKind[]): BlockNode[] {
  const items = figures.meetings.items.filter((m) => kinds.includes(m.kind));
  if (items.length === 0) return [];
  const names = [...new Set(items.map((m) => kindPhrase(m.kind)))].join(', ');
  return [
    paragraph(`Trong kỳ đã tổ chức ${count(items.length)} ${names}:`),
    ...listed(items, (m) => paragraph(`${withoutEndMark(m.title)} (ngày ${dateOf(m.startAt)}).`), (rest) => `… và ${count(rest)} hội nghị khác.`),
  ];
}
