import Database from 'better-sqlite3';
import fs from 'node:fs';

/**
 * Damages one b-tree page of `table` the way a bad sector does: the page's cell area is
 * overwritten with noise, its header left alone. The file still opens (page 1, the schema and
 * schema_migrations are intact) and queries that do not touch the page still answer; only reading
 * every page finds it. Returns the page number damaged.
 */
export function damageTablePage(file: string, table: string): number {
  const db = new Database(file);
  let page: number;
  let pageSize: number;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    pageSize = db.pragma('page_size', { simple: true }) as number;
    const leaves = db
      .prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno")
      .pluck()
      .all(table) as number[];
    if (leaves.length === 0) throw new Error(`${table} has no leaf page`);
    page = leaves[Math.floor(leaves.length / 2)]!;
  } finally {
    db.close();
  }
  const fd = fs.openSync(file, 'r+');
  try {
    const noise = Buffer.alloc(pageSize / 2);
    for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 131 + 7) % 251;
    // The second half of the page: the header and cell pointers stay, the cells (which SQLite packs
    // from the end of the page, so even a page holding one row has its row there) are noise.
    fs.writeSync(fd, noise, 0, noise.length, (page - 1) * pageSize + pageSize / 2);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return page;
}
