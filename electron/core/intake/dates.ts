/**
 * Dates and times as Vietnamese texts write them, and the meeting's own date and hour:
 *   "Sáng 16/9", "Chiều 3-7", "Chiều ngày 21/12", "ngày 05 tháng 01 năm 2026", "15/12/2021",
 *   "ngày 01-10-1997", "08 giờ 00 phút", "8h30", "14h", "lúc 7 giờ 30".
 * A date written without its year gets one from the text (a dateline, "tổng kết năm 2022, triển
 * khai nhiệm vụ năm 2023"), and the proposal says it was inferred.
 */
import { isValidLocalDate } from '../../../shared/datetime';
import type { TextSpan } from '../../../shared/schemas/intake';
import { foldForSearch } from '../../../shared/text';
import type { SourceDoc } from './segments';

export interface DateMention extends TextSpan {
  day: number;
  month: number;
  year: number | null;
  /** Words just before the date, folded ("sang", "chieu ngay", "truoc ngay"). */
  cue: string;
}

export interface TimeMention extends TextSpan {
  hour: number;
  minute: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function localDate(year: number, month: number, day: number): string | null {
  const value = `${year}-${pad(month)}-${pad(day)}`;
  return isValidLocalDate(value) ? value : null;
}

const FULL_NUMERIC = /(?<![\d/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\2\s?((?:19|20)\d\d)(?![\d/]|\/\p{L})/gu;
const WRITTEN = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)/giu;
const DAY_MONTH = /(?<![\d/.-])(\d{1,2})\s?([/-])\s?(\d{1,2})(?![\d/.-]|\s?[/-]\s?\d)/gu;

function cueBefore(text: string, at: number): string {
  return foldForSearch(text.slice(Math.max(0, at - 24), at)).trim();
}

/** Words that make "3-7" or "16/9" a date rather than a ratio ("217/217 xã", "9/9 thôn"). */
const DAY_MONTH_CUE = /(sang|chieu|toi|trua|dem|ngay|hom|truoc|den|tu|vao|thu (hai|ba|tu|nam|sau|bay)|thu \d|chu nhat)$/;

export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  const add = (mention: DateMention) => {
    if (taken.some(([s, e]) => mention.start < e && mention.end > s)) return;
    if (mention.month < 1 || mention.month > 12 || mention.day < 1 || mention.day > 31) return;
    if (mention.year !== null && !localDate(mention.year, mention.month, mention.day)) return;
    out.push(mention);
    taken.push([mention.start, mention.end]);
  };
  for (const m of text.matchAll(WRITTEN)) {
    add({ start: m.index, end: m.index + m[0].length, day: Number(m[1]), month: Number(m[2]), year: Number(m[3]), cue: cueBefore(text, m.index) });
  }
  for (const m of text.matchAll(FULL_NUMERIC)) {
    add({ start: m.index, end: m.index + m[0].length, day: Number(m[1]), month: Number(m[3]), year: Number(m[4]), cue: cueBefore(text, m.index) });
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    const cue = cueBefore(text, m.index);
    if (!DAY_MONTH_CUE.test(cue)) continue;
    add({ start: m.index, end: m.index + m[0].length, day: Number(m[1]), month: Number(m[3]), year: null, cue });
  }
  return out.sort((a, b) => a.start - b.start);
}

const TIME = /(?<![\d:.,/])(\d{1,2})\s?(?:giờ|h(?![\p{L}])|g(?![\p{L}])|:(?=\d{2}))\s?(\d{2})?(?:\s?phút)?(?![\d/])/giu;

export function findTimes(text: string): TimeMention[] {
  const out: TimeMention[] = [];
  for (const m of text.matchAll(TIME)) {
    const hour = Number(m[1]);
    const minute = m[2] === undefined ? 0 : Number(m[2]);
    if (hour > 23 || minute > 59) continue;
    // "14:30 23/11/2024" in a dateline is the time it was posted, kept apart by the caller.
    out.push({ start: m.index, end: m.index + m[0].length, hour, minute });
  }
  return out;
}

/** "Sáng" → 08:00, "Chiều" → 14:00: the usual start of a morning or an afternoon meeting. */
export function defaultHour(cue: string): { hour: number; minute: number; word: string } | null {
  if (/\bsang\b/.test(cue)) return { hour: 8, minute: 0, word: 'sáng' };
  if (/\btrua\b/.test(cue)) return { hour: 11, minute: 30, word: 'trưa' };
  if (/\bchieu\b/.test(cue)) return { hour: 14, minute: 0, word: 'chiều' };
  if (/\btoi\b|\bdem\b/.test(cue)) return { hour: 19, minute: 0, word: 'tối' };
  return null;
}

/**
 * Full dates that say when the text was written or posted: a short line with a date (and often
 * a clock time or a weekday) — "22:03 03/07/2024", "Thứ 2, 21/12/2020 | 18:11:53", "Cập nhật:
 * 11/07/2025" — and the document date line "Quảng Ninh, ngày 20 tháng 4 năm 2026".
 */
export function datelines(doc: SourceDoc, dates: readonly DateMention[]): string[] {
  const out: string[] = [];
  for (const date of dates) {
    if (date.year === null) continue;
    const paragraph = doc.paragraphs.find((p) => date.start >= p.start && date.end <= p.end);
    if (!paragraph) continue;
    const before = doc.text.slice(paragraph.start, date.start);
    const short = paragraph.text.length <= 70;
    const posted = /\d{1,2}:\d{2}/.test(paragraph.text) || /^(print|cap nhat|dang|ngay dang|thu|chu nhat)/.test(foldForSearch(paragraph.text));
    const documentLine = /^[\p{Lu}][\p{L} .]{1,40},\s*$/u.test(before);
    // A dateline fused with the lead sentence: "22:03 03/07/2024 Chiều 3-7, …".
    const leading = date.start - paragraph.start <= 8 && /^\d{1,2}:\d{2}\s/.test(paragraph.text);
    if ((short && (posted || documentLine)) || leading || (documentLine && paragraph.text.length <= 90)) {
      const value = localDate(date.year, date.month, date.day);
      if (value) out.push(value);
    }
  }
  return out;
}

/** Years a text talks about in "năm 2022", "6 tháng đầu năm 2024" (not "nhiệm kỳ 2024 - 2029"). */
export function yearsMentioned(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(/(?<![\d–-]\s?)năm\s+((?:19|20)\d\d)(?!\s?[-–]\s?(?:19|20)\d\d)/giu)) {
    years.push(Number(m[1]));
  }
  return years;
}

export interface YearGuess {
  year: number;
  /** Vietnamese: where the year came from, for the review screen. */
  reason: string;
}

const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

/**
 * The year of a day and month written without one:
 * 1. a dateline up to 60 days after it (the report was posted soon after the meeting);
 * 2. "tổng kết … năm Y, triển khai … năm Y+1": a meeting from October to December is held in Y,
 *    one from January to September in Y+1;
 * 3. the one year the text talks about ("6 tháng đầu năm 2024");
 * 4. any dateline after it; 5. the current year.
 */
export function inferYear(day: number, month: number, doc: SourceDoc, dates: readonly DateMention[], today: Date): YearGuess {
  const lines = datelines(doc, dates);
  const candidates = lines.flatMap((line) => {
    const year = Number(line.slice(0, 4));
    return [year, year - 1].flatMap((y) => {
      const value = localDate(y, month, day);
      if (!value) return [];
      const gap = daysBetween(value, line);
      return gap >= 0 ? [{ year: y, gap, line }] : [];
    });
  });
  candidates.sort((a, b) => a.gap - b.gap);
  const near = candidates[0];
  if (near && near.gap <= 60) {
    return { year: near.year, reason: `Năm ${near.year} lấy theo ngày đăng, ngày văn bản (${near.line.split('-').reverse().join('/')}).` };
  }
  const years = [...new Set(yearsMentioned(doc.text))].sort();
  for (let i = 0; i + 1 < years.length; i += 1) {
    const [y, next] = [years[i]!, years[i + 1]!];
    if (next === y + 1) {
      const year = month >= 10 ? y : y + 1;
      return { year, reason: `Năm ${year} suy ra từ nội dung: văn bản nói về năm ${y} và nhiệm vụ năm ${y + 1}.` };
    }
  }
  if (years.length === 1) return { year: years[0]!, reason: `Năm ${years[0]} suy ra từ nội dung (văn bản chỉ nói về năm ${years[0]}).` };
  if (near) return { year: near.year, reason: `Năm ${near.year} lấy theo ngày đăng, ngày văn bản gần nhất.` };
  const year = today.getFullYear();
  return { year, reason: `Văn bản không ghi năm; tạm lấy năm nay (${year}), hãy kiểm tra lại.` };
}

/** The date and time of a sentence or line that states the meeting's time. */
export interface MeetingTime {
  startAt: string;
  spans: TextSpan[];
  inferred: string | null;
}

/**
 * Reads a date and an hour from `text[from, to)`: the hour from a clock time in that range, else
 * from "Sáng/Chiều"; the year from the date, else inferred.
 */
export function meetingTimeIn(
  doc: SourceDoc,
  from: number,
  to: number,
  dates: readonly DateMention[],
  today: Date,
): MeetingTime | null {
  const date = dates.find((d) => d.start >= from && d.end <= to);
  if (!date) return null;
  const notes: string[] = [];
  let year = date.year;
  if (year === null) {
    const guess = inferYear(date.day, date.month, doc, dates, today);
    year = guess.year;
    notes.push(guess.reason);
  }
  const spans: TextSpan[] = [{ start: date.start, end: date.end }];
  const times = findTimes(doc.text.slice(from, to)).map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
  // The hour of the meeting is the one written before the date, or right after it.
  const time = times.find((t) => t.end <= date.start) ?? times.find((t) => t.start >= date.end && t.start - date.end < 30);
  let hour = 8;
  let minute = 0;
  if (time) {
    hour = time.hour;
    minute = time.minute;
    spans.unshift({ start: time.start, end: time.end });
  } else {
    const cue = defaultHour(date.cue) ?? defaultHour(foldForSearch(doc.text.slice(from, date.start)));
    if (cue) {
      hour = cue.hour;
      minute = cue.minute;
      notes.push(`Văn bản chỉ ghi buổi ${cue.word}; giờ bắt đầu tạm lấy ${pad(hour)}:${pad(minute)}.`);
    } else {
      notes.push('Văn bản không ghi giờ; tạm lấy 08:00.');
    }
  }
  const day = localDate(year, date.month, date.day);
  if (!day) return null;
  return { startAt: `${day}T${pad(hour)}:${pad(minute)}`, spans, inferred: notes.length > 0 ? notes.join(' ') : null };
}
