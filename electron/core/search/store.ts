import { SEARCH_KIND, type SearchKind } from '../../../shared/domain';
import { searchWords } from '../../../shared/search-text';
import type { Db } from '../db/open';
import { statement } from '../db/write/sql';
import type { SearchEntry } from './entries';

/**
 * The search index's own tables. They are derived data, rebuilt from the records at any time, so
 * they are not part of the numbered migrations: `ensureSearchTables` creates them when missing
 * and drops and recreates them when INDEX_VERSION changes (a new tokenizer, new columns), and the
 * index is then built again from the records (see indexer.ts).
 *
 * - search_entries: one row per searchable row of the app (see entries.ts): where a result opens,
 *   and the folded words that ranking reads (`folded_head`, and `folded_lead`, the start of the
 *   folded body: ranking needs no more, see search.ts). Kept short, so a row fits in its page:
 *   the candidates of a query are read without touching a long document's overflow pages.
 * - search_texts: the same rows' text as written (snippets, the exact-accent ranking), and for a
 *   document body its folded paragraphs, one a line (`folded_paragraphs`), so that the paragraph a
 *   result opens at is found without folding the body again. Read only for the few results shown.
 * - search_fts_<kind>: FTS5 over the folded words of the entries of one kind (head: what names the
 *   entry; body: the rest), sharing search_entries' rowid. One table per kind because FTS5 reads
 *   a table's matches newest-first for free (ORDER BY rowid DESC LIMIT stops early), but a rowid
 *   range inside one big table is filtered, not skipped to: measured, the per-kind reads over one
 *   table cost 10–50 times more. Rowids grow with the record's day, so newest-first is recency.
 *   Contentless (content=''): the folded words ranking reads are in search_entries already, and
 *   the whole folded text of every document would double the file for nothing.
 * - search_head_<kind>: the same over the head alone. "The newest entries whose name matches" read
 *   as a column filter (`head : …`) of the table above walks every match of the query to find the
 *   few in a name (2–3 ms for "le thi hoa" among 10,000 attendees and speeches); over its own
 *   table it stops after the first few, like any other read.
 * - prefix = '2 3': words of two or three letters begin too many words to spell out ("ng", "tha");
 *   FTS5 keeps their rows together so they are read lazily too. Longer prefixes are spelled out.
 * - search_terms: every word the index has seen, so that a word being typed ("thanh") becomes an
 *   OR of the few words it begins (thanh, thanhs…) that FTS5 walks lazily, instead of a prefix
 *   query, which FTS5 answers by first merging every row of every such word (100,000 for "thanh").
 *   Words no longer in any entry may stay: they match nothing.
 * - search_state: the last change_log id the index has taken in, the index version, and while the
 *   index is being built, how far the build has gone (indexer.ts).
 */
export const INDEX_VERSION = 4;

export function ftsTable(kind: SearchKind): string {
  return `search_fts_${kind}`;
}

export function headTable(kind: SearchKind): string {
  return `search_head_${kind}`;
}

/** How much of a folded body ranking reads: enough to tell candidates apart (see search.ts). */
export const FOLDED_LEAD_CHARACTERS = 1500;

const FTS_OPTIONS = "content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3'";

const DDL = `
CREATE TABLE IF NOT EXISTS search_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS search_entries (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  part TEXT NOT NULL,
  part_id TEXT,
  day INTEGER NOT NULL,
  folded_head TEXT NOT NULL,
  folded_lead TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS search_texts (
  id INTEGER PRIMARY KEY,
  head TEXT NOT NULL,
  body TEXT NOT NULL,
  folded_paragraphs TEXT
);
CREATE INDEX IF NOT EXISTS search_entries_record ON search_entries(kind, record_id);
CREATE TABLE IF NOT EXISTS search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
${SEARCH_KIND.values
  .map(
    (kind) =>
      `CREATE VIRTUAL TABLE IF NOT EXISTS ${ftsTable(kind)} USING fts5(head, body, ${FTS_OPTIONS});\n` +
      `CREATE VIRTUAL TABLE IF NOT EXISTS ${headTable(kind)} USING fts5(head, ${FTS_OPTIONS});`,
  )
  .join('\n')}`;

const DROP = ['search_state', 'search_entries', 'search_texts', 'search_terms', 'search_fts', ...SEARCH_KIND.values.flatMap((kind) => [ftsTable(kind), headTable(kind)])]
  .map((table) => `DROP TABLE IF EXISTS ${table};`)
  .join(' ');

/** Removes the index's tables (a database from before the index, or a new index version). */
export function dropSearchTables(db: Db): void {
  db.exec(DROP);
}

/**
 * Creates the tables when missing (or of an older version); returns true when the index is empty
 * and must be built from the records.
 */
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
  // A build keeps each day's next free rowid in memory; a day it has not seen yet is read once.
  const known = bulk?.nextRowid.get(base);
  let next = known;
  if (next === undefined) {
    const row = statement(db, 'SELECT max(id) AS id FROM search_entries WHERE id >= ? AND id < ?').get(base, base + DAY_SPAN) as { id: number | null };
    next = row.id === null ? base : row.id + 1;
  }
  bulk?.nextRowid.set(base, next + 1);
  return next;
}

/** The folded words of a text as the index stores them, one space apart. */
export function indexedText(text: string): string {
  return searchWords(text).join(' ');
}

/** The start of a folded text, cut at a word's end: what ranking reads of a long body. */
export function foldedLead(folded: string): string {
  if (folded.length <= FOLDED_LEAD_CHARACTERS) return folded;
  const space = folded.lastIndexOf(' ', FOLDED_LEAD_CHARACTERS);
  return folded.slice(0, space > 0 ? space : FOLDED_LEAD_CHARACTERS);
}

/** A document body's paragraphs (one a line, as plainText writes them) folded, one a line. */
export function foldedParagraphs(body: string): string {
  return body
    .split('\n')
    .map((paragraph) => indexedText(paragraph))
    .join('\n');
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
  folded_head: string;
}

/** Puts `entry` in the index under `source`, or removes what `source` had when `entry` is null. Unchanged entries are left alone. */
export function putEntry(db: Db, source: string, entry: SearchEntry | null): void {
  const stored = statement(
    db,
    'SELECT e.id, e.kind, e.record_id, e.part, e.part_id, t.head, t.body, e.day, e.folded_head FROM search_entries e JOIN search_texts t ON t.id = e.id WHERE e.source = ?',
  ).get(source) as
    | StoredEntry
    | undefined;
  if (stored && entry && sameEntry(stored, entry)) return;
  if (stored) removeEntryRow(db, stored.id, stored.folded_head !== '');
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

/** Puts one entry in: its row, its words in its kind's FTS tables, and its words in the terms (or the build's set of them). */
export function insertEntry(db: Db, entry: SearchEntry, bulk?: BulkInsert): void {
  const id = entryRowid(db, entry, bulk);
  const head = searchWords(entry.head);
  const body = searchWords(entry.body);
  const foldedHead = head.join(' ');
  const foldedBody = body.join(' ');
  statement(db, 'INSERT INTO search_entries (id, source, kind, record_id, part, part_id, day, folded_head, folded_lead) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    id,
    entry.source,
    entry.kind,
    entry.recordId,
    entry.part,
    entry.partId,
    entry.day,
    foldedHead,
    foldedLead(foldedBody),
  );
  const paragraphs = entry.part === 'body' ? foldedParagraphs(entry.body) : null;
  statement(db, 'INSERT INTO search_texts (id, head, body, folded_paragraphs) VALUES (?, ?, ?, ?)').run(id, entry.head, entry.body, paragraphs);
  statement(db, `INSERT INTO ${ftsTable(entry.kind)} (rowid, head, body) VALUES (?, ?, ?)`).run(id, foldedHead, foldedBody);
  if (foldedHead !== '') statement(db, `INSERT INTO ${headTable(entry.kind)} (rowid, head) VALUES (?, ?)`).run(id, foldedHead);
  if (bulk) {
    const fresh = new Set<string>();
    for (const word of head) if (!bulk.terms.has(word)) fresh.add(word);
    for (const word of body) if (!bulk.terms.has(word)) fresh.add(word);
    for (const word of fresh) bulk.terms.add(word);
    insertTerms(db, fresh);
    return;
  }
  insertTerms(db, new Set([...head, ...body]));
}

export function insertTerms(db: Db, terms: Iterable<string>): void {
  const insert = statement(db, 'INSERT OR IGNORE INTO search_terms (term) VALUES (?)');
  for (const term of terms) insert.run(term);
}

function removeEntryRow(db: Db, id: number, hasHead: boolean): void {
  const kind = kindOfRowid(id);
  statement(db, `DELETE FROM ${ftsTable(kind)} WHERE rowid = ?`).run(id);
  if (hasHead) statement(db, `DELETE FROM ${headTable(kind)} WHERE rowid = ?`).run(id);
  statement(db, 'DELETE FROM search_entries WHERE id = ?').run(id);
  statement(db, 'DELETE FROM search_texts WHERE id = ?').run(id);
}

/** Removes every entry of one record (a meeting moved to the bin takes its rows with it). */
export function removeRecordEntries(db: Db, kind: SearchKind, recordId: number): void {
  const rows = statement(db, "SELECT id, folded_head <> '' AS hasHead FROM search_entries WHERE kind = ? AND record_id = ?").all(kind, recordId) as Array<{
    id: number;
    hasHead: number;
  }>;
  for (const row of rows) removeEntryRow(db, row.id, row.hasHead === 1);
}

/** Every FTS5 table of the index. */
export const FTS_TABLES: readonly string[] = SEARCH_KIND.values.flatMap((kind) => [ftsTable(kind), headTable(kind)]);

/**
 * One step of merging a table's segments into fewer, larger ones (at most `pages` pages of work);
 * returns whether there was anything to do. Repeated until it returns false, the table ends as
 * 'optimize' leaves it, in steps short enough not to hold the app up.
 */
export function mergeStep(db: Db, table: string, pages: number): boolean {
  const before = db.prepare('SELECT total_changes() AS n').get() as { n: number };
  db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('merge', ?)`).run(-pages);
  const after = db.prepare('SELECT total_changes() AS n').get() as { n: number };
  return after.n - before.n >= 2;
}

/** Empties the index (a rebuild from scratch starts here); the cursor goes, so the index reads as "to be built". */
export function clearIndex(db: Db): void {
  db.exec("DELETE FROM search_entries; DELETE FROM search_texts; DELETE FROM search_terms; DELETE FROM search_state WHERE key IN ('cursor', 'build');");
  // 'delete-all' empties a contentless table at once (a DELETE would remove its rows one by one).
  for (const table of FTS_TABLES) db.exec(`INSERT INTO ${table} (${table}) VALUES ('delete-all');`);
}
