import { randomUUID } from 'node:crypto';
import type { Db } from '../open';
import type { SqlValue } from './columns';
import type { AnyColumns, IdOf, InsertOf, RowOf, TableShape, Values, ValuesOf } from './define';
import { decodeRow, encodeValues, selectList, statement } from './sql';
import { staleSaveError } from './messages';
import { writeTransaction } from './transaction';

/**
 * The one write path. Every insert, update, soft delete, restore and delete of a declared table
 * goes through a function here, which
 * - stamps `updated_at` (strictly later than the version it replaces, so two saves in the same
 *   millisecond are still two versions),
 * - refuses a save that started from an older version than the one stored (`baseUpdatedAt`),
 * - recomputes `search_text` from the whole row,
 * - appends one entry per row to `change_log` (table, row, operation, changed columns, time),
 * all inside the caller's transaction: these functions never open one, so a service's
 * transaction commits the rows and their log together or neither.
 */

type AnyTable = TableShape;

export type ChangeOperation = 'insert' | 'update' | 'soft_delete' | 'restore' | 'delete';

export interface WriteOptions {
  /** The time of the write (ISO), from the service's clock. */
  at: string;
}

export interface UpdateOptions extends WriteOptions {
  /**
   * The `updatedAt` the edit started from. When given and the stored row is newer, the save is
   * refused with STALE instead of overwriting what someone else saved.
   */
  baseUpdatedAt?: string | null;
  /** Stamp the row even when none of its own columns changed (rows inside it did). */
  touch?: boolean;
  /** Update a row in the bin too (by default a deleted row counts as missing). */
  includeDeleted?: boolean;
}

/**
 * Runs `write` in the caller's transaction, or in one of its own when the caller has none, so a
 * row and its change-log entry are never written one without the other.
 */
export function atomically<R>(db: Db, write: () => R): R {
  return writeTransaction(db, write);
}

export function appendChange(db: Db, entry: { table: string; rowKey: string | number; rowUuid: string | null; operation: ChangeOperation; fields: readonly string[]; at: string }): void {
  statement(db, 'INSERT INTO change_log (at, table_name, row_key, row_uuid, operation, fields) VALUES (?, ?, ?, ?, ?, ?)').run(
    entry.at,
    entry.table,
    String(entry.rowKey),
    entry.rowUuid,
    entry.operation,
    JSON.stringify(entry.fields),
  );
}

/** An ISO time strictly after `previous`: `at` itself unless the clock has not moved past it. */
export function nextStamp(previous: string | null, at: string): string {
  if (previous === null || at > previous) return at;
  const bumped = new Date(Date.parse(previous) + 1);
  return Number.isNaN(bumped.getTime()) ? at : bumped.toISOString();
}

interface RowMeta {
  id: string | number;
  uuid?: string;
  updatedAt?: string;
  deletedAt?: string | null;
}

/** The key, uuid, stamp and bin date of a row read through its declaration. */
function metaOf(row: object): RowMeta {
  const source: Record<string, unknown> = { ...row };
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const id = source.id;
  if (typeof id !== 'number' && typeof id !== 'string') throw new Error('row without a key');
  return {
    id,
    uuid: text(source.uuid),
    updatedAt: text(source.updatedAt),
    deletedAt: source.deletedAt === null ? null : text(source.deletedAt),
  };
}

function uuidOf(table: AnyTable, row: { id: string | number; uuid?: string }): string | null {
  return table.key === 'integer' ? (row.uuid ?? null) : String(row.id);
}

export function findRow<T extends AnyTable>(db: Db, table: T, id: IdOf<T>, options: { includeDeleted?: boolean } = {}): RowOf<T> | null {
  const live = table.softDelete && !options.includeDeleted ? ' AND deleted_at IS NULL' : '';
  const raw = statement(db, `SELECT ${selectList(table)} FROM ${table.name} WHERE id = ?${live}`).get(id);
  return raw === undefined ? null : decodeRow(table, raw);
}

/** Rows whose declared column `property` equals `value`, in key order. */
export function findRowsBy<T extends AnyTable, P extends keyof ValuesOf<T> & string>(
  db: Db,
  table: T,
  property: P,
  value: ValuesOf<T>[P],
  orderBy: (keyof ValuesOf<T> & string) | 'id' = 'id',
): Array<RowOf<T>> {
  const sqlNameOf = (name: string) => {
    const field = table.fields.find(([property]) => property === name);
    if (!field) throw new Error(`${table.name} has no column ${name}`);
    return field;
  };
  const [, sqlName, column] = sqlNameOf(property);
  const order = orderBy === 'id' ? 'id' : `${sqlNameOf(orderBy)[1]}, id`;
  const rows = statement(db, `SELECT ${selectList(table)} FROM ${table.name} WHERE ${sqlName} = ? ORDER BY ${order}`).all(column.encode(value));
  return rows.map((raw) => decodeRow(table, raw));
}

/** The table's own searchText over a complete row of that table (built from its declaration). */
function foldRow(table: AnyTable, values: Values<AnyColumns>, db: Db): string {
  const fold = table.searchText as ((row: Values<AnyColumns>, db: Db) => string) | undefined;
  return fold ? fold(values, db) : '';
}

function withDefaults(table: AnyTable, values: Record<string, unknown>): Values<AnyColumns> {
  const full: Record<string, unknown> = {};
  for (const [property, sqlName, column] of table.fields) {
    if (values[property] !== undefined) full[property] = values[property];
    else if (column.hasDefault) full[property] = column.defaultValue;
    else throw new Error(`${table.name}.${sqlName}: no value and no default`);
  }
  return full;
}

/**
 * Inserts a row. Integer-keyed tables get their key from the database and a new UUID (or the one
 * given, for a record arriving from elsewhere); UUID-keyed rows bring their key.
 */
export function insertRow<T extends AnyTable>(
  db: Db,
  table: T,
  values: InsertOf<T> & (T['key'] extends 'uuid' ? { id: string } : { uuid?: string }),
  options: WriteOptions,
): RowOf<T> {
  return atomically(db, () => {
    const given: Record<string, unknown> = values;
    const full = withDefaults(table, given);
    const encoded = encodeValues(table, full);
    const columns = Object.keys(encoded);
    const params: Record<string, SqlValue> = { ...encoded };
    if (table.key === 'uuid') {
      columns.unshift('id');
      params.id = String(given.id);
    } else {
      columns.push('uuid');
      params.uuid = typeof given.uuid === 'string' ? given.uuid : randomUUID();
    }
    if (table.stamped) {
      columns.push('created_at', 'updated_at');
      params.created_at = options.at;
      params.updated_at = options.at;
    }
    if (table.searchText) {
      columns.push('search_text');
      params.search_text = foldRow(table, full, db);
    }
    const sql = `INSERT INTO ${table.name} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
    const result = statement(db, sql).run(params);
    const id = table.key === 'uuid' ? params.id : Number(result.lastInsertRowid);
    appendChange(db, {
      table: table.name,
      rowKey: id as string | number,
      rowUuid: table.key === 'uuid' ? String(params.id) : String(params.uuid),
      operation: 'insert',
      fields: Object.keys(encoded),
      at: options.at,
    });
    const row = findRow(db, table, id as IdOf<T>, { includeDeleted: true });
    if (!row) throw new Error(`${table.name}: inserted row not found`);
    return row;
  });
}

/**
 * Applies `patch` to a row. Returns the row as stored afterwards, or null when it does not exist
 * (or is in the bin). Only columns whose value changed are written and logged; an update that
 * changes nothing writes nothing, unless `touch` asks for a new stamp.
 */
export function updateRow<T extends AnyTable>(db: Db, table: T, id: IdOf<T>, patch: Partial<ValuesOf<T>>, options: UpdateOptions): RowOf<T> | null {
  const current = findRow(db, table, id, { includeDeleted: true });
  return current ? applyUpdate(db, table, current, patch, options) : null;
}

/** updateRow for a row already read (rows inside a meeting are read once per save, not once each). */
export function applyUpdate<T extends AnyTable>(db: Db, table: T, current: RowOf<T>, patch: Partial<ValuesOf<T>>, options: UpdateOptions): RowOf<T> | null {
  return atomically(db, () => {
    const meta = metaOf(current);
    if (table.softDelete && meta.deletedAt !== null && !options.includeDeleted) return null;
    if (table.stamped && options.baseUpdatedAt != null && meta.updatedAt !== options.baseUpdatedAt) {
      throw staleSaveError(meta.updatedAt ?? '');
    }
    const currentValues: Record<string, unknown> = current;
    const next: Record<string, unknown> = { ...currentValues };
    // Only declared columns are taken from the patch: callers may pass a whole input object.
    const given: Record<string, unknown> = patch;
    for (const [property] of table.fields) if (given[property] !== undefined) next[property] = given[property];

    const assignments: string[] = [];
    const params: Record<string, SqlValue> = { id: meta.id };
    const changed: string[] = [];
    for (const [property, sqlName, column] of table.fields) {
      const after = column.encode(next[property]);
      if (after !== column.encode(currentValues[property])) {
        changed.push(sqlName);
        assignments.push(`${sqlName} = @${sqlName}`);
        params[sqlName] = after;
      }
    }
    if (changed.length === 0 && !(options.touch && table.stamped)) return current;
    if (table.stamped) {
      const stamp = nextStamp(meta.updatedAt ?? null, options.at);
      assignments.push('updated_at = @updated_at');
      params.updated_at = stamp;
      next.updatedAt = stamp;
    }
    if (table.searchText && changed.length > 0) {
      assignments.push('search_text = @search_text');
      params.search_text = foldRow(table, withDefaults(table, next), db);
    }
    statement(db, `UPDATE ${table.name} SET ${assignments.join(', ')} WHERE id = @id`).run(params);
    appendChange(db, {
      table: table.name,
      rowKey: meta.id,
      rowUuid: uuidOf(table, meta),
      operation: 'update',
      fields: table.stamped ? [...changed, 'updated_at'] : changed,
      at: options.at,
    });
    // The stored row is the one read plus the patch and the new stamp; nothing else changed.
    return next as RowOf<T>;
  });
}

/**
 * The bin: soft delete (`deletedAt` = the time) and restore (`deletedAt` = null) are one helper.
 * Returns false when the row is missing or already in the state asked for.
 */
export function setDeleted<T extends AnyTable & { softDelete: true }>(db: Db, table: T, id: IdOf<T>, deleted: boolean, options: WriteOptions): boolean {
  return atomically(db, () => {
    const current = findRow(db, table, id, { includeDeleted: true });
    if (!current) return false;
    const meta = metaOf(current);
    if ((meta.deletedAt !== null) === deleted) return false;
    statement(db, `UPDATE ${table.name} SET deleted_at = ? WHERE id = ?`).run(deleted ? options.at : null, id);
    appendChange(db, {
      table: table.name,
      rowKey: id,
      rowUuid: uuidOf(table, { id, uuid: meta.uuid }),
      operation: deleted ? 'soft_delete' : 'restore',
      fields: ['deleted_at'],
      at: options.at,
    });
    return true;
  });
}

/** Removes a row for good (directory rows, rows inside a meeting). False when it was not there. */
export function deleteRow<T extends AnyTable>(db: Db, table: T, id: IdOf<T>, options: WriteOptions): boolean {
  return atomically(db, () => {
    const current = findRow(db, table, id, { includeDeleted: true });
    if (!current) return false;
    const meta = metaOf(current);
    statement(db, `DELETE FROM ${table.name} WHERE id = ?`).run(id);
    appendChange(db, { table: table.name, rowKey: id, rowUuid: uuidOf(table, { id, uuid: meta.uuid }), operation: 'delete', fields: [], at: options.at });
    return true;
  });
}

/** Applies the same patch to every row whose `property` equals `value` (merging directory records). */
export function updateRowsBy<T extends AnyTable, P extends keyof ValuesOf<T> & string>(
  db: Db,
  table: T,
  property: P,
  value: ValuesOf<T>[P],
  patch: Partial<ValuesOf<T>>,
  options: WriteOptions,
): number {
  return atomically(db, () => {
    const rows = findRowsBy(db, table, property, value);
    for (const row of rows) updateRow(db, table, row.id as IdOf<T>, patch, { ...options, includeDeleted: true });
    return rows.length;
  });
}

/**
 * Recomputes `search_text` of every row whose `property` equals `value`, when something it folds
 * in from elsewhere changed (an organisation's name in its people's). Not an edit of the rows:
 * their stamps stay; the change log still records it, so the search index follows.
 */
export function refoldRowsBy<T extends AnyTable, P extends keyof ValuesOf<T> & string>(
  db: Db,
  table: T,
  property: P,
  value: ValuesOf<T>[P],
  options: WriteOptions = { at: new Date().toISOString() },
): void {
  return atomically(db, () => {
    if (!table.searchText) return;
    for (const row of findRowsBy(db, table, property, value)) {
      const meta = metaOf(row);
      const folded = foldRow(table, withDefaults(table, { ...row }), db);
      const result = statement(db, `UPDATE ${table.name} SET search_text = ? WHERE id = ? AND search_text IS NOT ?`).run(folded, meta.id, folded);
      if (result.changes > 0) {
        appendChange(db, { table: table.name, rowKey: meta.id, rowUuid: uuidOf(table, meta), operation: 'update', fields: ['search_text'], at: options.at });
      }
    }
  });
}
