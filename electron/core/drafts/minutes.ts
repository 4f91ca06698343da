import type { BlockNode } from '../../../shared/rich-text';
import { rt } from '../../../shared/rich-text';
import { writtenDate, writtenDateTime } from '../../../shared/vietnamese-dates';
import { defaultHeader, defaultRecipients, defaultSignature } from './defaults';
import {
  attendanceText,
  chairs,
  coChairs,
  comrades,
  formatPhrase,
  guestAttendanceText,
  guests,
  guestsCounted,
  hostName,
  isRollCall,
  leadChair,
  meetingDate,
  meetingTitle,
  members,
  placePhrase,
  secretary,
} from './meeting-facts';
import { bold, bulletLines, labelled, nameWithTitle, numberedItems, paragraph, punctuateList } from './phrases';
import { agendaLines, awardsBlocks, awardsItemIndex, conclusionItems, proceedingsBlocks } from './proceedings';
import type { DraftFields, DraftSource } from './types';

/**
 * Biên bản hội nghị, in the order of document-format.md: start time and place, attendance
 * (present x/y, absent with reasons, guests apart — counted only for a roll call, see
 * isRollCall), each attendee with the title held at the meeting, chair, secretary, agenda,
 * proceedings (the awards under the item that handed them out), the chair's numbered
 * conclusions, awards not tied to an item, and the closing line. Parts with nothing recorded are
 * left out.
 */
export function minutesDraft({ meeting, profile }: DraftSource): DraftFields {
  const body: BlockNode[] = [];
  const where = placePhrase(meeting);
  body.push(
    paragraph(
      `Vào lúc ${writtenDateTime(meeting.startAt)}, ${where === '' ? '' : `${where}, `}${hostName(meeting, profile)} tổ chức ` +
        `${meetingTitle(meeting)}${formatPhrase(meeting)}.`,
    ),
  );

  const attendance = attendanceText(meeting);
  if (attendance !== '') {
    // A roll call is counted ("có mặt 10/11 đồng chí"); a list of the leaders of a large conference is not.
    const counted = isRollCall(meeting);
    body.push(labelled('Thành phần tham dự:', counted ? `${attendance}.` : ''));
    const presentMembers = members(meeting).filter((a) => a.attendance === 'co_mat');
    if (presentMembers.length > 0) {
      if (counted) body.push(paragraph('Các đồng chí dự hội nghị:'));
      body.push(...bulletLines(punctuateList(presentMembers.map((a) => `Đồng chí ${nameWithTitle(a)}`))));
    }
    const presentGuests = guests(meeting).filter((a) => a.attendance === 'co_mat');
    // Without the members' count, the guests' own count is said with them when one sent apologies.
    const guestCount = !counted && guestsCounted(meeting) ? ` ${guestAttendanceText(meeting)}${presentGuests.length > 0 ? ':' : '.'}` : '';
    if (presentGuests.length > 0 || guestCount !== '') body.push(paragraph(`Khách mời:${guestCount}`));
    if (presentGuests.length > 0) {
      body.push(...bulletLines(punctuateList(presentGuests.map((a) => `Đồng chí ${nameWithTitle(a)}`))));
    }
  }

  const chairList = chairs(meeting);
  const coChairList = coChairs(meeting);
  if (chairList.length > 0 || coChairList.length > 0) {
    const parts = [
      ...(chairList.length > 0 ? [comrades(chairList)] : []),
      ...(coChairList.length > 0 ? [`đồng chủ trì: ${comrades(coChairList)}`] : []),
    ];
    body.push(labelled('Chủ trì:', `${parts.join('; ')}.`));
  }
  const minuteTaker = secretary(meeting);
  if (minuteTaker) body.push(labelled('Thư ký:', `đồng chí ${nameWithTitle(minuteTaker)}.`));

  const agenda = agendaLines(meeting);
  if (agenda.length > 0) {
    body.push(bold('Nội dung:'));
    body.push(...numberedItems(punctuateList(agenda).map((line) => [paragraph(line)])));
    body.push(bold('Diễn biến hội nghị:'));
    body.push(...proceedingsBlocks(meeting));
  }

  const conclusions = conclusionItems(meeting);
  if (conclusions.length > 0) {
    const chair = leadChair(meeting);
    body.push(paragraph(chair ? `Đồng chí ${nameWithTitle(chair)} kết luận:` : 'Hội nghị thống nhất kết luận:'));
    body.push(...numberedItems(conclusions));
  }

  // Awards handed out at an item of the agenda are recorded under it; otherwise in a part of their own.
  const awards = awardsBlocks(meeting.awards);
  const awardsInProceedings = agenda.length > 0 && awardsItemIndex(meeting.agenda) >= 0;
  if (awards.length > 0 && !awardsInProceedings) body.push(bold('Khen thưởng:'), ...awards);

  // Without a recorded end time the secretary fills in the hour by hand.
  const end = meeting.endAt ? writtenDateTime(meeting.endAt) : `…… giờ …… phút, ${writtenDate(meeting.startAt)}`;
  body.push(paragraph(`Hội nghị kết thúc vào ${end}./.`));

  const chair = leadChair(meeting);
  return {
    reportKind: null,
    summary: meetingTitle(meeting),
    header: defaultHeader(profile),
    placeName: profile.placeName,
    documentDate: meetingDate(meeting),
    addressees: [],
    body: rt.doc(body),
    signature: defaultSignature(profile),
    minutesSigners: { secretaryName: minuteTaker?.fullName ?? '', chairName: chair?.fullName ?? '' },
    recipients: defaultRecipients('bien_ban', profile),
  };
}
