import type { Db } from '../open';
import type { Column, ColumnValue } from './columns';

/**
 * A table declared once: its columns, its key, whether it is stamped, soft-deleted and folded for
 * search. The write path (write.ts) builds every INSERT, UPDATE and SELECT list from this, and the
 * row types below come from it, so a column is spelled out in exactly one place.
 */

export type AnyColumns = Record<string, Column<unknown, boolean>>;

/** Method-style, so a table's own searchText still fits where any table is expected. */
export type SearchTextOf<Cols extends AnyColumns> = { fold(row: Values<Cols>, db: Db): string }['fold'];

export interface TableOptions<Cols extends AnyColumns, Key extends 'integer' | 'uuid', Stamped extends boolean, Soft extends boolean> {
  name: string;
  /**
   * 'integer': an INTEGER PRIMARY KEY the database allocates, with a `uuid` column beside it.
   * 'uuid': a TEXT key that is itself a UUID, made by the renderer (rows inside a meeting).
   */
  key: Key;
  columns: Cols;
  /** created_at and updated_at, set by the write path. */
  stamped: Stamped;
  /** deleted_at: the row goes to the bin instead of being removed. */
  softDelete: Soft;
  /** The folded text stored in `search_text`, recomputed from the whole row on every write. */
  searchText?: SearchTextOf<Cols>;
}

export type Values<Cols extends AnyColumns> = { [K in keyof Cols]: ColumnValue<Cols[K]> };

type DefaultedKeys<Cols extends AnyColumns> = {
  [K in keyof Cols]: Cols[K] extends Column<unknown, true> ? K : never;
}[keyof Cols];

/** What an insert must give: every column without a declared default; the others may be left out. */
export type InsertValues<Cols extends AnyColumns> = Omit<Values<Cols>, DefaultedKeys<Cols>> &
  Partial<Pick<Values<Cols>, DefaultedKeys<Cols>>>;

export type KeyOf<Key extends 'integer' | 'uuid'> = Key extends 'integer' ? number : string;

type MetaColumns<Key extends 'integer' | 'uuid', Stamped extends boolean, Soft extends boolean> = { id: KeyOf<Key> } & (Key extends 'integer'
  ? { uuid: string }
  : unknown) &
  (Stamped extends true ? { createdAt: string; updatedAt: string } : unknown) &
  (Soft extends true ? { deletedAt: string | null } : unknown);

export interface Table<Cols extends AnyColumns = AnyColumns, Key extends 'integer' | 'uuid' = 'integer' | 'uuid', Stamped extends boolean = boolean, Soft extends boolean = boolean> {
  readonly name: string;
  readonly key: Key;
  readonly stamped: Stamped;
  readonly softDelete: Soft;
  readonly columns: Cols;
  /** [property, SQL name, column] in declaration order. */
  readonly fields: ReadonlyArray<readonly [keyof Cols & string, string, Column<unknown, boolean>]>;
  readonly searchText: SearchTextOf<Cols> | undefined;
}

/**
 * What the write path needs to know of any table, without its column types: the constraint of
 * its generic functions (a Table<Cols> is one whatever its columns).
 */
export interface TableShape {
  readonly name: string;
  readonly key: 'integer' | 'uuid';
  readonly stamped: boolean;
  readonly softDelete: boolean;
  readonly fields: ReadonlyArray<readonly [string, string, Column<unknown, boolean>]>;
  readonly searchText: ((row: never, db: Db) => string) | undefined;
}

/** A row as read back: the declared columns plus the key, uuid, stamps and bin date the table has. */
export type RowOf<T> = T extends Table<infer Cols, infer Key, infer Stamped, infer Soft> ? MetaColumns<Key, Stamped, Soft> & Values<Cols> : never;
export type ColumnsOf<T> = T extends { columns: infer Cols extends AnyColumns } ? Cols : never;
export type ValuesOf<T> = Values<ColumnsOf<T>>;
export type InsertOf<T> = InsertValues<ColumnsOf<T>>;
export type IdOf<T> = T extends { key: 'integer' } ? number : string;

export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export function defineTable<Cols extends AnyColumns, Key extends 'integer' | 'uuid', Stamped extends boolean, Soft extends boolean>(
  options: TableOptions<Cols, Key, Stamped, Soft>,
): Table<Cols, Key, Stamped, Soft> {
  const fields = Object.entries(options.columns).map(
    ([property, column]) => [property as keyof Cols & string, column.sqlName ?? snakeCase(property), column] as const,
  );
  return {
    name: options.name,
    key: options.key,
    stamped: options.stamped,
    softDelete: options.softDelete,
    columns: options.columns,
    fields,
    searchText: options.searchText,
  };
}
