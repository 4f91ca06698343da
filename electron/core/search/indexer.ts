import type { Db } from '../db/open';
import { statement } from '../db/write/sql';
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
  type SearchEntry,
} from './entries';
import { buildPercent, buildSlice, newBuildCache, readBuild, startBuild, type BuildProgress } from './build';
import { lookups } from './lookups';
import { ensureSearchTables, INDEX_VERSION, putEntry, readState, removeRecordEntries, writeState } from './store';

/**
 * Keeps the search index equal to the records, fed from the change log: every write appends to
 * change_log in its own transaction (db/write), and `syncSearchIndex` takes in the entries after
 * the last one it saw, re-making the index entries of the rows they name. A crash between a write
 * and the sync loses nothing: the entries wait in the log. `rebuildSearchIndex` makes the whole
 * index again from the records (the maintenance menu, a new index version, a database made before
 * the index existed).
 */

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

/** The change-log entries after the index's cursor, re-made in one transaction. */
function takeInLog(db: Db): number {
  return db.transaction((): number => {
    const cursor = Number(readState(db, 'cursor') ?? '0');
    const pending = statement(db, 'SELECT id, table_name, row_key, operation FROM change_log WHERE id > ? ORDER BY id').all(cursor) as ChangeEntry[];
    if (pending.length === 0) return 0;
    const sources = new Set<string>();
    const wholeMeetings = new Set<number>();
    for (const change of pending) touchedSources(db, change, sources, wholeMeetings);
    for (const meetingId of wholeMeetings) reindexWholeMeeting(db, meetingId);
    for (const source of sources) reindexSource(db, source);
    writeState(db, 'cursor', String(pending[pending.length - 1]!.id));
    return pending.length;
  }).immediate();
}

/** What the index needs before it can answer: nothing, the change log taken in, or a build (first time, new version). */
export type IndexState = { kind: 'ready' } | { kind: 'building'; percent: number };

/**
 * Creates the tables when missing and records a build when the index is empty or of an older
 * version; a build already recorded (interrupted, or going on in the background) is left as it is.
 */
export function prepareIndex(db: Db): IndexState {
  if (isBuilt(db)) return { kind: 'ready' };
  const build = db.transaction((): BuildProgress | null => {
    // Tables of an older version are dropped first, with any build of theirs.
    const empty = ensureSearchTables(db);
    return readBuild(db) ?? (empty ? startBuild(db) : null);
  }).immediate();
  return build ? { kind: 'building', percent: buildPercent(build) } : { kind: 'ready' };
}

/** The index of this version exists and has been built (it has a cursor and no build under way): plain reads, no lock. */
function isBuilt(db: Db): boolean {
  if (statement(db, "SELECT 1 FROM sqlite_master WHERE name = 'search_state'").get() === undefined) return false;
  return readState(db, 'version') === String(INDEX_VERSION) && readState(db, 'cursor') !== null && readState(db, 'build') === null;
}

/** The newest change-log id, and the one the index has taken in: reading them takes no lock. */
function isBehind(db: Db): boolean {
  const newest = (statement(db, 'SELECT coalesce(max(id), 0) AS id FROM change_log').get() as { id: number }).id;
  return newest > Number(readState(db, 'cursor') ?? '0');
}

/**
 * Brings the index up to the newest change-log entry, building it first when it must be (the
 * first time, a new index version, a build left unfinished): here in one go, for callers that
 * cannot wait for a background build (the CLI, the tests, a rebuild asked for). The app builds in
 * the background instead (background.ts) and searches with its `syncForSearch`.
 */
export function syncSearchIndex(db: Db): SyncResult {
  const rebuilt = prepareIndex(db).kind === 'building';
  if (rebuilt) {
    const cache = newBuildCache();
    while (!buildSlice(db, cache, BLOCKING_SLICE_MS).finished);
  }
  if (!isBehind(db)) return { changes: 0, rebuilt };
  return { changes: takeInLog(db), rebuilt };
}

/** A blocking build still works in slices (one transaction each), long ones: nobody waits between them. */
const BLOCKING_SLICE_MS = 1000;

/** Throws the index away and makes it again from the records, in one go. */
export function rebuildSearchIndex(db: Db): { entries: number } {
  db.transaction(() => {
    ensureSearchTables(db);
    startBuild(db);
  }).immediate();
  syncSearchIndex(db);
  return { entries: (db.prepare('SELECT count(*) AS n FROM search_entries').get() as { n: number }).n };
}
