/**
 * Reads a date as Vietnamese office staff type it — "4/1/2023", "04-01-2023", "4.1.23",
 * "ngày 4 tháng 1 năm 2023", "2023-01-04" — and, for a date-time, a time before or after it
 * ("4/1/2023 8:30", "8h30 4/1/2023", "8 giờ 30 phút, ngày 4 tháng 1 năm 2023", "2 giờ chiều").
 * Answers the stored form ("2023-01-04", "2023-01-04T08:30") or the precise reason it cannot,
 * in Vietnamese ("Tháng 2 năm 2023 chỉ có 28 ngày."). Pure: no clock, no locale, no time zone.
 */

export type DateReading = { ok: true; value: string } | { ok: false; message: string };

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

const EXAMPLE = 'ví dụ 04/01/2023';
export const DATE_MESSAGES = {
  emptyDate: 'Hãy nhập ngày.',
  emptyDateTime: 'Hãy nhập ngày giờ.',
  incomplete: `Chưa đủ ngày/tháng/năm: hãy nhập cả ba, ${EXAMPLE}.`,
  month: 'Tháng phải từ 1 đến 12.',
  day: 'Ngày phải từ 1 đến 31.',
  yearDigits: 'Năm cần ghi đủ 4 chữ số, ví dụ 2023.',
  yearRange: `Năm phải từ ${FIRST_YEAR} đến ${LAST_YEAR}.`,
  hour: 'Giờ phải từ 0 đến 23.',
  minute: 'Phút phải từ 0 đến 59.',
  noTimeHere: `Ô này chỉ nhập ngày, không nhập giờ (${EXAMPLE}).`,
  noDate: 'Chưa có ngày: hãy nhập ngày/tháng/năm rồi đến giờ, ví dụ 04/01/2023 08:30.',
  twoTimes: 'Có hai giờ khác nhau: hãy chỉ nhập một giờ, ví dụ 04/01/2023 08:30.',
} as const;

/** "Tháng 2 năm 2023 chỉ có 28 ngày." — February names its year, whose length depends on it. */
export function daysInMonthMessage(month: number, year: number): string {
  const days = daysInMonth(year, month);
  return month === 2 ? `Tháng 2 năm ${year} chỉ có ${days} ngày.` : `Tháng ${month} chỉ có ${days} ngày.`;
}

export function unreadableMessage(text: string, withTime = false): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  const example = withTime ? 'ví dụ 04/01/2023 08:30' : EXAMPLE;
  return `Không đọc được “${shown}” là ${withTime ? 'ngày giờ' : 'ngày'}: hãy nhập theo dạng ngày/tháng/năm, ${example}.`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const fail = (message: string): DateReading => ({ ok: false, message });

/** NFC, lower case, one space between words, every kind of dash a '-'. */
function tidy(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\u2000-\u200b\u202f\u3000]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Two-digit years: 00–69 are 2000–2069, 70–99 are 1970–1999 (as spreadsheets read them). */
function fullYear(digits: string): number | null {
  if (digits.length === 4) return Number(digits);
  if (digits.length === 2) {
    const n = Number(digits);
    return n < 70 ? 2000 + n : 1900 + n;
  }
  return null;
}

function checked(day: number, month: number, year: number): DateReading {
  if (month < 1 || month > 12) return fail(DATE_MESSAGES.month);
  if (day < 1 || day > 31) return fail(DATE_MESSAGES.day);
  if (year < FIRST_YEAR || year > LAST_YEAR) return fail(DATE_MESSAGES.yearRange);
  if (day > daysInMonth(year, month)) return fail(daysInMonthMessage(month, year));
  return { ok: true, value: `${year}-${pad2(month)}-${pad2(day)}` };
}

function fromParts(day: string, month: string, yearDigits: string): DateReading {
  const year = fullYear(yearDigits);
  const m = Number(month);
  const d = Number(day);
  // The month and day are checked before the year's digits: "31/13/202" is first a wrong month.
  if (m < 1 || m > 12) return fail(DATE_MESSAGES.month);
  if (d < 1 || d > 31) return fail(DATE_MESSAGES.day);
  if (year === null) return fail(DATE_MESSAGES.yearDigits);
  return checked(d, m, year);
}

const SEP = String.raw`\s*[./-]\s*`;
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})${SEP}(\d{1,2})${SEP}(\d{1,4})$`);
const YEAR_MONTH_DAY = new RegExp(String.raw`^(\d{4})${SEP}(\d{1,2})${SEP}(\d{1,2})$`);
const WRITTEN = /^(?:ngày |ngay )?(\d{1,2}) ?(?:tháng|thang) ?(\d{1,2})(?: ?,? ?(?:năm|nam) ?| ?[./-] ?| )(\d{1,4})$/;
const PARTIAL = new RegExp(String.raw`^(?:(?:ngày|ngay) )?\d{1,2}(?:(?:${SEP}|\s*(?:tháng|thang)\s*)\d{1,2})?(?:${SEP}|\s*(?:tháng|thang))?$`);

/** A date alone, already tidied. */
function readDatePart(text: string): DateReading {
  let match = DAY_MONTH_YEAR.exec(text);
  if (match) return fromParts(match[1]!, match[2]!, match[3]!);
  match = YEAR_MONTH_DAY.exec(text);
  if (match) return checked(Number(match[3]), Number(match[2]), Number(match[1]));
  match = WRITTEN.exec(text);
  if (match) return fromParts(match[1]!, match[2]!, match[3]!);
  // Digits only: 04012023 and 040123, as typed without separators.
  if (/^\d{8}$/.test(text)) return fromParts(text.slice(0, 2), text.slice(2, 4), text.slice(4));
  if (/^\d{6}$/.test(text)) return fromParts(text.slice(0, 2), text.slice(2, 4), text.slice(4));
  if (/^\d{1,4}$/.test(text) || PARTIAL.test(text)) return fail(DATE_MESSAGES.incomplete);
  return fail(unreadableMessage(text));
}

/** Reads a date: "2023-01-04" or why not. Empty text is refused with "Hãy nhập ngày." */
export function readDate(text: string): DateReading {
  const tidied = tidy(text);
  if (tidied === '') return fail(DATE_MESSAGES.emptyDate);
  const reading = readDatePart(tidied);
  if (reading.ok || !findTime(tidied)) return reading;
  return fail(DATE_MESSAGES.noTimeHere);
}

interface TimeFound {
  hour: number;
  minute: number;
  start: number;
  end: number;
}

// 8:30, 08:30:00, 8h30, 8h, 8g30, 8 giờ 30 phút, 8 giờ; then sáng/chiều/tối. Never inside a date
// ("2023 8" is not a time): a time is not preceded by a digit or a date separator.
const TIME = new RegExp(
  String.raw`(?<![\d./-])(\d{1,2})(?:\s*:\s*(\d{1,2})(?:\s*:\s*\d{1,2})?|\s*(?:giờ|gio|h|g)(?!\p{L})(?:\s*(\d{1,2})(?:\s*(?:phút|phut|p(?!\p{L})|'))?)?)(?:\s*(sáng|sang|chiều|chieu|tối|toi)(?!\p{L}))?(?![\d./-])`,
  'gu',
);

function findTime(text: string): TimeFound[] | null {
  const found = [...text.matchAll(TIME)].map((m) => {
    let hour = Number(m[1]);
    const minute = Number(m[2] ?? m[3] ?? 0);
    const half = m[4];
    if (half && /^(chiều|chieu|tối|toi)$/.test(half) && hour < 12) hour += 12;
    return { hour, minute, start: m.index, end: m.index + m[0].length };
  });
  return found.length > 0 ? found : null;
}

/** What may join a time and a date: "8:30, 4/1/2023", "8 giờ lúc ngày …", "4/1/2023 lúc 8:30". */
function withoutConnectors(text: string): string {
  return text
    .replace(/^[\s,;]*(?:(?:lúc|luc|vào|vao)\s+)?/u, '')
    .replace(/[\s,;]*(?:\s(?:lúc|luc|vào|vao))?[\s,;]*$/u, '')
    .trim();
}

export interface DateTimeFallback {
  /** The date kept when only a time is typed ("8h30"): the field's current date. */
  date?: string | null;
  /** The time given when only a date is typed ("4/1/2023"): the field's current time, or a usual start. */
  time?: string | null;
}

/**
 * Reads a date and time: "2023-01-04T08:30" or why not. A date alone takes `fallback.time`
 * (refused without one); a time alone takes `fallback.date` (refused without one).
 */
export function readDateTime(text: string, fallback: DateTimeFallback = {}): DateReading {
  // The stored form pasted back ("2023-01-04T08:30") reads like any date followed by a time.
  const tidied = tidy(text).replace(/(\d)t(\d)/, '$1 $2');
  if (tidied === '') return fail(DATE_MESSAGES.emptyDateTime);
  const times = findTime(tidied);
  if (times && times.length > 1) return fail(DATE_MESSAGES.twoTimes);
  const time = times?.[0] ?? null;
  const rest = time ? withoutConnectors(tidied.slice(0, time.start) + ' ' + tidied.slice(time.end)) : tidied;

  let date: string;
  if (rest === '') {
    if (!fallback.date) return fail(DATE_MESSAGES.noDate);
    date = fallback.date;
  } else {
    const reading = readDatePart(rest);
    if (!reading.ok) return reading.message === unreadableMessage(rest) ? fail(unreadableMessage(tidied, true)) : reading;
    date = reading.value;
  }

  if (!time) {
    if (!fallback.time) return fail(`Chưa có giờ: hãy nhập cả giờ, ví dụ ${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)} 08:30.`);
    return { ok: true, value: `${date}T${fallback.time}` };
  }
  if (time.hour > 23) return fail(DATE_MESSAGES.hour);
  if (time.minute > 59) return fail(DATE_MESSAGES.minute);
  return { ok: true, value: `${date}T${pad2(time.hour)}:${pad2(time.minute)}` };
}
