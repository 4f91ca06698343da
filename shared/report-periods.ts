/**
 * Reporting periods (kỳ báo cáo) as pure functions on local calendar dates ("2026-06-30"): no
 * clock, no time zone, no database. A period is a span of whole days, both ends included.
 *
 * Two cut-off conventions, chosen per committee:
 * - `lich` (default): calendar months. The 6-month report covers 01/01–30/6, the year 01/01–31/12.
 * - `nha_nuoc`: the state rule for closing the figures of periodic reports (Nghị định
 *   09/2019/NĐ-CP, Điều 12): a month runs from the 15th of the month before to the 14th; a quarter
 *   from the 15th of the month before it to the 14th of its last month; 6 months from 15/12 of
 *   the previous year to 14/6; 9 months to 14/9; the year from 15/12 of the previous year to 14/12.
 *   So the state's "year 2026" starts on 15/12/2025, and its "tháng 01/2026" on 15/12/2025.
 */
import { formatLocalDate } from './datetime';
import type { ReportKind, TaskRecurrence } from './domain';
import { addDays, daysBetween, daysInMonth } from './task-dates';

export const REPORT_PERIOD_KINDS = ['thang', 'quy', 'sau_thang', 'chin_thang', 'nam', 'tuy_chon'] as const;
export type ReportPeriodKind = (typeof REPORT_PERIOD_KINDS)[number];

export const REPORT_PERIOD_KIND_LABELS: Record<ReportPeriodKind, string> = {
  thang: 'Báo cáo tháng',
  quy: 'Báo cáo quý',
  sau_thang: 'Báo cáo 6 tháng (sơ kết)',
  chin_thang: 'Báo cáo 9 tháng',
  nam: 'Báo cáo năm (tổng kết)',
  tuy_chon: 'Khoảng thời gian khác',
};

export const CUTOFF_CONVENTIONS = ['lich', 'nha_nuoc'] as const;
export type CutoffConvention = (typeof CUTOFF_CONVENTIONS)[number];

export const CUTOFF_CONVENTION_LABELS: Record<CutoffConvention, string> = {
  lich: 'Theo tháng dương lịch (năm từ 01/01 đến 31/12)',
  nha_nuoc: 'Theo quy định chốt số liệu của Nhà nước (năm từ 15/12 năm trước đến 14/12)',
};

/** What the user picks: a kind and which one (month 1–12, quarter 1–4, half 1–2), or two dates. */
export interface PeriodChoice {
  kind: ReportPeriodKind;
  year?: number | null;
  /** Month (1–12), quarter (1–4) or half (1–2); unused for 9 months and the year. */
  index?: number | null;
  /** Only for `tuy_chon`. */
  from?: string | null;
  to?: string | null;
}

export interface ReportPeriod {
  kind: ReportPeriodKind;
  /** The year the period is named after ("6 tháng đầu năm 2026" → 2026), null for a custom span. */
  year: number | null;
  index: number | null;
  convention: CutoffConvention;
  /** First and last day, both included. */
  start: string;
  end: string;
  /** "6 tháng đầu năm 2026", "quý I năm 2026", "tháng 3 năm 2026", "từ ngày 05/01/2026 đến ngày 20/02/2026". */
  label: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function date(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** The calendar months [first, last] of the year a period of this kind covers. */
function monthSpan(kind: Exclude<ReportPeriodKind, 'tuy_chon'>, index: number): [number, number] {
  switch (kind) {
    case 'thang':
      return [index, index];
    case 'quy':
      return [index * 3 - 2, index * 3];
    case 'sau_thang':
      return index === 1 ? [1, 6] : [7, 12];
    case 'chin_thang':
      return [1, 9];
    case 'nam':
      return [1, 12];
  }
}

function labelOf(kind: ReportPeriodKind, year: number | null, index: number | null, start: string, end: string): string {
  switch (kind) {
    case 'thang':
      return `tháng ${index} năm ${year}`;
    case 'quy':
      return `quý ${ROMAN[(index ?? 1) - 1]} năm ${year}`;
    case 'sau_thang':
      return `6 tháng ${index === 1 ? 'đầu' : 'cuối'} năm ${year}`;
    case 'chin_thang':
      return `9 tháng đầu năm ${year}`;
    case 'nam':
      return `năm ${year}`;
    case 'tuy_chon':
      return `từ ngày ${formatLocalDate(start)} đến ngày ${formatLocalDate(end)}`;
  }
}

/** Why a choice does not name a period, in words a secretary understands; null when it does. */
export function periodChoiceProblem(choice: PeriodChoice): string | null {
  if (choice.kind === 'tuy_chon') {
    if (!choice.from || !choice.to) return 'Hãy chọn ngày bắt đầu và ngày kết thúc của kỳ báo cáo.';
    if (choice.to < choice.from) {
      return `Ngày kết thúc kỳ báo cáo (${formatLocalDate(choice.to)}) đứng trước ngày bắt đầu (${formatLocalDate(choice.from)}). Hãy chọn lại hai ngày.`;
    }
    if (daysBetween(choice.from, choice.to) > 3660) return 'Kỳ báo cáo dài hơn 10 năm. Hãy chọn khoảng thời gian ngắn hơn.';
    return null;
  }
  const year = choice.year;
  if (year === null || year === undefined || !Number.isInteger(year) || year < 1900 || year > 2200) {
    return 'Hãy chọn năm của kỳ báo cáo (từ 1900 đến 2200).';
  }
  const index = choice.index ?? null;
  const outOf = (max: number, what: string) =>
    index === null || !Number.isInteger(index) || index < 1 || index > max ? `Hãy chọn ${what} (từ 1 đến ${max}).` : null;
  if (choice.kind === 'thang') return outOf(12, 'tháng của kỳ báo cáo');
  if (choice.kind === 'quy') return outOf(4, 'quý của kỳ báo cáo');
  if (choice.kind === 'sau_thang') return outOf(2, '6 tháng đầu năm (1) hay 6 tháng cuối năm (2)');
  return null;
}

/** The days a choice covers under a convention. Throws on a choice `periodChoiceProblem` refuses. */
export function periodOf(choice: PeriodChoice, convention: CutoffConvention): ReportPeriod {
  const problem = periodChoiceProblem(choice);
  if (problem !== null) throw new RangeError(problem);
  if (choice.kind === 'tuy_chon') {
    const start = choice.from!;
    const end = choice.to!;
    return { kind: 'tuy_chon', year: null, index: null, convention, start, end, label: labelOf('tuy_chon', null, null, start, end) };
  }
  const year = choice.year!;
  const index = choice.kind === 'thang' || choice.kind === 'quy' || choice.kind === 'sau_thang' ? choice.index! : null;
  const [first, last] = monthSpan(choice.kind, index ?? 1);
  let start: string;
  let end: string;
  if (convention === 'lich') {
    start = date(year, first, 1);
    end = date(year, last, daysInMonth(year, last));
  } else {
    // From the 15th of the month before the first month (December of the year before for January).
    start = first === 1 ? date(year - 1, 12, 15) : date(year, first - 1, 15);
    end = date(year, last, 14);
  }
  return { kind: choice.kind, year, index, convention, start, end, label: labelOf(choice.kind, year, index, start, end) };
}

function choiceOf(period: ReportPeriod): PeriodChoice {
  return period.kind === 'tuy_chon'
    ? { kind: 'tuy_chon', from: period.start, to: period.end }
    : { kind: period.kind, year: period.year, index: period.index };
}

/** The same date one year earlier; 29/02 becomes 28/02. */
function yearEarlier(localDate: string): string {
  const year = Number(localDate.slice(0, 4)) - 1;
  const month = Number(localDate.slice(5, 7));
  const day = Math.min(Number(localDate.slice(8, 10)), daysInMonth(year, month));
  return date(year, month, day);
}

/**
 * The period just before, of the same length: tháng 1 → tháng 12 of the year before, quý I →
 * quý IV, 6 tháng đầu năm → 6 tháng cuối năm before. Null for 9 months and the year, whose only
 * earlier period of the same kind is the same period last year (shown once, not twice).
 */
export function previousPeriod(period: ReportPeriod): ReportPeriod | null {
  const { kind, year, index, convention } = period;
  switch (kind) {
    case 'thang':
      return periodOf(index === 1 ? { kind, year: year! - 1, index: 12 } : { kind, year, index: index! - 1 }, convention);
    case 'quy':
      return periodOf(index === 1 ? { kind, year: year! - 1, index: 4 } : { kind, year, index: index! - 1 }, convention);
    case 'sau_thang':
      return periodOf(index === 1 ? { kind, year: year! - 1, index: 2 } : { kind, year, index: 1 }, convention);
    case 'chin_thang':
    case 'nam':
      return null;
    case 'tuy_chon': {
      const length = daysBetween(period.start, period.end);
      const end = addDays(period.start, -1);
      return periodOf({ kind, from: addDays(end, -length), to: end }, convention);
    }
  }
}

/** The same period one year earlier ("6 tháng đầu năm 2025" for "6 tháng đầu năm 2026"). */
export function samePeriodLastYear(period: ReportPeriod): ReportPeriod {
  if (period.kind === 'tuy_chon') {
    return periodOf({ kind: 'tuy_chon', from: yearEarlier(period.start), to: yearEarlier(period.end) }, period.convention);
  }
  return periodOf({ ...choiceOf(period), year: period.year! - 1 }, period.convention);
}

/**
 * The period the "Phương hướng, nhiệm vụ" part looks ahead to: the next month or quarter, the
 * second half of the year after the first, the last quarter after 9 months, the next year.
 * Null for a custom span ("thời gian tới").
 */
export function nextPeriod(period: ReportPeriod): ReportPeriod | null {
  const { kind, year, index, convention } = period;
  switch (kind) {
    case 'thang':
      return periodOf(index === 12 ? { kind, year: year! + 1, index: 1 } : { kind, year, index: index! + 1 }, convention);
    case 'quy':
      return periodOf(index === 4 ? { kind, year: year! + 1, index: 1 } : { kind, year, index: index! + 1 }, convention);
    case 'sau_thang':
      return periodOf(index === 2 ? { kind, year: year! + 1, index: 1 } : { kind, year, index: 2 }, convention);
    case 'chin_thang':
      return periodOf({ kind: 'quy', year, index: 4 }, convention);
    case 'nam':
      return periodOf({ kind, year: year! + 1 }, convention);
    case 'tuy_chon':
      return null;
  }
}

/** How the next period is named after "phương hướng, nhiệm vụ": "3 tháng cuối năm 2026" after 9 months. */
export function nextPeriodLabel(period: ReportPeriod): string {
  const next = nextPeriod(period);
  if (next === null) return 'thời gian tới';
  if (period.kind === 'chin_thang') return `3 tháng cuối năm ${period.year}`;
  return next.label;
}

/** Sơ kết for 6 and 9 months, tổng kết for the year, kết quả otherwise. */
export function reportKindOf(kind: ReportPeriodKind): ReportKind {
  if (kind === 'nam') return 'tong_ket';
  if (kind === 'sau_thang' || kind === 'chin_thang') return 'so_ket';
  return 'ket_qua';
}

/** The line under "BÁO CÁO": "Sơ kết công tác Mặt trận 6 tháng đầu năm 2026, phương hướng, nhiệm vụ 6 tháng cuối năm 2026". */
export function reportSummaryLine(period: ReportPeriod): string {
  const lead = { tong_ket: 'Tổng kết', so_ket: 'Sơ kết', ket_qua: 'Kết quả' }[reportKindOf(period.kind)];
  return `${lead} công tác Mặt trận ${period.label}, phương hướng, nhiệm vụ ${nextPeriodLabel(period)}`;
}

export type PeriodTiming = 'future' | 'ongoing' | 'past';

/** Whether a period has not started yet, is still running on `today`, or is over. */
export function periodTiming(period: Pick<ReportPeriod, 'start' | 'end'>, today: string): PeriodTiming {
  if (period.start > today) return 'future';
  if (period.end >= today) return 'ongoing';
  return 'past';
}

/**
 * The first day NOT counted: the day after the period for a period that is over, today for one
 * still running (today is not over yet). A task due before this day and not done before it was
 * overdue when the figures were taken, which for a running period is the app's own rule.
 */
export function cutoffDay(period: Pick<ReportPeriod, 'start' | 'end'>, today: string): string {
  return period.end < today ? addDays(period.end, 1) : today;
}

/** The month a day is counted in: under the state rule, from the 15th a day belongs to the next month. */
function reportMonthOf(localDate: string, convention: CutoffConvention): { year: number; month: number } {
  let year = Number(localDate.slice(0, 4));
  let month = Number(localDate.slice(5, 7));
  if (convention === 'nha_nuoc' && Number(localDate.slice(8, 10)) >= 15) {
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return { year, month };
}

/** The period of a kind that holds a day. */
export function periodContaining(kind: Exclude<ReportPeriodKind, 'tuy_chon'>, localDate: string, convention: CutoffConvention): ReportPeriod {
  const { year, month } = reportMonthOf(localDate, convention);
  switch (kind) {
    case 'thang':
      return periodOf({ kind, year, index: month }, convention);
    case 'quy':
      return periodOf({ kind, year, index: Math.ceil(month / 3) }, convention);
    case 'sau_thang':
      return periodOf({ kind, year, index: month <= 6 ? 1 : 2 }, convention);
    case 'chin_thang':
    case 'nam':
      return periodOf({ kind, year }, convention);
  }
}

export const RECURRENCE_PERIOD: Record<Exclude<TaskRecurrence, 'khong'>, Exclude<ReportPeriodKind, 'tuy_chon' | 'chin_thang'>> = {
  hang_thang: 'thang',
  hang_quy: 'quy',
  sau_thang: 'sau_thang',
  hang_nam: 'nam',
};

/**
 * The period a periodic reporting duty due on `dueDate` reports on: of the period holding the due
 * date and the one before it, the one whose last day is nearer the due date. A quarterly report
 * due 31/3 or 05/4 reports on quý I; one due 25/3 (sent before the quarter closes) too.
 */
export function periodForDuty(recurrence: Exclude<TaskRecurrence, 'khong'>, dueDate: string, convention: CutoffConvention): ReportPeriod {
  const kind = RECURRENCE_PERIOD[recurrence];
  const holding = periodContaining(kind, dueDate, convention);
  const before = periodContaining(kind, addDays(holding.start, -1), convention);
  const distance = (p: ReportPeriod) => Math.abs(daysBetween(p.end, dueDate));
  return distance(before) < distance(holding) ? before : holding;
}

/** The choice that names a period again (to recompile it, or to show it in a form). */
export function periodChoice(period: ReportPeriod): PeriodChoice {
  return choiceOf(period);
}
