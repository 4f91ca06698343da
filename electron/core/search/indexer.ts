import type { Db } from '../db/open';
import { decodeRow, selectList, statement } from '../db/write/sql';
import {
  agendaItems,
  awards,
  conclusions,
  directives,
  documents,
  meetingAttendees,
  meetings,
  organisations,
  people,
  speeches,
  tasks,
} from '../db/write/tables';
import { findRow, findRowsBy } from '../db/write/write';
import {
  agendaEntry,
  attendeeEntry,
  awardEntry,
  conclusionEntry,
  directiveEntry,
  documentEntry,
  meetingEntry,
  organisationEntry,
  personEntry,
  speechEntry,
  taskEntry,
  type MeetingContext,
  type SearchEntry,
} from './entries';
import {
  clearIndex,
  ensureSearchTables,
  insertEntry,
  insertTerms,
  optimiseAndResumeMerging,
  pauseMerging,
  putEntry,
  readState,
  removeRecordEntries,
  writeState,
  type BulkInsert,
} from './store';

/**
 * Keeps the search index equal to the records, fed from the change log: every write appends to
 * change_log in its own transaction (db/write), and `syncSearchIndex` takes in the entries after
 * the last one it saw, re-making the index entries of the rows they name. A crash between a write
 * and the sync loses nothing: the entries wait in the log. `rebuildSearchIndex` makes the whole
 * index again from the records (the maintenance menu, a new index version, a database made before
 * the index existed).
 */

/** What a record's entries read besides its own row, looked up one row at a time. */
const lookups = {
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

/** The entry a row makes now, read from the records; null when it makes none (gone, in the bin, empty). */
function entryOf(db: Db, table: string, key: string): SearchEntry | null {
  const id = Number(key);
  switch (table) {
    case 'meetings': {
      const row = findRow(db, meetings, id, { includeDeleted: true });
      return row ? meetingEntry(row, lookups.linkedSymbols(db, id)) : null;
    }
    case 'meeting_attendees': {
      const row = findRow(db, meetingAttendees, key);
      return row ? attendeeEntry(row, lookups.meeting(db, row.meetingId)) : null;
    }
    case 'agenda_items': {
      const row = findRow(db, agendaItems, key);
      return row ? agendaEntry(row, lookups.meeting(db, row.meetingId)) : null;
    }
    case 'speeches': {
      const row = findRow(db, speeches, key);
      return row ? speechEntry(row, lookups.meeting(db, row.meetingId)) : null;
    }
    case 'conclusions': {
      const row = findRow(db, conclusions, key);
      return row ? conclusionEntry(row, lookups.meeting(db, row.meetingId)) : null;
    }
    case 'awards': {
      const row = findRow(db, awards, key);
      return row ? awardEntry(row, lookups.meeting(db, row.meetingId)) : null;
    }
    case 'directives': {
      const row = findRow(db, directives, id, { includeDeleted: true });
      return row ? directiveEntry(row, lookups.organisation(db, row.issuerOrganisationId)?.name ?? null) : null;
    }
    case 'tasks': {
      const row = findRow(db, tasks, id, { includeDeleted: true });
      return row ? taskEntry(row, lookups.progressNotes(db, id)) : null;
    }
    case 'documents': {
      const row = findRow(db, documents, id, { includeDeleted: true });
      return row ? documentEntry(row) : null;
    }
    case 'people': {
      const row = findRow(db, people, id);
      return row ? personEntry(row, lookups.organisation(db, row.organisationId)) : null;
    }
    case 'organisations': {
      const row = findRow(db, organisations, id);
      return row ? organisationEntry(row) : null;
    }
    default:
      return null;
  }
}

interface ChangeEntry {
  id: number;
  table_name: string;
  row_key: string;
  operation: string;
}

/**
 * The sources a logged change touches: the row itself, and the rows whose entry folds in something
 * of it (a meeting's entry holds the symbols of its linked directives; a directive's, its issuing
 * organisation's name; a task's, its progress notes). A meeting going to the bin or back takes
 * all its rows with it.
 */
function touchedSources(db: Db, change: ChangeEntry, out: Set<string>, wholeMeetings: Set<number>): void {
  const { table_name: table, row_key: key } = change;
  switch (table) {
    case 'meetings':
      if (change.operation === 'soft_delete' || change.operation === 'restore') wholeMeetings.add(Number(key));
      else out.add(`meetings:${key}`);
      return;
    case 'meeting_directives':
      out.add(`meetings:${key.split(':')[0]}`);
      return;
    case 'directives': {
      out.add(`directives:${key}`);
      const linked = statement(db, 'SELECT meeting_id AS id FROM meeting_directives WHERE directive_id = ?').all(Number(key)) as Array<{ id: number }>;
      for (const row of linked) out.add(`meetings:${row.id}`);
      return;
    }
    case 'task_progress': {
      const row = statement(db, 'SELECT task_id AS id FROM task_progress WHERE id = ?').get(Number(key)) as { id: number } | undefined;
      if (row) out.add(`tasks:${row.id}`);
      return;
    }
    case 'organisations': {
      out.add(`organisations:${key}`);
      const issued = statement(db, 'SELECT id FROM directives WHERE issuer_organisation_id = ?').all(Number(key)) as Array<{ id: number }>;
      for (const row of issued) out.add(`directives:${row.id}`);
      return;
    }
    default:
      out.add(`${table}:${key}`);
  }
}

function reindexSource(db: Db, source: string): void {
  const split = source.indexOf(':');
  putEntry(db, source, entryOf(db, source.slice(0, split), source.slice(split + 1)));
}

/** Re-makes every entry of one meeting: its header and all its rows, or none when it is in the bin. */
function reindexWholeMeeting(db: Db, meetingId: number): void {
  removeRecordEntries(db, 'meeting', meetingId);
  reindexSource(db, `meetings:${meetingId}`);
  const meeting = lookups.meeting(db, meetingId);
  if (!meeting) return;
  for (const row of findRowsBy(db, meetingAttendees, 'meetingId', meetingId)) putEntry(db, `meeting_attendees:${row.id}`, attendeeEntry(row, meeting));
  for (const row of findRowsBy(db, agendaItems, 'meetingId', meetingId)) putEntry(db, `agenda_items:${row.id}`, agendaEntry(row, meeting));
  for (const row of findRowsBy(db, speeches, 'meetingId', meetingId)) putEntry(db, `speeches:${row.id}`, speechEntry(row, meeting));
  for (const row of findRowsBy(db, conclusions, 'meetingId', meetingId)) putEntry(db, `conclusions:${row.id}`, conclusionEntry(row, meeting));
  for (const row of findRowsBy(db, awards, 'meetingId', meetingId)) putEntry(db, `awards:${row.id}`, awardEntry(row, meeting));
}

export interface SyncResult {
  /** Change-log entries taken in. */
  changes: number;
  /** Whether the whole index was (re)built from the records. */
  rebuilt: boolean;
}

/** Brings the index up to the newest change-log entry (or builds it, the first time). */
export function syncSearchIndex(db: Db): SyncResult {
  return db.transaction((): SyncResult => {
    if (ensureSearchTables(db)) {
      rebuildInTransaction(db);
      return { changes: 0, rebuilt: true };
    }
    const cursor = Number(readState(db, 'cursor') ?? '0');
    const pending = statement(db, 'SELECT id, table_name, row_key, operation FROM change_log WHERE id > ? ORDER BY id').all(cursor) as ChangeEntry[];
    if (pending.length === 0) return { changes: 0, rebuilt: false };
    const sources = new Set<string>();
    const wholeMeetings = new Set<number>();
    for (const change of pending) touchedSources(db, change, sources, wholeMeetings);
    for (const meetingId of wholeMeetings) reindexWholeMeeting(db, meetingId);
    for (const source of sources) reindexSource(db, source);
    writeState(db, 'cursor', String(pending[pending.length - 1]!.id));
    return { changes: pending.length, rebuilt: false };
  }).immediate();
}

/** Throws the index away and makes it again from the records. */
export function rebuildSearchIndex(db: Db): { entries: number } {
  return db.transaction(() => {
    ensureSearchTables(db);
    rebuildInTransaction(db);
    return { entries: (db.prepare('SELECT count(*) AS n FROM search_entries').get() as { n: number }).n };
  }).immediate();
}

/** Every live record's entries, read table by table (one pass each, not one query per row). */
function rebuildInTransaction(db: Db): void {
  clearIndex(db);
  pauseMerging(db);
  const bulk: BulkInsert = { terms: new Set(), nextRowid: new Map() };
  const add = (entry: SearchEntry | null) => {
    if (entry) insertEntry(db, entry, bulk);
  };
  const cursor = (db.prepare('SELECT coalesce(max(id), 0) AS id FROM change_log').get() as { id: number }).id;
  // .all(), not .iterate(): the connection cannot insert while a read is still open on it.
  const rowsOf = <T extends Parameters<typeof selectList>[0]>(table: T, where = '') =>
    db.prepare(`SELECT ${selectList(table)} FROM ${table.name} ${where}`).all().map((raw) => decodeRow(table, raw));

  const symbols = new Map<number, string[]>();
  const links = db
    .prepare(
      `SELECT md.meeting_id AS meetingId, d.number_symbol AS symbol FROM meeting_directives md JOIN directives d ON d.id = md.directive_id
       WHERE d.deleted_at IS NULL ORDER BY md.created_at, md.rowid`,
    )
    .all() as Array<{ meetingId: number; symbol: string }>;
  for (const { meetingId, symbol } of links) symbols.set(meetingId, [...(symbols.get(meetingId) ?? []), symbol]);

  const liveMeetings = new Map<number, MeetingContext>();
  for (const row of rowsOf(meetings, 'WHERE deleted_at IS NULL')) {
    liveMeetings.set(row.id, { id: row.id, startAt: row.startAt });
    add(meetingEntry(row, symbols.get(row.id) ?? []));
  }
  const meetingOf = (meetingId: number) => liveMeetings.get(meetingId) ?? null;
  for (const row of rowsOf(meetingAttendees)) add(attendeeEntry(row, meetingOf(row.meetingId)));
  for (const row of rowsOf(agendaItems)) add(agendaEntry(row, meetingOf(row.meetingId)));
  for (const row of rowsOf(speeches)) add(speechEntry(row, meetingOf(row.meetingId)));
  for (const row of rowsOf(conclusions)) add(conclusionEntry(row, meetingOf(row.meetingId)));
  for (const row of rowsOf(awards)) add(awardEntry(row, meetingOf(row.meetingId)));

  const organisationNames = new Map<number, { name: string; abbreviation: string }>();
  for (const row of rowsOf(organisations)) {
    organisationNames.set(row.id, { name: row.name, abbreviation: row.abbreviation });
    add(organisationEntry(row));
  }
  const organisationOf = (id: number | null) => (id === null ? null : (organisationNames.get(id) ?? null));
  for (const row of rowsOf(people)) add(personEntry(row, organisationOf(row.organisationId)));
  for (const row of rowsOf(directives, 'WHERE deleted_at IS NULL')) add(directiveEntry(row, organisationOf(row.issuerOrganisationId)?.name ?? null));

  const notes = new Map<number, string[]>();
  const progress = db.prepare('SELECT task_id AS taskId, note FROM task_progress ORDER BY task_id, progress_date, id').all() as Array<{ taskId: number; note: string }>;
  for (const { taskId, note } of progress) notes.set(taskId, [...(notes.get(taskId) ?? []), note]);
  for (const row of rowsOf(tasks, 'WHERE deleted_at IS NULL')) add(taskEntry(row, notes.get(row.id) ?? []));
  for (const row of rowsOf(documents, 'WHERE deleted_at IS NULL')) add(documentEntry(row));
  insertTerms(db, [...bulk.terms].sort());
  optimiseAndResumeMerging(db);
  writeState(db, 'cursor', String(cursor));
}
