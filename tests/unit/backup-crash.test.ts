import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { listStoredBackups } from '../../electron/core/backup/catalog';
import { openDatabase } from '../../electron/core/db/open';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { makeTempDir } from '../support/core';

/**
 * The crash test: a child process writes through the real handlers while backups run (or opens an
 * older database, backing it up and migrating it), and is killed with SIGKILL at random moments.
 * After every kill the database and the newest backup pass integrity_check and every write the child
 * confirmed is there. The child is bundled once (esbuild, which tsx brings) so each start costs
 * ~100 ms instead of a TypeScript loader's second; exceljs, which it never calls, is left out.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUNDLE = path.join(ROOT, 'tests', '.tmp', 'crash-child.mjs');

/** A small seeded generator, so a failing run can be repeated (the seed is in the test name). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Run {
  confirmed: number[];
  lines: string[];
  killedDuringBackup: boolean;
  killedBeforeMigrated: boolean;
  exitedOnItsOwn: boolean;
  /** From READY to MIGRATED, when the child got there. */
  migrateMs: number | null;
}

/** Starts the child and kills it `delayMs` after it is READY (or lets it finish when it is faster). */
function runChild(mode: 'write' | 'migrate', file: string, delayMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE, mode, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Run = { confirmed: [], lines: [], killedDuringBackup: false, killedBeforeMigrated: false, exitedOnItsOwn: false, migrateMs: null };
    let readyAt = 0;
    let buffer = '';
    let inBackup = false;
    let migrated = false;
    let killed = false;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        run.lines.push(line);
        if (line.startsWith('W ')) run.confirmed.push(Number(line.slice(2)));
        else if (line === 'B+') inBackup = true;
        else if (line === 'B-') inBackup = false;
        else if (line === 'MIGRATED') {
          migrated = true;
          run.migrateMs = performance.now() - readyAt;
        } else if (line === 'READY') {
          readyAt = performance.now();
          setTimeout(() => {
            if (child.exitCode !== null) return;
            killed = true;
            run.killedDuringBackup = inBackup;
            run.killedBeforeMigrated = !migrated;
            child.kill('SIGKILL');
          }, delayMs);
        }
        newline = buffer.indexOf('\n');
      }
    });
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (!killed && code !== 0) return reject(new Error(`child failed (${code ?? signal}): ${stderr}`));
      run.exitedOnItsOwn = !killed;
      if (killed && signal !== 'SIGKILL' && code !== null && code !== 0) return reject(new Error(`child failed: ${stderr}`));
      resolve(run);
    });
  });
}

function integrity(file: string, readonly = false): string {
  const db = new Database(file, { readonly, fileMustExist: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

function checkNewestBackup(root: string): void {
  const newest = listStoredBackups(root)[0];
  if (!newest) return;
  expect(integrity(newest.snapshot, true)).toBe('ok');
  expect(createHash('sha256').update(fs.readFileSync(newest.snapshot)).digest('hex')).toBe(newest.manifest.database.sha256);
}

beforeAll(async () => {
  fs.mkdirSync(path.dirname(BUNDLE), { recursive: true });
  await build({
    entryPoints: [path.join(ROOT, 'tests', 'support', 'crash-child.ts')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    packages: 'external',
    logLevel: 'error',
    // The child never exports to Excel or Word; loading exceljs alone would cost ~0.4 s per start.
    plugins: [
      {
        name: 'stub-exporters',
        setup(stubs) {
          stubs.onResolve({ filter: /^exceljs$/ }, () => ({ path: 'exceljs', namespace: 'stub' }));
          stubs.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default {};', loader: 'js' }));
        },
      },
    ],
  });
}, 60_000);

const SEED = 20260310;

describe(`killed with SIGKILL at random moments (seed ${SEED})`, () => {
  it('while writing through the handlers and backing up: the database, the newest backup and every confirmed write survive', async () => {
    const next = random(SEED);
    const dir = makeTempDir('mttq-crash-');
    const file = path.join(dir, 'du-lieu.sqlite3');
    openDatabase(file).db.close();
    const confirmed: number[] = [];
    let duringBackup = 0;
    const rounds = 80;
    for (let round = 0; round < rounds; round += 1) {
      const run = await runChild('write', file, 20 + Math.floor(next() * 250));
      expect(run.exitedOnItsOwn).toBe(false);
      confirmed.push(...run.confirmed);
      if (run.killedDuringBackup) duringBackup += 1;

      expect(integrity(file), `round ${round}`).toBe('ok');
      const db = new Database(file, { fileMustExist: true });
      const present = new Set(db.prepare('SELECT id FROM meetings').pluck().all() as number[]);
      db.close();
      const lost = confirmed.filter((id) => !present.has(id));
      expect(lost, `round ${round}: confirmed writes lost`).toEqual([]);
      checkNewestBackup(path.join(dir, 'sao-luu'));
    }
    expect(confirmed.length).toBeGreaterThan(rounds);
    expect(duringBackup, 'kills that landed during a backup').toBeGreaterThanOrEqual(10);
    expect(listStoredBackups(path.join(dir, 'sao-luu')).length).toBeGreaterThan(0);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 240_000);

  it('while backing up and migrating an older database: it is migrated whole or not at all, and nothing is lost', async () => {
    const next = random(SEED + 1);
    const dir = makeTempDir('mttq-crash-migrate-');
    const template = path.join(dir, 'mau-v4.sqlite3');
    const old = openDatabase(template, { migrations: MIGRATIONS.filter((m) => m.version <= 4) }).db;
    const insert = old.prepare(
      `INSERT INTO meetings (title, kind, start_at, search_text, created_at, updated_at) VALUES (?, 'giao_ban', '2025-01-05T08:00', ?, 'x', 'x')`,
    );
    old.transaction(() => {
      for (let i = 0; i < 6000; i += 1) insert.run(`Hội nghị giao ban lần ${i}`, `hoi nghi giao ban lan ${i}`);
    })();
    old.close();
    const rows = 6000;

    // How long one undisturbed open (backup + the migrations after 4) takes here.
    const measureFile = path.join(dir, 'do-thoi-gian.sqlite3');
    fs.copyFileSync(template, measureFile);
    const undisturbed = await runChild('migrate', measureFile, 60_000);
    expect(undisturbed.exitedOnItsOwn).toBe(true);
    const spanMs = undisturbed.migrateMs!;

    let beforeMigrated = 0;
    const rounds = 25;
    for (let round = 0; round < rounds; round += 1) {
      const roundDir = path.join(dir, `lan-${round}`);
      fs.mkdirSync(roundDir);
      const file = path.join(roundDir, 'du-lieu.sqlite3');
      fs.copyFileSync(template, file);
      const run = await runChild('migrate', file, Math.floor(next() * spanMs));
      if (run.killedBeforeMigrated && !run.exitedOnItsOwn) beforeMigrated += 1;

      expect(integrity(file), `round ${round}`).toBe('ok');
      const db = new Database(file, { fileMustExist: true });
      const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
      const count = db.prepare('SELECT count(*) FROM meetings').pluck().get();
      db.close();
      // Each migration is its own transaction: a prefix of them is applied, never half of one.
      const known = MIGRATIONS.map((m) => m.version);
      const prefixes = known.map((_, i) => known.slice(0, i + 1)).filter((prefix) => prefix.length >= 4);
      expect(prefixes).toContainEqual(versions);
      expect(count).toBe(rows);
      checkNewestBackup(path.join(roundDir, 'sao-luu'));
      // And the next start finishes the job.
      const reopened = openDatabase(file);
      expect(reopened.db.prepare('SELECT count(*) FROM meetings').pluck().get()).toBe(rows);
      expect(reopened.db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(Math.max(...MIGRATIONS.map((m) => m.version)));
      reopened.db.close();
      fs.rmSync(roundDir, { recursive: true, force: true });
    }
    expect(beforeMigrated, 'kills that landed during the backup or the migration').toBeGreaterThanOrEqual(10);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 240_000);
});
