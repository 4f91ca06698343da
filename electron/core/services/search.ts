import type { z } from 'zod';
import { toLocalDateTimeString } from '../../../shared/datetime';
import type { SearchResult, searchInput } from '../../../shared/schemas/search';
import type { CoreContext } from '../context';
import { rebuildSearchIndex } from '../search/indexer';
import { searchRecords } from '../search/search';

/** The global search box: every kind of record, ranked and grouped (see search/search.ts). */
export function search(ctx: CoreContext, input: z.output<typeof searchInput>): SearchResult {
  return searchRecords(ctx.db, input.query, { scope: input.scope, perKind: input.perKind, today: toLocalDateTimeString(ctx.now()).slice(0, 10) });
}

/** "Lập lại chỉ mục tìm kiếm" in the maintenance menu: the index made again from the records. */
export function rebuildSearch(ctx: CoreContext): { entries: number; ms: number } {
  const started = performance.now();
  const { entries } = rebuildSearchIndex(ctx.db);
  return { entries, ms: Math.round(performance.now() - started) };
}
