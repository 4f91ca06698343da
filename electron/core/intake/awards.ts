/**
 * Awards handed out at the meeting: "trao Bằng khen của Ủy ban Trung ương MTTQ Việt Nam cho Ủy
 * ban MTTQ huyện A và Ủy ban MTTQ thị xã B", "tặng Giấy khen cho 3 tập thể và 5 cá nhân", the
 * app's own minutes line "Bằng khen của X tặng tập thể Y". Each recipient is one award.
 */
import type { AwardForm, AwardRecipientKind } from '../../../shared/domain';
import type { TextSpan } from '../../../shared/schemas/intake';
import { foldForSearch } from '../../../shared/text';
import { readName } from './names';
import type { SourceDoc } from './segments';

export interface ReadAward {
  form: AwardForm;
  formOther: string;
  recipient: string;
  recipientKind: AwardRecipientKind;
  issuer: string;
  presentedBy: string;
  span: TextSpan;
  /** The recipients' words, kept out of the attendees (a person awarded is not listed as present). */
  recipientSpan: TextSpan;
}

const FORMS: ReadonlyArray<{ pattern: RegExp; form: AwardForm }> = [
  { pattern: /^cờ thi đua/iu, form: 'co_thi_dua' },
  { pattern: /^bằng khen/iu, form: 'bang_khen' },
  { pattern: /^giấy khen/iu, form: 'giay_khen' },
];

/** An award's form, as written: the three kinds, and the others (Huân chương, Kỷ niệm chương…). */
const FORM_WORDS = /(?<![\p{L}])(Cờ thi đua(?: xuất sắc)?(?: của Chính phủ)?|Bằng khen|Giấy khen|Huân chương [\p{L} ]+?hạng (?:Nhất|Nhì|Ba)|Huân chương [\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)*|Kỷ niệm chương [“"][^”"]+[”"]|Kỷ niệm chương(?: Vì sự nghiệp [\p{L} ]+)?|Danh hiệu [“"][^”"]+[”"])/gu;

/** Where a list of recipients splits: "A và B", "A; B", ", cá nhân B". */
const RECIPIENT_SPLIT = /\s+và\s+(?=(?:tập thể|cá nhân|các|ông|bà|đồng chí|\d+\s)|[\p{Lu}])|;\s*|,\s+(?=(?:tập thể|cá nhân|ông|bà|đồng chí)\s)/u;

function kindOf(recipient: string): { kind: AwardRecipientKind; text: string } {
  const folded = foldForSearch(recipient);
  const strip = (re: RegExp) => recipient.replace(re, '').trim();
  if (/^(\d+\s+)?ca nhan\b/.test(folded)) {
    return { kind: 'ca_nhan', text: /^\d/.test(recipient) ? recipient : strip(/^cá nhân\s+(ông|bà|đồng chí|anh|chị)?\s*/iu) || recipient };
  }
  if (/^(\d+\s+)?tap the\b/.test(folded)) {
    return { kind: 'tap_the', text: /^\d/.test(recipient) ? recipient : strip(/^tập thể\s+/iu) || recipient };
  }
  if (/^(ong|ba|dong chi|anh|chi)\s/.test(folded)) return { kind: 'ca_nhan', text: strip(/^(ông|bà|đồng chí|anh|chị)\s+/iu) };
  // A personal name (family name first) is a person; anything else is a body.
  if (readName(recipient, 0, true)) return { kind: 'ca_nhan', text: recipient };
  return { kind: 'tap_the', text: recipient };
}

/** "cho 3 tập thể và 5 cá nhân có thành tích xuất sắc …" → the counts, without the praise. */
function trimPraise(text: string): string {
  return text.replace(/\s+(có thành tích|đã có thành tích|vì đã có|vì có|do có|đạt thành tích|tiêu biểu trong)(?![\p{L}\d]).*$/iu, '').trim();
}

export function findAwards(doc: SourceDoc, excluded: readonly TextSpan[] = []): ReadAward[] {
  const out: ReadAward[] = [];
  for (const paragraph of doc.paragraphs) {
    for (const sentence of paragraph.sentences) {
      const text = sentence.text;
      if (!/(trao|tặng|khen thưởng|nhận|được tặng|Bằng khen|Giấy khen|Cờ thi đua)/iu.test(text)) continue;
      // One sentence may hold several awards, separated by ";"; who hands them over is said once.
      let clauseStart = 0;
      let sentencePresenter = '';
      for (const clause of text.split(/;\s*/)) {
        const clauseOffset = text.indexOf(clause, clauseStart);
        clauseStart = clauseOffset + clause.length;
        FORM_WORDS.lastIndex = 0;
        const formMatch = FORM_WORDS.exec(clause);
        if (!formMatch) continue;
        if (!/(trao|tặng|nhận|khen thưởng)/iu.test(clause) && !/^\s*[-+]?\s*(Cờ thi đua|Bằng khen|Giấy khen)/u.test(clause)) continue;
        const formText = formMatch[1]!;
        const known = FORMS.find((f) => f.pattern.test(formText));
        let rest = clause.slice(formMatch.index + formText.length);
        let issuer = '';
        const of = /^\s+của\s+(.+?)(?=\s+(?:cho|tặng|đến|trao)\s|,|$)/u.exec(rest);
        if (of) {
          issuer = of[1]!.trim();
          rest = rest.slice(of[0].length);
        }
        const to = /^\s*,?\s*(?:cho|tặng|đến|trao cho)\s+(.+)$/u.exec(rest);
        const beforeForm = clause.slice(0, formMatch.index);
        if (!to) continue;
        const recipientsAt = clause.length - to[1]!.length;
        const recipientsText = trimPraise(to[1]!.replace(/[.\s]+$/u, ''));
        // Who handed it over, and the giver when "của …" is missing: the subject of "trao/tặng".
        const subject = /(?:^|,\s*)([^,]+?)\s+(?:đã\s+)?(?:trao|tặng|trao tặng)\s*$/u.exec(beforeForm)?.[1]?.trim() ?? '';
        let presentedBy = sentencePresenter;
        if (subject !== '') {
          const person = /^(?:đồng chí|ông|bà)\s+(.+)$/iu.exec(subject);
          if (person) presentedBy = sentencePresenter = person[1]!;
          else if (issuer === '' && /^[\p{Lu}]/u.test(subject) && !/^(Tại|Dịp|Nhân|Hội nghị|Trong)(?![\p{L}\d])/u.test(subject)) issuer = subject;
          else if (issuer === '') {
            const afterComma = /,\s*([\p{Lu}][^,]+)$/u.exec(subject);
            if (afterComma && !/^(đồng chí|ông|bà)/iu.test(afterComma[1]!)) issuer = afterComma[1]!.trim();
          }
        }
        if (issuer === '') {
          // "Nhân dịp này, Ủy ban MTTQ Việt Nam xã tặng …": the organisation after the lead-in.
          const lead = /^(?:nhân dịp này|dịp này|tại hội nghị|cũng tại hội nghị)\s*,\s*(.+?)\s+(?:đã\s+)?(?:trao|tặng)/iu.exec(beforeForm);
          if (lead && !/^(đồng chí|ông|bà)/iu.test(lead[1]!)) issuer = lead[1]!.trim();
        }
        let partAt = 0;
        for (const part of recipientsText.split(RECIPIENT_SPLIT)) {
          const partOffset = recipientsText.indexOf(part, partAt);
          partAt = partOffset + part.length;
          const cleaned = part.replace(/^(các|cho)\s+/u, '').replace(/[\s.,;:]+$/u, '').trim();
          if (cleaned.length < 3) continue;
          const { kind, text: recipient } = kindOf(cleaned);
          const start = sentence.start + clauseOffset + recipientsAt + partOffset;
          const span = { start: sentence.start + clauseOffset, end: sentence.start + clauseOffset + clause.length };
          if (excluded.some((e) => span.start < e.end && span.end > e.start)) continue;
          out.push({
            form: known?.form ?? 'khac',
            formOther: known ? '' : formText,
            recipient,
            recipientKind: kind,
            issuer,
            presentedBy,
            span,
            recipientSpan: { start, end: start + part.length },
          });
        }
      }
    }
  }
  return out;
}
