/**
 * A .docx's blocks as the text the reader and the review screen use. Tables are read by what
 * they hold:
 *   - a list of people (a "Họ và tên" column): one line per person, "- Name, title", grouped under
 *     "Chủ trì:", "Thư ký:", "Thành phần:" by their role column, absences kept;
 *   - a table of figures (three columns or more): one line per row, cells joined by " | ";
 *   - a layout table (the header with the national motto, the signatures): its cells' lines in
 *     reading order.
 */
import { foldForSearch } from '../../../../shared/text';
import type { DocxBlock, DocxParagraph, DocxTable } from './read-docx';

function paragraphLine(p: DocxParagraph): string {
  const text = p.text.replace(/\s+$/u, '');
  return p.listLabel !== '' ? `${p.listLabel} ${text.trimStart()}` : text;
}

function cellText(cell: DocxParagraph[]): string {
  return cell
    .map((p) => paragraphLine(p).trim())
    .filter((t) => t !== '')
    .join(' ');
}

type Column = 'name' | 'title' | 'organisation' | 'note' | 'role' | 'other';

function columnOf(header: string): Column {
  const f = foldForSearch(header);
  if (/^(ho (va )?ten|ho ten|ten dai bieu|dai bieu|nguoi du)/.test(f)) return 'name';
  if (/^(chuc vu|chuc danh)/.test(f)) return 'title';
  if (/^(don vi|co quan|noi cong tac)/.test(f)) return 'organisation';
  if (/^(ghi chu|co mat|tinh trang)/.test(f)) return 'note';
  if (/^(vai tro|thanh phan|nhiem vu)/.test(f)) return 'role';
  return 'other';
}

function peopleLines(table: DocxTable): string[] | null {
  const [header, ...rows] = table.rows.map((row) => row.map(cellText));
  if (!header || rows.length === 0) return null;
  const columns = header.map(columnOf);
  const name = columns.indexOf('name');
  if (name < 0) return null;
  const get = (row: string[], column: Column) => {
    const i = columns.indexOf(column);
    return i >= 0 ? (row[i] ?? '').trim() : '';
  };
  const groups = new Map<string, string[]>();
  for (const row of rows) {
    const who = (row[name] ?? '').trim();
    if (who === '') continue;
    const title = get(row, 'title');
    const organisation = get(row, 'organisation');
    // "Chủ tịch" + "Hội Nông dân xã" is "Chủ tịch Hội Nông dân xã"; a title naming its body already is kept.
    const fullTitle = organisation !== '' && !foldForSearch(title).includes(foldForSearch(organisation)) ? `${title} ${organisation}`.trim() : title;
    const note = get(row, 'note');
    const absence = /^vắng/iu.test(note) ? ` (${note.includes(':') || /lý do/iu.test(note) ? note : `${note}`})` : '';
    const line = `- ${who}${fullTitle === '' ? '' : `, ${fullTitle}`}${absence}`;
    const role = foldForSearch(get(row, 'role'));
    const label = /chu tri|chu toa/.test(role) ? (/dong/.test(role) ? 'Đồng chủ trì:' : 'Chủ trì:') : /thu ky/.test(role) ? 'Thư ký:' : /khach/.test(role) ? 'Khách mời:' : 'Thành phần:';
    groups.set(label, [...(groups.get(label) ?? []), line]);
  }
  return [...groups.entries()].flatMap(([label, lines]) => [label, ...lines]);
}

function tableLines(table: DocxTable, previous: string): string[] {
  const people = peopleLines(table);
  if (people) {
    // "Thành phần tham dự:" above the table already says who they are.
    if (/:\s*$/.test(previous) && people[0] === 'Thành phần:') return people.slice(1);
    return people;
  }
  const columns = Math.max(...table.rows.map((row) => row.length), 0);
  if (table.rows.length >= 2 && columns >= 3) {
    return table.rows.map((row) => row.map(cellText).join(' | ')).filter((line) => line.replace(/[|\s]/g, '') !== '');
  }
  // A layout table: each cell's own lines, row by row.
  return table.rows.flatMap((row) => row.flatMap((cell) => cell.map(paragraphLine)));
}

export function blocksToText(blocks: readonly DocxBlock[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') lines.push(paragraphLine(block));
    else lines.push(...tableLines(block, lines[lines.length - 1] ?? ''));
  }
  return lines.join('\n');
}
