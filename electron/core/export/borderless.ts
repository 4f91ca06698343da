import { Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType, type Paragraph } from 'docx';

/**
 * A table without borders, for the header and the signature: the official layout places two
 * blocks side by side, and a borderless table is how Word templates of Nghị định 30 do it (tab
 * stops cannot centre two multi-line blocks; text boxes are not editable text).
 */
export function borderlessTable(columns: readonly number[], rows: readonly (readonly Paragraph[])[][]): Table {
  const total = columns.reduce((sum, width) => sum + width, 0);
  return new Table({
    columnWidths: [...columns],
    width: { size: total, type: WidthType.DXA },
    // Fixed layout: Word would otherwise resize the columns to their content and shift the centred lines.
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, index) =>
              new TableCell({
                children: [...children],
                width: { size: columns[index] ?? 0, type: WidthType.DXA },
                verticalAlign: VerticalAlign.TOP,
                borders: TableBorders.NONE,
              }),
          ),
        }),
    ),
  });
}
