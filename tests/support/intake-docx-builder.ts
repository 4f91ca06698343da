/**
 * Writes a plain text as a Word file the way a secretary would have typed it: numbered lines as a
 * real Word numbered list (numbers computed by Word, not typed), "- " lines as a bulleted list,
 * lines with a tab as a borderless two-column table, capitals in bold and centred. Used to check
 * that a text and the same text in Word read alike.
 */
import { AlignmentType, BorderStyle, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

export interface PeopleTable {
  /** Inserted after the line that equals `after`. */
  after: string;
  header: string[];
  rows: string[][];
}

export async function textToDocx(text: string, options: { peopleTable?: PeopleTable } = {}): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [];
  let list = 0;
  let inNumbered = false;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const numbered = /^(\d{1,2})\.\s+(.*)$/.exec(line);
    const bullet = /^[-+]\s+(.*)$/.exec(line);
    if (numbered) {
      if (!inNumbered || numbered[1] === '1') list += 1;
      inNumbered = true;
      children.push(new Paragraph({ children: [new TextRun(numbered[2]!)], numbering: { reference: 'so', level: 0, instance: list } }));
      continue;
    }
    inNumbered = false;
    if (bullet) {
      children.push(new Paragraph({ children: [new TextRun(bullet[1]!)], numbering: { reference: 'gach', level: 0 } }));
    } else if (line.includes('\t')) {
      const cells = line.split('\t');
      children.push(
        new Table({
          width: { size: 9000, type: WidthType.DXA },
          borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
          rows: [new TableRow({ children: cells.map((cell) => new TableCell({ children: [new Paragraph(cell)], width: { size: Math.floor(9000 / cells.length), type: WidthType.DXA } })) })],
        }),
      );
    } else {
      const capitals = line.length > 2 && line === line.toLocaleUpperCase('vi') && /\p{Lu}/u.test(line);
      children.push(new Paragraph({ children: [new TextRun({ text: line, bold: capitals })], ...(capitals ? { alignment: AlignmentType.CENTER } : {}) }));
    }
    if (options.peopleTable && line === options.peopleTable.after) {
      const { header, rows } = options.peopleTable;
      children.push(
        new Table({
          width: { size: 9000, type: WidthType.DXA },
          rows: [header, ...rows].map(
            (row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)], width: { size: Math.floor(9000 / row.length), type: WidthType.DXA } })) }),
          ),
        }),
      );
    }
  }
  const document = new Document({
    numbering: {
      config: [
        { reference: 'so', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] },
        { reference: 'gach', levels: [{ level: 0, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT }] },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

/** The same text as pasted from a web page or Word: NFD letters, non-breaking and zero-width spaces, CRLF. */
export function asWebPaste(text: string): string {
  let toggle = false;
  return text
    .normalize('NFD')
    .replace(/ /g, () => ((toggle = !toggle) ? '\u00A0' : ' '))
    .replace(/\. /g, '.\u200B ')
    .replace(/\n/g, '\r\n');
}
