/**
 * A rough measure of how wide a line of Times New Roman is, in twips, without a font file:
 * the short rules under the issuing body, the motto and the summary are drawn to a length
 * that depends on the text above them. Advance widths (per 1000 em) are the Times metrics,
 * which Times New Roman and Liberation Serif share; a Vietnamese letter is as wide as its base
 * letter (tone marks sit above or below), so text is measured after removing the marks.
 */

type Widths = Record<string, number>;

const REGULAR: Widths = {
  a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278, m: 778,
  n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500, y: 500, z: 444,
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611, M: 889,
  N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722, Y: 722, Z: 611,
  ' ': 250, '-': 333, '.': 250, ',': 250, ':': 278, ';': 278, '/': 278, '(': 333, ')': 333,
};

const BOLD: Widths = {
  a: 500, b: 556, c: 444, d: 556, e: 444, f: 333, g: 500, h: 556, i: 278, j: 333, k: 556, l: 278, m: 833,
  n: 556, o: 500, p: 556, q: 556, r: 444, s: 389, t: 333, u: 556, v: 500, w: 722, x: 500, y: 500, z: 444,
  A: 722, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 778, I: 389, J: 500, K: 778, L: 667, M: 944,
  N: 722, O: 778, P: 611, Q: 778, R: 722, S: 556, T: 667, U: 722, V: 722, W: 1000, X: 722, Y: 722, Z: 667,
  ' ': 250, '-': 333, '.': 250, ',': 250, ':': 333, ';': 333, '/': 278, '(': 333, ')': 333,
};

/** The horned letters ơ/ư carry their horn to the right: a little wider than o/u. */
const HORN_EXTRA = 60;

function baseLetters(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Width in twips of `text` at `halfPoints` size. */
export function textWidth(text: string, halfPoints: number, bold: boolean): number {
  const widths = bold ? BOLD : REGULAR;
  const horns = (text.normalize('NFD').match(/\u031B/g) ?? []).length;
  let units = horns * HORN_EXTRA;
  for (const char of baseLetters(text)) units += widths[char] ?? (/\d/.test(char) ? 500 : 500);
  // units/1000 em × size in points × 20 twips per point
  return Math.round((units / 1000) * (halfPoints / 2) * 20);
}
