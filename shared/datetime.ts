/**
 * Meetings happen at a wall-clock time in Vietnam; we store that local time as text
 * ("2026-01-05T08:00") with no time zone, so a date never shifts when the PC's zone is wrong.
 */

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export function isValidLocalDateTime(value: string): boolean {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return false;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return isRealDate(y, mo, d) && h <= 23 && mi <= 59;
}

export function isValidLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [, y, mo, d] = match.map(Number) as [number, number, number, number];
  return isRealDate(y, mo, d);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The local wall-clock time of `date` in the same text form as stored values. */
export function toLocalDateTimeString(date: Date): string {
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}T${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

/** "08:00, 05/01/2026" — how a date-time is shown in lists. */
export function formatLocalDateTime(value: string): string {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return value;
  const [, y, mo, d, h, mi] = match;
  return `${h}:${mi}, ${d}/${mo}/${y}`;
}

/** "05/01/2026" */
export function formatLocalDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/**
 * "08:30, 05/01/2026": a moment stored as an ISO timestamp (updatedAt, finalisedAt…) in this
 * PC's local time, shown like every other date-time. Never the system's own style
 * (toLocaleString gives "08:30:00 5/1/2026").
 */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : formatLocalDateTime(toLocalDateTimeString(date));
}

/** "05/01/2026": the local day of a moment stored as an ISO timestamp. */
export function formatInstantDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : formatLocalDate(toLocalDateTimeString(date));
}
