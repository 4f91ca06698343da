/**
 * Dates and times as Vietnamese official documents write them.
 * Rule (Nghị định 30/2020): days 1–9 and months 1–2 take a leading zero; months 3–12 do not.
 */

function parts(localDate: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(localDate);
  if (!match) throw new Error(`not a local date: ${localDate}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function documentDay(day: number): string {
  return String(day).padStart(2, '0');
}

export function documentMonth(month: number): string {
  return month <= 2 ? String(month).padStart(2, '0') : String(month);
}

/** "ngày 05 tháng 01 năm 2026", "ngày 04 tháng 3 năm 2023" (from "2026-01-05" or "2026-01-05T08:00"). */
export function writtenDate(localDate: string): string {
  const { year, month, day } = parts(localDate);
  return `ngày ${documentDay(day)} tháng ${documentMonth(month)} năm ${year}`;
}

/** The italic date line: "Quảng Ninh, ngày 05 tháng 01 năm 2026". */
export function dateLine(placeName: string, localDate: string): string {
  return placeName.trim() === '' ? writtenDate(localDate).replace(/^n/, 'N') : `${placeName.trim()}, ${writtenDate(localDate)}`;
}

/** "08 giờ 00 phút" from "2026-01-05T08:00". */
export function writtenTime(localDateTime: string): string {
  const match = /T(\d{2}):(\d{2})/.exec(localDateTime);
  if (!match) throw new Error(`not a local date-time: ${localDateTime}`);
  return `${match[1]} giờ ${match[2]} phút`;
}

/** "08 giờ 00 phút, ngày 05 tháng 01 năm 2026" — how minutes open and close. */
export function writtenDateTime(localDateTime: string): string {
  return `${writtenTime(localDateTime)}, ${writtenDate(localDateTime)}`;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "Thứ Hai" for an invitation's time line; computed without time zones. */
export function weekday(localDate: string): string {
  const { year, month, day } = parts(localDate);
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
}

/** "30/6/2024", "05/01/2025": a date inside running text, padded as the date line pads it. */
export function shortDate(localDate: string): string {
  const { year, month, day } = parts(localDate);
  return `${documentDay(day)}/${documentMonth(month)}/${year}`;
}
