import { performance } from 'node:perf_hooks';
import type { Db } from '../db/open';
import type { RowOf, TableShape } from '../db/write/define';
import { decodeRow, selectList } from '../db/write/sql';
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
import { lookups } from './lookups';
import { clearIndex, FTS_TABLES, insertEntry, mergeStep, readState, writeState, type BulkInsert } from './store';

/**
 * Building the whole index from the records, in slices: each slice is one short transaction that
 * reads the next rows of one table (in rowid order) and puts their entries in, then records how far
 * it got (search_state 'build'). Between slices the app answers the user (see background.ts), and a
 * search answers from what is built so far. The change-log cursor is taken when the build starts:
 * anything written while it runs is in the log after it, and the ordinary sync takes it in once
 * the build is done, so a row read before an edit is made again from the edit.
 *
 * After the rows, the FTS tables' segments are merged in small steps (what 'optimize' does at once),
 * which keeps reads quick afterwards. A build interrupted (the app closed) goes on from its last
 * slice the next time.
 */

/** One table read by the build: its columns, which rows make entries, and the entry of a row. */
interface BuildStep {
  table: string;
  columns: string;
  /** Only the live rows: the ones in the bin make no entry. */
  where: string;
  entry(raw: unknown, memo: SliceMemo): SearchEntry | null;
}

/** What one slice looks up once for many rows (a meeting's day and liveness, an organisation's name). */
interface SliceMemo {
  meeting(id: number): MeetingContext | null;
  organisation(id: number | null): { name: string; abbreviation: string } | null;
  db: Db;
}

function step<T extends TableShape>(table: T, entry: (row: RowOf<T>, memo: SliceMemo) => SearchEntry | null, where = ''): BuildStep {
  return { table: table.name, columns: selectList(table), where, entry: (raw, memo) => entry(decodeRow(table, raw), memo) };
}

const STEPS: readonly BuildStep[] = [
  step(meetings, (row, memo) => meetingEntry(row, lookups.linkedSymbols(memo.db, row.id)), 'deleted_at IS NULL'),
  step(meetingAttendees, (row, memo) => attendeeEntry(row, memo.meeting(row.meetingId))),
  step(agendaItems, (row, memo) => agendaEntry(row, memo.meeting(row.meetingId))),
  step(speeches, (row, memo) => speechEntry(row, memo.meeting(row.meetingId))),
  step(conclusions, (row, memo) => conclusionEntry(row, memo.meeting(row.meetingId))),
  step(awards, (row, memo) => awardEntry(row, memo.meeting(row.meetingId))),
  step(organisations, (row) => organisationEntry(row)),
  step(people, (row, memo) => personEntry(row, memo.organisation(row.organisationId))),
  step(directives, (row, memo) => directiveEntry(row, memo.organisation(row.issuerOrganisationId)?.name ?? null), 'deleted_at IS NULL'),
  step(tasks, (row, memo) => taskEntry(row, lookups.progressNotes(memo.db, row.id)), 'deleted_at IS NULL'),
  step(documents, (row) => documentEntry(row), 'deleted_at IS NULL'),
];

/** Rows read per query inside a slice: small enough that a slice stops close to its time budget. */
const CHUNK_ROWS = 250;

export interface BuildProgress {
  /** The change-log id the build started at: the sync takes in what came after it. */
  cursor: number;
  /** Index in STEPS of the table being read; STEPS.length once the rows are in (merging). */
  step: number;
  /** The last rowid of that table read. */
  after: number;
  /** Rows read so far, and how many there were when the build started (for the percentage). */
  done: number;
  total: number;
  /** While merging: the index in FTS_TABLES of the table being merged. */
  merging: number;
}

export function readBuild(db: Db): BuildProgress | null {
  const value = readState(db, 'build');
  return value === null ? null : (JSON.parse(value) as BuildProgress);
}

function writeBuild(db: Db, progress: BuildProgress): string {
  const value = JSON.stringify(progress);
  writeState(db, 'build', value);
  return value;
}

/** How far a build is, 0–99 (100 only once it is done and the state is gone). */
export function buildPercent(progress: BuildProgress): number {
  const rows = progress.total === 0 ? 1 : Math.min(1, progress.done / progress.total);
  // The rows are most of the work; the merging after them is counted as the last 5 %.
  const merged = progress.step < STEPS.length ? 0 : progress.merging / FTS_TABLES.length;
  return Math.min(99, Math.floor(rows * 95 + merged * 5));
}

/** Empties the index and records a build to come, starting at the newest change-log entry. Call inside a transaction. */
export function startBuild(db: Db): BuildProgress {
  clearIndex(db);
  const cursor = (db.prepare('SELECT coalesce(max(id), 0) AS id FROM change_log').get() as { id: number }).id;
  const total = STEPS.reduce(
    (sum, s) => sum + (db.prepare(`SELECT count(*) AS n FROM ${s.table}${s.where === '' ? '' : ` WHERE ${s.where}`}`).get() as { n: number }).n,
    0,
  );
  const progress: BuildProgress = { cursor, step: 0, after: 0, done: 0, total, merging: 0 };
  writeBuild(db, progress);
  return progress;
}

/**
 * What a builder keeps between its slices: the words already in search_terms and each day's next
 * rowid. Only valid while nobody else advances the build (another process on the same file):
 * `seen` is the state this builder last wrote, and a slice that finds another drops the caches.
 */
export interface BuildCache {
  bulk: BulkInsert;
  seen: string | null;
}

export function newBuildCache(): BuildCache {
  return { bulk: { terms: new Set(), nextRowid: new Map() }, seen: null };
}

export interface SliceResult {
  finished: boolean;
  percent: number;
}

/**
 * One slice of the build, in its own transaction, stopping once `budgetMs` is spent (at least one
 * chunk of rows or one merge step is done, so every slice makes progress). When the last slice
 * finishes, the cursor is written and the index reads as built. `chunkRows` is for the tests: a
 * build over a few rows in many slices.
 */
export function buildSlice(db: Db, cache: BuildCache, budgetMs: number, chunkRows = CHUNK_ROWS): SliceResult {
  return db.transaction((): SliceResult => {
    const started = performance.now();
    const stored = readState(db, 'build');
    if (stored === null) return { finished: true, percent: 100 };
    if (stored !== cache.seen) {
      const fresh = newBuildCache();
      cache.bulk = fresh.bulk;
    }
    const progress = JSON.parse(stored) as BuildProgress;
    const meetingMemo = new Map<number, MeetingContext | null>();
    const organisationMemo = new Map<number, { name: string; abbreviation: string } | null>();
    const memo: SliceMemo = {
      db,
      meeting(id) {
        if (!meetingMemo.has(id)) meetingMemo.set(id, lookups.meeting(db, id));
        return meetingMemo.get(id)!;
      },
      organisation(id) {
        if (id === null) return null;
        if (!organisationMemo.has(id)) organisationMemo.set(id, lookups.organisation(db, id));
        return organisationMemo.get(id)!;
      },
    };
    do {
      if (progress.step < STEPS.length) {
        const current = STEPS[progress.step]!;
        const where = current.where === '' ? '' : ` AND ${current.where}`;
        // .all(), not .iterate(): the connection cannot insert while a read is still open on it.
        const rows = db
          .prepare(`SELECT rowid AS build_rowid, ${current.columns} FROM ${current.table} WHERE rowid > ?${where} ORDER BY rowid LIMIT ?`)
          .all(progress.after, chunkRows) as Array<{ build_rowid: number }>;
        for (const raw of rows) {
          const entry = current.entry(raw, memo);
          if (entry) insertEntry(db, entry, cache.bulk);
        }
        progress.done += rows.length;
        if (rows.length < chunkRows) {
          progress.step += 1;
          progress.after = 0;
        } else progress.after = rows[rows.length - 1]!.build_rowid;
      } else if (progress.merging < FTS_TABLES.length) {
        if (!mergeStep(db, FTS_TABLES[progress.merging]!, MERGE_PAGES)) progress.merging += 1;
      } else {
        db.prepare("DELETE FROM search_state WHERE key = 'build'").run();
        writeState(db, 'cursor', String(progress.cursor));
        cache.seen = null;
        return { finished: true, percent: 100 };
      }
    } while (performance.now() - started < budgetMs);
    cache.seen = writeBuild(db, progress);
    return { finished: false, percent: buildPercent(progress) };
  }).immediate();
}

/** Pages of merged data one merge step writes: a few milliseconds of work. */
const MERGE_PAGES = 200;
