import type { Db } from '../db/open';
import { statement } from '../db/write/sql';
import type { MeetingContext } from './entries';

/** What a record's entries read besides its own row, looked up one row at a time. */
export const lookups = {
  meeting(db: Db, id: number): MeetingContext | null {
    const row = statement(db, 'SELECT id, start_at AS startAt FROM meetings WHERE id = ? AND deleted_at IS NULL').get(id) as MeetingContext | undefined;
    return row ?? null;
  },
  linkedSymbols(db: Db, meetingId: number): string[] {
    const rows = statement(
      db,
      `SELECT d.number_symbol AS symbol FROM meeting_directives md JOIN directives d ON d.id = md.directive_id
       WHERE md.meeting_id = ? AND d.deleted_at IS NULL ORDER BY md.created_at, md.rowid`,
    ).all(meetingId) as Array<{ symbol: string }>;
    return rows.map((row) => row.symbol);
  },
  organisation(db: Db, id: number | null): { name: string; abbreviation: string } | null {
    if (id === null) return null;
    const row = statement(db, 'SELECT name, abbreviation FROM organisations WHERE id = ?').get(id) as { name: string; abbreviation: string } | undefined;
    return row ?? null;
  },
  progressNotes(db: Db, taskId: number): string[] {
    const rows = statement(db, 'SELECT note FROM task_progress WHERE task_id = ? ORDER BY progress_date, id').all(taskId) as Array<{ note: string }>;
    return rows.map((row) => row.note);
  },
};

