import type { Db } from './db/open';

/** What every handler and service works with: the open database and a clock (fixed in tests). */
export interface CoreContext {
  db: Db;
  now: () => Date;
  appVersion: string;
  databasePath: string;
  schemaVersion: number;
}
