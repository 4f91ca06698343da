import { MEETING_FORMAT, MEETING_STATUS, type AttendeeRole, type MeetingFormat, type MeetingStatus } from '../../../shared/domain';
import type { ScheduleEntry, WeekSchedule } from '../../../shared/schemas/report';
import { addDays, weekOf } from '../../../shared/task-dates';
import type { Db } from '../db/open';

/**
 * The weekly work schedule (lịch công tác tuần của Thường trực): the meetings of a week, Monday
 * to Sunday, planned ones included, in time order. Who chairs and who attends come from the
 * attendee rows recorded for each meeting (titles as recorded there).
 */

interface MeetingRow {
  id: number;
  title: string;
  start_at: string;
  end_at: string | null;
  place: string;
  format: MeetingFormat;
  status: MeetingStatus;
}

interface AttendeeRow {
  meeting_id: number;
  full_name: string;
  title: string;
  organisation_name: string;
  role: AttendeeRole;
}

/** Attendees named one by one in "Thành phần"; the rest are counted. */
const NAMED_ATTENDEES = 6;

function person(row: AttendeeRow): string {
  const title = (row.title || row.organisation_name).trim().replace(/[\s.;,]+$/u, '');
  return title === '' ? row.full_name : `${row.full_name}, ${title}`;
}

function participants(rows: readonly AttendeeRow[]): string {
  const delegates = rows.filter((r) => r.role === 'dai_bieu');
  const guests = rows.filter((r) => r.role === 'khach_moi');
  const parts: string[] = [];
  if (delegates.length > 0) {
    const named = delegates.slice(0, NAMED_ATTENDEES).map((r) => r.full_name);
    const more = delegates.length - named.length;
    parts.push(`Đồng chí ${named.join(', ')}${more > 0 ? ` và ${more} đại biểu khác` : ''}`);
  }
  if (guests.length > 0) {
    const named = guests.slice(0, 3).map(person);
    const more = guests.length - named.length;
    parts.push(`khách mời: ${named.join('; ')}${more > 0 ? ` và ${more} khách mời khác` : ''}`);
  }
  return parts.join('; ');
}

export function weekSchedule(db: Db, anyDay: string): WeekSchedule {
  const { monday, sunday } = weekOf(anyDay);
  const range = { from: monday, until: addDays(sunday, 1) };
  const meetings = db
    .prepare(
      `SELECT id, title, start_at, end_at, place, format, status FROM meetings
       WHERE deleted_at IS NULL AND start_at >= @from AND start_at < @until
       ORDER BY start_at, id`,
    )
    .all(range) as MeetingRow[];
  const attendees = db
    .prepare(
      `SELECT a.meeting_id, a.full_name, a.title, a.organisation_name, a.role
       FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id
       WHERE m.deleted_at IS NULL AND m.start_at >= @from AND m.start_at < @until AND trim(a.full_name) <> ''
       ORDER BY a.meeting_id, a.position`,
    )
    .all(range) as AttendeeRow[];
  const byMeeting = new Map<number, AttendeeRow[]>();
  for (const row of attendees) byMeeting.set(row.meeting_id, [...(byMeeting.get(row.meeting_id) ?? []), row]);
  const entries: ScheduleEntry[] = meetings.map((m) => {
    const rows = byMeeting.get(m.id) ?? [];
    const chairs = rows.filter((r) => r.role === 'chu_tri' || r.role === 'dong_chu_tri').map(person);
    const online = m.format === 'truc_tiep' ? '' : ` (${MEETING_FORMAT.labels[m.format].toLocaleLowerCase('vi')})`;
    return {
      meetingId: m.id,
      date: m.start_at.slice(0, 10),
      startTime: m.start_at.slice(11, 16),
      endTime: m.end_at !== null && m.end_at.slice(0, 10) === m.start_at.slice(0, 10) ? m.end_at.slice(11, 16) : null,
      title: m.title,
      chair: chairs.join('; '),
      participants: participants(rows),
      place: `${m.place}${online}`.trim(),
      status: MEETING_STATUS.labels[m.status],
    };
  });
  return { monday, sunday, entries };
}
