import type { Paragraph, Table } from 'docx';
import { Paragraph as P } from 'docx';
import type { DocumentRecord } from '../../../shared/schemas/document';
import { dateLine } from '../../../shared/vietnamese-dates';
import { borderlessTable } from './borderless';
import { capitals, cleanLine, cleanText } from './clean-text';
import { textRuns } from './inline';
import { CELL_PADDING, HEADER_COLUMNS, SIZE } from './layout';
import { ruleParagraph } from './rules';
import { STYLE } from './styles';
import { textWidth } from './text-width';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

const LEFT_TEXT = HEADER_COLUMNS[0] - 2 * CELL_PADDING;

/** The number line's distance from the rule above it, and the date line's: the two sit on one row. */
const NUMBER_ROW_GAP = 120;

function line(style: string, text: string, spaceBefore = 0): Paragraph {
  return new P({ style, children: textRuns(text), ...(spaceBefore > 0 ? { spacing: { before: spaceBefore } } : {}) });
}

/**
 * "ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NINH" is one field but two lines on paper: the committee, then
 * its province or commune. When the whole does not fit the column, break after "VIỆT NAM" as the
 * templates do; otherwise let Word wrap it.
 */
export function parentBodyLines(parentBody: string): string[] {
  const text = capitals(parentBody);
  if (text === '') return [];
  if (textWidth(text, SIZE.pt13, false) <= LEFT_TEXT) return [text];
  const match = /^(.*?VIỆT NAM)\s+(.+)$/u.exec(text);
  return match ? [match[1]!, match[2]!] : [text];
}

/** "Số: 05/BB-MTTQ-BTT", or the blank "Số:      /BB-MTTQ-BTT" of a draft: its spaces are kept for the hand-written number. */
export function numberLine(numberSymbol: string): string {
  const symbol = cleanText(numberSymbol).replace(/[\r\n]+/g, ' ');
  return `Số: ${symbol.trim() === '' ? '      ' : symbol.replace(/\s+$/, '')}`;
}

/** The summary of a letter, "V/v …", printed under its number; "V/v" is added unless the user typed it. */
export function subjectLine(summary: string): string {
  const text = cleanLine(summary);
  if (text === '') return '';
  return /^v\/v\b/i.test(text) ? text.replace(/^v\/v\s*/i, 'V/v ') : `V/v ${text}`;
}

/**
 * The header: a borderless table of two rows. The first holds the issuing body (left) and the
 * national title with its motto (right), each with its rule; the second holds the number (left)
 * and the place and date (right), so that the two always share a line whatever the height of
 * the blocks above them.
 */
export interface HeaderOptions {
  /** The two columns' widths: wider on a landscape page. */
  columns?: readonly [number, number];
  /** False for papers that carry no number (the weekly schedule). */
  numbered?: boolean;
}

export function headerBlock(doc: DocumentRecord, options: HeaderOptions = {}): Table {
  const columns = options.columns ?? HEADER_COLUMNS;
  const leftText = columns[0] - 2 * CELL_PADDING;
  const rightText = columns[1] - 2 * CELL_PADDING;
  const issuing = capitals(doc.header.issuingBody);
  const left: Paragraph[] = [
    ...parentBodyLines(doc.header.parentBody).map((text) => line(STYLE.headerLine, text)),
    line(STYLE.headerBold, issuing),
    // About 40% of the issuing body's width: "a solid line about 1/3–1/2 of the text's width".
    ruleParagraph(Math.max(1000, textWidth(issuing, SIZE.pt13, true) * 0.4), leftText),
  ];
  const right: Paragraph[] = [
    line(STYLE.nationalTitle, NATIONAL_TITLE),
    line(STYLE.motto, MOTTO),
    // As long as the motto.
    ruleParagraph(textWidth(MOTTO, SIZE.pt14, true), rightText),
  ];
  const numberCell: Paragraph[] =
    options.numbered === false ? [new P({ style: STYLE.number })] : [line(STYLE.number, numberLine(doc.numberSymbol), NUMBER_ROW_GAP)];
  if (doc.kind === 'cong_van') {
    const subject = subjectLine(doc.summary);
    if (subject !== '') numberCell.push(line(STYLE.subjectLine, subject, 60));
  }
  // Minutes carry no place-and-date line: their time is inside the text (the state sample).
  const dateCell: Paragraph[] =
    doc.kind === 'bien_ban' ? [new P({ style: STYLE.dateLine })] : [line(STYLE.dateLine, dateLine(cleanLine(doc.placeName), doc.documentDate), NUMBER_ROW_GAP)];
  return borderlessTable(columns, [
    [left, right],
    [numberCell, dateCell],
  ]);
}
