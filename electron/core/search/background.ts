import type { Db } from '../db/open';
import { buildPercent, buildSlice, newBuildCache, readBuild, startBuild } from './build';
import { prepareIndex, syncSearchIndex, type IndexState } from './indexer';
import { ensureSearchTables } from './store';

/**
 * The index built in the background in the app: a slice of the build (build.ts) at a time, each a
 * short transaction, with the event loop free between them, so that the window's requests are
 * answered while the index of a whole database (≈ 10 s at full scale) is made. Searches meanwhile
 * answer from what is built, with how far the build has gone (see search.ts).
 *
 * The CLI and the tests do not start this: their first search builds the index in one go.
 */

export interface BackgroundIndexing {
  /** Settles when the index is built and has taken in the change log (or the build was stopped). */
  readonly finished: Promise<void>;
  stop(): void;
}

export interface BackgroundOptions {
  /** How long one slice may run before the event loop gets a turn. */
  sliceMs?: number;
  /** Rows read per query inside a slice (the tests make it small, to build a small database in many slices). */
  chunkRows?: number;
  /** Called after each slice with the percentage built. */
  onProgress?: (percent: number) => void;
  /** Called when a slice fails (the database closed under it…): the build stops and resumes at the next start. */
  onError?: (error: unknown) => void;
}

const running = new WeakMap<Db, BackgroundIndexing>();

/** Whether a background build is going on for this connection (searches then do not wait for it). */
export function isBuildingInBackground(db: Db): boolean {
  return running.has(db);
}

/**
 * Before a search: the change log taken in when the index is built; while a build goes on in the
 * background, nothing (the search answers from what is built so far, with how far it is). Without
 * a background build (CLI, tests), a build that is needed is done here, in one go.
 */
export function syncForSearch(db: Db): IndexState {
  if (isBuildingInBackground(db)) {
    const build = readBuild(db);
    if (build) return { kind: 'building', percent: buildPercent(build) };
  }
  syncSearchIndex(db);
  return { kind: 'ready' };
}

/** A build that needs doing (first start, new index version, one left unfinished) goes on in the background. */
export function startBackgroundIndexing(db: Db, options: BackgroundOptions = {}): BackgroundIndexing {
  const current = running.get(db);
  if (current) return current;
  if (prepareIndex(db).kind === 'ready') return { finished: Promise.resolve(), stop: () => undefined };
  const sliceMs = options.sliceMs ?? 40;
  const cache = newBuildCache();
  let stopped = false;
  let timer: NodeJS.Immediate | null = null;
  let settle: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => {
    settle = resolve;
  });
  const end = () => {
    running.delete(db);
    if (timer) clearImmediate(timer);
    timer = null;
    settle();
  };
  const handle: BackgroundIndexing = {
    finished,
    stop() {
      stopped = true;
      end();
    },
  };
  const next = () => {
    timer = null;
    if (stopped) return;
    try {
      if (!db.open) return end();
      const slice = buildSlice(db, cache, sliceMs, options.chunkRows);
      options.onProgress?.(slice.percent);
      if (slice.finished) {
        running.delete(db);
        // What was written while the build ran is in the log after its cursor.
        syncSearchIndex(db);
        return end();
      }
      timer = setImmediate(next);
    } catch (error) {
      options.onError?.(error);
      end();
    }
  };
  running.set(db, handle);
  timer = setImmediate(next);
  return handle;
}

/** "Lập lại chỉ mục tìm kiếm" in the app: the index emptied and built again in the background. */
export function rebuildInBackground(db: Db, options: BackgroundOptions = {}): BackgroundIndexing {
  running.get(db)?.stop();
  db.transaction(() => {
    ensureSearchTables(db);
    startBuild(db);
  }).immediate();
  return startBackgroundIndexing(db, options);
}
