import type { Db } from '../open';

/**
 * Runs `write` as one transaction that starts with BEGIN IMMEDIATE: the write lock is taken
 * before the first read, so a second writer (another window, the command line, a backup's
 * bookkeeping) waits for it up to the busy timeout instead of failing half-way. A deferred
 * transaction would read first, then fail with SQLITE_BUSY when it tries to write over a snapshot
 * another writer has moved past — a failure no waiting can cure.
 *
 * Inside a transaction already open (a service calling another), `write` simply joins it.
 */
export function writeTransaction<R>(db: Db, write: () => R): R {
  return db.inTransaction ? write() : db.transaction(write).immediate();
}
