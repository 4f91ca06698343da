/**
 * Guided blanks in a compiled report: "[Cần bổ sung: …]" paragraphs where staff must write what no
 * record can say. Shared so that the editor can count what is left as the user types.
 */
export const BLANK_MARK = '[Cần bổ sung:';

/** How many guided blanks a text (a body's plain text) still holds. */
export function countBlanks(text: string): number {
  return text.split(BLANK_MARK).length - 1;
}
