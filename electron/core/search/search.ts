import { performance } from 'node:perf_hooks';
import { SEARCH_KIND, SEARCH_SCOPE_KINDS, type SearchKind, type SearchScope } from '../../../shared/domain';
import { isWholeWordOnly, parseSearchQuery, snippetOf, type QueryTerm } from '../../../shared/search-text';
import type { SearchGroup, SearchHit, SearchResult } from '../../../shared/schemas/search';
import type { Db } from '../db/open';
import { statement } from '../db/write/sql';
import type { SearchPart } from './entries';
import { dayNumber } from './entries';
import { syncForSearch } from './background';
import { syncSearchIndex } from './indexer';
import { FOLDED_LEAD_CHARACTERS, ftsTable, headTable } from './store';
import { recordTitles } from './titles';

/**
 * Global search. Ranking has to stay cheap on common words: FTS5's bm25() visits every row that
 * contains a query word to weigh it, and "nguyen" or "hoi nong dan" are in tens of thousands of
 * rows (27–67 ms measured). Instead, for each kind of record, two reads that FTS5 answers by
 * walking its index newest-first and stopping early (one FTS table per kind, rowids growing with
 * the record's day — see store.ts): the newest entries matching the whole query, and the newest
 * whose *name* matches it (a table of the names alone), so an old meeting whose title is the query
 * is not buried under recent passing mentions. A word being typed is spelled out as the indexed words it begins,
 * because FTS5 answers a prefix query by merging all their rows first. The few dozen candidates
 * are then scored here on what a user reads as relevant: the words in a row as typed, in the name,
 * at its start, whole words rather than prefixes, the accents as typed, and recency — from the
 * folded words the index stored, never folding text again; and grouped per record, the best entry
 * giving the snippet and the row to open. Only the records shown read their text as written, for
 * the snippet.
 */

/**
 * Newest matching entries read per kind, for `perKind` records shown: enough for every record
 * shown to have its best entry among them, few enough that scoring stays a few milliseconds. A
 * meeting has many entries (its attendees, speeches…), so it reads more of them; every other
 * kind has one entry per record, and three candidates per record shown leave ranking its choice.
 */
function candidateLimits(kind: SearchKind, perKind: number): { recent: number; head: number } {
  if (kind === 'meeting') return { recent: Math.max(24, perKind * 6), head: Math.max(12, perKind * 3) };
  return { recent: Math.max(12, perKind * 3), head: Math.max(8, perKind * 2) };
}
/*
 * Ranking reads the start of a long text only (a document's body, store.ts's folded_lead): the
 * phrase and whole-word checks need no more to tell candidates apart, and reading whole bodies of a
 * hundred documents would be most of a query's time. The snippet is cut from the whole text of the
 * records shown, and only of those.
 */

export interface SearchOptions {
  scope: SearchScope;
  /** Records shown per kind. */
  perKind: number;
  /** "Today", for recency (the injected clock). */
  today: string;
}

/** A word being typed stands for at most this many words it begins; past that, FTS5's own prefix query (lazy for two letters, thanks to its prefix index). */
const MAX_EXPANSION = 64;

/** The words of the index that begin with `prefix`, or null when there are too many to list. */
function expansionsOf(db: Db, prefix: string): string[] | null {
  const words = statement(db, 'SELECT term FROM search_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?')
    .pluck()
    .all(prefix, `${prefix}\u{10FFFF}`, MAX_EXPANSION + 1) as string[];
  return words.length > MAX_EXPANSION ? null : words;
}

/**
 * One FTS5 term: every word quoted (nothing the user types is FTS syntax); the last word matches
 * as a prefix, spelled out as the words it begins when they are few (see store.ts, search_terms).
 */
function termExpression(db: Db, term: QueryTerm): string {
  const quoted = (words: readonly string[]) => `"${words.join(' ')}"`;
  if (isWholeWordOnly(term)) return quoted(term.words);
  const before = term.words.slice(0, -1);
  const last = term.words[term.words.length - 1]!;
  // Two or three letters: FTS5's own prefix index holds every word they begin as one list.
  if (last.length <= 3) return `${quoted(term.words)}*`;
  const words = expansionsOf(db, last);
  if (words === null) return `${quoted(term.words)}*`;
  // No word begins so: nothing can match; the term stays so the query still answers "nothing".
  if (words.length === 0) return quoted(term.words);
  return `(${words.map((word) => quoted([...before, word])).join(' OR ')})`;
}

export function matchExpression(db: Db, terms: readonly QueryTerm[]): string {
  return terms.map((term) => termExpression(db, term)).join(' AND ');
}

interface EntryRow {
  id: number;
  record_id: number;
  part: SearchPart;
  day: number;
  /** The folded words as indexed, one space apart (of the body, its start: see store.ts). */
  folded_head: string;
  folded_lead: string;
}

/**
 * The candidates of one kind: the newest entries matching the query, and the newest whose name
 * matches it — two reads FTS5 answers walking its index backwards and stopping at the limit (see
 * store.ts). The second read is skipped when the first already holds its answer: when the first
 * found fewer than it asked for (every match of the kind, so every name match), or when `limits.head`
 * of its entries match in the name (the newest name matches are then all among them, since every
 * name match is also a match).
 */
function candidates(db: Db, kind: SearchKind, expression: string, limits: { recent: number; head: number }, query: PreparedQuery): EntryRow[] {
  const read = (table: string, limit: number) =>
    statement(db, `SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid DESC LIMIT ?`).pluck().all(expression, limit) as number[];
  const recentIds = read(ftsTable(kind), limits.recent);
  const recent = loadEntries(db, recentIds);
  if (recentIds.length < limits.recent) return recent;
  if (recent.filter((entry) => inHead(entry, query)).length >= limits.head) return recent;
  const known = new Set(recentIds);
  const older = read(headTable(kind), limits.head).filter((id) => !known.has(id));
  return older.length === 0 ? recent : [...recent, ...loadEntries(db, older)];
}

/** Whether every term of the query is in the entry's name, as the FTS5 read of the names matches it. */
function inHead(entry: EntryRow, query: PreparedQuery): boolean {
  const head = ` ${entry.folded_head} `;
  return query.terms.every((term) => head.includes(term));
}

/** What ranking reads of the candidates: the folded words (the columns before the text as written, so no long body is read). */
function loadEntries(db: Db, ids: readonly number[]): EntryRow[] {
  if (ids.length === 0) return [];
  return statement(db, 'SELECT id, record_id, part, day, folded_head, folded_lead FROM search_entries WHERE id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(ids),
  ) as EntryRow[];
}

interface ShownText {
  head: string;
  body: string;
  part_id: string | null;
  folded_paragraphs: string | null;
}

/** The text as written and where it opens, of the entries shown: their snippets. */
function shownEntries(db: Db, ids: readonly number[]): Map<number, ShownText> {
  const rows = statement(
    db,
    'SELECT e.id, e.part_id, t.head, t.body, t.folded_paragraphs FROM search_entries e JOIN search_texts t ON t.id = e.id WHERE e.id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(ids)) as Array<ShownText & { id: number }>;
  return new Map(rows.map((row) => [row.id, row]));
}

interface Scored {
  entry: EntryRow;
  score: number;
}

/**
 * A query prepared once for scoring many entries: each term as the text it must be found as in
 * folded words padded with spaces (" tran van" — words in a row, the last one as a prefix; " a "
 * for a one-letter word, whole), so that each check is one native string search instead of a walk
 * over split words.
 */
interface PreparedQuery {
  terms: string[];
  /** Each term's last word, whole: " an " (a whole word beats a prefix). */
  wholeLast: string[];
  /** All words in a row, when there are several: the phrase as typed. */
  phrase: string | null;
  /** The start of a name: the query's words from the first. */
  start: string;
  accented: readonly string[];
}

function prepareQuery(terms: readonly QueryTerm[], accented: readonly string[]): PreparedQuery {
  const flat = terms.flatMap((term) => term.words);
  const flatTerm: QueryTerm = { words: flat };
  return {
    terms: terms.map((term) => (isWholeWordOnly(term) ? ` ${term.words[0]!} ` : ` ${term.words.join(' ')}`)),
    wholeLast: terms.map((term) => ` ${term.words[term.words.length - 1]!} `),
    phrase: flat.length >= 2 ? ` ${flat.join(' ')}` : null,
    start: isWholeWordOnly(flatTerm) ? ` ${flat[0]!} ` : ` ${flat.join(' ')}`,
    accented,
  };
}

function scoreEntry(entry: EntryRow, query: PreparedQuery, todayDay: number): Scored {
  const head = ` ${entry.folded_head} `;
  const body = ` ${entry.folded_lead} `;
  let score = 0;
  let headTerms = 0;
  for (const term of query.terms) if (head.includes(term)) headTerms += 1;
  score += headTerms === query.terms.length ? 4 : headTerms * 0.5;
  // The name starts with what was typed: "56-NQ" is the directive 56-NQ/TU before a task citing it.
  if (head.startsWith(query.start)) score += 2;
  if (query.phrase !== null) {
    if (head.includes(query.phrase)) score += 6;
    else if (body.includes(query.phrase)) score += 4;
  }
  // A whole word beats a prefix: "an" should put "Nguyễn Văn An" before "Nguyễn Văn Anh".
  for (const word of query.wholeLast) if (head.includes(word) || body.includes(word)) score += 0.75;
  // Recency: up to 2 points over the last ten years.
  score += 2 * Math.min(1, Math.max(0, (entry.day - (todayDay - 3650)) / 3650));
  return { entry, score };
}

/** At most this for the words typed with marks found written with the same marks. */
const ACCENT_POINTS = 3;
/** At most this for a record with many matching entries (see rankRecords). */
const COUNT_POINTS = 1;

/** Written with the same marks as typed: a plain search of the text as written (lower case) is enough here. */
function accentPoints(written: { head: string; body: string }, accented: readonly string[]): number {
  const text = `${written.head} ${written.body}`.toLowerCase();
  return (accented.filter((word) => text.includes(word)).length / accented.length) * ACCENT_POINTS;
}

interface RankedRecord {
  top: Scored;
  score: number;
}

/** Entries grouped per record, the best one on top, with a little for many matching entries; best first. */
function rankRecords(scored: readonly Scored[]): RankedRecord[] {
  const best = new Map<number, { top: Scored; count: number }>();
  for (const item of scored) {
    const current = best.get(item.entry.record_id);
    if (!current) best.set(item.entry.record_id, { top: item, count: 1 });
    else {
      current.count += 1;
      if (item.score > current.top.score || (item.score === current.top.score && item.entry.part === 'header')) current.top = item;
    }
  }
  return [...best.values()]
    .map(({ top, count }) => ({ top, score: top.score + Math.min(COUNT_POINTS, Math.log2(count) * 0.25) }))
    .sort((a, b) => b.score - a.score || b.top.entry.day - a.top.entry.day || b.top.entry.record_id - a.top.entry.record_id);
}

/**
 * A query typed with marks: the entries that could still be among the shown ones once their accent
 * points are added read their text as written, and get them. An entry below the last shown record
 * by more than the most accents and many matches could give cannot change what is shown, so the
 * text as written (a whole document body, for some) is read for a few entries, not all candidates.
 */
function addAccentPoints(db: Db, scored: Scored[], accented: readonly string[], perKind: number): void {
  const threshold = rankRecords(scored)[perKind - 1]?.score ?? -Infinity;
  const contenders = scored.filter((item) => item.score + ACCENT_POINTS + COUNT_POINTS >= threshold);
  const written = writtenLeads(db, contenders.map((item) => item.entry.id));
  for (const item of contenders) {
    const text = written.get(item.entry.id);
    if (text) item.score += accentPoints(text, accented);
  }
}

/** The start of the text as written of some entries (as much as ranking reads of the folded text). */
function writtenLeads(db: Db, ids: readonly number[]): Map<number, { head: string; body: string }> {
  if (ids.length === 0) return new Map();
  const rows = statement(db, 'SELECT id, head, substr(body, 1, ?) AS body FROM search_texts WHERE id IN (SELECT value FROM json_each(?))').all(
    FOLDED_LEAD_CHARACTERS,
    JSON.stringify(ids),
  ) as Array<{ id: number; head: string; body: string }>;
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * The paragraph of a document body that holds the first match: where "open at the match" scrolls.
 * Read from the folded paragraphs the index keeps (one a line): the first line holding a term.
 */
function paragraphOf(foldedParagraphs: string, query: PreparedQuery): number | null {
  const lines = foldedParagraphs.split('\n');
  const index = lines.findIndex((line) => {
    const padded = ` ${line} `;
    return query.terms.some((term) => padded.includes(term));
  });
  return index < 0 ? null : index;
}

function snippetSource(entry: { head: string; body: string }): string {
  if (entry.head === '') return entry.body;
  if (entry.body === '') return entry.head;
  return `${entry.head} — ${entry.body}`;
}

/** The hint while the index is being built: what is found so far is shown, and how far the build is. */
export function buildingHint(percent: number): string {
  return `Đang lập chỉ mục tìm kiếm (${percent}%)… Kết quả chỉ gồm phần đã lập xong.`;
}

export function searchRecords(db: Db, query: string, options: SearchOptions): SearchResult {
  const started = performance.now();
  const parsed = parseSearchQuery(query);
  if (parsed.terms.length === 0) return { groups: [], hint: parsed.hint, indexing: null, tookMs: elapsed(started) };
  const state = syncForSearch(db);
  const indexing = state.kind === 'building' ? { percent: state.percent } : null;
  const hint = [parsed.hint, indexing ? buildingHint(indexing.percent) : null].filter((h) => h !== null).join(' ') || null;
  const expression = matchExpression(db, parsed.terms);
  const prepared = prepareQuery(parsed.terms, parsed.accented);
  const todayDay = dayNumber(options.today);
  const groups: SearchGroup[] = [];
  for (const kind of SEARCH_SCOPE_KINDS[options.scope]) {
    const found = candidates(db, kind, expression, candidateLimits(kind, options.perKind), prepared);
    if (found.length === 0) continue;
    const scored = found.map((entry) => scoreEntry(entry, prepared, todayDay));
    if (parsed.accented.length > 0) addAccentPoints(db, scored, parsed.accented, options.perKind);
    const records = rankRecords(scored);
    const shown = records.slice(0, options.perKind);
    const titles = recordTitles(db, kind, shown.map((r) => r.top.entry.record_id));
    const texts = shownEntries(db, shown.map((r) => r.top.entry.id));
    const hits: SearchHit[] = shown.map(({ top, score }) => {
      const entry = top.entry;
      const text = texts.get(entry.id) ?? { head: '', body: '', part_id: null, folded_paragraphs: null };
      // A document's snippet comes from the paragraph that matched, which is also where it opens.
      const paragraph = text.folded_paragraphs === null ? null : paragraphOf(text.folded_paragraphs, prepared);
      const source = paragraph === null ? snippetSource(text) : `${text.head} — ${text.body.split('\n')[paragraph]}`;
      const snippet = snippetOf(source.length > 4000 ? source.slice(0, 4000) : source, parsed.terms);
      const title = titles.get(entry.record_id);
      return {
        kind,
        id: entry.record_id,
        title: title?.title ?? '',
        detail: title?.detail ?? '',
        snippet: snippet.text,
        highlights: snippet.highlights,
        part: entry.part,
        partId: entry.part === 'body' ? paragraphIndexText(paragraph) : text.part_id,
        score: Math.round(score * 100) / 100,
      };
    });
    groups.push({ kind, label: SEARCH_KIND.labels[kind], hits, more: records.length > shown.length });
  }
  groups.sort((a, b) => (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0));
  return { groups, hint, indexing, tookMs: elapsed(started) };
}

function paragraphIndexText(index: number | null): string | null {
  return index === null ? null : String(index);
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 100) / 100;
}

/**
 * Every record with an entry matching the query, without limits or ranking: what the property
 * test compares with a scan of the records, and what "how many" would count.
 */
export function matchingRecords(db: Db, query: string): Set<string> {
  const parsed = parseSearchQuery(query);
  if (parsed.terms.length === 0) return new Set();
  syncSearchIndex(db);
  const expression = matchExpression(db, parsed.terms);
  const found = new Set<string>();
  for (const kind of SEARCH_KIND.values) {
    const rows = statement(db, `SELECT e.record_id FROM ${ftsTable(kind)} f JOIN search_entries e ON e.id = f.rowid WHERE ${ftsTable(kind)} MATCH ?`)
      .pluck()
      .all(expression) as number[];
    for (const id of rows) found.add(`${kind}:${id}`);
  }
  return found;
}
