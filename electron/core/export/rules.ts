import { BorderStyle, Paragraph } from 'docx';
import { STYLE } from './styles';

/**
 * The short solid lines under the issuing body, the motto and the summary.
 *
 * Each is an empty paragraph, one point high, whose top border is the line; its left and right
 * indents narrow the border to the wanted length, centred in the space available. Why this way:
 * a paragraph border is drawn the same by Word and LibreOffice, moves with the text, and stays
 * editable (drag the indents to lengthen it), whereas a drawn line shape floats, drifts out of
 * place when the text above rewraps, and is what the layout rules ask us not to use. A bottom
 * border on the text's own paragraph would need the same narrowing indents, which could wrap the
 * text itself; a separate paragraph keeps the text's width untouched.
 */
export function ruleParagraph(lineWidth: number, availableWidth: number, spaceBefore = 60): Paragraph {
  const width = Math.max(200, Math.min(Math.round(lineWidth), availableWidth));
  const side = Math.max(0, Math.floor((availableWidth - width) / 2));
  return new Paragraph({
    style: STYLE.rule,
    indent: { left: side, right: side, firstLine: 0 },
    spacing: { before: spaceBefore },
    // 6 eighths = 0.75 pt: a hairline that still prints solid.
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
  });
}
