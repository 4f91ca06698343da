/**
 * The conclusions, one item each: the numbered or dashed lines under "Kết luận:" when the text
 * has them, otherwise what the directing speech asked for, sentence by sentence, without its
 * lead-in ("Đồng chí đề nghị …", "Theo đó, …") — the way a secretary writes them in a notice.
 */
import type { TextSpan } from '../../../shared/schemas/intake';
import { capitaliseFirst } from './header';
import type { ReadList } from './lists';
import type { ReadSpeech } from './speeches';

export interface ReadConclusion {
  content: string;
  span: TextSpan;
}

const CONNECTIVE = /^(theo đó|đồng thời|cùng với đó|bên cạnh đó|ngoài ra|do đó|vì vậy|vì thế|trong đó|mặt khác|trong thời gian tới|thời gian tới|sắp tới|tới đây|trước mắt|về lâu dài)\s*,?\s+/iu;
const ASKS_AT_START = /^(đề nghị|yêu cầu|nhấn mạnh|lưu ý|chỉ đạo)\s*[:,]?\s+/iu;
/** "Đồng chí đề nghị …", "Đồng chí Bí thư Thành ủy yêu cầu …", "Để …, đồng chí yêu cầu …". */
const ASKS_AFTER_SUBJECT = /^(?:[^,.;]{0,160},\s*)?(?:đồng chí|ông|bà)(?:\s+[\p{Lu}][^,.;:]{0,70}?)?\s+(?:cũng\s+|còn\s+)?(đề nghị|yêu cầu|nhấn mạnh|lưu ý|chỉ đạo)\s*[:,]?\s+/iu;
const ASSESSMENT = /^(ghi nhận|biểu dương|đánh giá cao|hoan nghênh|chúc mừng|cảm ơn|khẳng định)/iu;

/** One sentence of a directing speech as a conclusion item; null when it only acknowledges. */
export function conclusionOf(sentence: string): string | null {
  let text = sentence.trim();
  let lead: RegExpExecArray | null;
  while ((lead = CONNECTIVE.exec(text))) text = text.slice(lead[0].length);
  const asks = ASKS_AT_START.exec(text) ?? ASKS_AFTER_SUBJECT.exec(text);
  if (asks) text = text.slice(asks[0].length);
  else if (ASSESSMENT.test(text)) return null;
  text = text.trim();
  if (text.length < 12) return null;
  return capitaliseFirst(text);
}

export function conclusionsFromLists(lists: readonly ReadList[]): ReadConclusion[] {
  return lists.flatMap((list) =>
    list.items.map((item) => ({
      content: capitaliseFirst(item.text.trim().replace(/;$/u, '')),
      span: { start: item.paragraph.start, end: item.paragraph.start + (item.start - item.paragraph.start) + item.text.length },
    })),
  );
}

export function conclusionsFromSpeeches(speeches: readonly ReadSpeech[]): ReadConclusion[] {
  const out: ReadConclusion[] = [];
  for (const speech of speeches) {
    if (speech.kind !== 'chi_dao') continue;
    for (const direction of speech.directions) {
      const content = conclusionOf(direction.text);
      if (content) out.push({ content, span: direction.span });
    }
  }
  return out;
}
