import { AlignmentType, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { DOCUMENT_TYPE_NAME } from '../../../shared/domain';
import type { DocumentRecord } from '../../../shared/schemas/document';
import { cleanLine } from './clean-text';
import { textRuns } from './inline';
import { SIZE, TEXT_WIDTH } from './layout';
import { ruleParagraph } from './rules';
import { STYLE } from './styles';
import { textWidth } from './text-width';

/** Length of the short line under the summary: a third of its (first) line, between 2 and 5 cm. */
function summaryRuleWidth(summary: string): number {
  const width = Math.min(textWidth(summary, SIZE.pt14, true), TEXT_WIDTH);
  return Math.min(Math.max(width / 3, 1134), 2835);
}

/**
 * The type name in capitals and the summary under it, both bold and centred, then a short
 * rule. A letter (công văn) has none of it: its "V/v …" stands under the number instead.
 */
export function titleBlock(doc: DocumentRecord): Paragraph[] {
  const typeName = DOCUMENT_TYPE_NAME[doc.kind];
  if (typeName === null) return [];
  const summary = cleanLine(doc.summary);
  const out = [new Paragraph({ style: STYLE.title, children: textRuns(typeName) })];
  if (summary !== '') out.push(new Paragraph({ style: STYLE.summary, children: textRuns(summary) }));
  out.push(ruleParagraph(summaryRuleWidth(summary === '' ? typeName : summary), TEXT_WIDTH, 100));
  return out;
}

/** Recipients of "Kính gửi" without the dash or end punctuation the user may have typed. */
function bareAddressee(value: string): string {
  return cleanLine(value).replace(/^[-–—•+]\s*/u, '').replace(/[;.,]+$/u, '').trim();
}

const LABEL = 'Kính gửi:';

/**
 * "Kính gửi: …" after the title, for reports and letters sent upward. One addressee: a centred
 * line. Several: "Kính gửi:" then each as "- …;" (the last "- … .") one per line, the dashes
 * aligned under the first at a tab stop, the whole block centred on the page by its left indent.
 */
export function addresseeBlock(addressees: readonly string[], spaceBefore: number): Paragraph[] {
  const items = addressees.map(bareAddressee).filter((item) => item !== '');
  if (items.length === 0) return [];
  const spacing = { before: spaceBefore, after: 120 };
  if (items.length === 1) {
    return [new Paragraph({ style: STYLE.addressee, alignment: AlignmentType.CENTER, spacing, children: textRuns(`${LABEL} ${items[0]}`) })];
  }
  const lines = items.map((item, index) => `- ${item}${index === items.length - 1 ? '.' : ';'}`);
  const labelWidth = textWidth(`${LABEL} `, SIZE.pt14, false) + 60;
  const widest = Math.max(...lines.map((text) => textWidth(text, SIZE.pt14, false)));
  const blockWidth = Math.min(labelWidth + widest, TEXT_WIDTH);
  const left = Math.max(0, Math.round((TEXT_WIDTH - blockWidth) / 2));
  const hanging = labelWidth;
  return lines.map(
    (text, index) =>
      new Paragraph({
        style: STYLE.addressee,
        indent: index === 0 ? { left: left + hanging, hanging } : { left: left + hanging },
        tabStops: [{ type: TabStopType.LEFT, position: left + hanging }],
        ...(index === 0 ? { spacing: { before: spaceBefore, after: 0 } } : index === lines.length - 1 ? { spacing: { after: 120 } } : { spacing: { after: 0 } }),
        // The tab, not spaces, puts the first dash exactly where the next lines' dashes are.
        children: index === 0 ? [...textRuns(LABEL), new TextRun({ children: [new Tab()] }), ...textRuns(text)] : textRuns(text),
      }),
  );
}
