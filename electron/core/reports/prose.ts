import { rt, type BlockNode, type InlineNode, type ParagraphNode, type TableCellNode, type TableNode } from '../../../shared/rich-text';
import { BLANK_MARK, countBlanks } from '../../../shared/report-blanks';
import { formatLocalDate } from '../../../shared/datetime';

/**
 * The small pieces of official prose and layout the report body is made of. Every sentence a
 * compiled report writes by itself is built here or in report-blocks.ts, for review in one place.
 */

/** Counts as administrative reports write them: "05 hội nghị", "12 nhiệm vụ", "1.350 hội viên" (and "0", not "00"). */
export function count(n: number): string {
  if (n === 0) return '0';
  return n < 10 ? `0${n}` : n.toLocaleString('vi-VN');
}

/** "05/01/2026". */
export const day = formatLocalDate;

/** "Hội nghị giao ban" → "hội nghị giao ban" in the middle of a sentence; acronyms stay. */
export function lowerFirst(text: string): string {
  const first = text.split(/\s/)[0] ?? '';
  if (first.length > 1 && first === first.toLocaleUpperCase('vi')) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

export function withoutEndMark(text: string): string {
  return text.trim().replace(/[\s.;,:]+$/u, '');
}

/** A paragraph of runs; empty runs are dropped (the body schema refuses empty text nodes). */
export function paragraph(...runs: Array<InlineNode | string | null | undefined>): ParagraphNode {
  const content = runs.flatMap((run): InlineNode[] => (run === null || run === undefined || run === '' ? [] : [typeof run === 'string' ? rt.text(run) : run]));
  return rt.paragraph(content);
}

export function italic(text: string): InlineNode {
  return rt.text(text, 'italic');
}

/** The mark of a guided blank (what the user must write, in italics, between brackets) is shared with the editor. */
export { BLANK_MARK, countBlanks };

/** A guided blank: never invented text, only what to write there. */
export function guidedBlank(guide: string): ParagraphNode {
  return paragraph(italic(`${BLANK_MARK} ${withoutEndMark(guide)}.]`));
}


/** The most items a list of the body shows; the Excel annex has them all. */
export const MAX_LISTED = 30;

/** "- …" items, at most MAX_LISTED, with a closing line naming how many more the annex holds. */
export function listed<T>(items: readonly T[], line: (item: T) => ParagraphNode, more: (rest: number) => string): BlockNode[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, MAX_LISTED).map((item) => [line(item)]);
  const blocks: BlockNode[] = [rt.bulletList(shown)];
  if (items.length > MAX_LISTED) blocks.push(paragraph(italic(more(items.length - MAX_LISTED))));
  return blocks;
}

export function dateOf(localDateTime: string): string {
  return day(localDateTime.slice(0, 10));
}

// ——— Tables ————————————————————————————————————————————————————————————————————————————————

/** Editor pixels; the export turns them into twips. 624 px is the portrait text width (16.5 cm). */
export const TEXT_WIDTH_PX = 624;

function cell(type: 'tableCell' | 'tableHeader', text: string, width: number, align: 'left' | 'center' | null): TableCellNode {
  const inline = text === '' ? [] : [rt.text(text)];
  return {
    type,
    attrs: { colspan: 1, rowspan: 1, colwidth: [width] },
    content: [rt.paragraph(inline, align ? { textAlign: align } : undefined)],
  };
}

export interface TableSpec {
  widths: number[];
  header: string[];
  rows: string[][];
  /** Columns whose cells are centred (numbers). */
  centred: number[];
  /** Rows (by index) printed bold, such as a total. */
  boldRows?: number[];
}

/** A real table: header cells (repeated on every page in Word), numbers centred, widths set. */
export function table(spec: TableSpec): TableNode {
  const header = { type: 'tableRow' as const, content: spec.header.map((text, i) => cell('tableHeader', text, spec.widths[i]!, 'center')) };
  const rows = spec.rows.map((row, rowIndex) => ({
    type: 'tableRow' as const,
    content: row.map((text, i) => {
      const node = cell('tableCell', text, spec.widths[i]!, spec.centred.includes(i) ? 'center' : null);
      if (spec.boldRows?.includes(rowIndex) && text !== '') {
        node.content = [rt.paragraph([rt.text(text, 'bold')], spec.centred.includes(i) ? { textAlign: 'center' } : undefined)];
      }
      return node;
    }),
  }));
  return { type: 'table', content: [header, ...rows] };
}

/** The bold centred line naming a table above it. */
export function tableTitle(text: string): ParagraphNode {
  return rt.paragraph([rt.text(text, 'bold')], { textAlign: 'center' });
}
