import type { Db } from '../open';
import { statement } from './sql';
import { appendChange, atomically, type WriteOptions } from './write';

/**
 * Link tables (a meeting and the directives it cites, a task and its supporting organisations):
 * two keys and maybe a value, no key of their own. Their writes are logged like any row's, keyed
 * by the two ids joined with ':'.
 */

export function logLink(db: Db, table: string, keys: readonly [number, number], operation: 'insert' | 'update' | 'delete', fields: readonly string[], options: WriteOptions): void {
  appendChange(db, { table, rowKey: `${keys[0]}:${keys[1]}`, rowUuid: null, operation, fields, at: options.at });
}

/** Runs one statement on a link row and logs it when it changed something. */
export function writeLink(
  db: Db,
  table: string,
  keys: readonly [number, number],
  operation: 'insert' | 'update' | 'delete',
  sql: string,
  params: unknown[],
  fields: readonly string[],
  options: WriteOptions,
): boolean {
  return atomically(db, () => {
    const changed = statement(db, sql).run(...params).changes > 0;
    if (changed) logLink(db, table, keys, operation, fields, options);
    return changed;
  });
}
