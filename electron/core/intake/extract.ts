/**
 * From a text to a proposed meeting. Pure: no database, no clock but the one given (for a year
 * the text does not write). The directory and the register are consulted afterwards (match.ts).
 */
import type { SpeechKind } from '../../../shared/domain';
import type {
  IntakeProposal,
  ProposedAgendaItem,
  ProposedAttendee,
  ProposedSpeech,
  TextSpan,
} from '../../../shared/schemas/intake';
import { nameWithTitle, readAgendaItem, type ReadAgendaItem } from './agenda';
import { findAwards } from './awards';
import { conclusionsFromLists, conclusionsFromSpeeches, type ReadConclusion } from './conclusions';
import { findDates, findTimes } from './dates';
import { findDirectives } from './directives';
import { findFigures } from './figures';
import { readHeader } from './header';
import { findAgendaList, findConclusionLists, findProceedingsStart, isHeadingLike, LIST_MARKER, type ReadList } from './lists';
import { findMentions } from './mentions';
import { isByline, isCaption, isNoise } from './noise';
import { normaliseSourceText } from './normalise';
import { gatherPeople } from './people';
import { segment, type SourceDoc } from './segments';
import { readSpeeches, type ReadSpeech } from './speeches';

export interface ExtractOptions {
  today: Date;
  sourceKind?: 'text' | 'docx';
  fileName?: string;
}

interface SpeechDraft {
  kind: SpeechKind;
  speakerName: string;
  speakerTitle: string;
  summary: string;
  spans: TextSpan[];
  /** Where it was said, to place it under the right agenda item. */
  paragraph: number;
  personKey: string | null;
  reportTitle: string;
}

function toDraft(speech: ReadSpeech): SpeechDraft {
  return {
    kind: speech.kind,
    speakerName: speech.person.fullName,
    speakerTitle: speech.person.title,
    summary: speech.summary.filter((s) => s.trim() !== '').join('\n'),
    spans: speech.spans,
    paragraph: speech.paragraph,
    personKey: speech.person.key,
    reportTitle: speech.reportTitle,
  };
}

/** Is this a press report (no labels, no document title block, no programme)? */
function isPressReport(doc: SourceDoc, documentType: string | null, agenda: ReadList | null): boolean {
  if (documentType || agenda) return false;
  const labels = doc.paragraphs.filter((p) => /^[-+•]?\s*(thời gian|địa điểm|chủ trì|thành phần|dự|thư ký|kết luận|ý kiến)(?![\p{L}\d])[^:]{0,30}:/iu.test(p.text)).length;
  return labels < 2;
}

/**
 * A press report's account of the results, written without saying who reported them: the long
 * paragraphs between the lead and the first speech that says something.
 */
function unattributedResults(doc: SourceDoc, from: number, until: number, mentioned: ReadonlySet<number>, excluded: readonly TextSpan[]): number[] {
  const out: number[] = [];
  for (let i = from + 1; i < until && i < doc.paragraphs.length; i += 1) {
    const p = doc.paragraphs[i]!;
    if (mentioned.has(i) || isNoise(p) || isCaption(p.text) || isByline(p.text) || p.text.length < 100) continue;
    if (excluded.some((e) => p.start < e.end && p.end > e.start)) continue;
    if (/^(tại hội nghị|cùng dự|dự hội nghị|tham dự)(?![\p{L}\d])/iu.test(p.text)) continue;
    out.push(i);
  }
  return out;
}

const SUMMARY_LIMIT = 2000;

function clip(text: string): string {
  if (text.length <= SUMMARY_LIMIT) return text;
  const cut = text.lastIndexOf('.', SUMMARY_LIMIT);
  return text.slice(0, cut > 200 ? cut + 1 : SUMMARY_LIMIT);
}

interface AgendaDraft {
  title: string;
  presenter: string;
  synthesized: boolean;
  speeches: SpeechDraft[];
  spans: TextSpan[];
  number: number | null;
  presenterKey: string | null;
  /** The presenter was written on a "Trình bày:" line of the proceedings. */
  presenterStated: boolean;
}

/** Places each speech under the item it belongs to (see README: "Reading a meeting from a text"). */
function assembleAgenda(
  doc: SourceDoc,
  items: readonly ReadAgendaItem[],
  list: ReadList | null,
  speeches: readonly SpeechDraft[],
  conclusionLists: readonly ReadList[],
): AgendaDraft[] {
  const agenda: AgendaDraft[] = items.map((item) => ({
    title: item.title,
    presenter: item.presenter,
    synthesized: false,
    speeches: [],
    spans: [item.span],
    number: item.number,
    presenterKey: item.presenterPerson?.key ?? null,
    presenterStated: item.presenter !== '',
  }));
  const unplaced: SpeechDraft[] = [];

  // Minutes: "Diễn biến hội nghị:" then "1. <item>" headings, speeches under each.
  const proceedings = findProceedingsStart(doc);
  const firstConclusion = conclusionLists[0]?.header.index ?? doc.paragraphs.length;
  const headingAt = new Map<number, number>();
  if (proceedings >= 0 && agenda.length > 0) {
    for (let i = proceedings + 1; i < firstConclusion && i < doc.paragraphs.length; i += 1) {
      const m = /^(\d{1,2})\.\s+(.+)$/.exec(doc.paragraphs[i]!.text);
      if (!m) continue;
      const target = agenda.findIndex((a) => a.number === Number(m[1]));
      if (target >= 0) headingAt.set(i, target);
    }
  }
  // Roman sections: "III. NỘI DUNG" with its numbered lines and the paragraphs under each.
  if (list && list.body.length > 0 && headingAt.size === 0) {
    for (const [k, item] of list.items.entries()) headingAt.set(item.paragraph.index, k);
  }
  const headings = [...headingAt.entries()].sort((a, b) => a[0] - b[0]);
  const itemOfParagraph = (paragraph: number): number => {
    let found = -1;
    for (const [at, k] of headings) if (at <= paragraph) found = k;
    return found;
  };
  // "Trình bày: Nguyễn Văn A, Chủ tịch …." under a heading names the presenter.
  for (const [at, k] of headingAt) {
    const next = doc.paragraphs[at + 1];
    const m = next ? /^Trình bày:\s*(.+?)\.?$/u.exec(next.text) : null;
    if (m && agenda[k]) {
      agenda[k]!.presenter = m[1]!;
      agenda[k]!.presenterStated = true;
    }
  }

  for (const speech of speeches) {
    if (headingAt.size > 0) {
      const k = itemOfParagraph(speech.paragraph);
      if (k >= 0) {
        agenda[k]!.speeches.push(speech);
        continue;
      }
    }
    if (agenda.length > 0 && headingAt.size === 0) {
      const byPresenter = agenda.find((a) => a.presenterKey !== null && a.presenterKey === speech.personKey && a.speeches.length === 0);
      const byKind = agenda.find((a) => {
        const t = a.title.toLocaleLowerCase('vi');
        if (speech.kind === 'bao_cao') return /^(báo cáo|đánh giá|tóm tắt)/u.test(t) && a.speeches.every((s) => s.kind !== 'bao_cao');
        if (speech.kind === 'chi_dao') return /(kết luận|chỉ đạo)/u.test(t);
        return /(ý kiến|thảo luận|tham luận|phát biểu|góp ý|phản biện)/u.test(t);
      });
      const target = byPresenter ?? byKind;
      if (target) {
        target.speeches.push(speech);
        continue;
      }
    }
    unplaced.push(speech);
  }

  // Minutes: an item whose one speech is by the person who presented it has no "Trình bày:" line.
  for (const item of agenda) {
    if (!item.presenterStated && item.speeches.length === 1 && item.speeches[0]!.speakerName !== '' && headingAt.size > 0) {
      const s = item.speeches[0]!;
      item.presenter = nameWithTitle({ fullName: s.speakerName, title: s.speakerTitle });
    }
  }

  // What the text has no programme for: grouped the way a programme runs.
  const reports = unplaced.filter((s) => s.kind === 'bao_cao');
  const discussion = unplaced.filter((s) => s.kind === 'phat_bieu' || s.kind === 'tham_luan');
  const directing = unplaced.filter((s) => s.kind === 'chi_dao');
  for (const report of reports) {
    agenda.push({
      title: report.reportTitle || 'Báo cáo tại hội nghị',
      presenter: report.speakerName === '' ? '' : nameWithTitle({ fullName: report.speakerName, title: report.speakerTitle }),
      synthesized: report.reportTitle === '',
      speeches: [report],
      spans: [],
      number: null,
      presenterKey: report.personKey,
      presenterStated: false,
    });
  }
  if (discussion.length > 0) {
    const kinds = new Set(discussion.map((s) => s.kind));
    agenda.push({
      title: kinds.size === 2 ? 'Ý kiến phát biểu, tham luận' : kinds.has('tham_luan') ? 'Tham luận' : 'Ý kiến phát biểu',
      presenter: '',
      synthesized: true,
      speeches: discussion,
      spans: [],
      number: null,
      presenterKey: null,
      presenterStated: false,
    });
  }
  for (const speech of directing) {
    agenda.push({
      title: /kết luận/iu.test(doc.text.slice(speech.spans[0]?.start ?? 0, (speech.spans[0]?.start ?? 0) + 200)) ? 'Phát biểu kết luận' : 'Phát biểu chỉ đạo',
      presenter: nameWithTitle({ fullName: speech.speakerName, title: speech.speakerTitle }),
      synthesized: true,
      speeches: [speech],
      spans: [],
      number: null,
      presenterKey: speech.personKey,
      presenterStated: false,
    });
  }
  return agenda;
}

export function extractMeeting(rawText: string, options: ExtractOptions): IntakeProposal {
  const started = performance.now();
  const text = normaliseSourceText(rawText);
  const doc = segment(text);
  const header = readHeader(doc, options.today);
  const mentions = findMentions(doc);
  const awards = findAwards(doc);
  const awardSpans = awards.map((a) => a.recipientSpan);
  const people = gatherPeople(mentions, awardSpans);

  const agendaList = findAgendaList(doc);
  const conclusionLists = findConclusionLists(doc);
  const agendaItems = agendaList ? agendaList.items.map((item) => readAgendaItem(item, mentions, people)) : [];
  const itemSpans = agendaList ? agendaList.items.map((item) => ({ start: item.paragraph.start, end: item.paragraph.end })) : [];
  const conclusionSpans = conclusionLists.flatMap((l) => l.items.map((i) => ({ start: i.paragraph.start, end: i.paragraph.end })));
  const readSpeechesList = readSpeeches(doc, mentions, people, [...itemSpans, ...conclusionSpans, ...awards.map((a) => a.span)], conclusionLists.length === 0);

  // Conclusions: the text's own list, or what the directing speeches asked for.
  const conclusions: ReadConclusion[] = conclusionLists.length > 0 ? conclusionsFromLists(conclusionLists) : conclusionsFromSpeeches(readSpeechesList);

  const drafts = readSpeechesList.map(toDraft);
  const press = isPressReport(doc, header.documentType, agendaList);
  if (press) {
    const leadIndex = header.leadSentence ? doc.paragraphs.findIndex((p) => header.leadSentence!.start >= p.start && header.leadSentence!.end <= p.end) : 0;
    const firstSaid = readSpeechesList.filter((s) => s.summary.length > 0 || s.directions.length > 0).map((s) => s.paragraph);
    const until = firstSaid.length > 0 ? Math.min(...firstSaid) : doc.paragraphs.length;
    const mentioned = new Set(mentions.filter((m) => people.personOf(m) !== null).map((m) => m.paragraph));
    const results = unattributedResults(doc, Math.max(leadIndex, 0), until, mentioned, awards.map((a) => a.span));
    if (results.length > 0) {
      const paragraphs = results.map((i) => doc.paragraphs[i]!);
      // A summary, not a copy: the opening sentences of the first few paragraphs.
      const summary = clip(
        paragraphs
          .slice(0, 3)
          .map((p) => p.sentences.slice(0, 2).map((s) => s.text).join(' '))
          .join('\n'),
      );
      const spans = paragraphs.map((p) => ({ start: p.start, end: p.end }));
      const report = drafts.find((d) => d.kind === 'bao_cao' && d.paragraph > results[results.length - 1]!);
      if (report) {
        report.summary = clip([summary, report.summary].filter(Boolean).join('\n'));
        report.spans.unshift(...spans);
      } else {
        drafts.unshift({ kind: 'bao_cao', speakerName: '', speakerTitle: '', summary, spans, paragraph: results[0]!, personKey: null, reportTitle: '' });
      }
    }
  }
  for (const d of drafts) d.summary = clip(d.summary);

  const agenda = assembleAgenda(doc, agendaItems, agendaList, drafts, conclusionLists);

  const dates = findDates(text);
  const times = findTimes(text);
  const directives = findDirectives(text, header.ownNumberSpans);
  const noiseSpans = doc.paragraphs.filter((p) => isNoise(p) || isHeadingLike(p) && !LIST_MARKER.test(p.text) && p.text.length < 40).map((p) => ({ start: p.start, end: p.end }));
  const figures = findFigures(text, [
    ...dates,
    ...times,
    ...directives.flatMap((d) => d.spans),
    ...awards.map((a) => a.span),
    ...header.ownNumberSpans,
    ...noiseSpans,
  ]);

  const attendees: ProposedAttendee[] = people.people.map((p, i) => ({
    key: `nguoi-${i + 1}`,
    fullName: p.fullName,
    title: p.title,
    organisationName: p.organisationName,
    role: p.role,
    attendance: p.attendance,
    absenceReason: p.absenceReason,
    personId: null,
    alreadyInMeeting: false,
    spans: p.spans,
  }));

  let speechNumber = 0;
  const proposedAgenda: ProposedAgendaItem[] = agenda.map((item, i) => ({
    key: `noi-dung-${i + 1}`,
    title: item.title,
    presenter: item.presenter,
    synthesized: item.synthesized,
    spans: item.spans,
    speeches: item.speeches.map(
      (s): ProposedSpeech => ({
        key: `y-kien-${(speechNumber += 1)}`,
        kind: s.kind,
        speakerName: s.speakerName,
        speakerTitle: s.speakerTitle,
        summary: s.summary,
        spans: s.spans,
      }),
    ),
  }));

  const notices: string[] = [];
  if (!header.title) notices.push('Không tìm thấy tên hội nghị trong văn bản; hãy nhập tên trước khi lưu.');
  if (!header.startAt) notices.push('Không tìm thấy ngày họp trong văn bản; hãy nhập ngày giờ trước khi lưu.');
  if (attendees.length === 0) notices.push('Văn bản không nêu họ tên người dự họp nào (chức danh không kèm họ tên không được ghi thành người).');

  return {
    sourceText: text,
    sourceKind: options.sourceKind ?? 'text',
    fileName: options.fileName ?? '',
    meetingId: null,
    meeting: {
      title: header.title,
      kind: header.kind,
      startAt: header.startAt,
      endAt: header.endAt,
      place: header.place,
      hostName: header.hostName,
      format: header.format,
    },
    attendees,
    agenda: proposedAgenda,
    conclusions: conclusions.map((c, i) => ({ key: `ket-luan-${i + 1}`, content: c.content, alreadyInMeeting: false, spans: [c.span] })),
    awards: awards.map((a, i) => ({
      key: `khen-${i + 1}`,
      form: a.form,
      formOther: a.formOther,
      recipient: a.recipient,
      recipientKind: a.recipientKind,
      issuer: a.issuer,
      presentedBy: a.presentedBy,
      spans: [a.recipientSpan],
    })),
    directives: directives.map((d, i) => ({
      key: `van-ban-${i + 1}`,
      symbol: d.symbol,
      family: d.family,
      type: d.type,
      issuedOn: d.issuedOn,
      issuerName: d.issuerName,
      relation: d.relation,
      directiveId: null,
      alreadyLinked: false,
      spans: d.spans,
    })),
    figures: figures.map((f, i) => ({ key: `so-lieu-${i + 1}`, text: f.text, spans: [f.span] })),
    notices,
    elapsedMs: Math.round((performance.now() - started) * 10) / 10,
  };
}
