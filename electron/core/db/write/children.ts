import type { AppError } from '../../errors';
import type { Db } from '../open';
import type { IdOf, InsertOf, RowOf, TableShape, ValuesOf } from './define';
import { applyUpdate, deleteRow, findRowsBy, insertRow, type WriteOptions } from './write';

/**
 * Rows owned by a parent record and saved with it (the attendees, agenda, speeches, conclusions,
 * awards and connected points of a meeting). They carry UUID keys made by the renderer, so a save
 * sends them all and this works out what changed: rows gone are deleted, new ones inserted,
 * changed ones updated, unchanged ones left alone — and only real changes reach the change log.
 */

type ChildTable = TableShape & { key: 'uuid' };

/** Deletes the parent's rows whose key is not in `keepIds`. Call children before their parents. */
export function removeMissingChildren<T extends ChildTable, P extends keyof ValuesOf<T> & string>(
  db: Db,
  table: T,
  parentProperty: P,
  parentId: ValuesOf<T>[P],
  keepIds: readonly string[],
  options: WriteOptions,
): void {
  const keep = new Set(keepIds);
  for (const row of findRowsBy(db, table, parentProperty, parentId)) {
    if (!keep.has(row.id)) deleteRow(db, table, row.id as IdOf<T>, options);
  }
}

/**
 * Inserts or updates the parent's rows. A key that belongs to another parent is refused with
 * `foreignKeyError`, never taken over.
 */
export function upsertChildren<T extends ChildTable, P extends keyof ValuesOf<T> & string>(
  db: Db,
  table: T,
  parentProperty: P,
  parentId: ValuesOf<T>[P],
  rows: ReadonlyArray<InsertOf<T> & { id: string }>,
  options: WriteOptions & { foreignKeyError: () => AppError },
): void {
  const existing = new Map<string, RowOf<T>>();
  for (const row of findRowsBy(db, table, parentProperty, parentId)) existing.set(String(row.id), row);
  for (const row of rows) {
    const current = existing.get(row.id);
    if (current) {
      const { id: _id, ...patch } = row;
      applyUpdate(db, table, current, patch as Partial<ValuesOf<T>>, options);
      continue;
    }
    try {
      insertRow(db, table, row as InsertOf<T> & { id: string } & (T['key'] extends 'uuid' ? { id: string } : { uuid?: string }), options);
    } catch (error) {
      if (isPrimaryKeyConflict(error)) throw options.foreignKeyError();
      throw error;
    }
  }
}

function isPrimaryKeyConflict(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
