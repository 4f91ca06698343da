import { foldForSearch } from '../../../shared/text';

/**
 * Reading the speech summaries recorded at meetings for two things a report quotes word for word:
 * sentences that state figures ("vận động được 42,6 tỷ đồng", "217/217 xã") and sentences that
 * name limitations ("báo cáo định kỳ còn chậm"). Nothing is rewritten: a sentence is either
 * quoted whole, with its speaker and meeting, or left out.
 *
 * Tuned on ../shared/samples/articles; tests/unit/report-sentences.test.ts also checks sentences
 * written for the test and kept out of the tuning.
 */

/** A sentence ends at . ! ? (and, for limitations, ;) followed by a space, or at a line break. */
function split(text: string, separators: RegExp): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(separators))
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length;
}

/** A sentence as it will be quoted: first letter capitalised, one end mark. */
export function asQuote(text: string): string {
  const trimmed = text.trim().replace(/[;,:]+$/u, '');
  const capital = trimmed.charAt(0).toLocaleUpperCase('vi') + trimmed.slice(1);
  return /[.!?…]$/u.test(capital) ? capital : `${capital}.`;
}

/**
 * Numbers that are not figures of a result: dates (15/12/2021, 4-1, ngày 3/7), number-symbols
 * (56-NQ/TU, 337/2021/NQ-HĐND), years and terms (năm 2024, nhiệm kỳ 2024 - 2029), ordinals and
 * names of periods (lần thứ 15, quý I, tháng 7, 6 tháng đầu năm), times of day (14 giờ, 8h30).
 */
const NOT_FIGURES: RegExp[] = [
  /\S*\d\S*[A-ZĐ]{2,}\S*/gu,
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/gu,
  /\b\d{1,2}-\d{1,2}\b/gu,
  /(ngày|sáng|chiều|tối|từ|đến|hôm)\s+\d{1,2}\/\d{1,2}\b/giu,
  /(năm|nhiệm kỳ|giai đoạn|khóa|khoá|niên khóa)\s+\d{4}(\s*[-–—]\s*\d{4})?/giu,
  /\b(19|20)\d{2}\b/gu,
  /(lần thứ|thứ|khóa|khoá|quý|tháng|kỳ|số|điều|khoản|mục|phần|chương|ngày|tuần)\s+\d+\b/giu,
  /\b\d+\s*(tháng|năm)\s+(đầu|cuối|qua|tới|trước|sau)\b/giu,
  /\b\d{1,2}\s*(giờ|h)\s*\d{0,2}\b/giu,
  /\b\d{1,2}:\d{2}\b/gu,
];

/** True when the sentence states at least one figure once dates, symbols, years and ordinals are set aside. */
export function statesFigures(sentence: string): boolean {
  let rest = sentence;
  for (const pattern of NOT_FIGURES) rest = rest.replace(pattern, ' ');
  return /\d/.test(rest);
}

/** Words that name a shortcoming, folded (no tone marks, đ → d). */
const LIMITATION_MARKERS = ['han che', 'ton tai', 'bat cap', 'yeu kem', 'kho khan', 'vuong mac', 'con cham', 'cham tien do', 'chua ', 'thieu ', 'con de xay ra', 'con xay ra'];
/** Sentences about remedying shortcomings are tasks, not shortcomings. */
const REMEDY_MARKERS = ['khac phuc', 'de nghi', 'yeu cau', 'can tap trung', 'kien nghi'];
/** "Tuy nhiên, cũng còn một số hạn chế." only announces the list that follows. */
const ANNOUNCEMENT = /^(tuy nhien,?\s*)?(ben canh do,?\s*)?(van\s+|cung\s+)?con\s+(co\s+)?(mot so|nhung)\s+(han che|ton tai|kho khan)(,?\s*(va\s+)?(han che|ton tai|bat cap|kho khan))*\s*(nhu sau)?\s*[.:]?$/;

/** True when the clause names a limitation and is more than the line announcing them. */
export function namesLimitation(clause: string): boolean {
  const folded = foldForSearch(clause).replace(/\s+/g, ' ').trim();
  if (ANNOUNCEMENT.test(folded) || wordCount(clause) < 4) return false;
  if (REMEDY_MARKERS.some((marker) => folded.includes(marker))) return false;
  return LIMITATION_MARKERS.some((marker) => ` ${folded} `.includes(marker));
}

/** The sentences of a summary that state figures, quoted whole. */
export function figureSentences(summary: string): string[] {
  return split(summary, /(?<=[.!?])\s+/u)
    .filter((sentence) => wordCount(sentence) >= 4 && statesFigures(sentence))
    .map(asQuote);
}

/** The clauses of a summary that name limitations (a sentence listing several gives one each). */
export function limitationClauses(summary: string): string[] {
  return split(summary, /(?<=[.!?;])\s+/u)
    .filter(namesLimitation)
    .map(asQuote);
}
