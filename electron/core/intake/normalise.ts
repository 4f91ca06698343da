/**
 * Tidies a pasted or extracted text before anything is read from it. Every span in a proposal
 * points into the text this returns, and the review screen shows exactly that text, so the
 * highlighting always lines up with what the user sees.
 *
 * What Word and web pages leave behind: NFD letters (combining tone marks), non-breaking and
 * zero-width spaces, soft hyphens, line and paragraph separators, vertical tabs (Shift+Enter),
 * Wingdings bullets in the private-use area, tabs between the two columns of a header table,
 * the Icelandic Ð that some fonts and OCR produce for Đ.
 */

const ZERO_WIDTH_OR_SOFT = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** C0/C1 controls other than tab and line feed; Word pastes carry BEL, form feeds, field marks. */
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
/** Bullet characters a copied list starts with (Wingdings bullets live in U+F000–U+F0FF). */
const BULLET_AT_START = /^[ \t]*[•◦▪▫●○■□➢►▸✓❖\uF0A7\uF0B7\uF076\uF0D8\uF0FC\uF0D7\uF0A8][ \t]*/gm;
/** A list marker followed by Word's tab: "1.\tText", "a)\tText", "-\tText". */
const MARKER_TAB = /^([ \t]*(?:\d{1,2}[.)]|[a-zđ][)]|[IVXL]{1,4}[.)]|[-+–]))\t+/gim;

export function normaliseSourceText(raw: string): string {
  let text = raw
    .normalize('NFC')
    .replace(ZERO_WIDTH_OR_SOFT, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029\u000B\u000C\u0085]/g, '\n')
    .replace(CONTROLS, '')
    .replace(ODD_SPACES, ' ')
    .replace(/\u00D0/g, 'Đ')
    .replace(/\u00F0/g, 'đ')
    .replace(BULLET_AT_START, '- ')
    .replace(MARKER_TAB, '$1 ');
  // A tab after a label ("Thời gian:\t08 giờ") is a space; any other tab separates the two
  // columns of a header or signature table copied from Word, which read as separate lines.
  text = text
    .replace(/^[ \t]+/gm, '')
    .replace(/:[ \t]*\t[ \t]*/g, ': ')
    .replace(/[ \t]*\t[ \t]*/g, '\n');
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * True when a "text" is really bytes: a pasted image, a .doc opened as text, a zip. Real text
 * has no NUL and almost no replacement characters or control codes.
 */
export function looksBinary(raw: string): boolean {
  if (raw.length === 0) return false;
  if (raw.includes('\u0000')) return true;
  const sample = raw.length > 200_000 ? raw.slice(0, 200_000) : raw;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    if (code === 0xfffd || (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 11 && code !== 12)) odd += 1;
  }
  return odd / sample.length > 0.02;
}

/** True when the text has at least a few words to read (not only spaces, digits and punctuation). */
export function hasReadableWords(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters >= 10;
}
