/**
 * The lists a structured text keeps: the programme ("Chương trình hội nghị:", "Nội dung:",
 * "III. NỘI DUNG") and the conclusions ("Kết luận:", "Đồng chí … kết luận:", "IV. KẾT LUẬN").
 */
import { foldForSearch } from '../../../shared/text';
import type { Paragraph, SourceDoc } from './segments';

export const LIST_MARKER = /^\s*(?:(\d{1,2})[.)]|[a-zđ][)]|[-+•*–])\s+/u;
const ROMAN_HEADING = /^\s*([IVXL]{1,5})[.)]\s+(.+)$/u;

export interface ListItem {
  paragraph: Paragraph;
  /** The item's text without its marker, and where it starts. */
  text: string;
  start: number;
  number: number | null;
}

function item(paragraph: Paragraph): ListItem | null {
  const m = LIST_MARKER.exec(paragraph.text);
  if (!m) return null;
  return { paragraph, text: paragraph.text.slice(m[0].length), start: paragraph.start + m[0].length, number: m[1] ? Number(m[1]) : null };
}

export function isRomanHeading(paragraph: Paragraph): boolean {
  return ROMAN_HEADING.test(paragraph.text) && paragraph.text.length <= 80;
}

/** A section heading or a label line that ends what is above it. */
export function isHeadingLike(paragraph: Paragraph): boolean {
  const text = paragraph.text.trim();
  if (isRomanHeading(paragraph)) return true;
  if (/:$/.test(text) && text.length <= 90) return true;
  return /^[-+•]?\s*[\p{L} ]{2,30}:\s/u.test(text) && /^[-+•]?\s*(thời gian|địa điểm|chủ trì|thư ký|thành phần|dự|khách mời|vắng|nội dung|chương trình|kết luận|ý kiến|khen thưởng|đại biểu mời|trân trọng kính mời)\s*:/iu.test(text);
}

const AGENDA_HEADER = /^\s*(?:[IVX]{1,4}[.)]\s*)?(chương trình(?: hội nghị| làm việc| buổi làm việc)?|nội dung(?: hội nghị| chương trình| làm việc| buổi làm việc| cuộc họp)?|chương trình,? nội dung)\s*:?\s*$/iu;
/** A line that says conclusions follow. */
const CONCLUSION_HEADER = /^\s*(?:[IVX]{1,4}[.)]\s*)?kết luận(?: hội nghị| của (?:hội nghị|chủ trì|đồng chí|đ\/c)[^:]*| \([^)]*\))?\s*:?\s*$|kết luận(?: như sau)?\s*:\s*$|thống nhất kết luận\s*:\s*$/iu;

export function isConclusionHeader(paragraph: Paragraph): boolean {
  return CONCLUSION_HEADER.test(paragraph.text) || (/kết luận[^.]{0,40}:\s*$/iu.test(paragraph.text) && paragraph.text.length <= 200);
}

export interface ReadList {
  header: Paragraph;
  items: ListItem[];
  /** Paragraphs under the header that are not items (minutes' proceedings under "III. NỘI DUNG"). */
  body: Paragraph[];
  end: number;
}

/**
 * The items under a header: consecutive list lines. Under a roman section heading, only its
 * numbered lines are items and everything else is the section's body.
 */
function readItems(doc: SourceDoc, headerIndex: number, roman: boolean): ReadList {
  const header = doc.paragraphs[headerIndex]!;
  const items: ListItem[] = [];
  const body: Paragraph[] = [];
  let i = headerIndex + 1;
  // "IV. KẾT LUẬN" then "Ông … kết luận:": the items follow the second line.
  if (roman && doc.paragraphs[i] && /:\s*$/.test(doc.paragraphs[i]!.text) && !LIST_MARKER.test(doc.paragraphs[i]!.text)) {
    body.push(doc.paragraphs[i]!);
    i += 1;
  }
  for (; i < doc.paragraphs.length; i += 1) {
    const paragraph = doc.paragraphs[i]!;
    if (isRomanHeading(paragraph)) break;
    const read = item(paragraph);
    if (roman) {
      if (read && read.number !== null) items.push(read);
      else body.push(paragraph);
      continue;
    }
    if (read) {
      items.push(read);
      continue;
    }
    // A paragraph of a multi-paragraph item sits between two numbered lines.
    const next = doc.paragraphs[i + 1];
    const nextItem = next ? item(next) : null;
    if (items.length > 0 && nextItem && !isHeadingLike(paragraph) && items[items.length - 1]!.number !== null && nextItem.number === items[items.length - 1]!.number! + 1) {
      const last = items[items.length - 1]!;
      last.text = `${last.text}\n${paragraph.text}`;
      continue;
    }
    break;
  }
  const last = items[items.length - 1]?.paragraph ?? body[body.length - 1] ?? header;
  return { header, items, body, end: last.end };
}

export function findAgendaList(doc: SourceDoc): ReadList | null {
  for (const [index, paragraph] of doc.paragraphs.entries()) {
    if (!AGENDA_HEADER.test(paragraph.text)) continue;
    const list = readItems(doc, index, isRomanHeading(paragraph));
    if (list.items.length > 0) return list;
  }
  return null;
}

export function findConclusionLists(doc: SourceDoc): ReadList[] {
  const lists: ReadList[] = [];
  for (const [index, paragraph] of doc.paragraphs.entries()) {
    if (!isConclusionHeader(paragraph)) continue;
    const list = readItems(doc, index, isRomanHeading(paragraph));
    if (list.items.length > 0) lists.push(list);
  }
  return lists;
}

/** The minutes' proceedings: "Diễn biến hội nghị:" and the numbered item headings under it. */
export function findProceedingsStart(doc: SourceDoc): number {
  const at = doc.paragraphs.findIndex((p) => /^(diễn biến|diễn biến hội nghị|nội dung diễn biến)\s*:?\s*$/iu.test(p.text.trim()));
  return at;
}

export function foldedStart(text: string, words: number): string {
  return foldForSearch(text.split(/\s+/).slice(0, words).join(' '));
}
