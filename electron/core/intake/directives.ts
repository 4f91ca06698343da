/**
 * Every directive the text cites: "Nghị quyết số 56-NQ/TU, ngày 15/12/2021 của BCH Đảng bộ Thành
 * phố", "Chỉ thị 18-CT/TW", "Kế hoạch 112/KH-MTTQ-BTT ngày 14/10/2025 về …". A candidate is kept
 * only when the symbol parser reads it (every family it knows), so "217/217 xã" or a date is
 * never taken for a symbol. The document's own number ("Số: 27/GM-MTTQ-BTT") is left out.
 */
import type { MeetingDirectiveRelation } from '../../../shared/domain';
import { parseNumberSymbol } from '../../../shared/number-symbol-parser';
import type { ProposedDirective, TextSpan } from '../../../shared/schemas/intake';
import { foldForSearch } from '../../../shared/text';
import { localDate } from './dates';

const SEGMENT = '[\\p{Lu}\\d][\\p{L}\\d]*';
/** Number, then "-CODE/ISSUER" (Party) or "/[YEAR/]CODE-ISSUER…" (state, Front, letters); stray spaces allowed. */
const CANDIDATE = new RegExp(
  `(?<![\\p{L}\\d/.,-])(\\d{1,6})(?:\\s?-\\s?(\\p{L}{1,6})\\s?\\/\\s?${SEGMENT}(?:-${SEGMENT})*|\\s?\\/\\s?(?:(?:19|20)\\d\\d\\s?\\/\\s?)?${SEGMENT}(?:\\s?-\\s?${SEGMENT})*)`,
  'gu',
);

const AFTER_DATE = /^[\s,]*(?:ban hành\s+)?ngày\s+(\d{1,2})\s?(?:[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})|\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))/iu;
const ISSUER = /^[\s,]*của\s+(.+?)(?=\s+(?:về|v\/v|ban hành|quy định|hướng dẫn|thực hiện|và\s+(?:nghị quyết|chỉ thị|kết luận|hướng dẫn|kế hoạch|quyết định|thông báo|chương trình|công văn))(?![\p{L}\d])|[,;.:(“"]|\s+[-–]\s|$)/iu;

export interface CitedDirective extends Omit<ProposedDirective, 'key' | 'directiveId' | 'alreadyLinked'> {
  span: TextSpan;
}

function overlaps(span: TextSpan, spans: readonly TextSpan[]): boolean {
  return spans.some((other) => span.start < other.end && span.end > other.start);
}

/** Why the meeting has the directive: "triển khai, thực hiện, quán triệt …" rolls it out; otherwise it is cited. */
function relationFor(before: string): MeetingDirectiveRelation {
  return /(trien khai|thuc hien|quan triet|so ket|tong ket)\b/.test(foldForSearch(before)) ? 'trien_khai' : 'trich_dan';
}

export function findDirectives(text: string, excluded: readonly TextSpan[]): CitedDirective[] {
  const found = new Map<string, CitedDirective>();
  for (const match of text.matchAll(CANDIDATE)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (overlaps(span, excluded)) continue;
    const parsed = parseNumberSymbol(match[0]);
    if (!parsed.ok) continue;
    // A date such as "02/6/2025" never parses; "2024-2029" has no letters. What is left is a symbol.
    const rest = text.slice(span.end, span.end + 300);
    const date = AFTER_DATE.exec(rest);
    let issuedOn: string | null = null;
    let afterDate = rest;
    let end = span.end;
    if (date) {
      const [day, month, year] = date[2] ? [date[1], date[2], date[3]] : [date[1], date[4], date[5]];
      issuedOn = localDate(Number(year), Number(month), Number(day));
      afterDate = rest.slice(date[0].length);
      end += date[0].length;
    }
    const issuer = ISSUER.exec(afterDate);
    const issuerName = issuer ? issuer[1]!.trim() : '';
    if (issuer) end += issuer[0].length;
    const symbol = parsed.value.normalized;
    const before = text.slice(Math.max(0, span.start - 60), span.start);
    const previous = found.get(symbol);
    const citation: CitedDirective = {
      symbol,
      family: parsed.value.family,
      type: parsed.value.type,
      issuedOn: previous?.issuedOn ?? issuedOn,
      issuerName: previous?.issuerName || issuerName,
      relation: previous?.relation === 'trien_khai' ? 'trien_khai' : relationFor(before),
      spans: [...(previous?.spans ?? []), { start: typeStart(text, span.start), end }],
      span: previous?.span ?? span,
    };
    if (previous && previous.issuedOn === null) citation.issuedOn = issuedOn;
    found.set(symbol, citation);
  }
  return [...found.values()];
}

/** The citation's highlight starts at its kind ("Nghị quyết số 56-NQ/TU"), when written. */
function typeStart(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 40), at);
  const m = /(nghị quyết|chỉ thị|kết luận|quy định|quyết định|hướng dẫn|kế hoạch|chương trình( phối hợp)?|thông báo|công văn|thông tri|quy chế( phối hợp)?|báo cáo|nghị định|thông tư|luật|tờ trình)(\s+số)?\s*:?\s*$/iu.exec(before);
  return m ? at - (before.length - m.index) : at;
}
