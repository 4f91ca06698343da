import fs from 'node:fs';
import path from 'node:path';
import type { BackupKind } from '../../../shared/schemas/backup';
import type { Db } from '../db/open';
import { storeAttachments, storeAttachmentsSync } from './attachment-store';
import { runInWorker, runInWorkerSync, type Inspection, type WorkerOutcome } from './inspect-worker';
import {
  fsyncFile,
  fsyncFolder,
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  newBackupId,
  PENDING_PREFIX,
  SNAPSHOT_FILE,
  writeDurably,
  type Manifest,
} from './manifest';
import { backupErrors, backupWriteFailure } from './messages';

/** The live database a backup is taken of. */
export interface BackupSource {
  db: Db;
  /** `<data>/tep-dinh-kem`, where the attachments the database names live. */
  attachmentsDir: string;
  appVersion: string;
  schemaVersion: number;
}

export interface CreateBackupOptions {
  kind: BackupKind;
  now: Date;
  /** Called after each step of the online backup with the share done (0…1). */
  onProgress?: (fraction: number) => void;
  /**
   * Pages copied per step (64 × 4 KB): each step holds the main thread while it reads them, which on a
   * busy disk is what counts, so steps stay small.
   */
  pagesPerStep?: number;
}

export interface CreatedBackup {
  id: string;
  folder: string;
  snapshot: string;
  manifest: Manifest;
  ms: number;
}

/** Rows per user table, counted on the live connection at the moment the snapshot was taken. */
export function countRows(db: Db): Record<string, number> {
  const names = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const rows: Record<string, number> = {};
  for (const name of names) rows[name] = db.prepare(`SELECT count(*) FROM "${name.replace(/"/g, '""')}"`).pluck().get() as number;
  return rows;
}

function estimatedBytes(db: Db): number {
  const pages = db.pragma('page_count', { simple: true }) as number;
  const free = db.pragma('freelist_count', { simple: true }) as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  return (pages - free) * size;
}

/** The folder exists (created if missing), is writable, and has room for `needed` bytes. */
export function checkFolder(root: string, needed: number): void {
  try {
    if (!fs.existsSync(root)) {
      // Node's recursive mkdir reports a read-only disk as ENOENT; asking the nearest existing
      // folder first gives the real reason (EROFS, EACCES).
      // Folders are made one level at a time (recursive mkdir can spin on odd file systems).
      const missing: string[] = [];
      let existing = root;
      while (!fs.existsSync(existing) && path.dirname(existing) !== existing) {
        missing.unshift(existing);
        existing = path.dirname(existing);
      }
      fs.accessSync(existing, fs.constants.W_OK);
      for (const folder of missing) fs.mkdirSync(folder);
    }
    if (!fs.statSync(root).isDirectory()) throw backupErrors.notAFolder(root);
    fs.accessSync(root, fs.constants.W_OK);
  } catch (error) {
    throw backupWriteFailure(error, root);
  }
  let free: number;
  try {
    const stats = fs.statfsSync(root);
    free = Number(stats.bavail) * Number(stats.bsize);
  } catch {
    return; // Some shares do not say; the write itself will tell.
  }
  // The snapshot, its journal while it is switched to rollback mode, and a little room to spare.
  const wanted = Math.ceil(needed * 1.1) + 4 * 1024 * 1024;
  if (free < wanted) {
    throw backupErrors.notEnoughSpace(root, Math.ceil(wanted / 1048576), Math.floor(free / 1048576));
  }
}

function verify(inspection: Inspection, liveRows: Record<string, number>): void {
  if (inspection.check.length !== 1 || inspection.check[0] !== 'ok') throw backupErrors.verifyFailed(inspection.check.slice(0, 2).join('; '));
  const names = Object.keys(liveRows);
  const copied = Object.keys(inspection.tables);
  if (names.length !== copied.length || names.some((name) => inspection.tables[name] !== liveRows[name])) {
    const table = names.find((name) => inspection.tables[name] !== liveRows[name]) ?? copied.find((name) => !(name in liveRows));
    throw backupErrors.verifyFailed(`số dòng của bảng ${table ?? '?'} không khớp`);
  }
}

function buildManifest(
  id: string,
  options: CreateBackupOptions,
  source: BackupSource,
  inspection: Inspection,
  attachments: Manifest['attachments'],
): Manifest {
  return {
    format: MANIFEST_FORMAT,
    formatVersion: 1,
    id,
    kind: options.kind,
    createdAt: options.now.toISOString(),
    appVersion: source.appVersion,
    schemaVersion: inspection.migrations.reduce((max, m) => Math.max(max, m.version), 0) || source.schemaVersion,
    migrations: inspection.migrations.map((m) => ({ version: m.version, checksum: m.checksum })),
    database: { file: SNAPSHOT_FILE, bytes: inspection.bytes, sha256: inspection.sha256 },
    rows: inspection.tables,
    changeLogHead: inspection.changeLogHead,
    summary: inspection.summary,
    attachments,
  };
}

function outcomeOrThrow(outcome: WorkerOutcome, folder: string): Inspection {
  if (!outcome.ok) throw backupWriteFailure(Object.assign(new Error(outcome.error.message), { code: outcome.error.code }), folder);
  if (!outcome.inspection) throw backupErrors.verifyFailed('không đọc được bản sao');
  return outcome.inspection;
}

function removeQuietly(folder: string): void {
  try {
    fs.rmSync(folder, { recursive: true, force: true });
  } catch {
    // A folder we could not write may not be removable either; it is hidden and cleaned up later.
  }
}

/**
 * A consistent snapshot of the live database through SQLite's online backup API, taken in small
 * steps between which the event loop runs (the window stays responsive; writes through this same
 * connection during the backup are carried into it). Written under a hidden temporary name, checked
 * in a worker thread (quick_check, rows per table against the live counts taken at the snapshot's
 * moment), given its manifest, flushed, and only then renamed into place. Any failure removes the
 * temporary folder and leaves the earlier backups exactly as they were.
 */
export async function createBackup(source: BackupSource, root: string, options: CreateBackupOptions): Promise<CreatedBackup> {
  const started = performance.now();
  checkFolder(root, estimatedBytes(source.db));
  const id = newBackupId(options.now, options.kind);
  const pending = path.join(root, `${PENDING_PREFIX}${id}`);
  const final = path.join(root, id);
  try {
    fs.mkdirSync(pending);
    const snapshot = path.join(pending, SNAPSHOT_FILE);
    const rate = options.pagesPerStep ?? 64;
    await source.db.backup(snapshot, {
      progress: ({ totalPages, remainingPages }) => {
        options.onProgress?.(totalPages === 0 ? 1 : 1 - remainingPages / totalPages);
        return rate;
      },
    });
    // Counted in the same turn of the event loop as the backup's last step, so no write can come
    // between the snapshot and these counts (IPC calls are separate turns of the loop).
    const liveRows = countRows(source.db);
    const inspection = outcomeOrThrow(
      await runInWorker([
        { op: 'finalise', file: snapshot },
        { op: 'inspect', file: snapshot, full: false },
      ]),
      root,
    );
    verify(inspection, liveRows);
    const attachments = await storeAttachments(root, source.attachmentsDir, inspection.attachments);
    const manifest = buildManifest(id, options, source, inspection, attachments);
    writeDurably(path.join(pending, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.renameSync(pending, final);
    fsyncFolder(root);
    return { id, folder: final, snapshot: path.join(final, SNAPSHOT_FILE), manifest, ms: Math.round(performance.now() - started) };
  } catch (error) {
    removeQuietly(pending);
    throw backupWriteFailure(error, root);
  }
}

/**
 * The same on the calling thread, for start-up before a migration (openDatabase is synchronous and
 * no window exists yet): VACUUM INTO on the live connection, which reads the WAL too, then the same
 * check, manifest and rename.
 */
export function createBackupSync(source: BackupSource, root: string, options: CreateBackupOptions): CreatedBackup {
  const started = performance.now();
  checkFolder(root, estimatedBytes(source.db));
  const id = newBackupId(options.now, options.kind);
  const pending = path.join(root, `${PENDING_PREFIX}${id}`);
  const final = path.join(root, id);
  try {
    fs.mkdirSync(pending);
    const snapshot = path.join(pending, SNAPSHOT_FILE);
    source.db.prepare('VACUUM INTO ?').run(snapshot);
    const liveRows = countRows(source.db);
    const inspection = outcomeOrThrow(
      runInWorkerSync([
        { op: 'finalise', file: snapshot },
        { op: 'inspect', file: snapshot, full: false },
      ]),
      root,
    );
    verify(inspection, liveRows);
    const attachments = storeAttachmentsSync(root, source.attachmentsDir, inspection.attachments);
    const manifest = buildManifest(id, options, source, inspection, attachments);
    writeDurably(path.join(pending, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    fsyncFile(snapshot);
    fs.renameSync(pending, final);
    fsyncFolder(root);
    return { id, folder: final, snapshot: path.join(final, SNAPSHOT_FILE), manifest, ms: Math.round(performance.now() - started) };
  } catch (error) {
    removeQuietly(pending);
    throw backupWriteFailure(error, root);
  }
}
