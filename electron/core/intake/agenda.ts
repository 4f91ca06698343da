/**
 * The programme, item by item, with who presents each: "1. Báo cáo kết quả … - đồng chí A, Phó
 * Chủ tịch … trình bày.", "2. Chuẩn bị tổng kết … (đ/c Nguyệt)", "4. Kết luận hội nghị: đồng chí
 * Chủ tịch Ủy ban MTTQ Việt Nam tỉnh." A presenter who is someone named in the text is written
 * with the title they held that day; otherwise the words are kept ("đại diện lãnh đạo Sở Tài chính").
 */
import type { TextSpan } from '../../../shared/schemas/intake';
import { capitaliseFirst } from './header';
import type { ListItem } from './lists';
import type { Mention } from './mentions';
import type { PeopleIndex, TextPerson } from './people';

export interface ReadAgendaItem {
  title: string;
  presenter: string;
  presenterPerson: TextPerson | null;
  span: TextSpan;
  /** The item's number, to find its heading among the minutes' proceedings. */
  number: number | null;
}

export function nameWithTitle(person: Pick<TextPerson, 'fullName' | 'title'>): string {
  return person.title === '' ? person.fullName : `${person.fullName}, ${person.title}`;
}

const tidy = (text: string) => text.replace(/[\s.;,:]+$/u, '').trim();

export function readAgendaItem(item: ListItem, mentions: readonly Mention[], index: PeopleIndex): ReadAgendaItem {
  let text = item.text;
  let presenter = '';
  let presenterPerson: TextPerson | null = null;
  const inside = mentions.filter((m) => m.span.start >= item.start && m.span.end <= item.start + item.text.length);
  const findPerson = (from: number) => {
    const mention = inside.find((m) => m.span.start - item.start >= from);
    return mention ? index.personOf(mention) : null;
  };
  // "(đ/c Quý trình bày)", "(đồng chí Nguyệt)".
  const paren = /\s*\(((?:đồng chí|đ\/c|ông|bà)[^()]*)\)\s*[.;]?\s*$/iu.exec(text);
  // " - đồng chí …", ": đồng chí …", ": đại diện …", ", do đồng chí … trình bày".
  const dash = /\s*(?:\s[-–]\s|:\s+|,\s*do\s+)((?:đồng chí|đ\/c|ông|bà|đại diện|lãnh đạo|các đồng chí|thường trực|ban thường trực)(?![\p{L}\d]).*)$/iu.exec(text);
  const cut = paren ?? dash;
  if (cut) {
    presenterPerson = findPerson(cut.index);
    presenter = presenterPerson ? nameWithTitle(presenterPerson) : tidy(cut[1]!.replace(/\s+trình bày$/iu, '').replace(/^(đồng chí|đ\/c)\s+/iu, ''));
    text = text.slice(0, cut.index);
  }
  const title = capitaliseFirst(tidy(text));
  return { title, presenter, presenterPerson, span: { start: item.paragraph.start, end: item.paragraph.end }, number: item.number };
}

