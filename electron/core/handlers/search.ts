import type { Handlers } from './index';
import { rebuildSearch, search } from '../services/search';

/** Global search and its index. */
export const searchHandlers = {
  'search:query': (ctx, input) => search(ctx, input),
  'search:rebuild': (ctx) => rebuildSearch(ctx),
} satisfies Partial<Handlers>;
