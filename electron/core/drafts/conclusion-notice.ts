import { rt, type BlockNode } from '../../../shared/rich-text';
import type { Meeting, MeetingAgendaItem } from '../../../shared/schemas/meeting';
import { writtenDate } from '../../../shared/vietnamese-dates';
import { defaultHeader, defaultRecipients, defaultSignature, NO_MINUTES_SIGNERS } from './defaults';
import {
  chairs,
  coChairs,
  comrades,
  formatPhrase,
  hostName,
  leadChair,
  meetingDate,
  meetingTitle,
  placePhrase,
  secretary,
  standingBoardName,
} from './meeting-facts';
import { count2, lowerFirst, nameWithTitle, numberedItems, paragraph, startsWithFolded, withoutEndPunctuation } from './phrases';
import { assignmentSentences } from './assignments';
import { conclusionItems } from './proceedings';
import type { DraftFields, DraftSource } from './types';

/** How many attendees the opening names before summing up the rest as "và 12 đại biểu khác". */
const NAMED_ATTENDEES = 8;
/** The trích yếu is limited to 500 characters (documentFieldsSchema). */
const SUMMARY_MAX = 500;

/** "Kết luận của đồng chí A, Chủ tịch … tại Hội nghị …", shortened if it would not fit. */
export function conclusionNoticeSummary(meeting: Pick<Meeting, 'title' | 'attendees'>): string {
  const chair = leadChair(meeting);
  const title = meetingTitle(meeting);
  const candidates = chair
    ? [`Kết luận của đồng chí ${nameWithTitle(chair)} tại ${title}`, `Kết luận của đồng chí ${chair.fullName} tại ${title}`]
    : [`Kết luận tại ${title}`];
  const fitting = candidates.find((candidate) => candidate.length <= SUMMARY_MAX);
  return fitting ?? `${candidates[candidates.length - 1]!.slice(0, SUMMARY_MAX - 1).trimEnd()}…`;
}

/** Items heard before the conclusions: those with a report, or whose title names one. */
const REPORT_TITLE_WORDS = ['bao cao', 'to trinh', 'du thao', 'de an', 'ke hoach', 'chuong trinh'];

function heardPhrase(agenda: readonly MeetingAgendaItem[]): string | null {
  const reports = agenda.filter(
    (item) => item.title !== '' && (item.speeches.some((s) => s.kind === 'bao_cao') || startsWithFolded(item.title, REPORT_TITLE_WORDS)),
  );
  if (reports.length === 0) return null;
  if (reports.length > 3) return 'các báo cáo';
  return reports
    .map((item) => {
      const title = lowerFirst(withoutEndPunctuation(item.title));
      return startsWithFolded(title, REPORT_TITLE_WORDS) ? title : `báo cáo về ${title}`;
    })
    .join('; ');
}

function openingParagraph({ meeting, profile }: DraftSource): BlockNode {
  const where = placePhrase(meeting);
  const sentences = [
    `${writtenDate(meeting.startAt).replace(/^n/, 'N')}, ${where === '' ? '' : `${where}, `}${hostName(meeting, profile)} tổ chức ` +
      `${meetingTitle(meeting)}${formatPhrase(meeting)}.`,
  ];
  const chairList = chairs(meeting);
  const coChairList = coChairs(meeting);
  if (chairList.length > 0) {
    const co = coChairList.length > 0 ? `; đồng chủ trì: ${comrades(coChairList)}` : '';
    sentences.push(`${comrades(chairList).replace(/^đ/, 'Đ')} chủ trì hội nghị${co}.`);
  } else if (coChairList.length > 0) {
    sentences.push(`${comrades(coChairList).replace(/^đ/, 'Đ')} đồng chủ trì hội nghị.`);
  }
  const minuteTaker = secretary(meeting);
  const others = meeting.attendees.filter(
    (a) => a.fullName !== '' && a.attendance === 'co_mat' && a.role !== 'chu_tri' && a.role !== 'dong_chu_tri' && a !== minuteTaker,
  );
  if (others.length > 0) {
    const named = others.slice(0, NAMED_ATTENDEES).map((a) => nameWithTitle(a));
    const rest = others.length - named.length;
    sentences.push(`Tham dự hội nghị có các đồng chí: ${named.join('; ')}${rest > 0 ? ` và ${count2(rest)} đại biểu khác` : ''}.`);
  }
  return paragraph(sentences.join(' '));
}

/**
 * Thông báo kết luận (document-format.md): the opening paragraph (when, where, who chaired, who
 * attended), "Sau khi nghe …, đồng chí … kết luận như sau:", the numbered conclusions — each given
 * as a task followed by who leads it, who supports and by when — and the closing sentence. With no conclusion recorded yet, one empty numbered item waits to be filled.
 */
export function conclusionNoticeDraft(source: DraftSource): DraftFields {
  const { meeting, profile } = source;
  const chair = leadChair(meeting);
  const heard = heardPhrase(meeting.agenda);
  const heardText = heard === null ? 'Sau khi nghe ý kiến phát biểu của các đại biểu' : `Sau khi nghe ${heard}, ý kiến phát biểu của các đại biểu`;
  const concluder = chair ? `đồng chí ${chair.fullName} kết luận như sau:` : 'hội nghị thống nhất kết luận như sau:';
  const assignments = source.assignments ?? [];
  // Each conclusion given as a task says who leads it, who supports and by when.
  const conclusions = conclusionItems(meeting, (conclusion) =>
    assignmentSentences(conclusion.content, assignments.filter((task) => task.conclusionId === conclusion.id)),
  );

  const body: BlockNode[] = [
    openingParagraph(source),
    paragraph(`${heardText}, ${concluder}`),
    ...numberedItems(conclusions.length > 0 ? conclusions : [[paragraph('')]]),
    paragraph(`${standingBoardName(profile)} thông báo để các cơ quan, đơn vị biết, thực hiện./.`),
  ];

  return {
    reportKind: null,
    summary: conclusionNoticeSummary(meeting),
    header: defaultHeader(profile),
    placeName: profile.placeName,
    documentDate: meetingDate(meeting),
    addressees: [],
    body: rt.doc(body),
    signature: defaultSignature(profile),
    minutesSigners: NO_MINUTES_SIGNERS,
    recipients: defaultRecipients('thong_bao_ket_luan', profile),
  };
}
