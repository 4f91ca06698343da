/**
 * Column kinds of the declared tables (see tables.ts). A column knows its SQL name, how a value
 * is stored and how a stored value is read back, checked: a row read through a declaration has
 * the types the declaration promises, or reading it fails loudly. The kinds are logical (text,
 * integer, boolean, JSON), not SQLite's, so a second engine maps them to its own types.
 */

export type SqlValue = string | number | null;

export interface Column<T, HasDefault extends boolean = boolean> {
  readonly kind: 'text' | 'integer' | 'boolean' | 'json';
  /** Set by defineTable from the property name (camelCase → snake_case) unless given. */
  readonly sqlName: string | null;
  readonly nullable: boolean;
  readonly hasDefault: HasDefault;
  readonly defaultValue: T | undefined;
  encode(value: T): SqlValue;
  decode(value: unknown, where: string): T;
}

export type ColumnValue<C> = C extends Column<infer T, boolean> ? T : never;

function fail(where: string, expected: string, value: unknown): never {
  throw new Error(`${where}: expected ${expected}, read ${value === null ? 'NULL' : typeof value}`);
}

interface Codec<T> {
  kind: Column<T>['kind'];
  nullable: boolean;
  encode(value: T): SqlValue;
  decode(value: unknown, where: string): T;
}

/** A column builder: `.named('sql_name')` and `.default(value)` return new columns. */
export interface ColumnBuilder<T, HasDefault extends boolean> extends Column<T, HasDefault> {
  named(sqlName: string): ColumnBuilder<T, HasDefault>;
  default(value: T): ColumnBuilder<T, true>;
}

function build<T, D extends boolean>(codec: Codec<T>, sqlName: string | null, hasDefault: D, defaultValue: T | undefined): ColumnBuilder<T, D> {
  return {
    ...codec,
    sqlName,
    hasDefault,
    defaultValue,
    named: (name) => build(codec, name, hasDefault, defaultValue),
    default: (value) => build<T, true>(codec, sqlName, true, value),
  };
}

function orNull<T>(codec: Codec<T>): Codec<T | null> {
  return {
    kind: codec.kind,
    nullable: true,
    encode: (value) => (value === null ? null : codec.encode(value)),
    decode: (value, where) => (value === null ? null : codec.decode(value, where)),
  };
}

const textCodec: Codec<string> = {
  kind: 'text',
  nullable: false,
  encode: (value) => value,
  decode: (value, where) => (typeof value === 'string' ? value : fail(where, 'text', value)),
};

const integerCodec: Codec<number> = {
  kind: 'integer',
  nullable: false,
  encode: (value) => value,
  decode: (value, where) => (typeof value === 'number' && Number.isInteger(value) ? value : fail(where, 'integer', value)),
};

const booleanCodec: Codec<boolean> = {
  kind: 'boolean',
  nullable: false,
  encode: (value) => (value ? 1 : 0),
  decode: (value, where) => (value === 1 ? true : value === 0 ? false : fail(where, '0 or 1', value)),
};

function enumCodec<const V extends readonly string[]>(values: V): Codec<V[number]> {
  return {
    kind: 'text',
    nullable: false,
    encode: (value) => value,
    decode: (value, where) => {
      if (typeof value === 'string') {
        const found = values.find((v) => v === value);
        if (found !== undefined) return found;
      }
      return fail(where, `one of ${values.join('|')}`, value);
    },
  };
}

/**
 * Structures stored as JSON text. The database is the app's own and the value was validated by
 * the IPC schemas before it was written, so it is parsed, not validated again, when read back.
 */
function jsonCodec<T>(): Codec<T> {
  return {
    kind: 'json',
    nullable: false,
    encode: (value) => JSON.stringify(value),
    decode: (value, where) => (typeof value === 'string' ? (JSON.parse(value) as T) : fail(where, 'JSON text', value)),
  };
}

export const col = {
  text: () => build(textCodec, null, false, undefined),
  textOrNull: () => build(orNull(textCodec), null, false, undefined),
  integer: () => build(integerCodec, null, false, undefined),
  integerOrNull: () => build(orNull(integerCodec), null, false, undefined),
  boolean: () => build(booleanCodec, null, false, undefined),
  enum: <const V extends readonly string[]>(values: V) => build(enumCodec(values), null, false, undefined),
  enumOrNull: <const V extends readonly string[]>(values: V) => build(orNull(enumCodec(values)), null, false, undefined),
  json: <T>() => build(jsonCodec<T>(), null, false, undefined),
};
