import type { MeetingFormat, MeetingKind, MeetingStatus } from '../../../shared/domain';
import type { Meeting, MeetingSummary } from '../../../shared/schemas/meeting';
import { foldForSearch } from '../../../shared/text';
import type { Db } from '../db/open';
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

export interface MeetingHeader {
  id: number;
  title: string;
  kind: MeetingKind;
  kindOther: string;
  startAt: string;
  endAt: string | null;
  place: string;
  format: MeetingFormat;
  hostName: string;
  status: MeetingStatus;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export function findMeetingHeader(db: Db, id: number, includeDeleted = false): MeetingHeader | null {
  const row = db
    .prepare(
      `SELECT id, title, kind, kind_other AS kindOther, start_at AS startAt, end_at AS endAt, place, format,
         host_name AS hostName, status, notes, created_at AS createdAt, updated_at AS updatedAt
       FROM meetings WHERE id = ? AND (? OR deleted_at IS NULL)`,
    )
    .get(id, includeDeleted ? 1 : 0) as MeetingHeader | undefined;
  return row ?? null;
}

export function isMeetingDeleted(db: Db, id: number): boolean | null {
  const row = db.prepare('SELECT deleted_at FROM meetings WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
  return row ? row.deleted_at !== null : null;
}

type HeaderFields = Omit<MeetingHeader, 'id' | 'createdAt' | 'updatedAt'>;

function meetingSearchText(fields: Pick<HeaderFields, 'title' | 'place' | 'hostName' | 'kindOther'>): string {
  return foldForSearch(`${fields.title} ${fields.place} ${fields.hostName} ${fields.kindOther}`);
}

export function insertMeeting(db: Db, fields: Pick<HeaderFields, 'title' | 'kind' | 'startAt'>, at: string): number {
  const result = db
    .prepare(
      `INSERT INTO meetings (title, kind, start_at, search_text, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(fields.title, fields.kind, fields.startAt, meetingSearchText({ ...fields, place: '', hostName: '', kindOther: '' }), at, at);
  return Number(result.lastInsertRowid);
}

export function updateMeetingHeader(db: Db, id: number, fields: HeaderFields, at: string): boolean {
  return (
    db
      .prepare(
        `UPDATE meetings SET title = @title, kind = @kind, kind_other = @kindOther, start_at = @startAt, end_at = @endAt,
           place = @place, format = @format, host_name = @hostName, status = @status, notes = @notes,
           search_text = @searchText, updated_at = @at
         WHERE id = @id AND deleted_at IS NULL`,
      )
      .run({ ...fields, searchText: meetingSearchText(fields), at, id }).changes === 1
  );
}

export function setMeetingDeleted(db: Db, id: number, deletedAt: string | null): boolean {
  return db.prepare('UPDATE meetings SET deleted_at = ? WHERE id = ?').run(deletedAt, id).changes === 1;
}

export type MeetingChildren = Pick<Meeting, 'connectedPoints' | 'attendees' | 'agenda' | 'conclusions' | 'awards'>;
