import { rt, type BlockNode } from '../../../shared/rich-text';
import { weekday, writtenDate, writtenTime } from '../../../shared/vietnamese-dates';
import { defaultHeader, defaultRecipients, defaultSignature, NO_MINUTES_SIGNERS } from './defaults';
import { meetingDate, meetingTitle, standingBoardName } from './meeting-facts';
import { bold, labelled, numberedItems, paragraph, punctuateList, withoutEndPunctuation } from './phrases';
import { agendaLines } from './proceedings';
import type { DraftFields, DraftSource } from './types';

/** The line the secretary completes for each person invited. */
export const ADDRESSEE_PLACEHOLDER = 'Đồng chí: ……………………………………………………………………';

/**
 * Giấy mời: who invites, a line for the person invited, the meeting, its time (with the weekday),
 * place and agenda, and a courtesy line. Dated the day it is drafted, or the day chosen in
 * "Tạo giấy mời" — whatever the meeting's day, which the text states — and the user may choose
 * another date in the document header ("Ngày văn bản"), which "Làm mới từ hội nghị" keeps.
 */
export function invitationDraft({ meeting, profile, today, documentDate }: DraftSource): DraftFields {
  const day = meetingDate(meeting);
  const place = withoutEndPunctuation(meeting.place);
  const placeText =
    place === ''
      ? '……………………………………'
      : meeting.format === 'truc_tiep'
        ? `${place}.`
        : `${place} (điểm cầu chính); hội nghị được tổ chức theo hình thức ${meeting.format === 'truc_tuyen' ? 'trực tuyến' : 'trực tiếp kết hợp trực tuyến'}.`;

  const body: BlockNode[] = [
    paragraph(`${standingBoardName(profile)} trân trọng kính mời:`),
    paragraph(ADDRESSEE_PLACEHOLDER),
    labelled('Tới dự:', `${meetingTitle(meeting)}.`),
    labelled('Thời gian:', `${writtenTime(meeting.startAt)}, ${weekday(day)}, ${writtenDate(day)}.`),
    labelled('Địa điểm:', placeText),
  ];
  const agenda = agendaLines(meeting);
  if (agenda.length > 0) {
    body.push(bold('Nội dung:'));
    body.push(...numberedItems(punctuateList(agenda).map((line) => [paragraph(line)])));
  }
  body.push(paragraph('Rất mong đồng chí quan tâm, sắp xếp thời gian đến dự đúng giờ./.'));

  return {
    reportKind: null,
    summary: `Dự ${meetingTitle(meeting)}`.slice(0, 500),
    header: defaultHeader(profile),
    placeName: profile.placeName,
    documentDate: documentDate ?? today,
    addressees: [],
    body: rt.doc(body),
    signature: defaultSignature(profile),
    minutesSigners: NO_MINUTES_SIGNERS,
    recipients: defaultRecipients('giay_moi', profile),
  };
}
