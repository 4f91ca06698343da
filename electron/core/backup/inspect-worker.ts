import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

/**
 * Checking a database file (quick_check or integrity_check, row counts, sha256 of every byte) takes
 * hundreds of milliseconds at full scale, and SQLite does it in one call: on the main thread it would
 * freeze the window. So it runs in a worker thread with its own connection. The worker's code is plain
 * JavaScript kept here as text (`eval: true`): it then runs the same way under Electron, tsx, vitest
 * and the built bundle, with no second entry file to ship.
 */

/** One step the worker runs, in order. */
export type WorkerOp =
  /** A compact, self-contained copy of `from` (its WAL included) written to `to`. */
  | { op: 'vacuumInto'; from: string; to: string }
  /** Switches a snapshot to a rollback journal, so it opens read-only anywhere (a USB stick, a CD), and flushes it to disk. */
  | { op: 'finalise'; file: string }
  | { op: 'inspect'; file: string; full: boolean }
  /** Only SQLite's quick_check of every page, on a read-only connection: the check at start-up. */
  | { op: 'quickCheck'; file: string };

export interface Inspection {
  /** 'ok', or the first problems SQLite reported. */
  check: string[];
  tables: Record<string, number>;
  /** Rows still in use (not in the bin) of the kinds a user counts: meetings, documents… */
  summary: Record<string, number>;
  migrations: Array<{ version: number; name: string; checksum: string }>;
  hasMigrationsTable: boolean;
  attachments: Array<{ directiveId: number; storedName: string; sha256: string; size: number }>;
  /** The newest change_log entry in the file (issue 9's log of every write), 0 when it has none. */
  changeLogHead: number;
  bytes: number;
  sha256: string;
}

export type WorkerOutcome =
  /** `quickCheck`: 'ok', or the first problems SQLite reported, when that step ran. */
  | { ok: true; inspection: Inspection | null; quickCheck?: string[] }
  | { ok: false; error: { code: string; message: string } };

const SOURCE = String.raw`
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
let Database;

const SUMMARY = { meetings: 'meetings', documents: 'documents', directives: 'directives', tasks: 'tasks' };

function quote(name) { return '"' + name.replace(/"/g, '""') + '"'; }

function sha256Of(file) {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  const buffer = Buffer.allocUnsafe(1 << 20);
  let bytes = 0;
  try {
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      bytes += read;
      hash.update(buffer.subarray(0, read));
    }
  } finally { fs.closeSync(fd); }
  return { sha256: hash.digest('hex'), bytes };
}

function inspect(file, full) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma(full ? 'integrity_check(20)' : 'quick_check(20)', { simple: false }).map((row) => String(Object.values(row)[0]));
    const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
    const tables = {};
    for (const name of names) tables[name] = db.prepare('SELECT count(*) FROM ' + quote(name)).pluck().get();
    const summary = {};
    for (const [key, table] of Object.entries(SUMMARY)) {
      if (!names.includes(table)) continue;
      try { summary[key] = db.prepare('SELECT count(*) FROM ' + quote(table) + ' WHERE deleted_at IS NULL').pluck().get(); }
      catch { summary[key] = tables[table]; }
    }
    if (names.includes('people')) summary.people = tables.people;
    const hasMigrationsTable = names.includes('schema_migrations');
    const migrations = hasMigrationsTable
      ? db.prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version').all()
      : [];
    const attachments = names.includes('directive_attachments')
      ? db.prepare('SELECT directive_id AS directiveId, stored_name AS storedName, sha256, size FROM directive_attachments ORDER BY id').all()
      : [];
    const changeLogHead = names.includes('change_log') ? db.prepare('SELECT coalesce(max(id), 0) FROM change_log').pluck().get() : 0;
    db.close();
    const { sha256, bytes } = sha256Of(file);
    return { check, tables, summary, migrations, hasMigrationsTable, attachments, changeLogHead, bytes, sha256 };
  } finally {
    if (db.open) db.close();
  }
}

function quickCheck(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try { return db.pragma('quick_check(20)', { simple: false }).map((row) => String(Object.values(row)[0])); }
  finally { db.close(); }
}

function run(ops) {
  Database = require(workerData.sqlitePath);
  let inspection = null;
  let checked;
  for (const step of ops) {
    if (step.op === 'vacuumInto') {
      const source = new Database(step.from, { readonly: true, fileMustExist: true });
      try { source.prepare('VACUUM INTO ?').run(step.to); } finally { source.close(); }
    } else if (step.op === 'finalise') {
      const db = new Database(step.file, { fileMustExist: true });
      try { db.pragma('journal_mode = DELETE'); } finally { db.close(); }
      // Flushed here, not on the main thread: syncing 100 MB can take longer than a frame.
      const fd = fs.openSync(step.file, 'r+');
      try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
    } else if (step.op === 'inspect') {
      inspection = inspect(step.file, step.full);
    } else if (step.op === 'quickCheck') {
      checked = quickCheck(step.file);
    }
  }
  return checked === undefined ? { inspection } : { inspection, quickCheck: checked };
}

let outcome;
try { outcome = { ok: true, ...run(workerData.ops) }; }
catch (error) { outcome = { ok: false, error: { code: String((error && error.code) || ''), message: String((error && error.message) || error) } }; }
workerData.port.postMessage(outcome);
if (workerData.flag) { Atomics.store(workerData.flag, 0, 1); Atomics.notify(workerData.flag, 0); }
`;

let sqlitePath: string | null = null;
function resolveSqlite(): string {
  sqlitePath ??= createRequire(import.meta.url).resolve('better-sqlite3');
  return sqlitePath;
}

/** Runs the steps in a worker thread; the main thread stays free (a backup never freezes the window). */
export function runInWorker(ops: WorkerOp[]): Promise<WorkerOutcome> {
  return new Promise((resolve, reject) => {
    const { port1, port2 } = new MessageChannel();
    let settled = false;
    port1.once('message', (outcome: WorkerOutcome) => {
      settled = true;
      port1.close();
      resolve(outcome);
    });
    const worker = new Worker(SOURCE, { eval: true, workerData: { sqlitePath: resolveSqlite(), ops, port: port2 }, transferList: [port2] });
    worker.once('error', (error) => {
      port1.close();
      if (!settled) reject(error);
    });
    worker.once('exit', (code) => {
      // The message may still be on its way when the thread ends; give it one turn of the loop.
      setImmediate(() => {
        if (!settled) {
          port1.close();
          reject(new Error(`inspection worker exited with ${code}`));
        }
      });
    });
  });
}

/**
 * The same, waiting on the calling thread. Only for start-up, before the window exists (the copy made
 * before a migration), where `openDatabase` is synchronous and nothing else needs the event loop.
 */
export function runInWorkerSync(ops: WorkerOp[], timeoutMs = 10 * 60_000): WorkerOutcome {
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(SOURCE, { eval: true, workerData: { sqlitePath: resolveSqlite(), ops, port: port2, flag }, transferList: [port2] });
  try {
    Atomics.wait(flag, 0, 0, timeoutMs);
    const received = receiveMessageOnPort(port1);
    if (!received) return { ok: false, error: { code: 'WORKER', message: 'inspection worker gave no answer' } };
    return received.message as WorkerOutcome;
  } finally {
    port1.close();
    void worker.terminate();
  }
}
