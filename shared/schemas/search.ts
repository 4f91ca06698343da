import { z } from 'zod';
import { SEARCH_SCOPE, type SearchKind } from '../domain';
import { wholeNumber } from './common';

/**
 * The global search box. Any text is a valid query: punctuation, FTS syntax and very long input
 * get an answer (maybe empty, with a hint), never an error; only absurd sizes are refused here.
 */
export const searchInput = z.object({
  query: z.string({ error: 'Hãy gõ nội dung cần tìm.' }).max(20_000, { error: 'Nội dung cần tìm quá dài (tối đa 20.000 ký tự).' }),
  scope: z.enum(SEARCH_SCOPE.values, { error: 'Phạm vi tìm kiếm không hợp lệ.' }).default('tat_ca'),
  perKind: wholeNumber('Số kết quả mỗi loại', 1, 50).default(8),
});
export type SearchInput = z.input<typeof searchInput>;

export interface SearchHit {
  kind: SearchKind;
  id: number;
  title: string;
  /** A line under the title: the date and place of a meeting, the kind of a directive… */
  detail: string;
  /** The text around the match, as written. */
  snippet: string;
  /** [start, end) ranges of `snippet` that match the query. */
  highlights: Array<[number, number]>;
  /** The row inside the record that matched: 'attendee', 'speech', 'conclusion'… or 'header'. */
  part: string;
  /** That row's id (a speech's UUID), or for a document the index of the paragraph. */
  partId: string | null;
  score: number;
}

export interface SearchGroup {
  kind: SearchKind;
  label: string;
  hits: SearchHit[];
  /** More records of this kind match than are shown. */
  more: boolean;
}

/** "Lập lại chỉ mục tìm kiếm": how many entries and how long, or that it goes on in the background. */
export interface SearchRebuild {
  entries: number;
  ms: number;
  inBackground: boolean;
}

export interface SearchResult {
  groups: SearchGroup[];
  /** A Vietnamese hint when the query was shortened or has nothing to search for, or the index is still being built. */
  hint: string | null;
  /** While the index is built in the background: how far it is (the results come from what is built). */
  indexing: { percent: number } | null;
  tookMs: number;
}
