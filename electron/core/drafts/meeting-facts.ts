import type { MeetingKind } from '../../../shared/domain';
import type { MeetingAttendee } from '../../../shared/schemas/meeting';
import type { Meeting } from '../../../shared/schemas/meeting';
import type { Profile } from '../../../shared/schemas/profile';
import { foldForSearch } from '../../../shared/text';
import { count2, lowerFirst, nameWithTitle, withoutEndPunctuation } from './phrases';

/** Facts of a meeting as the drafts phrase them. */

export function meetingDate(meeting: Pick<Meeting, 'startAt'>): string {
  return meeting.startAt.slice(0, 10);
}

/** The meeting's name inside a sentence: as typed, without a final full stop. */
export function meetingTitle(meeting: Pick<Meeting, 'title'>): string {
  return withoutEndPunctuation(meeting.title);
}

/** "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh": who writes the committee's documents. */
export function standingBoardName(profile: Pick<Profile, 'committeeName'>): string {
  return `Ban Thường trực ${profile.committeeName}`;
}

/** Who organised the meeting: as recorded, else the committee's standing board. */
export function hostName(meeting: Pick<Meeting, 'hostName'>, profile: Pick<Profile, 'committeeName'>): string {
  return meeting.hostName || standingBoardName(profile);
}

export function chairs(meeting: Pick<Meeting, 'attendees'>): MeetingAttendee[] {
  return meeting.attendees.filter((a) => a.role === 'chu_tri' && a.fullName !== '');
}

export function coChairs(meeting: Pick<Meeting, 'attendees'>): MeetingAttendee[] {
  return meeting.attendees.filter((a) => a.role === 'dong_chu_tri' && a.fullName !== '');
}

/** The one who concludes and signs the minutes on the right: the first chair, else the first co-chair. */
export function leadChair(meeting: Pick<Meeting, 'attendees'>): MeetingAttendee | null {
  return chairs(meeting)[0] ?? coChairs(meeting)[0] ?? null;
}

export function secretary(meeting: Pick<Meeting, 'attendees'>): MeetingAttendee | null {
  return meeting.attendees.find((a) => a.role === 'thu_ky' && a.fullName !== '') ?? null;
}

/** "đồng chí A, Chủ tịch …; đồng chí B, Phó Chủ tịch …" */
export function comrades(people: readonly MeetingAttendee[]): string {
  return people.map((person) => `đồng chí ${nameWithTitle(person)}`).join('; ');
}

/**
 * How the meeting was held, for the opening sentence: nothing for an in-person meeting;
 * "theo hình thức trực tuyến, kết nối đến 15 điểm cầu (…)" otherwise. When the title already
 * says "trực tuyến" the form is not repeated.
 */
export function formatPhrase(meeting: Pick<Meeting, 'format' | 'title' | 'connectedPoints'>): string {
  if (meeting.format === 'truc_tiep') return '';
  const points = meeting.connectedPoints.map((p) => withoutEndPunctuation(p.name)).filter((name) => name !== '');
  const titleSaysOnline = foldForSearch(meeting.title).includes('truc tuyen');
  const form = titleSaysOnline
    ? ''
    : meeting.format === 'truc_tuyen'
      ? ' theo hình thức trực tuyến'
      : ' theo hình thức trực tiếp kết hợp trực tuyến';
  const link = points.length === 0 ? '' : `, kết nối đến ${count2(points.length)} điểm cầu (${points.join('; ')})`;
  return `${form}${link}`;
}

/** "tại Trung tâm Hội nghị thành phố (điểm cầu chính)", or nothing when no place was recorded. */
export function placePhrase(meeting: Pick<Meeting, 'place' | 'format'>): string {
  const place = withoutEndPunctuation(meeting.place);
  if (place === '') return '';
  return meeting.format === 'truc_tiep' ? `tại ${place}` : `tại ${place} (điểm cầu chính)`;
}

interface GroupCount {
  present: MeetingAttendee[];
  excused: MeetingAttendee[];
  absent: MeetingAttendee[];
  total: number;
}

function countGroup(people: readonly MeetingAttendee[]): GroupCount {
  return {
    present: people.filter((a) => a.attendance === 'co_mat'),
    excused: people.filter((a) => a.attendance === 'vang_co_ly_do'),
    absent: people.filter((a) => a.attendance === 'vang'),
    total: people.length,
  };
}

function excusedEntry(person: MeetingAttendee): string {
  const reason = withoutEndPunctuation(person.absenceReason);
  return reason === '' ? `đồng chí ${person.fullName}` : `đồng chí ${person.fullName}: ${lowerFirst(reason)}`;
}

/** The parts of one group's count: present x/y, absent with reasons, absent without. */
function groupParts(group: GroupCount): string[] {
  const parts: string[] = [];
  parts.push(`có mặt ${count2(group.present.length)}/${count2(group.total)} đồng chí`);
  if (group.excused.length > 0) {
    parts.push(`vắng ${count2(group.excused.length)} đồng chí có lý do (${group.excused.map(excusedEntry).join('; ')})`);
  }
  if (group.absent.length > 0) {
    const names = group.absent.map((a) => `đồng chí ${a.fullName}`).join('; ');
    parts.push(`vắng ${count2(group.absent.length)} đồng chí không có lý do (${names})`);
  }
  return parts;
}

/** Members are everyone convened except guests; guests are counted apart. */
export function members(meeting: Pick<Meeting, 'attendees'>): MeetingAttendee[] {
  return meeting.attendees.filter((a) => a.role !== 'khach_moi' && a.fullName !== '');
}

export function guests(meeting: Pick<Meeting, 'attendees'>): MeetingAttendee[] {
  return meeting.attendees.filter((a) => a.role === 'khach_moi' && a.fullName !== '');
}

/**
 * Kinds of meeting whose attendees are convened by name, every one of them recorded: a briefing of
 * the standing board, a working session, a consultation (whose quorum the minutes must show).
 */
const ROLL_CALL_KINDS: readonly MeetingKind[] = ['giao_ban', 'lam_viec', 'hiep_thuong'];

/**
 * Whether the list of members is a roll call, so that the minutes may count it ("có mặt 10/11 đồng
 * chí"). A meeting has no field saying so; it tells by its kind, and by its list: a member recorded
 * absent means the list was checked against those convened. Otherwise — a conference where only
 * the leaders of note were entered, with hundreds in the hall — a count such as "có mặt 06/06
 * đồng chí" would be false, and the minutes name who attended without one. Guests are counted
 * apart, when one of them is recorded absent (guestsCounted).
 */
export function isRollCall(meeting: Pick<Meeting, 'kind' | 'attendees'>): boolean {
  return ROLL_CALL_KINDS.includes(meeting.kind) || members(meeting).some((a) => a.attendance !== 'co_mat');
}

/** "khách mời: có mặt 01/02 đồng chí, vắng 01 đồng chí có lý do (…)" is said when a guest is recorded absent. */
export function guestsCounted(meeting: Pick<Meeting, 'attendees'>): boolean {
  return guests(meeting).some((a) => a.attendance !== 'co_mat');
}

/** "có mặt 01/02 đồng chí, vắng 01 đồng chí có lý do (…)": the guests' count alone, for a list that is not a roll call. */
export function guestAttendanceText(meeting: Pick<Meeting, 'attendees'>): string {
  return groupParts(countGroup(guests(meeting))).join(', ');
}

/**
 * "có mặt 10/11 đồng chí; vắng 01 đồng chí có lý do (đồng chí A: dự hội nghị …); khách mời:
 * có mặt 02/03 đồng chí, vắng 01 đồng chí có lý do (…)" — without the label and final stop.
 * Empty when nobody was recorded.
 */
export function attendanceText(meeting: Pick<Meeting, 'attendees'>): string {
  const memberGroup = countGroup(members(meeting));
  const guestGroup = countGroup(guests(meeting));
  const sentences: string[] = [];
  if (memberGroup.total > 0) sentences.push(groupParts(memberGroup).join('; '));
  if (guestGroup.total > 0) {
    const everyGuestCame = guestGroup.present.length === guestGroup.total;
    sentences.push(
      everyGuestCame ? `khách mời: ${count2(guestGroup.total)} đồng chí` : `khách mời: ${groupParts(guestGroup).join(', ')}`,
    );
  }
  return sentences.join('; ');
}
