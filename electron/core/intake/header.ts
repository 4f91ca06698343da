/**
 * The meeting's own facts: its name and kind, when and where it was held, who organised it and
 * in which form. Read from a document's title block ("BIÊN BẢN / Hội nghị …"), from labelled
 * lines ("Thời gian:", "Địa điểm:") or from the lead sentence of a press report ("Chiều 3-7, …
 * tổ chức hội nghị …").
 */
import { MEETING_KIND, type MeetingFormat, type MeetingKind } from '../../../shared/domain';
import type { ProposedField, TextSpan } from '../../../shared/schemas/intake';
import { foldForSearch } from '../../../shared/text';
import { findDates, meetingTimeIn, type DateMention } from './dates';
import type { Paragraph, Segment, SourceDoc } from './segments';
import { KIND_RULES } from './vocabulary';

export interface HeaderFacts {
  title: ProposedField<string> | null;
  kind: ProposedField<MeetingKind>;
  startAt: ProposedField<string> | null;
  endAt: ProposedField<string> | null;
  place: ProposedField<string> | null;
  hostName: ProposedField<string> | null;
  format: ProposedField<MeetingFormat>;
  /** The sentence that says the meeting was held, for the other readers to start from. */
  leadSentence: Segment | null;
  /** The document's own number ("Số: 27/GM-MTTQ-BTT"), never proposed as a cited directive. */
  ownNumberSpans: TextSpan[];
  documentType: 'bien_ban' | 'giay_moi' | 'thong_bao' | 'bao_cao' | null;
}

const field = <T>(value: T, spans: TextSpan[], inferred: string | null = null): ProposedField<T> => ({ value, spans, inferred });

const stripEnd = (text: string) => text.replace(/[\s.;,:]+$/u, '').replace(/\s*\.\/\.$/, '');

/** "hội nghị …" → "Hội nghị …": a name starts with a capital. */
export function capitaliseFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

export function kindOfTitle(title: string): MeetingKind {
  const folded = foldForSearch(title);
  for (const rule of KIND_RULES) if (rule.pattern.test(folded)) return rule.kind;
  return 'khac';
}

const DOCUMENT_TYPES: ReadonlyArray<{ pattern: RegExp; type: HeaderFacts['documentType'] }> = [
  { pattern: /^BIÊN BẢN( HỌP| HỘI NGHỊ)?$/u, type: 'bien_ban' },
  { pattern: /^GIẤY MỜI$/u, type: 'giay_moi' },
  { pattern: /^THÔNG BÁO( KẾT LUẬN)?$/u, type: 'thong_bao' },
  { pattern: /^BÁO CÁO$/u, type: 'bao_cao' },
];

/** Where a meeting's name starts inside a sentence. */
const MEETING_NOUN = /(?<![\p{L}])(hội nghị|buổi làm việc|buổi giao ban|cuộc họp|phiên họp|hội thảo|tọa đàm|lễ)(?![\p{L}])/iu;

/** The title block of an official document: the type name, then the summary line(s). */
function titleFromTitleBlock(doc: SourceDoc): { title: ProposedField<string>; type: HeaderFacts['documentType'] } | null {
  for (const [i, paragraph] of doc.paragraphs.entries()) {
    if (i > 20) break;
    const type = DOCUMENT_TYPES.find((entry) => entry.pattern.test(paragraph.text.trim()))?.type;
    if (!type) continue;
    const next = doc.paragraphs[i + 1];
    if (!next) return null;
    let text = stripEnd(next.text);
    let start = next.start;
    if (type === 'giay_moi') {
      const dự = /^(dự|tham dự|về việc|v\/v)\s+/iu.exec(text);
      if (dự) {
        start += dự[0].length;
        text = text.slice(dự[0].length);
      }
    }
    if (type === 'thong_bao') {
      const at = /(?<![\p{L}])tại\s+(hội nghị|buổi làm việc|cuộc họp|phiên họp)/iu.exec(text);
      if (!at) return null;
      start += at.index + 4;
      text = text.slice(at.index + 4);
    }
    if (type === 'bao_cao' && !MEETING_NOUN.test(text)) return null;
    if (text.length < 8) return null;
    return { title: field(capitaliseFirst(text), [{ start, end: start + text.length }]), type };
  }
  return null;
}

/** "Nội dung: Làm việc với …", "Tên hội nghị: …", "V/v: …" on a line of its own. */
function titleFromLabel(doc: SourceDoc): ProposedField<string> | null {
  for (const paragraph of doc.paragraphs) {
    const m = /^[-+•]?\s*(tên hội nghị|hội nghị|tên cuộc họp|cuộc họp|v\/v|về việc|nội dung)\s*:\s*(.{8,})$/iu.exec(paragraph.text);
    if (!m) continue;
    let value = stripEnd(m[2]!);
    const valueStart = paragraph.start + paragraph.text.indexOf(m[2]!);
    if (/^nội dung$/iu.test(m[1]!)) {
      // A subject such as "Làm việc với Hội Cựu chiến binh tỉnh về …" names a working session.
      if (/^làm việc(?![\p{L}\d])/iu.test(value)) value = `Buổi ${value.charAt(0).toLocaleLowerCase('vi')}${value.slice(1)}`;
      else if (!MEETING_NOUN.test(value)) continue;
    }
    return field(capitaliseFirst(value), [{ start: valueStart, end: valueStart + stripEnd(m[2]!).length }]);
  }
  return null;
}

/** Verbs after which the lead sentence names the meeting: "tổ chức hội nghị …", "chủ trì hội nghị …". */
const HELD = /(?<![\p{L}])(tổ chức|chủ trì|khai mạc|diễn ra)\s+(?=(hội nghị|buổi làm việc|buổi giao ban|cuộc họp|phiên họp|hội thảo|tọa đàm))/iu;

function leadCandidates(doc: SourceDoc): Array<{ sentence: Segment; paragraph: Paragraph; held: RegExpExecArray }> {
  const out: Array<{ sentence: Segment; paragraph: Paragraph; held: RegExpExecArray }> = [];
  for (const paragraph of doc.paragraphs) {
    for (const sentence of paragraph.sentences) {
      const held = HELD.exec(sentence.text);
      if (held) out.push({ sentence, paragraph, held });
    }
  }
  return out;
}

/** The meeting's name in the lead sentence: from "hội nghị" to the end of the sentence. */
function titleFromLead(sentence: Segment, held: RegExpExecArray): ProposedField<string> {
  const from = held.index + held[0].length;
  let text = sentence.text.slice(from);
  // Where the sentence goes on about something else: "…, với sự tham dự của …", "… tại …".
  const cut = /,\s*(với sự tham dự|có sự tham dự|nhằm|dưới sự chủ trì)|\s+(tại|ở)\s+(hội trường|trụ sở|trung tâm|nhà văn hóa|phòng họp)/iu.exec(text);
  if (cut) text = text.slice(0, cut.index);
  text = stripEnd(text);
  const start = sentence.start + from;
  return field(capitaliseFirst(text), [{ start, end: start + text.length }]);
}

/**
 * Who organised it: the subject of "… tổ chức hội nghị" after the last comma before the verb
 * ("Sáng 16/9, tại …, Ban Thường trực Ủy ban MTTQ … tổ chức"), or "hội nghị giao ban của X với Y".
 */
function hostFromLead(sentence: Segment, held: RegExpExecArray, title: string): ProposedField<string> | null {
  if (/^tổ chức$/iu.test(held[1]!)) {
    const before = sentence.text.slice(0, held.index);
    const comma = before.lastIndexOf(',');
    const subject = before.slice(comma + 1).replace(/^\s*(\(\p{L}+\)\s*-\s*)?/u, '');
    const trimmed = subject.trim();
    if (trimmed !== '' && /^[\p{Lu}]/u.test(trimmed) && !/^(đồng chí|ông|bà)(?![\p{L}\d])/iu.test(trimmed) && trimmed.split(' ').length <= 20) {
      const start = sentence.start + before.indexOf(trimmed, comma + 1);
      return field(trimmed, [{ start, end: start + trimmed.length }]);
    }
  }
  const of = /^(hội nghị giao ban|buổi làm việc|hội nghị|cuộc họp)\s+của\s+(.+?)\s+(với|về|đối với)\s/iu.exec(title);
  if (of) {
    const name = of[2]!;
    const at = sentence.text.indexOf(name);
    if (at >= 0) return field(name, [{ start: sentence.start + at, end: sentence.start + at + name.length }]);
  }
  return null;
}

/** "tại Trung tâm Hội nghị thành phố," in the lead sentence, before the organiser. */
function placeFromLead(sentence: Segment, held: RegExpExecArray, host: ProposedField<string> | null): ProposedField<string> | null {
  const limit = host ? host.spans[0]!.start - sentence.start : held.index;
  const before = sentence.text.slice(0, limit);
  const at = /(?<![\p{L}])tại\s+(?=[\p{Lu}])/u.exec(before);
  if (!at) return null;
  const from = at.index + at[0].length;
  let text = before.slice(from);
  if (!host) {
    const comma = text.indexOf(',');
    if (comma >= 0) text = text.slice(0, comma);
  }
  text = stripEnd(text.replace(/\s*\(điểm cầu chính\)\s*/u, ' '));
  if (text === '' || /^hội nghị$/iu.test(text)) return null;
  const start = sentence.start + from;
  return field(text, [{ start, end: start + text.length }]);
}

function labelled(doc: SourceDoc, labels: RegExp): { value: string; span: TextSpan; paragraph: Paragraph } | null {
  for (const paragraph of doc.paragraphs) {
    const m = new RegExp(`^[-+•]?\\s*(?:${labels.source})\\s*:\\s*(.+)$`, 'iu').exec(paragraph.text);
    if (!m) continue;
    const value = stripEnd(m[1]!);
    const start = paragraph.start + paragraph.text.lastIndexOf(m[1]!);
    return { value, span: { start, end: start + value.length }, paragraph };
  }
  return null;
}

function formatOf(doc: SourceDoc, title: string, lead: Segment | null): ProposedField<MeetingFormat> {
  const where = foldForSearch(`${title} ${lead?.text ?? ''}`);
  if (/truc tiep ket hop (voi )?truc tuyen|ket hop truc tuyen/.test(where)) return field<MeetingFormat>('ket_hop', []);
  if (/truc tuyen/.test(where)) return field<MeetingFormat>('truc_tuyen', []);
  if (/diem cau/.test(foldForSearch(doc.text.slice(0, 3000)))) return field<MeetingFormat>('ket_hop', []);
  return field<MeetingFormat>('truc_tiep', []);
}

/** The end of the meeting: "Hội nghị kết thúc vào 11 giờ 15 phút, ngày …" or "… cùng ngày". */
function endFrom(doc: SourceDoc, startAt: string | null, dates: readonly DateMention[], today: Date): ProposedField<string> | null {
  for (const paragraph of doc.paragraphs) {
    const m = /(hội nghị|buổi làm việc|cuộc họp)\s+kết thúc\s+(vào|lúc)?\s*(?:lúc\s*)?(\d{1,2})\s?(?:giờ|h|:)\s?(\d{1,2})?/iu.exec(paragraph.text);
    if (!m) continue;
    const hour = Number(m[3]);
    const minute = m[4] === undefined ? 0 : Number(m[4]);
    if (hour > 23 || minute > 59) continue;
    const time = meetingTimeIn(doc, paragraph.start, paragraph.end, dates, today);
    const day = time ? time.startAt.slice(0, 10) : startAt?.slice(0, 10);
    if (!day) continue;
    const value = `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    if (startAt && value < startAt) continue;
    return field(value, [{ start: paragraph.start + m.index, end: paragraph.start + m.index + m[0].length }]);
  }
  return null;
}

export function readHeader(doc: SourceDoc, today: Date): HeaderFacts {
  const dates = findDates(doc.text);
  const block = titleFromTitleBlock(doc);
  const leads = leadCandidates(doc);
  const lead = leads[0] ?? null;

  let title = block?.title ?? null;
  if (!title && lead) title = titleFromLead(lead.sentence, lead.held);
  title ??= titleFromLabel(doc);
  if (!title) {
    // Notes often start with a heading line: "Giao ban BTT tháng 11/2025".
    const first = doc.paragraphs[0];
    if (first && first.text.length <= 160 && /giao ban|hội nghị|họp|làm việc/iu.test(first.text) && !/^ghi chép/iu.test(first.text)) {
      title = field(stripEnd(first.text), [{ start: first.start, end: first.start + stripEnd(first.text).length }]);
    }
  }
  if (title && /^(ghi chép|biên bản|giấy mời)/iu.test(title.value)) title = titleFromLabel(doc) ?? title;

  const kindValue = title ? kindOfTitle(title.value) : 'khac';
  const kind = field<MeetingKind>(kindValue, title?.spans ?? [], title ? null : `Không thấy tên hội nghị; loại tạm để "${MEETING_KIND.labels.khac}".`);

  // When: a "Thời gian:" line, the minutes' "Vào lúc …", else the lead sentence.
  let startAt: ProposedField<string> | null = null;
  const timeLine = labelled(doc, /thời gian|thời gian bắt đầu|ngày giờ|ngày họp/);
  if (timeLine) {
    const time = meetingTimeIn(doc, timeLine.paragraph.start, timeLine.paragraph.end, dates, today);
    if (time) startAt = field(time.startAt, time.spans, time.inferred);
  }
  if (!startAt) {
    const opening = doc.paragraphs.find((p) => /^vào (hồi|lúc)\s/iu.test(p.text));
    const sentence = opening?.sentences[0];
    if (sentence) {
      const time = meetingTimeIn(doc, sentence.start, sentence.end, dates, today);
      if (time) startAt = field(time.startAt, time.spans, time.inferred);
    }
  }
  if (!startAt) {
    for (const candidate of leads) {
      // "22:03 03/07/2024 Chiều 3-7, …": the posting time fused with the lead is not the meeting's.
      const posted = /^(\d{1,2}:\d{2}(:\d{2})?\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(\s+\d{1,2}:\d{2})?\s+/u.exec(candidate.sentence.text);
      const from = candidate.sentence.start + (posted ? posted[0].length : 0);
      const time = meetingTimeIn(doc, from, candidate.sentence.end, dates, today);
      if (time) {
        startAt = field(time.startAt, time.spans, time.inferred);
        break;
      }
    }
  }

  const placeLine = labelled(doc, /địa điểm|tại|nơi họp/);
  let place = placeLine ? field(placeLine.value, [placeLine.span]) : null;
  let hostName: ProposedField<string> | null = null;
  const hostLine = labelled(doc, /đơn vị tổ chức|cơ quan tổ chức|đơn vị chủ trì/);
  if (hostLine) hostName = field(hostLine.value, [hostLine.span]);
  for (const candidate of leads) {
    const candidateTitle = titleFromLead(candidate.sentence, candidate.held).value;
    hostName ??= hostFromLead(candidate.sentence, candidate.held, candidateTitle);
    place ??= placeFromLead(candidate.sentence, candidate.held, hostName);
    if (hostName && place) break;
  }

  const endAt = endFrom(doc, startAt?.value ?? null, dates, today);
  const ownNumberSpans = doc.paragraphs
    .slice(0, 12)
    .filter((p) => /^số\s*:/iu.test(p.text))
    .map((p) => ({ start: p.start, end: p.end }));

  return {
    title,
    kind,
    startAt,
    endAt,
    place,
    hostName,
    format: formatOf(doc, title?.value ?? '', lead?.sentence ?? null),
    leadSentence: lead?.sentence ?? null,
    ownNumberSpans,
    documentType: block?.type ?? null,
  };
}
