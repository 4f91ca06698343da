import { createHash } from 'node:crypto';

export interface Migration {
  /** 1, 2, 3… with no gaps. A migration, once released, is never edited: add a new one. */
  version: number;
  name: string;
  sql: string;
}

export function migrationChecksum(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}
