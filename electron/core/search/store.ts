import { SEARCH_KIND, type SearchKind } from '../../../shared/domain';
import { searchWords } from '../../../shared/search-text';
import type { Db } from '../db/open';
import { statement } from '../db/write/sql';
import type { SearchEntry } from './entries';

/**
 * The search index's own tables. They are derived data, rebuilt from the records at any time, so
 * they are not part of the numbered migrations: `ensureSearchTables` creates them when missing
 * and drops and recreates them when INDEX_VERSION changes (a new tokenizer, new columns), and the
 * next sync rebuilds them from the records.
 *
 * - search_entries: one row per searchable row of the app (see entries.ts), its text as written
 *   (for snippets and the exact-accent ranking) and where a result opens.
 * - search_fts_<kind>: FTS5 over the folded words of the entries of one kind (head: what names the
 *   entry; body: the rest), sharing search_entries' rowid. One table per kind because FTS5 reads
 *   a table's matches newest-first for free (ORDER BY rowid DESC LIMIT stops early), but a rowid
 *   range inside one big table is filtered, not skipped to: measured, the per-kind reads over one
 *   table cost 10–50 times more. Rowids grow with the record's day, so newest-first is recency.
 *   The folded words are stored (not contentless): ranking reads them instead of folding again.
 * - prefix = '2': two-letter prefixes ("ng", "th") begin too many words to spell out; FTS5 keeps
 *   their rows together so they are read lazily too. Longer prefixes are spelled out (below).
 * - search_terms: every word the index has seen, so that a word being typed ("thanh") becomes an
 *   OR of the few words it begins (thanh, thanhs…) that FTS5 walks lazily, instead of a prefix
 *   query, which FTS5 answers by first merging every row of every such word (100,000 for "thanh").
 *   Words no longer in any entry may stay: they match nothing.
 * - search_state: the last change_log id the index has taken in, and the index version.
 */
export const INDEX_VERSION = 3;

export function ftsTable(kind: SearchKind): string {
  return `search_fts_${kind}`;
}

const DDL = `
CREATE TABLE IF NOT EXISTS search_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS search_entries (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  part TEXT NOT NULL,
  part_id TEXT,
  head TEXT NOT NULL,
  body TEXT NOT NULL,
  day INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS search_entries_record ON search_entries(kind, record_id);
CREATE TABLE IF NOT EXISTS search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
${SEARCH_KIND.values
  .map((kind) => `CREATE VIRTUAL TABLE IF NOT EXISTS ${ftsTable(kind)} USING fts5(head, body, tokenize = 'unicode61 remove_diacritics 0', prefix = '2');`)
  .join('\n')}`;

const DROP = ['search_state', 'search_entries', 'search_terms', 'search_fts', ...SEARCH_KIND.values.map(ftsTable)]
  .map((table) => `DROP TABLE IF EXISTS ${table};`)
  .join(' ');

/** Removes the index's tables (a database from before the index, or a new index version). */
export function dropSearchTables(db: Db): void {
  db.exec(DROP);
}

/** Creates the tables when missing; returns true when the index is empty and must be built. */
export function ensureSearchTables(db: Db): boolean {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'search_state'").get() !== undefined;
  if (exists) {
    const version = readState(db, 'version');
    if (version === String(INDEX_VERSION)) return readState(db, 'cursor') === null;
    db.exec(DROP);
  }
  db.exec(DDL);
  writeState(db, 'version', String(INDEX_VERSION));
  return true;
}

export function readState(db: Db, key: string): string | null {
  const row = statement(db, 'SELECT value FROM search_state WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function writeState(db: Db, key: string, value: string): void {
  statement(db, 'INSERT INTO search_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

/**
 * The rowid of an entry: kind, then day, then a counter. FTS5 walks a match in rowid order for
 * free, so "the newest matches of one kind" is a rowid range read backwards with a LIMIT — no
 * ranking function has to visit every match of a common word (see search.ts).
 */
const KIND_SPAN = 2 ** 40;
const DAY_SPAN = 2 ** 21;

export function kindRange(kind: SearchKind): [number, number] {
  const index = SEARCH_KIND.values.indexOf(kind) + 1;
  return [index * KIND_SPAN, (index + 1) * KIND_SPAN - 1];
}

export function kindOfRowid(rowid: number): SearchKind {
  return SEARCH_KIND.values[Math.floor(rowid / KIND_SPAN) - 1]!;
}

function entryRowid(db: Db, entry: SearchEntry, bulk?: BulkInsert): number {
  const base = kindRange(entry.kind)[0] + entry.day * DAY_SPAN;
  if (bulk) {
    // A rebuild starts from empty tables: the next free rowid of each day is counted here.
    const next = bulk.nextRowid.get(base) ?? base;
    bulk.nextRowid.set(base, next + 1);
    return next;
  }
  const row = statement(db, 'SELECT max(id) AS id FROM search_entries WHERE id >= ? AND id < ?').get(base, base + DAY_SPAN) as { id: number | null };
  return row.id === null ? base : row.id + 1;
}

/** The folded words of a text as the index stores them, one space apart. */
export function indexedText(text: string): string {
  return searchWords(text).join(' ');
}

interface StoredEntry {
  id: number;
  kind: string;
  record_id: number;
  part: string;
  part_id: string | null;
  head: string;
  body: string;
  day: number;
}

/** Puts `entry` in the index under `source`, or removes what `source` had when `entry` is null. Unchanged entries are left alone. */
export function putEntry(db: Db, source: string, entry: SearchEntry | null): void {
  const stored = statement(db, 'SELECT id, kind, record_id, part, part_id, head, body, day FROM search_entries WHERE source = ?').get(source) as
    | StoredEntry
    | undefined;
  if (stored && entry && sameEntry(stored, entry)) return;
  if (stored) removeEntryRow(db, stored.id);
  if (entry) insertEntry(db, entry);
}

function sameEntry(stored: StoredEntry, entry: SearchEntry): boolean {
  return (
    stored.kind === entry.kind &&
    stored.record_id === entry.recordId &&
    stored.part === entry.part &&
    stored.part_id === entry.partId &&
    stored.head === entry.head &&
    stored.body === entry.body &&
    stored.day === entry.day
  );
}

/** What a rebuild keeps while it inserts: the words seen (written once at the end) and each day's next rowid. */
export interface BulkInsert {
  terms: Set<string>;
  nextRowid: Map<number, number>;
}

export function insertEntry(db: Db, entry: SearchEntry, bulk?: BulkInsert): void {
  const id = entryRowid(db, entry, bulk);
  statement(db, 'INSERT INTO search_entries (id, source, kind, record_id, part, part_id, head, body, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    id,
    entry.source,
    entry.kind,
    entry.recordId,
    entry.part,
    entry.partId,
    entry.head,
    entry.body,
    entry.day,
  );
  const head = searchWords(entry.head);
  const body = searchWords(entry.body);
  statement(db, `INSERT INTO ${ftsTable(entry.kind)} (rowid, head, body) VALUES (?, ?, ?)`).run(id, head.join(' '), body.join(' '));
  if (bulk) {
    for (const word of head) bulk.terms.add(word);
    for (const word of body) bulk.terms.add(word);
    return;
  }
  insertTerms(db, new Set([...head, ...body]));
}

export function insertTerms(db: Db, terms: Iterable<string>): void {
  const insert = statement(db, 'INSERT OR IGNORE INTO search_terms (term) VALUES (?)');
  for (const term of terms) insert.run(term);
}

function removeEntryRow(db: Db, id: number): void {
  statement(db, `DELETE FROM ${ftsTable(kindOfRowid(id))} WHERE rowid = ?`).run(id);
  statement(db, 'DELETE FROM search_entries WHERE id = ?').run(id);
}

/** Removes every entry of one record (a meeting moved to the bin takes its rows with it). */
export function removeRecordEntries(db: Db, kind: SearchKind, recordId: number): void {
  const rows = statement(db, 'SELECT id FROM search_entries WHERE kind = ? AND record_id = ?').all(kind, recordId) as Array<{ id: number }>;
  for (const row of rows) removeEntryRow(db, row.id);
}

/**
 * Around a rebuild: FTS5's automatic merging is paused while the rows go in (a third of the
 * time), then each table is merged into one segment, which keeps reads quick afterwards.
 */
export function pauseMerging(db: Db): void {
  for (const kind of SEARCH_KIND.values) db.exec(`INSERT INTO ${ftsTable(kind)} (${ftsTable(kind)}, rank) VALUES ('automerge', 0)`);
}

export function optimiseAndResumeMerging(db: Db): void {
  for (const kind of SEARCH_KIND.values) {
    const table = ftsTable(kind);
    db.exec(`INSERT INTO ${table} (${table}) VALUES ('optimize'); INSERT INTO ${table} (${table}, rank) VALUES ('automerge', 4);`);
  }
}

export function clearIndex(db: Db): void {
  db.exec("DELETE FROM search_entries; DELETE FROM search_terms; DELETE FROM search_state WHERE key = 'cursor';");
  for (const kind of SEARCH_KIND.values) db.exec(`DELETE FROM ${ftsTable(kind)};`);
}
