/**
 * Reports and speeches: who spoke, which kind, and what they said.
 *   "Đồng chí X, … trình bày báo cáo …, trong đó nêu rõ: …"            report
 *   "Báo cáo do đồng chí X, … trình bày cho biết, …"                    report
 *   "Ông X, … phát biểu đề nghị …", "- đ/c Sơn: đề nghị …"              speech
 *   "Đồng chí X, … trình bày tham luận về …"                            contribution
 *   "Phát biểu chỉ đạo hội nghị, đồng chí X ghi nhận …; yêu cầu …"      directing speech
 * A directing speech is cut in two: what the leader acknowledged is its summary; what they
 * asked for becomes the conclusions (conclusions.ts).
 */
import type { SpeechKind } from '../../../shared/domain';
import type { TextSpan } from '../../../shared/schemas/intake';
import { capitaliseFirst } from './header';
import { isConclusionHeader, isHeadingLike, LIST_MARKER } from './lists';
import type { Mention } from './mentions';
import { isByline, isCaption, isNoise } from './noise';
import type { PeopleIndex, TextPerson } from './people';
import type { SourceDoc } from './segments';

export interface ReadSpeech {
  person: TextPerson;
  kind: SpeechKind;
  /** What was said, paragraph by paragraph (joined with "\n" in the proposal). */
  summary: string[];
  /** For a directing speech: the sentences after the acknowledgement, in order, with their spans. */
  directions: Array<{ text: string; span: TextSpan }>;
  /** "báo cáo tổng kết công tác năm 2022 …": the report's own name, for the agenda. */
  reportTitle: string;
  mention: Mention;
  spans: TextSpan[];
  paragraph: number;
}

/** The verb phrase right after a mention, and the kind it means. Longest first. */
const AFTER_VERBS: ReadonlyArray<{ pattern: RegExp; kind: SpeechKind | 'direction' | 'assessment' }> = [
  { pattern: /^(?:đã\s+|cũng\s+)?(?:dự\s+và\s+|dự,\s*)?(?:chủ trì\s+và\s+)?phát biểu chỉ đạo(?:\s+(?:tại\s+)?(?:hội nghị|buổi làm việc))?/iu, kind: 'chi_dao' },
  { pattern: /^(?:đã\s+)?(?:phát biểu\s+)?kết luận(?:\s+(?:hội nghị|buổi làm việc))?/iu, kind: 'chi_dao' },
  { pattern: /^(?:đã\s+)?trình bày (?:bản\s+)?tham luận/iu, kind: 'tham_luan' },
  { pattern: /^(?:đã\s+)?tham luận/iu, kind: 'tham_luan' },
  { pattern: /^(?:đã\s+)?trình bày (?:dự thảo\s+)?báo cáo/iu, kind: 'bao_cao' },
  { pattern: /^(?:đã\s+)?báo cáo/iu, kind: 'bao_cao' },
  { pattern: /^(?:đã\s+)?trình bày/iu, kind: 'bao_cao' },
  { pattern: /^(?:đã\s+)?(?:phát biểu|nêu ý kiến|có ý kiến|góp ý|phát biểu ý kiến)(?:\s+(?:tại\s+)?(?:hội nghị|buổi làm việc))?/iu, kind: 'phat_bieu' },
  { pattern: /^(?:đã\s+)?(?:ghi nhận|biểu dương|đánh giá cao|hoan nghênh)/iu, kind: 'assessment' },
  { pattern: /^(?:đã\s+)?(?:yêu cầu|nhấn mạnh|chỉ đạo|lưu ý)/iu, kind: 'direction' },
  { pattern: /^(?:đã\s+)?(?:đề nghị|đề xuất|cho biết|cho rằng|khẳng định|thông tin)/iu, kind: 'phat_bieu' },
];

/** Verbs written before the person: "Phát biểu chỉ đạo hội nghị, đồng chí …", "Báo cáo do đồng chí …". */
function kindBefore(before: string): SpeechKind | null {
  const text = before.trim();
  if (/phát biểu (chỉ đạo|kết luận)[^,]*,\s*$/iu.test(text) || /^kết luận[^,]*,\s*$/iu.test(text)) return 'chi_dao';
  if (/(báo cáo|dự thảo báo cáo)[^,]{0,120}\s+do\s*$/iu.test(text)) return 'bao_cao';
  if (/tham luận[^,]{0,80}\s+(do|của)\s*$/iu.test(text)) return 'tham_luan';
  if (/^phát biểu( tại hội nghị)?,\s*$/iu.test(text)) return 'phat_bieu';
  return null;
}

/** Where what was said starts in the words after the verb: ": …", "cho biết, …", "nêu rõ: …", "về …". */
function contentStart(text: string): number {
  const lead = /^(?:\s*(?:tại\s+)?(?:hội nghị|buổi làm việc)(?:\s+này)?)?\s*(?:,\s*)?/iu.exec(text)![0].length;
  const rest = text.slice(lead);
  const said = /^(?:[^:]{0,160}?(?:trong đó\s+)?(?:nêu rõ|chỉ rõ)\s*[:,]?\s*|[^:,]{0,40}?(?:cho biết|nhấn mạnh|khẳng định)\s*[:,]?\s*|\s*:\s*|\s*về\s+)/iu.exec(rest);
  return lead + (said ? said[0].length : 0);
}

/** "Đồng chí nhấn mạnh …", "Ông cho biết …": the speaker again, without the name. */
const PRONOUN_LEAD = /^(đồng chí|ông|bà)\s+(?![\p{Lu}])/iu;

function sentenceCase(text: string): string {
  return capitaliseFirst(text.trim());
}

/** Text that is not part of a speech: headings, labels, list items of a programme, captions. */
function endsSpeech(doc: SourceDoc, index: number): boolean {
  const paragraph = doc.paragraphs[index]!;
  if (isNoise(paragraph) || isCaption(paragraph.text) || isByline(paragraph.text)) return true;
  if (isHeadingLike(paragraph) || isConclusionHeader(paragraph)) return true;
  if (LIST_MARKER.test(paragraph.text)) return true;
  return /^(hội nghị|buổi làm việc|cuộc họp)\s+(kết thúc|thống nhất|đã|nhất trí)/iu.test(paragraph.text) || /^(nhân dịp này|dịp này|cũng tại hội nghị)/iu.test(paragraph.text);
}

export interface SpeechReading {
  speeches: ReadSpeech[];
}

/**
 * Reads the speeches in order. `mentionsByParagraph` tells which paragraphs name someone else,
 * where a speech's continuation stops.
 */
/**
 * `splitDirections`: a press report's directing speech gives the conclusions; when the text lists
 * its conclusions itself (minutes, notes), the speech is kept whole.
 */
export function readSpeeches(
  doc: SourceDoc,
  mentions: readonly Mention[],
  index: PeopleIndex,
  excluded: readonly TextSpan[],
  splitDirections: boolean,
): ReadSpeech[] {
  const out: ReadSpeech[] = [];
  /** Per paragraph: whether it names someone, and whom its other mentions stand for. */
  const namedIn = new Set<number>();
  const standsFor = new Map<number, Set<string>>();
  for (const m of mentions) {
    if (m.kind === 'named') namedIn.add(m.paragraph);
    const person = index.personOf(m);
    const set = standsFor.get(m.paragraph) ?? new Set<string>();
    set.add(person?.key ?? '?');
    standsFor.set(m.paragraph, set);
  }
  const mentionsIn = new Map<number, Mention[]>();
  for (const m of mentions) mentionsIn.set(m.paragraph, [...(mentionsIn.get(m.paragraph) ?? []), m]);
  /** Paragraphs already read as the continuation of someone's speech. */
  const consumed = new Map<number, string>();
  const isExcluded = (span: TextSpan) => excluded.some((e) => span.start < e.end && span.end > e.start);

  for (const mention of mentions) {
    const person = index.personOf(mention);
    if (!person || isExcluded(mention.span)) continue;
    if (consumed.get(mention.paragraph) === person.key) continue;
    // Someone listed as absent did not speak.
    if (mention.context && mention.context.attendance !== 'co_mat') continue;
    if (isConclusionHeader(doc.paragraphs[mention.paragraph]!)) continue;
    const after = mention.after;
    let kind: SpeechKind | null = kindBefore(mention.before);
    let verbEnd = 0;
    let direct = false;
    for (const verb of AFTER_VERBS) {
      const m = verb.pattern.exec(after.replace(/^\s+/, ''));
      if (!m) continue;
      verbEnd = after.length - after.replace(/^\s+/, '').length + m[0].length;
      if (verb.kind === 'assessment' || verb.kind === 'direction') {
        kind ??= 'chi_dao';
        direct = true;
        verbEnd = after.length - after.replace(/^\s+/, '').length;
      } else if (kind === null || (kind === 'phat_bieu' && verb.kind !== 'phat_bieu')) {
        kind = verb.kind;
      }
      break;
    }
    // Notes: "- đ/c Hải: báo cáo năm 2025 …", "- Ông Vi Văn Long: đề nghị …".
    if (kind === null && /^\s*:\s*\S/.test(after)) {
      const said = after.replace(/^\s*:\s*/, '');
      kind = /^báo cáo(?![\p{L}\d])/iu.test(said) ? 'bao_cao' : /^tham luận(?![\p{L}\d])/iu.test(said) ? 'tham_luan' : 'phat_bieu';
      verbEnd = after.indexOf(':') + 1;
      const verbWord = /^\s*(báo cáo|tham luận|phát biểu)\s*:?\s*/iu.exec(after.slice(verbEnd));
      if (verbWord && kind !== 'phat_bieu') verbEnd += verbWord[0].length;
    }
    if (kind === null) continue;

    const rest = after.slice(verbEnd);
    let reportTitle = '';
    if (kind === 'bao_cao') {
      const named = /^\s*(báo cáo|dự thảo)?\s*([^:,]{0,200}?)(?:,\s*trong đó|\s*:\s*|\s+cho biết|$)/iu.exec(after.replace(/^\s*(đã\s+)?trình bày\s+/iu, ''));
      if (named && /^(tổng kết|sơ kết|kết quả|tình hình|đánh giá|tóm tắt|chính trị|về)/iu.test(named[2]!.trim())) reportTitle = sentenceCase(`Báo cáo ${named[2]!.trim()}`);
    }
    const startInRest = direct ? 0 : contentStart(rest);
    // A caption ("… phát biểu tại hội nghị.") says nothing: only punctuation is left.
    const firstText = rest.slice(startInRest).trim().replace(/^[\s.;,:…)]+$/u, '');
    const sentenceEnd = mention.sentence.end;
    const firstStart = mention.afterStart + verbEnd + startInRest;
    const summary: string[] = [];
    const directions: Array<{ text: string; span: TextSpan }> = [];
    const spans: TextSpan[] = [{ start: mention.span.start, end: sentenceEnd }];
    const paragraph = doc.paragraphs[mention.paragraph]!;

    // The sentences after it are the speech's own until someone else is named. After a caption
    // ("… phát biểu tại hội nghị."), only a sentence that goes on about the same speaker
    // ("Đồng chí nhấn mạnh …") is.
    const restOfParagraph: typeof paragraph.sentences = [];
    for (const s of paragraph.sentences.filter((x) => x.start >= sentenceEnd)) {
      const namesOther = (mentionsIn.get(mention.paragraph) ?? []).some((m) => m.span.start >= s.start && m.span.end <= s.end && index.personOf(m)?.key !== person.key);
      if (namesOther) break;
      if (firstText === '' && restOfParagraph.length === 0 && !PRONOUN_LEAD.test(s.text)) break;
      restOfParagraph.push(s);
    }
    const saysSomething = firstText !== '' || restOfParagraph.length > 0;
    if (kind === 'chi_dao' && splitDirections) {
      // The acknowledgement, then what is asked: "ghi nhận …; yêu cầu …", "…; đồng thời, đề nghị …".
      const split = /;\s*(?:đồng thời,?\s*)?(?=(?:yêu cầu|đề nghị|nhấn mạnh|chỉ đạo|lưu ý)(?![\p{L}\d]))/iu.exec(firstText);
      const acknowledged = split ? firstText.slice(0, split.index) : firstText;
      const assessment = /^(ghi nhận|biểu dương|đánh giá|hoan nghênh|khẳng định|chúc mừng)/iu.test(acknowledged.trim());
      if (acknowledged.trim() !== '') {
        if (assessment || !split) {
          if (assessment) summary.push(sentenceCase(acknowledged.replace(/[;,\s]+$/u, '').replace(/([^.…!?])$/u, '$1.')));
          else directions.push({ text: acknowledged, span: { start: firstStart, end: sentenceEnd } });
        }
      }
      if (split) {
        const askedAt = split.index + split[0].length;
        directions.push({ text: firstText.slice(askedAt), span: { start: firstStart + askedAt, end: sentenceEnd } });
      }
      for (const s of restOfParagraph) directions.push({ text: s.text, span: { start: s.start, end: s.end } });
    } else {
      if (firstText !== '') summary.push(sentenceCase(firstText));
      const more = restOfParagraph.map((s) => s.text).join(' ');
      if (more !== '') {
        if (summary.length > 0) summary[summary.length - 1] += ` ${more}`;
        else summary.push(sentenceCase(more));
      }
    }
    if (restOfParagraph.length > 0) spans[0] = { start: mention.span.start, end: paragraph.end };

    // The paragraphs that follow, until someone else is named or a heading, a list or a caption.
    let limit = kind === 'chi_dao' ? 12 : 4;
    for (let i = mention.paragraph + 1; i < doc.paragraphs.length && limit > 0; i += 1, limit -= 1) {
      if (endsSpeech(doc, i) || namedIn.has(i)) break;
      // A caption's speech goes on only in a paragraph about the same speaker.
      if (!saysSomething && !PRONOUN_LEAD.test(doc.paragraphs[i]!.text) && !standsFor.get(i)?.has(person.key)) break;
      const others = standsFor.get(i);
      if (others && !(others.size === 1 && others.has(person.key))) break;
      const next = doc.paragraphs[i]!;
      consumed.set(i, person.key);
      if (/^(tại hội nghị|tham dự|dự hội nghị|cùng dự)(?![\p{L}\d])/iu.test(next.text)) break;
      if (kind === 'chi_dao' && splitDirections) for (const s of next.sentences) directions.push({ text: s.text, span: { start: s.start, end: s.end } });
      else summary.push(next.text);
      spans.push({ start: next.start, end: next.end });
    }

    out.push({ person, kind, summary, directions, reportTitle, mention, spans, paragraph: mention.paragraph });
  }
  return mergeSpeeches(out);
}

/**
 * One speech per person and kind: a photo caption ("Đồng chí X phát biểu tại hội nghị.") and the
 * paragraph reporting the speech are the same speech; a caption with nothing said is dropped
 * when the person has a speech that says something.
 */
function mergeSpeeches(speeches: ReadSpeech[]): ReadSpeech[] {
  const out: ReadSpeech[] = [];
  for (const speech of speeches) {
    const same = out.find(
      (s) => s.person.key === speech.person.key && (s.kind === speech.kind || isEmpty(s) || isEmpty(speech)) && !(hasContent(s) && hasContent(speech) && s.kind !== speech.kind),
    );
    if (!same) {
      out.push(speech);
      continue;
    }
    if (hasContent(same) && hasContent(speech) && same.kind === speech.kind && Math.abs(same.paragraph - speech.paragraph) > 6) {
      // The same person speaking twice, far apart (two agenda items): two speeches.
      out.push(speech);
      continue;
    }
    const wasEmpty = isEmpty(same);
    if (wasEmpty && !isEmpty(speech)) {
      same.kind = speech.kind;
      // Where it was said is where the speech says something, not the caption above it.
      same.paragraph = speech.paragraph;
    } else if (speech.kind === 'chi_dao') same.kind = 'chi_dao';
    same.summary.push(...speech.summary);
    same.directions.push(...speech.directions);
    same.spans.push(...speech.spans);
    if (same.reportTitle === '') same.reportTitle = speech.reportTitle;
  }
  return out;
}

function hasContent(speech: ReadSpeech): boolean {
  return speech.summary.some((s) => s.trim() !== '') || speech.directions.length > 0;
}

function isEmpty(speech: ReadSpeech): boolean {
  return !hasContent(speech);
}
