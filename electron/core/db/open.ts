import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { MIGRATIONS } from './migrations';
import { migrationChecksum, type Migration } from './migration';
import { describeOpenFailure } from './open-errors';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Where copies made before a migration go; defaults to a "backups" folder beside the file. */
  backupDir?: string;
  /** How long to wait for a lock held by another process before giving up. */
  busyTimeoutMs?: number;
  /** Injected for tests; the migration list the app knows. */
  migrations?: readonly Migration[];
  now?: () => Date;
}

export interface OpenedDatabase {
  db: Db;
  schemaVersion: number;
  /** The copy made before migrating, if any. */
  backupPath: string | null;
}

interface AppliedMigration {
  version: number;
  name: string;
  checksum: string;
}

const MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  checksum TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/**
 * Opens (or creates) the database file, checks it, and brings its schema up to date.
 * On any failure the connection is closed and the file is left exactly as it was:
 * nothing here ever deletes, truncates or replaces the user's file.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  const now = options.now ?? (() => new Date());
  let db: Db | undefined;
  try {
    if (file !== ':memory:') {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.accessSync(path.dirname(file), fs.constants.W_OK);
    }
    const existed = file !== ':memory:' && fs.existsSync(file) && fs.statSync(file).size > 0;
    db = new Database(file, { timeout: options.busyTimeoutMs ?? 3000 });
    // Reading the schema first makes a corrupt or foreign file fail here, before any write.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');

    const applied = readAppliedMigrations(db);
    verifyAppliedMigrations(applied, migrations);
    const pending = migrations.filter((m) => !applied.some((a) => a.version === m.version));

    let backupPath: string | null = null;
    if (pending.length > 0 && existed && hasUserTables(db)) {
      backupPath = backupBeforeMigration(db, file, options.backupDir, applied, now());
    }
    for (const migration of pending) applyMigration(db, migration, now());
    // Only once the file is known to be ours and up to date: switching to WAL rewrites the header,
    // and a file refused above (newer schema, modified migration) must stay byte for byte as it was.
    if (file !== ':memory:') db.pragma('journal_mode = WAL');

    const schemaVersion = migrations.length === 0 ? 0 : Math.max(...migrations.map((m) => m.version));
    return { db, schemaVersion, backupPath };
  } catch (error) {
    db?.close();
    throw describeOpenFailure(error, file);
  }
}

function readAppliedMigrations(db: Db): AppliedMigration[] {
  const table = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!table) return [];
  return db.prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version').all() as AppliedMigration[];
}

function verifyAppliedMigrations(applied: AppliedMigration[], known: readonly Migration[]): void {
  const newest = known.reduce((max, m) => Math.max(max, m.version), 0);
  const tooNew = applied.find((a) => a.version > newest);
  if (tooNew) {
    throw new AppError(
      'DB_NEWER_SCHEMA',
      'Tệp dữ liệu này được tạo bởi một phiên bản mới hơn của ứng dụng. ' +
        'Hãy cài phiên bản mới nhất để mở nó; tệp được giữ nguyên, không bị thay đổi.',
    );
  }
  for (const row of applied) {
    const migration = known.find((m) => m.version === row.version);
    if (!migration || migrationChecksum(migration) !== row.checksum) {
      throw new AppError(
        'DB_MIGRATION_MODIFIED',
        `Cấu trúc tệp dữ liệu không khớp với phiên bản ứng dụng (bước nâng cấp số ${row.version}). ` +
          'Tệp được giữ nguyên; hãy liên hệ cán bộ tin học.',
      );
    }
  }
}

function hasUserTables(db: Db): boolean {
  const row = db
    .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .get() as { n: number };
  return row.n > 0;
}

function backupBeforeMigration(
  db: Db,
  file: string,
  backupDir: string | undefined,
  applied: AppliedMigration[],
  at: Date,
): string {
  const dir = backupDir ?? path.join(path.dirname(file), 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const fromVersion = applied.length === 0 ? 0 : applied[applied.length - 1]!.version;
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `${path.basename(file, path.extname(file))}-truoc-nang-cap-v${fromVersion}-${stamp}.sqlite3`);
  // Fast path: fold the WAL into the main file, then copy the file while holding the write lock
  // so nothing can change it mid-copy (a 50 MB file copies in ~20 ms; VACUUM INTO takes ~200 ms).
  // If a reader keeps the checkpoint from finishing, VACUUM INTO still makes a consistent copy.
  const [checkpoint] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
  if (file !== ':memory:' && checkpoint?.busy === 0) {
    db.exec('BEGIN IMMEDIATE');
    try {
      fs.copyFileSync(file, target, fs.constants.COPYFILE_EXCL);
    } finally {
      db.exec('COMMIT');
    }
    return target;
  }
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

function applyMigration(db: Db, migration: Migration, at: Date): void {
  const run = db.transaction(() => {
    db.exec(MIGRATIONS_TABLE);
    db.exec(migration.sql);
    db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)').run(
      migration.version,
      migration.name,
      migrationChecksum(migration),
      at.toISOString(),
    );
  });
  // IMMEDIATE takes the write lock up front, so a competing writer is detected before any change.
  run.immediate();
}
