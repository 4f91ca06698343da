/**
 * The official page and type measures (document-format.md, after Nghị định 30/2020 Phụ lục I).
 * Word measures lengths in twips (1/20 pt, 567 to the centimetre) and font sizes in half-points.
 */

export const PAGE = {
  width: 11906,
  height: 16838,
  marginTop: 1134,
  marginBottom: 1134,
  marginLeft: 1701,
  marginRight: 850,
  /** Where the page number sits: 1 cm from the top edge, inside the 2 cm top margin. */
  header: 567,
  footer: 567,
} as const;

/** Width of the text column between the margins: 9355 twips (16.5 cm). */
export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;

export const TWIPS_PER_CM = 567;
/** First-line indent of body paragraphs: 1.27 cm. */
export const FIRST_LINE_INDENT = 720;

/** Font sizes in half-points. */
export const SIZE = {
  pt11: 22,
  pt12: 24,
  pt13: 26,
  pt14: 28,
} as const;

export const FONT = 'Times New Roman';

/**
 * The two columns of the header table: about 6.2 cm for the issuing body, the rest (10.3 cm) for
 * the national title, which must fit "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in 13 pt bold (about
 * 9.6 cm) on one line with the cell padding.
 */
export const HEADER_COLUMNS = [3500, TEXT_WIDTH - 3500] as const;

/** The signature table: recipients on the left, the signature on the right. */
export const SIGNATURE_COLUMNS = [4535, TEXT_WIDTH - 4535] as const;

/** Default cell padding Word uses left and right (0.19 cm); text in a cell is this much narrower. */
export const CELL_PADDING = 108;
