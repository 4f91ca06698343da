import type { Db } from '../../electron/core/db/open';

export type TableDump = Record<string, unknown[]>;

/** Every user table (sqlite internals excluded), all rows, in a stable order. */
export function dumpUserTables(db: Db): TableDump {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as Array<{ name: string }>;
  const dump: TableDump = {};
  for (const { name } of tables) {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    dump[name] = db.prepare(`SELECT * FROM ${quoted} ORDER BY rowid`).all();
  }
  return dump;
}

/** Names of the user tables in the database. */
export function tableNames(db: Db): string[] {
  return (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as Array<{ name: string }>
  ).map((row) => row.name);
}
