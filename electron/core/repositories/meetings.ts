import { MEETING_STATUS, type MeetingKind, type MeetingStatus } from '../../../shared/domain';
import type { Meeting, MeetingSummary } from '../../../shared/schemas/meeting';
import { foldForSearch } from '../../../shared/text';
import type { Db } from '../db/open';
import type { ValuesOf } from '../db/write/define';
import { meetings, type MeetingRow } from '../db/write/tables';
import { findRow, insertRow, setDeleted, updateRow, type UpdateOptions } from '../db/write/write';
import { likeContains } from './sql';

interface SummaryRow {
  id: number;
  title: string;
  kind: MeetingKind;
  status: MeetingStatus;
  start_at: string;
  place: string;
  chair_names: string | null;
  attendee_count: number;
  updated_at: string;
}

/** Summary columns; the chair names and head count are read per row of one page only. */
const SUMMARY_COLUMNS = `
  m.id, m.title, m.kind, m.status, m.start_at, m.place, m.updated_at,
  (SELECT group_concat(a.full_name, ', ') FROM meeting_attendees a
     WHERE a.meeting_id = m.id AND a.role IN ('chu_tri', 'dong_chu_tri')) AS chair_names,
  (SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id) AS attendee_count`;

function toSummary(row: SummaryRow): MeetingSummary {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    startAt: row.start_at,
    place: row.place,
    chairNames: row.chair_names ?? '',
    attendeeCount: row.attendee_count,
    updatedAt: row.updated_at,
  };
}

export interface MeetingFilter {
  text: string;
  year: number | null;
  kind: MeetingKind | null;
  status: MeetingStatus | null;
}

const FILTER_WHERE = `
  m.deleted_at IS NULL
  AND (@yearStart IS NULL OR (m.start_at >= @yearStart AND m.start_at < @yearEnd))
  AND (@kind IS NULL OR m.kind = @kind)
  AND (@status IS NULL OR m.status = @status)
  AND (@text = '' OR m.search_text LIKE @like ESCAPE '\\')`;

function filterParams(filter: MeetingFilter) {
  const folded = foldForSearch(filter.text);
  return {
    yearStart: filter.year === null ? null : `${filter.year}-01-01`,
    yearEnd: filter.year === null ? null : `${filter.year + 1}-01-01`,
    kind: filter.kind,
    status: filter.status,
    text: folded,
    like: likeContains(folded),
  };
}

export function listMeetingPage(
  db: Db,
  filter: MeetingFilter,
  page: number,
  pageSize: number,
): { items: MeetingSummary[]; total: number } {
  const params = filterParams(filter);
  const total = (db.prepare(`SELECT count(*) AS n FROM meetings m WHERE ${FILTER_WHERE}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM meetings m WHERE ${FILTER_WHERE}
       ORDER BY m.start_at DESC, m.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: pageSize, offset: (page - 1) * pageSize }) as SummaryRow[];
  return { items: rows.map(toSummary), total };
}

export function listMeetingYears(db: Db): number[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT CAST(substr(start_at, 1, 4) AS INTEGER) AS year FROM meetings
       WHERE deleted_at IS NULL ORDER BY year DESC`,
    )
    .all() as Array<{ year: number }>;
  return rows.map((row) => row.year);
}

export function listUpcomingMeetings(db: Db, fromLocal: string, limit: number): MeetingSummary[] {
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM meetings m
       WHERE m.deleted_at IS NULL AND m.start_at >= ? ORDER BY m.start_at ASC LIMIT ?`,
    )
    .all(fromLocal, limit) as SummaryRow[];
  return rows.map(toSummary);
}

export function listRecentlyEditedMeetings(db: Db, limit: number): MeetingSummary[] {
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM meetings m WHERE m.deleted_at IS NULL ORDER BY m.updated_at DESC LIMIT ?`)
    .all(limit) as SummaryRow[];
  return rows.map(toSummary);
}

export function countMeetingsBetween(db: Db, fromLocal: string, toLocal: string): number {
  return (
    db
      .prepare('SELECT count(*) AS n FROM meetings WHERE deleted_at IS NULL AND start_at >= ? AND start_at < ?')
      .get(fromLocal, toLocal) as { n: number }
  ).n;
}

export type MeetingHeader = Omit<MeetingRow, 'deletedAt'>;

export function findMeetingHeader(db: Db, id: number, includeDeleted = false): MeetingHeader | null {
  const row = findRow(db, meetings, id, { includeDeleted });
  if (!row) return null;
  const { deletedAt: _deletedAt, ...header } = row;
  return header;
}

export function isMeetingDeleted(db: Db, id: number): boolean | null {
  const row = findRow(db, meetings, id, { includeDeleted: true });
  return row ? row.deletedAt !== null : null;
}

type HeaderFields = ValuesOf<typeof meetings>;

export function insertMeeting(db: Db, fields: Pick<HeaderFields, 'title' | 'kind' | 'startAt'>, at: string): MeetingRow {
  return insertRow(db, meetings, fields, { at });
}

/** Null when the meeting is missing or in the bin; STALE when `baseUpdatedAt` is older than the stored one. */
export function updateMeetingHeader(db: Db, id: number, fields: HeaderFields, options: UpdateOptions): MeetingRow | null {
  return updateRow(db, meetings, id, fields, options);
}

/**
 * Moves a meeting's status forward to `status` when it is behind it (Dự kiến → Đã họp → Đã có
 * biên bản → Hoàn tất), never back: a meeting the user marked "Hoàn tất" stays so. False when
 * nothing changed (already there or beyond, missing, in the bin).
 */
export function advanceMeetingStatus(db: Db, id: number, status: MeetingStatus, at: string): boolean {
  const current = findRow(db, meetings, id);
  if (!current) return false;
  const order = MEETING_STATUS.values;
  if (order.indexOf(current.status) >= order.indexOf(status)) return false;
  return updateRow(db, meetings, id, { status }, { at }) !== null;
}

export function setMeetingDeleted(db: Db, id: number, deleted: boolean, at: string): boolean {
  return setDeleted(db, meetings, id, deleted, { at });
}

export type MeetingChildren = Pick<Meeting, 'connectedPoints' | 'attendees' | 'agenda' | 'conclusions' | 'awards'>;
