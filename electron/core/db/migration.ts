import { createHash } from 'node:crypto';

export interface Migration {
  /** 1, 2, 3… with no gaps. A migration, once released, is never edited: add a new one. */
  version: number;
  name: string;
  sql: string;
  /**
   * The migration rebuilds a table that others point at (SQLite's way to change a constraint):
   * foreign keys are switched off around its transaction — the pragma does nothing inside one — and
   * `foreign_key_check` must come back empty before it commits.
   */
  foreignKeysOff?: true;
}

export function migrationChecksum(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}
