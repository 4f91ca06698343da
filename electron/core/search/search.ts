import { performance } from 'node:perf_hooks';
import { SEARCH_KIND, SEARCH_SCOPE_KINDS, type SearchKind, type SearchScope } from '../../../shared/domain';
import { isWholeWordOnly, parseSearchQuery, searchWords, snippetOf, wordsMatchTerm, type QueryTerm } from '../../../shared/search-text';
import type { SearchGroup, SearchHit, SearchResult } from '../../../shared/schemas/search';
import type { Db } from '../db/open';
import { statement } from '../db/write/sql';
import type { SearchPart } from './entries';
import { dayNumber } from './entries';
import { syncSearchIndex } from './indexer';
import { ftsTable } from './store';
import { recordTitles } from './titles';

/**
 * Global search. Ranking has to stay cheap on common words: FTS5's bm25() visits every row that
 * contains a query word to weigh it, and "nguyen" or "hoi nong dan" are in tens of thousands of
 * rows (27–67 ms measured). Instead, for each kind of record, two reads that FTS5 answers by
 * walking its index newest-first and stopping early (one FTS table per kind, rowids growing with
 * the record's day — see store.ts): the newest entries matching the whole query, and the newest
 * whose *name* (head column) matches it, so an old meeting whose title is the query is not buried
 * under recent passing mentions. A word being typed is spelled out as the indexed words it begins,
 * because FTS5 answers a prefix query by merging all their rows first. The few dozen candidates
 * are then scored here on what a user reads as relevant: the words in a row as typed, in the name,
 * at its start, whole words rather than prefixes, the accents as typed, and recency; and grouped
 * per record, the best entry giving the snippet and the row to open.
 */

/**
 * Newest matching entries read per kind, for `perKind` records shown: enough for every record
 * shown to have its best entry among them, few enough that scoring stays a few milliseconds.
 */
function candidateLimits(perKind: number): { recent: number; head: number } {
  return { recent: Math.max(24, perKind * 6), head: Math.max(12, perKind * 3) };
}
/**
 * Ranking reads the start of a long text only (a document's body): the phrase and whole-word checks
 * need no more to tell candidates apart, and reading whole bodies of a hundred documents would be
 * most of a query's time. The snippet is cut from the whole text of the records shown.
 */
const SCORED_CHARACTERS = 1500;

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
  kind: SearchKind;
  record_id: number;
  part: SearchPart;
  part_id: string | null;
  head: string;
  body: string;
  day: number;
  /** The folded words as indexed, one space apart. */
  folded_head: string;
  folded_body: string;
}

function candidateIds(db: Db, kind: SearchKind, expression: string, limits: { recent: number; head: number }): number[] {
  const read = (match: string, limit: number) =>
    statement(db, `SELECT rowid FROM ${ftsTable(kind)} WHERE ${ftsTable(kind)} MATCH ? ORDER BY rowid DESC LIMIT ?`).pluck().all(match, limit) as number[];
  return [...new Set([...read(`head : (${expression})`, limits.head), ...read(expression, limits.recent)])];
}

function loadEntries(db: Db, kind: SearchKind, ids: readonly number[]): EntryRow[] {
  if (ids.length === 0) return [];
  return statement(
    db,
    `SELECT e.id, e.kind, e.record_id, e.part, e.part_id, e.head, substr(e.body, 1, @chars) AS body, e.day,
       f.head AS folded_head, substr(f.body, 1, @chars) AS folded_body
     FROM search_entries e JOIN ${ftsTable(kind)} f ON f.rowid = e.id WHERE e.id IN (SELECT value FROM json_each(@ids))`,
  ).all({ ids: JSON.stringify(ids), chars: SCORED_CHARACTERS }) as EntryRow[];
}

/** The whole text as written of the entries shown, for their snippets. */
function fullTexts(db: Db, ids: readonly number[]): Map<number, { head: string; body: string }> {
  const rows = statement(db, 'SELECT id, head, body FROM search_entries WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{
    id: number;
    head: string;
    body: string;
  }>;
  return new Map(rows.map((row) => [row.id, row]));
}

interface Scored {
  entry: EntryRow;
  score: number;
  inHead: boolean;
}

/** Whether the words of all terms follow each other in `words`, as typed. */
function containsPhrase(words: readonly string[], terms: readonly QueryTerm[]): boolean {
  const flat = terms.flatMap((term) => term.words);
  if (flat.length < 2) return false;
  return wordsMatchTerm(words, { words: flat });
}

function startsWithTerms(words: readonly string[], terms: readonly QueryTerm[]): boolean {
  const flat = terms.flatMap((term) => term.words);
  return wordsMatchTerm(words.slice(0, flat.length), { words: flat });
}

function splitWords(folded: string): string[] {
  return folded === '' ? [] : folded.split(' ');
}

function scoreEntry(entry: EntryRow, terms: readonly QueryTerm[], accented: readonly string[], todayDay: number): Scored {
  const headWords = splitWords(entry.folded_head);
  const bodyWords = splitWords(entry.folded_body);
  const allWords = [...headWords, ...bodyWords];
  let score = 0;
  const headTerms = terms.filter((term) => wordsMatchTerm(headWords, term)).length;
  const inHead = headTerms === terms.length;
  score += inHead ? 4 : headTerms * 0.5;
  // The name starts with what was typed: "56-NQ" is the directive 56-NQ/TU before a task citing it.
  if (terms.length > 0 && startsWithTerms(headWords, terms)) score += 2;
  if (containsPhrase(headWords, terms)) score += 6;
  else if (containsPhrase(bodyWords, terms)) score += 4;
  // A whole word beats a prefix: "an" should put "Nguyễn Văn An" before "Nguyễn Văn Anh".
  const whole = new Set(allWords);
  score += terms.filter((term) => whole.has(term.words[term.words.length - 1]!)).length * 0.75;
  if (accented.length > 0) {
    // Written with the same marks: a plain search of the text as written (lower case) is enough here.
    const written = `${entry.head} ${entry.body}`.toLowerCase();
    const exact = accented.filter((word) => written.includes(word)).length;
    score += (exact / accented.length) * 3;
  }
  // Recency: up to 2 points over the last ten years.
  score += 2 * Math.min(1, Math.max(0, (entry.day - (todayDay - 3650)) / 3650));
  return { entry, score, inHead };
}

/** The paragraph of a document body that holds the first match: where "open at the match" scrolls. */
function paragraphOf(body: string, terms: readonly QueryTerm[]): number | null {
  const paragraphs = body.split('\n');
  const index = paragraphs.findIndex((paragraph) => {
    const words = searchWords(paragraph);
    return terms.some((term) => wordsMatchTerm(words, term));
  });
  return index < 0 ? null : index;
}

function snippetSource(entry: EntryRow): string {
  if (entry.head === '') return entry.body;
  if (entry.body === '') return entry.head;
  return `${entry.head} — ${entry.body}`;
}

export function searchRecords(db: Db, query: string, options: SearchOptions): SearchResult {
  const started = performance.now();
  const parsed = parseSearchQuery(query);
  if (parsed.terms.length === 0) return { groups: [], hint: parsed.hint, tookMs: elapsed(started) };
  syncSearchIndex(db);
  const expression = matchExpression(db, parsed.terms);
  const todayDay = dayNumber(options.today);
  const groups: SearchGroup[] = [];
  for (const kind of SEARCH_SCOPE_KINDS[options.scope]) {
    const scored = loadEntries(db, kind, candidateIds(db, kind, expression, candidateLimits(options.perKind))).map((entry) => scoreEntry(entry, parsed.terms, parsed.accented, todayDay));
    const best = new Map<number, { top: Scored; count: number }>();
    for (const item of scored) {
      const current = best.get(item.entry.record_id);
      if (!current) best.set(item.entry.record_id, { top: item, count: 1 });
      else {
        current.count += 1;
        if (item.score > current.top.score || (item.score === current.top.score && item.entry.part === 'header')) current.top = item;
      }
    }
    const records = [...best.values()]
      .map(({ top, count }) => ({ top, score: top.score + Math.min(1, Math.log2(count) * 0.25) }))
      .sort((a, b) => b.score - a.score || b.top.entry.day - a.top.entry.day || b.top.entry.record_id - a.top.entry.record_id);
    if (records.length === 0) continue;
    const shown = records.slice(0, options.perKind);
    const titles = recordTitles(db, kind, shown.map((r) => r.top.entry.record_id));
    const texts = fullTexts(db, shown.map((r) => r.top.entry.id));
    const hits: SearchHit[] = shown.map(({ top, score }) => {
      const entry = { ...top.entry, ...texts.get(top.entry.id) };
      // A document's snippet comes from the paragraph that matched, which is also where it opens.
      const paragraph = entry.part === 'body' ? paragraphOf(entry.body, parsed.terms) : null;
      const source = paragraph === null ? snippetSource(entry) : `${entry.head} — ${entry.body.split('\n')[paragraph]}`;
      const snippet = snippetOf(source.length > 4000 ? source.slice(0, 4000) : source, parsed.terms);
      const partId = entry.part === 'body' ? paragraphIndexText(paragraph) : entry.part_id;
      const title = titles.get(entry.record_id);
      return {
        kind,
        id: entry.record_id,
        title: title?.title ?? '',
        detail: title?.detail ?? '',
        snippet: snippet.text,
        highlights: snippet.highlights,
        part: entry.part,
        partId,
        score: Math.round(score * 100) / 100,
      };
    });
    groups.push({ kind, label: SEARCH_KIND.labels[kind], hits, more: records.length > shown.length });
  }
  groups.sort((a, b) => (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0));
  return { groups, hint: parsed.hint, tookMs: elapsed(started) };
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
