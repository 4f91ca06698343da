import { foldForSearch } from '../../../shared/text';
import { rt, type BlockNode, type InlineNode, type ParagraphNode } from '../../../shared/rich-text';

/**
 * Small pieces of Vietnamese official prose shared by the drafts. Everything a secretary will read
 * in a draft is written in these files (drafts/*), so that it can be reviewed in one place.
 */

/** Counts in documents take a leading zero below 10: "vắng 02 đồng chí", "có mặt 18/20 đồng chí". */
export function count2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Lower-cases the first letter when a phrase moves into the middle of a sentence
 * ("Dự hội nghị…" → "dự hội nghị…"), but leaves acronyms alone ("HĐND tỉnh…").
 */
export function lowerFirst(text: string): string {
  const firstWord = text.split(/\s/)[0] ?? '';
  if (firstWord.length > 1 && firstWord === firstWord.toLocaleUpperCase('vi')) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** Strips the end punctuation of a typed phrase before it is put inside a sentence. */
export function withoutEndPunctuation(text: string): string {
  return text.replace(/[\s.;,:]+$/u, '');
}

/** A typed sentence, ending with a full stop unless it already ends with punctuation. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?;:…]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "Nguyễn Văn A, Chủ tịch Hội Nông dân tỉnh": the title recorded for the meeting, else the organisation. */
export function nameWithTitle(person: { fullName: string; title: string; organisationName?: string }): string {
  const title = withoutEndPunctuation(person.title || person.organisationName || '');
  return title === '' ? person.fullName : `${person.fullName}, ${title}`;
}

/** True when the folded text starts with one of the folded prefixes. */
export function startsWithFolded(text: string, prefixes: readonly string[]): boolean {
  const folded = foldForSearch(text);
  return prefixes.some((prefix) => folded.startsWith(prefix));
}

/** List lines as official documents punctuate them: each ends with ";", the last with ".". */
export function punctuateList(lines: readonly string[]): string[] {
  return lines.map((line, index) => `${withoutEndPunctuation(line)}${index === lines.length - 1 ? '.' : ';'}`);
}

/** A paragraph of text runs; empty runs are dropped (the body schema refuses empty text nodes). */
export function paragraph(...runs: Array<InlineNode | string | null>): ParagraphNode {
  const content = runs.flatMap((run): InlineNode[] => {
    if (run === null || run === '') return [];
    return [typeof run === 'string' ? rt.text(run) : run];
  });
  return rt.paragraph(content);
}

/** "Thành phần tham dự: …" — a bold label followed by plain text. */
export function labelled(label: string, text: string): ParagraphNode {
  return paragraph(rt.text(label, 'bold'), text === '' ? null : ` ${text}`);
}

export function bold(text: string): ParagraphNode {
  return paragraph(rt.text(text, 'bold'));
}

/** One paragraph per typed line (summaries and conclusions keep their line breaks). */
export function paragraphsOf(text: string): ParagraphNode[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => paragraph(line));
}

// The body schema caps a list at 2,000 items; a very large meeting is split into several lists.
const MAX_LIST_ITEMS = 2000;

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += MAX_LIST_ITEMS) result.push(items.slice(i, i + MAX_LIST_ITEMS));
  return result;
}

/** A "-" list, one paragraph per line; nothing when there are no lines. */
export function bulletLines(lines: readonly string[]): BlockNode[] {
  return chunks(lines).map((part) => rt.bulletList(part.map((line) => [paragraph(line)])));
}

/** A "1." list whose items may hold several paragraphs; numbering continues across split lists. */
export function numberedItems(items: readonly BlockNode[][]): BlockNode[] {
  return chunks(items).map((part, index) => rt.orderedList(part, '1', 1 + index * MAX_LIST_ITEMS));
}

/** Starts of phrases whose capital belongs to a name: "Hội nghị …", "Đại hội …", "Ủy ban …". */
const NAMED_PHRASES = ['hoi nghi', 'dai hoi', 'uy ban', 'mat tran', 'ngay hoi'];

/**
 * A typed phrase moved into the middle of a sentence: its first letter lower-cased ("Tổ chức tập
 * huấn" → "tổ chức tập huấn"), unless it starts with a name ("Hội Nông dân …", "Đại hội …") or an
 * acronym.
 */
export function inSentence(text: string): string {
  const [first = '', second = ''] = text.split(/\s+/);
  if (startsWithFolded(text, NAMED_PHRASES) || (/^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(second))) return text;
  return lowerFirst(text);
}
