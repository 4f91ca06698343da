/**
 * Vietnamese text utilities shared by the main process and the renderer.
 *
 * Text pasted from Word or the web is often in NFD (combining tone marks) or carries
 * non-breaking and zero-width spaces; we store everything in NFC with plain spaces so that
 * equality, sorting and search behave the same whatever the source was.
 */

const NON_BREAKING_OR_ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/g;

/** One-line field: NFC, odd spaces made plain, runs of whitespace collapsed, trimmed. */
export function normalizeLine(value: string): string {
  return value
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(NON_BREAKING_OR_ODD_SPACES, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Multi-line field: like normalizeLine, but keeps line breaks (as \n) between paragraphs. */
export function normalizeMultiline(value: string): string {
  return value
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(NON_BREAKING_OR_ODD_SPACES, ' ').replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Folds text for accent-insensitive search: lower case, no tone or vowel marks, đ → d.
 * "Đảng ủy" and "dang uy" fold to the same string. NFD alone does not decompose đ,
 * which is why it is mapped explicitly.
 */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(ZERO_WIDTH, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Compares Vietnamese strings the way a Vietnamese reader sorts them. */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
