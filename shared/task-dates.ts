/**
 * Date arithmetic of follow-up tasks on local calendar dates ("2026-01-31"), with no time and no
 * time zone: a due date is a day on the wall calendar of the office, not an instant.
 *
 * Overdue is never stored. A task is overdue when its due date is before TODAY'S LOCAL DATE and it
 * is not done ("hoàn thành"); a paused task ("tạm dừng") still counts, its deadline has not moved.
 * "Today" is the local date of the PC's clock: in Việt Nam a task due 31/12 becomes overdue at
 * 00:00 on 1/1 local time, not at 07:00 when UTC changes day.
 */
import type { TaskRecurrence, TaskStatus } from './domain';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function parts(date: string): [number, number, number] {
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new Error(`not a local date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function format(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** The local calendar date of an instant, in the PC's time zone: what "today" means to the user. */
export function localDateOf(instant: Date): string {
  return format(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). Computed in UTC, so no DST hour can shift it. */
export function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  const moved = new Date(Date.UTC(y, m - 1, d + days));
  return format(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/**
 * Moves a date by whole months, keeping `anchorDay` (the day of month the series was set on) and
 * clamping it to the length of the target month. Keeping the anchor is what makes a monthly
 * report due on the last day stay on the last day: 31/01 → 28/02 (29/02 in a leap year) → 31/03,
 * rather than drifting to 28/03 as it would if each step started from the clamped date.
 */
export function addMonths(date: string, months: number, anchorDay?: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(anchorDay ?? d, daysInMonth(year, month)));
}

export const RECURRENCE_MONTHS: Record<Exclude<TaskRecurrence, 'khong'>, number> = {
  hang_thang: 1,
  hang_quy: 3,
  sau_thang: 6,
  hang_nam: 12,
};

/** The due date of the next occurrence of a periodic task, or null when it does not repeat. */
export function nextDueDate(due: string, recurrence: TaskRecurrence, anchorDay?: number): string | null {
  if (recurrence === 'khong') return null;
  return addMonths(due, RECURRENCE_MONTHS[recurrence], anchorDay);
}

export function dayOfMonth(date: string): number {
  return parts(date)[2];
}

export function isOverdue(dueDate: string | null, status: TaskStatus, today: string): boolean {
  return dueDate !== null && status !== 'hoan_thanh' && dueDate < today;
}

/** How many days late an open task is (0 when not overdue). */
export function daysLate(dueDate: string | null, status: TaskStatus, today: string): number {
  return dueDate !== null && isOverdue(dueDate, status, today) ? daysBetween(dueDate, today) : 0;
}

/** Monday and Sunday of the week holding `date` (Vietnamese weeks start on Monday). */
export function weekOf(date: string): { monday: string; sunday: string } {
  const [y, m, d] = parts(date);
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday = 0
  const monday = addDays(date, -weekday);
  return { monday, sunday: addDays(monday, 6) };
}

/** First day of the month holding `date`, and first day of the next month. */
export function monthOf(date: string): { first: string; nextFirst: string } {
  const [y, m] = parts(date);
  const first = format(y, m, 1);
  return { first, nextFirst: addMonths(first, 1) };
}
