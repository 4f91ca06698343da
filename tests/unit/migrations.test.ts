import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db, type OpenDatabaseOptions } from '../../electron/core/db/open';
import { migrationChecksum, type Migration } from '../../electron/core/db/migration';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { migration001 } from '../../electron/core/db/migrations/001-initial';
import { migration002 as documentsMigration } from '../../electron/core/db/migrations/002-documents';
import { migration003 as directivesMigration } from '../../electron/core/db/migrations/003-directives';
import { migration004 as tasksMigration } from '../../electron/core/db/migrations/004-tasks';
import { migration005 as writePathMigration } from '../../electron/core/db/migrations/005-write-path';
import { migration006 as binMigration } from '../../electron/core/db/migrations/006-bin';
import { migration007 as reportsMigration } from '../../electron/core/db/migrations/007-reports';
import { migration008 as exchangeMigration } from '../../electron/core/db/migrations/008-exchange';
import { migration009 as taskCountsMigration } from '../../electron/core/db/migrations/009-task-counts';
import { migration011 as fileNamesMigration } from '../../electron/core/db/migrations/011-file-names';
import { migration013 as citedDirectivesMigration } from '../../electron/core/db/migrations/013-cited-directives';
import { AppError } from '../../electron/core/errors';
import type { ErrorCode } from '../../shared/ipc/errors';
import { makeTempDir } from '../support/core';
import { dumpUserTables, tableNames } from '../support/db-dump';
import { expectVietnameseMessage } from '../support/vietnamese';

const EXPECTED_TABLES = [
  'agenda_items',
  'assignment_reports',
  'awards',
  'change_log',
  'committee_assignments',
  'committee_deputies',
  'committee_profile',
  'conclusions',
  'directive_attachments',
  'directives',
  'document_events',
  'document_versions',
  'documents',
  'exchange_packages',
  'exchange_records',
  'meeting_attendees',
  'meeting_connected_points',
  'meeting_directives',
  'meetings',
  'organisations',
  'people',
  'report_compilations',
  'report_settings',
  'schema_migrations',
  'speeches',
  'task_counts',
  'task_progress',
  'task_supporting_organisations',
  'tasks',
];

const migration002: Migration = {
  version: 2,
  name: 'directives',
  sql: `
CREATE TABLE directives (id INTEGER PRIMARY KEY, number_symbol TEXT NOT NULL);
ALTER TABLE organisations ADD COLUMN note TEXT NOT NULL DEFAULT '';
`,
};

const failingMigration002: Migration = {
  version: 2,
  name: 'broken',
  sql: `
CREATE TABLE directives (id INTEGER PRIMARY KEY, number_symbol TEXT NOT NULL);
INSERT INTO directives (number_symbol) VALUES ('56-NQ/TU');
UPDATE organisations SET name = 'bị sửa dở dang';
INSERT INTO no_such_table VALUES (1);
`,
};

const FIXED_NOW = new Date('2026-03-10T02:00:00.000Z');

const dirs: string[] = [];
const openDbs: Db[] = [];
afterEach(() => {
  for (const db of openDbs.splice(0)) if (db.open) db.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = makeTempDir('mttq-migrate-');
  dirs.push(dir);
  return dir;
}

function open(file: string, options: OpenDatabaseOptions = {}) {
  const opened = openDatabase(file, { now: () => FIXED_NOW, ...options });
  openDbs.push(opened.db);
  return opened;
}

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function expectOpenFailure(run: () => unknown, code: ErrorCode): AppError {
  let caught: unknown;
  try {
    const result = run();
    if (result && typeof result === 'object' && 'db' in result) openDbs.push((result as { db: Db }).db);
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected ${code}`).toBeInstanceOf(AppError);
  const error = caught as AppError;
  expect(error.code, error.message).toBe(code);
  expectVietnameseMessage(error.message);
  expect(error.message).not.toContain(String((error.cause as Error | undefined)?.message ?? '§none§'));
  return error;
}

function appliedVersions(db: Db): Array<{ version: number; name: string; checksum: string; applied_at: string }> {
  return db.prepare('SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version').all() as Array<{
    version: number;
    name: string;
    checksum: string;
    applied_at: string;
  }>;
}

function insertOrganisation(db: Db, name: string): void {
  db.prepare(
    `INSERT INTO organisations (name, kind, abbreviation, search_text, created_at, updated_at)
     VALUES (?, 'to_chuc_thanh_vien', '', lower(?), '2026-01-01', '2026-01-01')`,
  ).run(name, name);
}

/** A database at schema version 1 holding one organisation, closed. */
function databaseAtVersion1(dir: string): string {
  const file = path.join(dir, 'du-lieu.sqlite3');
  const { db } = open(file, { migrations: [migration001] });
  insertOrganisation(db, 'Hội Nông dân tỉnh');
  db.close();
  return file;
}

describe('a fresh database', () => {
  it('gets every table, one recorded migration with its checksum, WAL and foreign keys', () => {
    const dir = tempDir();
    const file = path.join(dir, 'du-lieu.sqlite3');
    const opened = open(file);
    expect(opened.schemaVersion).toBe(Math.max(...MIGRATIONS.map((m) => m.version)));
    expect(opened.schemaVersion).toBe(13);
    expect(opened.backupPath).toBeNull();
    expect(tableNames(opened.db)).toEqual(EXPECTED_TABLES);

    const applied = appliedVersions(opened.db);
    expect(applied).toEqual([
      { version: 1, name: 'initial', checksum: migrationChecksum(migration001), applied_at: FIXED_NOW.toISOString() },
      { version: 2, name: 'documents', checksum: migrationChecksum(documentsMigration), applied_at: FIXED_NOW.toISOString() },
      { version: 3, name: 'directives', checksum: migrationChecksum(directivesMigration), applied_at: FIXED_NOW.toISOString() },
      { version: 4, name: 'tasks', checksum: migrationChecksum(tasksMigration), applied_at: FIXED_NOW.toISOString() },
      { version: 5, name: 'write-path', checksum: migrationChecksum(writePathMigration), applied_at: FIXED_NOW.toISOString() },
      { version: 6, name: 'bin', checksum: migrationChecksum(binMigration), applied_at: FIXED_NOW.toISOString() },
      { version: 7, name: 'reports', checksum: migrationChecksum(reportsMigration), applied_at: FIXED_NOW.toISOString() },
      { version: 8, name: 'exchange', checksum: migrationChecksum(exchangeMigration), applied_at: FIXED_NOW.toISOString() },
      { version: 9, name: 'task-counts', checksum: migrationChecksum(taskCountsMigration), applied_at: FIXED_NOW.toISOString() },
      { version: 11, name: 'file-names', checksum: migrationChecksum(fileNamesMigration), applied_at: FIXED_NOW.toISOString() },
      { version: 13, name: 'cited-directives', checksum: migrationChecksum(citedDirectivesMigration), applied_at: FIXED_NOW.toISOString() },
    ]);
    expect(applied[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(applied[0]!.checksum).toBe(createHash('sha256').update(migration001.sql).digest('hex'));

    expect(opened.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.db.pragma('foreign_keys', { simple: true })).toBe(1);
    // Nothing to back up on a new file.
    expect(fs.existsSync(path.join(dir, 'sao-luu'))).toBe(false);
  });

  it('enforces foreign keys for real', () => {
    const { db } = open(path.join(tempDir(), 'du-lieu.sqlite3'));
    expect(() =>
      db
        .prepare(
          `INSERT INTO people (full_name, organisation_id, search_text, created_at, updated_at)
           VALUES ('Nguyễn Văn A', 999, 'nguyen van a', 'x', 'x')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('creates missing parent folders', () => {
    const dir = tempDir();
    const file = path.join(dir, 'a', 'b', 'du-lieu.sqlite3');
    const { db } = open(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(tableNames(db)).toContain('meetings');
  });

  it('works in memory (no WAL there)', () => {
    const opened = open(':memory:');
    expect(tableNames(opened.db)).toEqual(EXPECTED_TABLES);
    expect(opened.backupPath).toBeNull();
    expect(opened.db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});

describe('reopening an up-to-date database', () => {
  it('applies nothing and makes no backup', () => {
    const dir = tempDir();
    const file = path.join(dir, 'du-lieu.sqlite3');
    const first = open(file);
    insertOrganisation(first.db, 'Công đoàn tỉnh');
    const before = dumpUserTables(first.db);
    first.db.close();

    const later = new Date('2027-01-01T00:00:00.000Z');
    const second = open(file, { now: () => later, backupDir: path.join(dir, 'bk') });
    expect(second.backupPath).toBeNull();
    expect(dumpUserTables(second.db)).toEqual(before);
    expect(appliedVersions(second.db).map((m) => m.applied_at)).toEqual(MIGRATIONS.map(() => FIXED_NOW.toISOString()));
    expect(fs.existsSync(path.join(dir, 'bk'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'sao-luu'))).toBe(false);
  });
});

describe('upgrading an existing database', () => {
  it('copies the file aside first, then applies and records the new migration; data survives', () => {
    const dir = tempDir();
    const file = databaseAtVersion1(dir);
    const backupDir = path.join(dir, 'sao-luu');

    const upgradeAt = new Date('2026-06-01T03:04:05.678Z');
    const opened = open(file, { migrations: [migration001, migration002], backupDir, now: () => upgradeAt });
    expect(opened.schemaVersion).toBe(2);

    // The backup: one verified folder in backupDir, with its manifest, holding the old data and schema.
    expect(opened.backupPath).not.toBeNull();
    const backupPath = opened.backupPath!;
    const folder = path.dirname(backupPath);
    expect(path.dirname(folder)).toBe(backupDir);
    expect(fs.readdirSync(backupDir)).toEqual([path.basename(folder)]);
    expect(path.basename(folder)).toMatch(/^2026-06-01T03-04-05-678Z-truoc-nang-cap-[0-9a-f]{4}$/);
    expect(path.basename(backupPath)).toBe('du-lieu.sqlite3');
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ kind: 'truoc-nang-cap', createdAt: upgradeAt.toISOString(), schemaVersion: 1 });
    expect(manifest.rows.organisations).toBe(1);
    expect(manifest.database.sha256).toBe(sha256(backupPath));
    const backup = new Database(backupPath, { readonly: true });
    try {
      expect((backup.prepare('SELECT name FROM organisations').all() as Array<{ name: string }>).map((r) => r.name)).toEqual([
        'Hội Nông dân tỉnh',
      ]);
      expect((backup.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version)).toEqual([1]);
      expect(tableNames(backup)).not.toContain('directives');
    } finally {
      backup.close();
    }

    // The upgraded file.
    expect(appliedVersions(opened.db).map((m) => [m.version, m.name, m.checksum, m.applied_at])).toEqual([
      [1, 'initial', migrationChecksum(migration001), FIXED_NOW.toISOString()],
      [2, 'directives', migrationChecksum(migration002), upgradeAt.toISOString()],
    ]);
    expect(tableNames(opened.db)).toContain('directives');
    expect(opened.db.prepare('SELECT name, note FROM organisations').all()).toEqual([{ name: 'Hội Nông dân tỉnh', note: '' }]);
    expect(opened.db.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('puts the backup in a "sao-luu" folder beside the file by default', () => {
    const dir = tempDir();
    const file = databaseAtVersion1(dir);
    const opened = open(file, { migrations: [migration001, migration002] });
    expect(opened.backupPath).not.toBeNull();
    expect(path.dirname(path.dirname(opened.backupPath!))).toBe(path.join(dir, 'sao-luu'));
    expect(fs.existsSync(opened.backupPath!)).toBe(true);
  });

  it('the backup holds rows still waiting in the WAL, whether or not a reader blocks the checkpoint', () => {
    for (const readerHoldsSnapshot of [false, true]) {
      const dir = tempDir();
      const file = databaseAtVersion1(dir);
      // Another connection writes in WAL mode and stays open, so its rows sit in the -wal file.
      const writer = new Database(file);
      writer.pragma('journal_mode = WAL');
      writer.pragma('wal_autocheckpoint = 0');
      insertOrganisation(writer, 'Hội Cựu chiến binh tỉnh');
      const reader = new Database(file, { readonly: true });
      const snapshot = reader.prepare('SELECT name FROM organisations');
      const cursor = readerHoldsSnapshot ? snapshot.iterate() : null;
      cursor?.next();
      try {
        const opened = open(file, { migrations: [migration001, migration002], backupDir: path.join(dir, 'sao-luu'), busyTimeoutMs: 100 });
        const copy = new Database(opened.backupPath!, { readonly: true });
        const names = copy.prepare('SELECT name FROM organisations ORDER BY id').pluck().all();
        copy.close();
        expect(names, `reader holds a snapshot: ${readerHoldsSnapshot}`).toEqual(['Hội Nông dân tỉnh', 'Hội Cựu chiến binh tỉnh']);
      } finally {
        cursor?.return?.();
        reader.close();
        writer.close();
      }
    }
  });

  it('a failing migration rolls back completely and reports DB_MIGRATION_FAILED', () => {
    const dir = tempDir();
    const file = databaseAtVersion1(dir);
    const backupDir = path.join(dir, 'sao-luu');
    const hashBefore = sha256(file);

    const error = expectOpenFailure(
      () => openDatabase(file, { migrations: [migration001, failingMigration002], backupDir, now: () => FIXED_NOW }),
      'DB_MIGRATION_FAILED',
    );
    expect(error.message).toContain('Tệp không bị thay đổi');
    expect(error.cause).toBeInstanceOf(Error);

    // The file is exactly as it was, and still opens with the migrations it had.
    expect(sha256(file)).toBe(hashBefore);
    const again = open(file, { migrations: [migration001] });
    expect(tableNames(again.db)).not.toContain('directives');
    expect(appliedVersions(again.db).map((m) => m.version)).toEqual([1]);
    expect(again.db.prepare('SELECT name FROM organisations').all()).toEqual([{ name: 'Hội Nông dân tỉnh' }]);
    // A copy was made before trying.
    expect(fs.readdirSync(backupDir)).toHaveLength(1);
  });

  it('each migration is its own transaction: earlier ones stay when a later one fails', () => {
    const dir = tempDir();
    const file = databaseAtVersion1(dir);
    const failing3: Migration = { version: 3, name: 'broken', sql: 'CREATE TABLE tasks (id INTEGER PRIMARY KEY); SELECT * FROM nowhere;' };
    expectOpenFailure(() => openDatabase(file, { migrations: [migration001, migration002, failing3] }), 'DB_MIGRATION_FAILED');
    const again = open(file, { migrations: [migration001, migration002] });
    expect(appliedVersions(again.db).map((m) => m.version)).toEqual([1, 2]);
    expect(tableNames(again.db)).toContain('directives');
    expect(tableNames(again.db)).not.toContain('tasks');
  });
});

describe('files the app must refuse, leaving them untouched', () => {
  it('a newer schema (WAL file made by the app) → DB_NEWER_SCHEMA, bytes unchanged', () => {
    const dir = tempDir();
    const file = path.join(dir, 'du-lieu.sqlite3');
    const { db } = open(file);
    db.prepare("INSERT INTO schema_migrations VALUES (99, 'tuong-lai', 'abc', '2030-01-01')").run();
    db.close();
    const hashBefore = sha256(file);

    const error = expectOpenFailure(() => openDatabase(file), 'DB_NEWER_SCHEMA');
    expect(error.message).toContain('phiên bản mới hơn');
    expect(sha256(file)).toBe(hashBefore);
    expect(fs.existsSync(path.join(dir, 'sao-luu'))).toBe(false);
  });

  it('a newer schema in a rollback-journal file → DB_NEWER_SCHEMA, bytes unchanged (WAL is not switched on)', () => {
    const dir = tempDir();
    const file = path.join(dir, 'cu.sqlite3');
    const raw = new Database(file);
    raw.exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL);
      INSERT INTO schema_migrations VALUES (99, 'tuong-lai', 'abc', '2030-01-01');`);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
    raw.close();
    const hashBefore = sha256(file);
    expectOpenFailure(() => openDatabase(file), 'DB_NEWER_SCHEMA');
    expect(sha256(file)).toBe(hashBefore);
  });

  it('a migration edited after release (same version, other SQL) → DB_MIGRATION_MODIFIED, bytes unchanged', () => {
    const dir = tempDir();
    const file = path.join(dir, 'du-lieu.sqlite3');
    open(file, { migrations: [migration001, migration002] }).db.close();
    const hashBefore = sha256(file);
    const edited: Migration = { ...migration002, sql: `${migration002.sql}\nCREATE INDEX directives_number ON directives(number_symbol);` };

    const error = expectOpenFailure(() => openDatabase(file, { migrations: [migration001, edited] }), 'DB_MIGRATION_MODIFIED');
    expect(error.message).toContain('số 2');
    expect(sha256(file)).toBe(hashBefore);
  });

  it('an applied migration the app does not know (a gap) → DB_MIGRATION_MODIFIED', () => {
    const dir = tempDir();
    const file = path.join(dir, 'du-lieu.sqlite3');
    open(file, { migrations: [migration001, migration002] }).db.close();
    const third: Migration = { version: 3, name: 'x', sql: 'CREATE TABLE x (id INTEGER);' };
    expectOpenFailure(() => openDatabase(file, { migrations: [migration001, third] }), 'DB_MIGRATION_MODIFIED');
  });

  it.each([
    ['random bytes', () => randomBytes(16_384)],
    ['a short text file', () => Buffer.from('Biên bản hội nghị — không phải cơ sở dữ liệu', 'utf8')],
    ['a long text file', () => Buffer.from('Nội dung văn bản.\n'.repeat(2_000), 'utf8')],
  ])('%s → DB_CORRUPT, bytes unchanged, file kept', (_label, makeBytes) => {
    const dir = tempDir();
    const file = path.join(dir, 'du-lieu.sqlite3');
    fs.writeFileSync(file, makeBytes());
    const hashBefore = sha256(file);

    const error = expectOpenFailure(() => openDatabase(file), 'DB_CORRUPT');
    expect(error.message).toContain('không xóa');
    expect(fs.existsSync(file)).toBe(true);
    expect(sha256(file)).toBe(hashBefore);
    expect(fs.readdirSync(dir)).toEqual(['du-lieu.sqlite3']);
  });

  it('a database whose pages after the first are destroyed → DB_CORRUPT, bytes unchanged', () => {
    const dir = tempDir();
    const file = path.join(dir, 'du-lieu.sqlite3');
    const { db } = open(file);
    for (let i = 0; i < 200; i++) insertOrganisation(db, `Tổ chức số ${i} ${'x'.repeat(200)}`);
    db.close();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    expect(bytes.length).toBeGreaterThan(pageSize * 3);
    randomBytes(bytes.length - pageSize).copy(bytes, pageSize);
    fs.writeFileSync(file, bytes);
    const hashBefore = sha256(file);

    expectOpenFailure(() => openDatabase(file), 'DB_CORRUPT');
    expect(sha256(file)).toBe(hashBefore);
  });
});

describe('a data file of 0 bytes (emptied by a crash or a sync tool)', () => {
  it('is refused with DB_EMPTY in Vietnamese, never silently made a new database; the file stays 0 bytes', () => {
    const dir = tempDir();
    const file = path.join(dir, 'du-lieu.sqlite3');
    fs.writeFileSync(file, '');

    const error = expectOpenFailure(() => openDatabase(file), 'DB_EMPTY');
    expect(error.message).toContain('0 byte');
    expect(fs.statSync(file).size).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(['du-lieu.sqlite3']);
  });

  it('becomes a new database only when the caller says the user agreed', () => {
    const dir = tempDir();
    const file = path.join(dir, 'du-lieu.sqlite3');
    fs.writeFileSync(file, '');
    const opened = openDatabase(file, { acceptEmptyFile: true });
    try {
      expect(opened.schemaVersion).toBe(Math.max(...MIGRATIONS.map((m) => m.version)));
      expect(opened.backupPath).toBeNull();
    } finally {
      opened.db.close();
    }
  });
});

describe('a file locked by another program', () => {
  it('a rollback-journal file held with BEGIN EXCLUSIVE → DB_LOCKED, and opens once released', () => {
    const dir = tempDir();
    const file = path.join(dir, 'du-lieu.sqlite3');
    const holder = new Database(file);
    openDbs.push(holder);
    holder.exec("CREATE TABLE ghi_chu (noi_dung TEXT); INSERT INTO ghi_chu VALUES ('trước');");
    holder.exec('BEGIN EXCLUSIVE');
    holder.exec("INSERT INTO ghi_chu VALUES ('đang ghi')");

    const error = expectOpenFailure(() => openDatabase(file, { busyTimeoutMs: 50 }), 'DB_LOCKED');
    expect(error.message).toContain('chương trình khác');

    holder.exec('ROLLBACK');
    holder.close();
    const opened = open(file, { busyTimeoutMs: 50 });
    expect(tableNames(opened.db)).toContain('meetings');
    expect(opened.db.prepare('SELECT noi_dung FROM ghi_chu').all()).toEqual([{ noi_dung: 'trước' }]);
  });

  it('a WAL file needing a migration while another connection writes → DB_LOCKED, nothing applied', () => {
    const dir = tempDir();
    const file = databaseAtVersion1(dir);
    const holder = new Database(file);
    openDbs.push(holder);
    holder.exec('BEGIN EXCLUSIVE');
    insertOrganisation(holder, 'Đoàn Thanh niên');

    expectOpenFailure(
      () => openDatabase(file, { busyTimeoutMs: 50, migrations: [migration001, migration002], backupDir: path.join(dir, 'bk') }),
      'DB_LOCKED',
    );
    holder.exec('COMMIT');
    holder.close();

    const check = open(file, { migrations: [migration001] });
    expect(appliedVersions(check.db).map((m) => m.version)).toEqual([1]);
    expect(tableNames(check.db)).not.toContain('directives');
    expect((check.db.prepare('SELECT name FROM organisations ORDER BY id').all() as Array<{ name: string }>).map((r) => r.name)).toEqual([
      'Hội Nông dân tỉnh',
      'Đoàn Thanh niên',
    ]);
  });

  it('a WAL file that is up to date opens for reading while another connection writes', () => {
    const dir = tempDir();
    const file = path.join(dir, 'du-lieu.sqlite3');
    open(file).db.close();
    const holder = new Database(file);
    openDbs.push(holder);
    holder.exec('BEGIN IMMEDIATE');
    insertOrganisation(holder, 'Hội Cựu chiến binh');
    const opened = open(file, { busyTimeoutMs: 50 });
    // Readers see the last committed state, not the other connection's unfinished write.
    expect(opened.db.prepare('SELECT count(*) AS n FROM organisations').get()).toEqual({ n: 0 });
    holder.exec('ROLLBACK');
  });
});

describe('a folder the app cannot write to', () => {
  it('a path under a regular file (ENOTDIR) → DB_UNWRITABLE, the file in the way untouched', () => {
    const dir = tempDir();
    const blocker = path.join(dir, 'khong-phai-thu-muc');
    fs.writeFileSync(blocker, 'tệp thường');
    const hashBefore = sha256(blocker);
    const error = expectOpenFailure(() => openDatabase(path.join(blocker, 'sub', 'du-lieu.sqlite3')), 'DB_UNWRITABLE');
    expect(error.message).toContain('quyền ghi');
    expect(sha256(blocker)).toBe(hashBefore);
  });
});
