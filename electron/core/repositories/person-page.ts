import type { PersonAttendance, PersonAward, PersonSpeech, PersonTask } from '../../../shared/schemas/person-page';
import { foldForSearch } from '../../../shared/text';
import type { Db } from '../db/open';

/** What the records say about one person: SQL only (see services/person-page.ts). */

const EXCERPT = 220;

export function personAttendances(db: Db, personId: number): PersonAttendance[] {
  return db
    .prepare(
      `SELECT m.id AS meetingId, m.title AS meetingTitle, m.start_at AS startAt, a.id AS attendeeId, a.role, a.attendance,
         a.title AS titleHeld, a.organisation_name AS organisationName
       FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id
       WHERE a.person_id = ? AND m.deleted_at IS NULL ORDER BY m.start_at DESC, m.id DESC`,
    )
    .all(personId) as PersonAttendance[];
}

/**
 * Rows whose name column folds to the same text as `name`. The folded comparison is done here,
 * on the rows whose name has the same length: SQLite's lower() knows only ASCII, and a length
 * check keeps the scan to a few rows at 100,000 speeches.
 */
function sameName<T extends { name: string }>(rows: T[], name: string): T[] {
  const folded = foldForSearch(name);
  return rows.filter((row) => foldForSearch(row.name) === folded);
}

export function personSpeeches(db: Db, fullName: string): PersonSpeech[] {
  const rows = db
    .prepare(
      `SELECT m.id AS meetingId, m.title AS meetingTitle, m.start_at AS startAt, s.id AS speechId, s.kind, s.speaker_title AS titleHeld,
         s.summary, s.speaker_name AS name
       FROM speeches s JOIN meetings m ON m.id = s.meeting_id
       WHERE length(s.speaker_name) = length(?) AND m.deleted_at IS NULL ORDER BY m.start_at DESC, s.position`,
    )
    .all(fullName) as Array<Omit<PersonSpeech, 'excerpt'> & { summary: string; name: string }>;
  return sameName(rows, fullName).map(({ summary, name: _name, ...row }) => ({
    ...row,
    excerpt: summary.length > EXCERPT ? `${summary.slice(0, EXCERPT).trimEnd()}…` : summary,
  }));
}

export function personAwards(db: Db, fullName: string): PersonAward[] {
  const rows = db
    .prepare(
      `SELECT m.id AS meetingId, m.title AS meetingTitle, m.start_at AS startAt, w.id AS awardId, w.form, w.form_other AS formOther,
         w.issuer, w.recipient AS name
       FROM awards w JOIN meetings m ON m.id = w.meeting_id
       WHERE w.recipient_kind = 'ca_nhan' AND length(w.recipient) = length(?) AND m.deleted_at IS NULL ORDER BY m.start_at DESC`,
    )
    .all(fullName) as Array<PersonAward & { name: string }>;
  return sameName(rows, fullName).map(({ name: _name, ...row }) => row);
}

export function personTasks(db: Db, personId: number): PersonTask[] {
  return db
    .prepare(
      `SELECT id, title, status, due_date AS dueDate FROM tasks WHERE responsible_person_id = ? AND deleted_at IS NULL
       ORDER BY status = 'hoan_thanh', due_date IS NULL, due_date, id`,
    )
    .all(personId) as PersonTask[];
}
