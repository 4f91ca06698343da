import { foldForSearch } from './text';

/**
 * How search reads text and queries, shared by the index (main process), the brute-force check in
 * the tests and the renderer's highlighting.
 *
 * A word is a run of letters and digits, as SQLite's unicode61 tokenizer cuts text; everything
 * else separates words. Text is folded first (NFC, no tone marks, đ → d, lower case), so the index
 * holds "huong" for "Hương" and a query matches whatever accents it was typed with.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * What one character folds to, and whether that is part of a word: computed once per character
 * and kept, because indexing folds tens of megabytes and foldForSearch on a whole text (NFD, a
 * regex over every mark) is what made that slow. Folding character by character gives the same
 * words as folding the whole text (Vietnamese has no case or mark rules that look at neighbours).
 */
interface FoldedChar {
  text: string;
  word: boolean;
}
const foldCache = new Map<number, FoldedChar>();

function foldChar(codePoint: number, char: string): FoldedChar {
  let folded = foldCache.get(codePoint);
  if (!folded) {
    const text = foldForSearch(char) || (/\s/u.test(char) ? ' ' : '');
    folded = { text, word: text !== '' && [...text].every((c) => WORD_CHAR.test(c)) };
    foldCache.set(codePoint, folded);
  }
  return folded;
}

/** Per UTF-16 unit of the BMP: 0 not seen yet, 1 part of a word, 2 separator, 3 vanishes (zero-width, lone mark). */
const unitKind = new Uint8Array(65536);
const unitText: string[] = new Array<string>(65536);

function classify(code: number): number {
  const char = String.fromCharCode(code);
  const folded = foldChar(code, char);
  unitText[code] = folded.text;
  const kind = folded.word ? 1 : folded.text === '' && isZeroWidth(char) ? 3 : 2;
  unitKind[code] = kind;
  return kind;
}

/** The folded words of a text, in order. */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  let current = '';
  // NFC first: a letter and its marks typed apart (NFD) must fold as one letter.
  const nfc = text.normalize('NFC');
  for (let i = 0; i < nfc.length; i++) {
    const code = nfc.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      // Outside the BMP (rare: emoji, old scripts): the slow, exact way.
      const char = String.fromCodePoint(nfc.codePointAt(i)!);
      if (char.length === 2) i++;
      const folded = foldChar(char.codePointAt(0)!, char);
      if (folded.word) current += folded.text;
      else if (folded.text !== '' || !isZeroWidth(char)) {
        if (current !== '') words.push(current);
        current = '';
      }
      continue;
    }
    const kind = unitKind[code] || classify(code);
    if (kind === 1) current += unitText[code];
    else if (kind === 2 && current !== '') {
      words.push(current);
      current = '';
    }
  }
  if (current !== '') words.push(current);
  return words;
}

/** Characters that vanish without separating words (zero-width spaces, joiners, marks). */
function isZeroWidth(char: string): boolean {
  return /[\u200B-\u200D\uFEFF\p{M}]/u.test(char);
}

/**
 * One term of a query: a word typed alone, or a group typed without spaces ("18-CT", "56-NQ/TU",
 * "337/2021"), whose words must follow each other. The last word of a term matches as a prefix
 * ("huong" finds "Hương" and "Hướng", not "Thường"); a one-letter word alone matches whole.
 */
export interface QueryTerm {
  words: string[];
}

export interface ParsedQuery {
  terms: QueryTerm[];
  /** The words typed with Vietnamese marks, lower case NFC ("hương"): exact-accent matches rank first. */
  accented: string[];
  /** Why the query was shortened or could not be read, for the user; null when all is well. */
  hint: string | null;
}

/** Past this many words a query stops narrowing anything and only costs time. */
export const MAX_QUERY_WORDS = 8;
/** Longer input (a pasted paragraph) is cut: this is more than eight long words need. */
export const MAX_QUERY_CHARACTERS = 200;

export const QUERY_HINTS = {
  empty: 'Hãy gõ ít nhất một chữ hoặc một số để tìm (dấu câu và khoảng trắng không được dùng để tìm).',
  shortened: `Chỉ tìm theo ${MAX_QUERY_WORDS} từ đầu tiên; hãy gõ ngắn gọn hơn để kết quả sát hơn.`,
} as const;

export function parseSearchQuery(raw: string): ParsedQuery {
  let hint: string | null = null;
  let text = raw.normalize('NFC');
  if (text.length > MAX_QUERY_CHARACTERS) {
    text = text.slice(0, MAX_QUERY_CHARACTERS);
    hint = QUERY_HINTS.shortened;
  }
  const terms: QueryTerm[] = [];
  const accented: string[] = [];
  let wordCount = 0;
  for (const group of text.split(/\s+/u)) {
    const original = group.toLowerCase().match(WORD) ?? [];
    const words = original.map((word) => foldForSearch(word)).filter((word) => word !== '');
    if (words.length === 0) continue;
    if (wordCount + words.length > MAX_QUERY_WORDS) {
      hint = QUERY_HINTS.shortened;
      const room = MAX_QUERY_WORDS - wordCount;
      if (room > 0) terms.push({ words: words.slice(0, room) });
      break;
    }
    wordCount += words.length;
    terms.push({ words });
    for (const word of original) if (foldForSearch(word) !== word) accented.push(word);
  }
  if (terms.length === 0) return { terms, accented, hint: QUERY_HINTS.empty };
  return { terms, accented, hint };
}

/** Whether `words` (a text's folded words) contain `term`: its words in a row, the last as a prefix. */
export function wordsMatchTerm(words: readonly string[], term: QueryTerm): boolean {
  const n = term.words.length;
  for (let i = 0; i + n <= words.length; i++) {
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const word = words[i + k]!;
      const wanted = term.words[k]!;
      const last = k === n - 1;
      ok = last && !isWholeWordOnly(term) ? word.startsWith(wanted) : word === wanted;
    }
    if (ok) return true;
  }
  return false;
}

/** A term of one single letter matches that word only: "a*" would match half the language. */
export function isWholeWordOnly(term: QueryTerm): boolean {
  return term.words.length === 1 && term.words[0]!.length === 1;
}

/** The folded words of a text with where each is in the text as written: [from, to) in UTF-16 units. */
interface LocatedWords {
  words: string[];
  from: number[];
  to: number[];
}

/** The kind of the character at `i` (see unitKind) and how many UTF-16 units it takes. */
function charAt(text: string, i: number): { kind: number; folded: string; units: number } {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdfff) {
    const kind = unitKind[code] || classify(code);
    return { kind, folded: unitText[code]!, units: 1 };
  }
  const char = String.fromCodePoint(text.codePointAt(i)!);
  const folded = foldChar(char.codePointAt(0)!, char);
  const kind = folded.word ? 1 : folded.text === '' && isZeroWidth(char) ? 3 : 2;
  return { kind, folded: folded.text, units: char.length };
}

/**
 * The words of `text` folded as searchWords folds them, each with its place in `text`, in one pass
 * over the characters (the same tables as searchWords: no regex, no per-character allocation).
 */
function locateWords(text: string): LocatedWords {
  const located: LocatedWords = { words: [], from: [], to: [] };
  let current = '';
  let start = 0;
  for (let i = 0; i < text.length; ) {
    const { kind, folded, units } = charAt(text, i);
    if (kind === 1) {
      if (current === '') start = i;
      current += folded;
      located.to[located.words.length] = i + units;
    } else if (kind === 2 && current !== '') {
      located.words.push(current);
      located.from.push(start);
      current = '';
    } else if (kind === 3 && current !== '') located.to[located.words.length] = i + units;
    i += units;
  }
  if (current !== '') {
    located.words.push(current);
    located.from.push(start);
  }
  located.to.length = located.words.length;
  return located;
}

/** Where in `text` the first `length` folded characters of the word starting at `from` end (marks on the last one included). */
function endOfFolded(text: string, from: number, length: number): number {
  let folded = 0;
  let i = from;
  while (i < text.length && folded < length) {
    const { kind, folded: piece, units } = charAt(text, i);
    if (kind === 1) folded += piece.length;
    i += units;
  }
  while (i < text.length) {
    const { kind, units } = charAt(text, i);
    if (kind !== 3) break;
    i += units;
  }
  return i;
}

/** Whether the words of `term` are at `words[i…]`, as wordsMatchTerm matches them. */
function termAt(words: readonly string[], i: number, term: QueryTerm): boolean {
  const n = term.words.length;
  if (i + n > words.length) return false;
  for (let k = 0; k < n - 1; k++) if (words[i + k] !== term.words[k]) return false;
  const last = term.words[n - 1]!;
  return isWholeWordOnly(term) ? words[i + n - 1] === last : words[i + n - 1]!.startsWith(last);
}

export interface Highlighted {
  text: string;
  /** [start, end) character ranges of `text` that matched. */
  highlights: Array<[number, number]>;
}

const SNIPPET_BEFORE = 60;
const SNIPPET_LENGTH = 180;

/**
 * A window of `text` around its first match of the query, with every match in it marked. Words
 * are matched as the index matches them: at a word start, the last word of a term as a prefix.
 */
export function snippetOf(text: string, terms: readonly QueryTerm[]): Highlighted {
  const clean = text.replace(/\s+/gu, ' ').trim();
  const { words, from: starts, to: ends } = locateWords(clean);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    const n = term.words.length;
    for (let i = 0; i + n <= words.length; i++) {
      if (!termAt(words, i, term)) continue;
      const last = i + n - 1;
      const end = isWholeWordOnly(term) ? ends[last]! : endOfFolded(clean, starts[last]!, term.words[n - 1]!.length);
      ranges.push([starts[i]!, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  // The window goes where most of the query is: the match followed, within one window, by the
  // most other matches (a phrase typed in full beats its first word seen earlier on its own).
  let anchor = ranges[0] ?? ([0, 0] as [number, number]);
  let bestCount = 0;
  for (const range of ranges) {
    const count = ranges.filter(([s]) => s >= range[0] && s < range[0] + SNIPPET_LENGTH - SNIPPET_BEFORE).length;
    if (count > bestCount) {
      bestCount = count;
      anchor = range;
    }
  }
  const first = anchor[0];
  let from = Math.max(0, first - SNIPPET_BEFORE);
  if (from > 0) {
    const space = clean.indexOf(' ', from);
    from = space >= 0 && space < first ? space + 1 : from;
  }
  let to = Math.min(clean.length, from + SNIPPET_LENGTH);
  if (to < clean.length) {
    const space = clean.lastIndexOf(' ', to);
    to = space > from && space >= anchor[1] ? space : to;
  }
  const prefix = from > 0 ? '…' : '';
  const suffix = to < clean.length ? '…' : '';
  const highlights = ranges
    .filter(([s, e]) => s >= from && e <= to)
    .map(([s, e]): [number, number] => [s - from + prefix.length, e - from + prefix.length]);
  return { text: `${prefix}${clean.slice(from, to)}${suffix}`, highlights: mergeRanges(highlights) };
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
