import type { z } from 'zod';
import { toLocalDateTimeString } from '../../../shared/datetime';
import type { SearchRebuild, SearchResult, searchInput } from '../../../shared/schemas/search';
import type { CoreContext } from '../context';
import { rebuildInBackground, startBackgroundIndexing } from '../search/background';
import { rebuildSearchIndex } from '../search/indexer';
import { searchRecords } from '../search/search';

/** The global search box: every kind of record, ranked and grouped (see search/search.ts). */
export function search(ctx: CoreContext, input: z.output<typeof searchInput>): SearchResult {
  // A connection reopened by a restore may hold an index still to build: in the background too.
  if (ctx.searchIndexInBackground) startSearchIndexing(ctx);
  return searchRecords(ctx.db, input.query, { scope: input.scope, perKind: input.perKind, today: toLocalDateTimeString(ctx.now()).slice(0, 10) });
}

/** At start-up in the app: an index to build (first start, new version, a build left unfinished) is built in the background. */
export function startSearchIndexing(ctx: CoreContext): void {
  startBackgroundIndexing(ctx.db, BACKGROUND);
}

const BACKGROUND = {
  // The build resumes at the next start; only the error's name and stack are logged.
  onError: (error: unknown) => console.error('[search] building the index stopped:', error instanceof Error ? `${error.name}\n${error.stack}` : typeof error),
};

/**
 * "Lập lại chỉ mục tìm kiếm" in the maintenance menu: the index made again from the records. In
 * the app it is made in the background (`inBackground`), and searches meanwhile show how far it is.
 */
export function rebuildSearch(ctx: CoreContext): SearchRebuild {
  const started = performance.now();
  if (ctx.searchIndexInBackground) {
    rebuildInBackground(ctx.db, BACKGROUND);
    return { entries: 0, ms: Math.round(performance.now() - started), inBackground: true };
  }
  const { entries } = rebuildSearchIndex(ctx.db);
  return { entries, ms: Math.round(performance.now() - started), inBackground: false };
}
