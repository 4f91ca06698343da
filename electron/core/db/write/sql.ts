import type Database from 'better-sqlite3';
import type { Db } from '../open';
import type { SqlValue } from './columns';
import type { AnyColumns, RowOf, TableShape, Values } from './define';

/**
 * The SQL the write path runs, built from a table's declaration. Only this file and write.ts
 * speak SQLite; a second engine (see the README) replaces these builders and the statement
 * runner, not the declarations or the services.
 */

type AnyTable = TableShape;

/** The meta columns a table has besides its declared ones, as [property, SQL name]. */
export function metaFields(table: AnyTable): Array<readonly [string, string]> {
  const meta: Array<readonly [string, string]> = [['id', 'id']];
  if (table.key === 'integer') meta.push(['uuid', 'uuid']);
  if (table.stamped) meta.push(['createdAt', 'created_at'], ['updatedAt', 'updated_at']);
  if (table.softDelete) meta.push(['deletedAt', 'deleted_at']);
  return meta;
}

/** `t.kind_other AS kindOther, …`: every column of the table under its property name. */
export function selectList(table: AnyTable, alias = ''): string {
  const prefix = alias === '' ? '' : `${alias}.`;
  return [...metaFields(table), ...table.fields.map(([property, sqlName]) => [property, sqlName] as const)]
    .map(([property, sqlName]) => (property === sqlName ? `${prefix}${sqlName}` : `${prefix}${sqlName} AS "${property}"`))
    .join(', ');
}

function fail(where: string, expected: string): never {
  throw new Error(`${where}: expected ${expected}`);
}

function metaValue(raw: Record<string, unknown>, property: string, where: string, nullable: boolean): string | number | null {
  const value = raw[property];
  if (value === null && nullable) return null;
  if (property === 'id') return typeof value === 'number' || typeof value === 'string' ? value : fail(where, 'a key');
  return typeof value === 'string' ? value : fail(`${where}.${property}`, 'text');
}

/** Reads one row selected with `selectList`, checking every value against the declaration. */
export function decodeRow<T extends AnyTable>(table: T, raw: unknown): RowOf<T> {
  if (typeof raw !== 'object' || raw === null) throw new Error(`${table.name}: expected a row`);
  const source = raw as Record<string, unknown>;
  const row: Record<string, unknown> = {};
  for (const [property] of metaFields(table)) {
    row[property] = metaValue(source, property, table.name, property === 'deletedAt' || (property === 'uuid' && table.key === 'integer'));
  }
  for (const [property, sqlName, column] of table.fields) {
    row[property] = column.decode(source[property], `${table.name}.${sqlName}`);
  }
  // Built column by column from the declaration above, so it has exactly RowOf<T>'s shape.
  return row as RowOf<T>;
}

/** The declared columns of a full set of values, encoded for SQLite, keyed by SQL name. */
export function encodeValues(table: AnyTable, values: Values<AnyColumns>): Record<string, SqlValue> {
  const encoded: Record<string, SqlValue> = {};
  for (const [property, sqlName, column] of table.fields) encoded[sqlName] = column.encode(values[property]);
  return encoded;
}

/** Prepared statements per connection, built once per SQL text. */
type Statement = Database.Statement<unknown[]>;
const statements = new WeakMap<Db, Map<string, Statement>>();

export function statement(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare<unknown[]>(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}
