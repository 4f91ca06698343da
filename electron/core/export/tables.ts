import { BorderStyle, Paragraph, Table, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import type { TableCellNode, TableNode } from '../../../shared/rich-text';
import { CELL_PADDING } from './layout';
import { STYLE } from './styles';

/** Editor column widths are CSS pixels (96 per inch); Word wants twips (1440 per inch). */
const TWIPS_PER_PIXEL = 15;
const MIN_COLUMN = 400;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

interface GridCell {
  node: TableCellNode;
  column: number;
  colspan: number;
  rowspan: number;
}

/**
 * Where each cell sits in the table's grid. ProseMirror, like HTML, leaves out the cells that a
 * cell spanning rows covers, so the column of a cell depends on the rowspans of the rows above.
 */
export function layoutGrid(table: TableNode): { rows: GridCell[][]; columns: number } {
  const covered = new Map<number, Set<number>>();
  const isCovered = (row: number, column: number) => covered.get(row)?.has(column) ?? false;
  let columns = 0;
  // A row without cells is not a row to Word (it asks to repair the file): leave it out.
  const source = table.content.filter((row) => row.content.length > 0);
  const rows = source.map((row, rowIndex) => {
    let column = 0;
    return row.content.map((node) => {
      while (isCovered(rowIndex, column)) column += 1;
      const colspan = Math.max(1, Math.floor(node.attrs?.colspan ?? 1));
      // A merge never reaches past the last row.
      const rowspan = Math.min(Math.max(1, Math.floor(node.attrs?.rowspan ?? 1)), source.length - rowIndex);
      for (let r = rowIndex; r < rowIndex + rowspan; r += 1) {
        const set = covered.get(r) ?? new Set<number>();
        for (let c = column; c < column + colspan; c += 1) set.add(c);
        covered.set(r, set);
      }
      const cell = { node, column, colspan, rowspan };
      column += colspan;
      columns = Math.max(columns, column);
      return cell;
    });
  });
  for (const set of covered.values()) for (const c of set) columns = Math.max(columns, c + 1);
  return { rows, columns: Math.max(columns, 1) };
}

/**
 * Column widths in twips: the editor's widths where the user dragged them, an equal share of the
 * rest elsewhere, and the whole scaled to the text width so the table never runs into the margin.
 */
export function columnWidths(rows: GridCell[][], columns: number, available: number): number[] {
  const widths: (number | null)[] = Array.from({ length: columns }, () => null);
  for (const row of rows)
    for (const cell of row) {
      const given = cell.node.attrs?.colwidth;
      if (!given) continue;
      given.slice(0, cell.colspan).forEach((px, offset) => {
        if (Number.isFinite(px) && px > 0 && widths[cell.column + offset] === null) widths[cell.column + offset] = px * TWIPS_PER_PIXEL;
      });
    }
  const known = widths.reduce<number>((sum, width) => sum + (width ?? 0), 0);
  const unknown = widths.filter((width) => width === null).length;
  const share = unknown > 0 ? Math.max(MIN_COLUMN, (available - known) / unknown) : 0;
  const raw = widths.map((width) => width ?? share);
  const total = raw.reduce((sum, width) => sum + width, 0);
  // Tables the user never resized fill the line, as they do in the editor; resized ones keep their size unless too wide.
  const scale = unknown > 0 || total > available ? available / total : 1;
  const scaled = raw.map((width) => Math.max(MIN_COLUMN, Math.floor(width * scale)));
  return scaled;
}

export type CellContent = (node: TableCellNode, width: number) => (Paragraph | Table)[];

/** A statistics table of the body: real rows and cells with thin borders, merged cells kept; null when it has no cells. */
export function bodyTable(table: TableNode, available: number, content: CellContent): Table | null {
  const { rows, columns } = layoutGrid(table);
  if (rows.length === 0) return null;
  const widths = columnWidths(rows, columns, available);
  // The leading rows made only of header cells repeat at the top of every page the table runs
  // onto. All of them, not only the first: a header cell merged down into the second row would
  // otherwise be repeated cut in half over the data.
  const headerRows = rows.findIndex((row) => !row.every((cell) => cell.node.type === 'tableHeader'));
  const repeated = headerRows === -1 ? 0 : headerRows;
  const tableRows = rows.map((row, rowIndex) => {
    return new TableRow({
      tableHeader: rowIndex < repeated,
      cantSplit: true,
      children: row.map((cell) => {
        const width = widths.slice(cell.column, cell.column + cell.colspan).reduce((sum, w) => sum + w, 0);
        const children = content(cell.node, width - 2 * CELL_PADDING);
        // Word requires every cell to end with a paragraph.
        if (children.length === 0 || children[children.length - 1] instanceof Table) children.push(new Paragraph({ style: STYLE.tableText }));
        return new TableCell({
          children,
          width: { size: width, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          ...(cell.colspan > 1 ? { columnSpan: cell.colspan } : {}),
          ...(cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}),
        });
      }),
    });
  });
  return new Table({
    rows: tableRows,
    columnWidths: widths,
    width: { size: widths.reduce((sum, w) => sum + w, 0), type: WidthType.DXA },
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
  });
}
