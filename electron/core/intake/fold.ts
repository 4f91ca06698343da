/**
 * Folding (shared/text.ts's foldForSearch: no tone marks, đ → d, lower case) made cheap for the
 * reader, which folds the same short words and the same paragraphs thousands of times:
 *  - `fold`: foldForSearch, remembered for short strings;
 *  - `foldIndexed`: one folded letter per letter, so an index into the text is an index into its
 *    folded form (what lets a regex run on the folded text and cut the original at the same place).
 */
import { foldForSearch } from '../../../shared/text';

const SHORT = 80;
const LIMIT = 20_000;
const shortCache = new Map<string, string>();

export function fold(text: string): string {
  if (text.length > SHORT) return foldForSearch(text);
  let folded = shortCache.get(text);
  if (folded === undefined) {
    if (shortCache.size >= LIMIT) shortCache.clear();
    folded = foldForSearch(text);
    shortCache.set(text, folded);
  }
  return folded;
}

const charCache = new Map<string, string>();

function foldChar(char: string): string {
  let folded = charCache.get(char);
  if (folded === undefined) {
    const base = char.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
    folded = base.length === 1 ? base : char.length === 1 ? char.toLowerCase().charAt(0) || char : char;
    if (folded.length !== 1) folded = char;
    charCache.set(char, folded);
  }
  return folded;
}

const indexedCache = new Map<string, string>();

export function foldIndexed(text: string): string {
  let folded = indexedCache.get(text);
  if (folded !== undefined) return folded;
  const chars: string[] = new Array<string>(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    chars[i] = code < 128 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!) : foldChar(text[i]!);
  }
  const out = chars.join('');
  if (indexedCache.size >= 2000) indexedCache.clear();
  indexedCache.set(text, out);
  return out;
}
