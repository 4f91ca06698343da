import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { MIGRATIONS } from './migrations';
import { migrationChecksum, type Migration } from './migration';
import { describeOpenFailure } from './open-errors';
import { createBackupSync } from '../backup/create';
import { finishInterruptedRestore } from '../backup/swap';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Where backups go (the one made before a migration too); defaults to "sao-luu" beside the file. */
  backupDir?: string;
  /** Written into the manifest of the backup made before a migration. */
  appVersion?: string;
  /** How long to wait for a lock held by another process before giving up. */
  busyTimeoutMs?: number;
  /**
   * Start a new database in an existing file of 0 bytes. Without it such a file is refused
   * (DB_EMPTY): a data file emptied by a crash or a sync tool must not quietly become an empty
   * database; the app first offers the newest backup, and starts afresh only when the user agrees.
   */
  acceptEmptyFile?: boolean;
  /** Injected for tests; the migration list the app knows. */
  migrations?: readonly Migration[];
  now?: () => Date;
}

export interface OpenedDatabase {
  db: Db;
  schemaVersion: number;
  /** The snapshot of the backup made before migrating, if any. */
  backupPath: string | null;
}

interface AppliedMigration {
  version: number;
  name: string;
  checksum: string;
}

/** 32 MB: the -wal file is truncated back to this after a checkpoint. */
export const WAL_SIZE_LIMIT = 32 * 1024 * 1024;

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
    // A restore the PC stopped in the middle of is finished before anything reads the file.
    if (file !== ':memory:') finishInterruptedRestore({ databasePath: file, attachmentsDir: path.join(path.dirname(file), 'tep-dinh-kem') });
    const existed = file !== ':memory:' && fs.existsSync(file) && fs.statSync(file).size > 0;
    if (file !== ':memory:' && !existed && fs.existsSync(file) && !options.acceptEmptyFile) throw emptyFileError(file);
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
      backupPath = backupBeforeMigration(db, file, options, applied, now());
    }
    for (const migration of pending) applyMigration(db, migration, now());
    // Only once the file is known to be ours and up to date: switching to WAL rewrites the header,
    // and a file refused above (newer schema, modified migration) must stay byte for byte as it was.
    if (file !== ':memory:') {
      db.pragma('journal_mode = WAL');
      // After each checkpoint the -wal file is cut back to this size, so it never grows without bound.
      db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT}`);
    }

    const schemaVersion = migrations.length === 0 ? 0 : Math.max(...migrations.map((m) => m.version));
    return { db, schemaVersion, backupPath };
  } catch (error) {
    db?.close();
    throw describeOpenFailure(error, file);
  }
}

function emptyFileError(file: string): AppError {
  return new AppError(
    'DB_EMPTY',
    `Tệp dữ liệu trống rỗng (0 byte), không còn hội nghị, văn bản hay nhiệm vụ nào trong đó (${file}). ` +
      'Thường do máy tắt đột ngột, ổ đĩa lỗi hoặc một chương trình đồng bộ đã ghi đè tệp. ' +
      'Ứng dụng không tự tạo dữ liệu mới đè lên tệp này; hãy mở bản sao lưu gần nhất.',
  );
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

/**
 * A verified backup (see electron/core/backup) before the schema changes: VACUUM INTO on this
 * connection (the WAL's rows included, whether or not a reader blocks a checkpoint), checked,
 * with its manifest, renamed into place. Start-up waits for it: no window exists yet.
 */
function backupBeforeMigration(db: Db, file: string, options: OpenDatabaseOptions, applied: AppliedMigration[], at: Date): string {
  const dir = options.backupDir ?? path.join(path.dirname(file), 'sao-luu');
  const fromVersion = applied.length === 0 ? 0 : applied[applied.length - 1]!.version;
  const created = createBackupSync(
    { db, attachmentsDir: path.join(path.dirname(file), 'tep-dinh-kem'), appVersion: options.appVersion ?? 'không rõ', schemaVersion: fromVersion },
    dir,
    { kind: 'truoc-nang-cap', now: at },
  );
  return created.snapshot;
}

function applyMigration(db: Db, migration: Migration, at: Date): void {
  const run = db.transaction(() => {
    db.exec(MIGRATIONS_TABLE);
    db.exec(migration.sql);
    if (migration.foreignKeysOff && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
      throw new Error(`Migration ${migration.version} left rows pointing at nothing.`);
    }
    db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)').run(
      migration.version,
      migration.name,
      migrationChecksum(migration),
      at.toISOString(),
    );
  });
  // IMMEDIATE takes the write lock up front, so a competing writer is detected before any change.
  if (!migration.foreignKeysOff) return run.immediate();
  db.pragma('foreign_keys = OFF');
  try {
    run.immediate();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}
