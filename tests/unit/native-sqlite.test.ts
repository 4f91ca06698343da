/**
 * The SQLite binary is the one the installed app loads: better-sqlite3's prebuilt Node-API binary
 * from its npm package (one binary for Node and Electron, nothing compiled), not a local build.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open';
import { makeTempDir } from '../support/core';

const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('better-sqlite3/package.json'));
// Its own lookup, the one `new Database()` uses (lib/ is not in the package's exports, so by path).
const binding = require(path.join(packageDir, 'lib', 'binding.js')) as { getPrebuildPath(): string | null };

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  dirs = [];
});
const tempDir = () => {
  const dir = makeTempDir('mttq-native-');
  dirs.push(dir);
  return dir;
};

describe('the better-sqlite3 binary', () => {
  it('is the prebuilt binary shipped in the npm package, with no local compile beside it', () => {
    const prebuild = binding.getPrebuildPath();
    expect(prebuild).toBe(path.join(packageDir, 'prebuilds', `${process.platform}-${process.arch}.node`));
    expect(fs.existsSync(path.join(packageDir, 'build'))).toBe(false);
    // Opening a database loads it: Node keeps the native module in require's cache under its path.
    new Database(':memory:').close();
    expect(Object.keys(require.cache)).toContain(prebuild);
  });

  it('is a Node-API module for every platform the installer targets, so Electron loads the same file', () => {
    const windowsBinary = fs.readFileSync(path.join(packageDir, 'prebuilds', 'win32-x64.node'));
    expect(windowsBinary.subarray(0, 2).toString('latin1')).toBe('MZ');
    for (const target of ['win32-x64', `${process.platform}-${process.arch}`]) {
      const bytes = fs.readFileSync(path.join(packageDir, 'prebuilds', `${target}.node`));
      expect(bytes.includes(Buffer.from('napi_register_module_v1')), target).toBe(true);
    }
  });

  it('has the SQLite the app relies on: FTS5 with the trigram tokenizer, online backup', () => {
    const db = new Database(':memory:');
    try {
      const version = db.prepare('SELECT sqlite_version()').pluck().get() as string;
      const [major, minor] = version.split('.').map(Number);
      expect(major! * 100 + minor!).toBeGreaterThanOrEqual(345);
      db.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'trigram')");
      db.prepare('INSERT INTO t (body) VALUES (?)').run('Nghi quyet so 56-NQ/TU');
      expect(db.prepare("SELECT count(*) FROM t WHERE t MATCH '\"56-NQ\"'").pluck().get()).toBe(1);
    } finally {
      db.close();
    }
  });

  it('opens an older database, backs it up and migrates it, as the first start after an update does', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'so-tay-mat-tran.sqlite3');
    const backupDir = path.join(dir, 'sao-luu');
    const older = MIGRATIONS.slice(0, 2);
    const first = openDatabase(file, { migrations: older, backupDir });
    first.db
      .prepare(
        "INSERT INTO organisations (name, kind, search_text, created_at, updated_at) VALUES ('Hội Nông dân thành phố', 'thanh_vien', 'hoi nong dan thanh pho', '2026-01-05', '2026-01-05')",
      )
      .run();
    first.db.close();

    const updated = openDatabase(file, { backupDir });
    try {
      expect(updated.backupPath).not.toBeNull();
      expect(updated.schemaVersion).toBe(Math.max(...MIGRATIONS.map((m) => m.version)));
      expect(updated.db.prepare('SELECT name FROM organisations').pluck().all()).toEqual(['Hội Nông dân thành phố']);

      const copy = new Database(updated.backupPath!, { readonly: true });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(copy.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(older.map((m) => m.version));
        expect(copy.prepare('SELECT name FROM organisations').pluck().all()).toEqual(['Hội Nông dân thành phố']);
      } finally {
        copy.close();
      }

      // better-sqlite3's online backup API, which the automatic backups use, works on this binary.
      const online = path.join(dir, 'ban-sao.sqlite3');
      await updated.db.backup(online);
      const check = new Database(online, { readonly: true });
      expect(check.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(1);
      check.close();
    } finally {
      updated.db.close();
    }
  });
});
