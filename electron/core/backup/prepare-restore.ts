import fs from 'node:fs';
import path from 'node:path';
import type { BackupSummary } from '../../../shared/schemas/backup';
import type { Migration } from '../db/migration';
import { migrationChecksum } from '../db/migration';
import { AppError } from '../errors';
import { hashFile } from './attachment-store';
import { runInWorker, type Inspection } from './inspect-worker';
import { MANIFEST_FILE, manifestSchema, readManifest, SNAPSHOT_FILE, storePath, type Manifest } from './manifest';
import { backupErrors, errnoOf } from './messages';
import { openZip, type ZipReader } from './zip';

/**
 * The first half of a restore (or an import): the chosen backup is copied beside the data file and
 * checked there — every byte against the manifest's sha256, integrity_check, rows per table, the
 * migrations it was made with — and its attachments are laid out in a folder beside the app's.
 * Nothing the app uses is touched: a damaged, foreign or newer backup is refused here, and the
 * staged copies are removed.
 */

export interface RestoreTarget {
  databasePath: string;
  attachmentsDir: string;
}

export interface PreparedRestore {
  stagedDatabase: string;
  /** null: the source holds no attachments (a bare database file), the current ones stay. */
  stagedAttachments: string | null;
  source: string;
  createdAt: string | null;
  summary: BackupSummary;
  rows: Record<string, number>;
  sha256: string;
  schemaVersion: number;
}

export function stagingPaths(target: RestoreTarget) {
  const dir = path.dirname(target.databasePath);
  const base = path.basename(target.databasePath);
  return {
    database: path.join(dir, `.${base}.dang-khoi-phuc`),
    attachments: path.join(dir, `.${path.basename(target.attachmentsDir)}.dang-khoi-phuc`),
    journal: path.join(dir, `.${base}.khoi-phuc.json`),
  };
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const ZIP_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

type SourceKind = { kind: 'stored'; folder: string } | { kind: 'package'; file: string } | { kind: 'bare'; file: string };

function readHead(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    const read = fs.readSync(fd, head, 0, 16, 0);
    return head.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/** A backup folder, its manifest or snapshot, an exported .zip, or any database file. */
export function identifySource(chosen: string): SourceKind {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(chosen);
  } catch (error) {
    throw backupErrors.unreadable(chosen, error);
  }
  if (stats.isDirectory()) {
    if (fs.existsSync(path.join(chosen, MANIFEST_FILE))) return { kind: 'stored', folder: chosen };
    throw backupErrors.foreign();
  }
  const folder = path.dirname(chosen);
  const name = path.basename(chosen);
  if (name === MANIFEST_FILE || (name === SNAPSHOT_FILE && fs.existsSync(path.join(folder, MANIFEST_FILE)))) {
    return { kind: 'stored', folder };
  }
  let head: Buffer;
  try {
    head = readHead(chosen);
  } catch (error) {
    throw backupErrors.unreadable(chosen, error);
  }
  if (head.subarray(0, 4).equals(ZIP_HEADER)) return { kind: 'package', file: chosen };
  if (head.length === 16 && head.equals(SQLITE_HEADER)) return { kind: 'bare', file: chosen };
  if (stats.size === 0) throw backupErrors.damaged('tệp rỗng');
  // A .zip cut short may still start right, but a file starting with anything else is not ours.
  throw backupErrors.foreign();
}

function newestKnown(migrations: readonly Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/** The staged database is ours, whole, and no newer than this app. */
function checkInspection(inspection: Inspection, migrations: readonly Migration[], manifest: Manifest | null): void {
  if (!inspection.hasMigrationsTable || inspection.migrations.length === 0) throw backupErrors.foreign();
  const newest = inspection.migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (newest > newestKnown(migrations)) throw backupErrors.newer(newest);
  for (const row of inspection.migrations) {
    const known = migrations.find((m) => m.version === row.version);
    if (!known || migrationChecksum(known) !== row.checksum) throw backupErrors.modifiedSchema();
  }
  if (inspection.check.length !== 1 || inspection.check[0] !== 'ok') throw backupErrors.damaged('kiểm tra toàn vẹn không đạt');
  if (manifest) {
    if (inspection.sha256 !== manifest.database.sha256 || inspection.bytes !== manifest.database.bytes) {
      throw backupErrors.damaged('nội dung tệp không khớp với mã kiểm tra sha256 trong mục lục, có thể tệp bị cắt cụt hoặc bị sửa');
    }
    const names = Object.keys(manifest.rows);
    if (names.length !== Object.keys(inspection.tables).length || names.some((n) => inspection.tables[n] !== manifest.rows[n])) {
      throw backupErrors.damaged('số dòng dữ liệu không khớp với mục lục');
    }
  }
}

function workerFailure(error: { code: string; message: string }, file: string): Error {
  if (error.code === 'SQLITE_NOTADB') return backupErrors.foreign();
  if (error.code.startsWith('SQLITE_CORRUPT') || error.code === 'SQLITE_IOERR_SHORT_READ') return backupErrors.damaged('tệp dữ liệu hỏng');
  return backupErrors.unreadable(file, Object.assign(new Error(error.message), { code: error.code }));
}

async function inspectStaged(file: string, extra: Parameters<typeof runInWorker>[0] = []): Promise<Inspection> {
  const outcome = await runInWorker([...extra, { op: 'inspect', file, full: true }]);
  if (!outcome.ok) throw workerFailure(outcome.error, file);
  if (!outcome.inspection) throw backupErrors.damaged('không đọc được');
  return outcome.inspection;
}

/** Lays one attachment out in the staged folder, checking its bytes against the manifest's hash. */
async function stageFile(from: string, to: string, sha256: string): Promise<void> {
  await fs.promises.mkdir(path.dirname(to), { recursive: true });
  try {
    // The store never changes a file in place, so a hard link is safe and costs nothing on the same disk.
    await fs.promises.link(from, to);
  } catch {
    await fs.promises.copyFile(from, to, fs.constants.COPYFILE_EXCL);
  }
  const actual = await hashFile(to);
  if (actual.sha256 !== sha256) throw backupErrors.damaged(`tệp đính kèm ${path.basename(to)} không khớp mã kiểm tra`);
}

function summaryOf(inspection: Inspection): BackupSummary {
  return inspection.summary as BackupSummary;
}

async function prepareStored(folder: string, target: RestoreTarget, migrations: readonly Migration[]): Promise<PreparedRestore> {
  const staged = stagingPaths(target);
  const manifest = readManifest(folder);
  if (!manifest) {
    if (fs.existsSync(path.join(folder, MANIFEST_FILE))) throw backupErrors.damaged('mục lục manifest.json hỏng');
    throw backupErrors.foreign();
  }
  if (manifest.schemaVersion > newestKnown(migrations)) throw backupErrors.newer(manifest.schemaVersion);
  const snapshot = path.join(folder, SNAPSHOT_FILE);
  try {
    await fs.promises.copyFile(snapshot, staged.database, fs.constants.COPYFILE_EXCL);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') throw backupErrors.damaged('thiếu tệp dữ liệu trong bản sao lưu');
    throw error;
  }
  const inspection = await inspectStaged(staged.database);
  checkInspection(inspection, migrations, manifest);
  const root = path.dirname(folder);
  await fs.promises.mkdir(staged.attachments);
  for (const attachment of manifest.attachments) {
    if (attachment.missing) continue;
    const stored = storePath(root, attachment.sha256);
    if (!fs.existsSync(stored)) throw backupErrors.damaged(`thiếu tệp đính kèm ${attachment.path}`);
    await stageFile(stored, path.join(staged.attachments, attachment.path), attachment.sha256);
  }
  return {
    stagedDatabase: staged.database,
    stagedAttachments: staged.attachments,
    source: folder,
    createdAt: manifest.createdAt,
    summary: summaryOf(inspection),
    rows: inspection.tables,
    sha256: inspection.sha256,
    schemaVersion: manifest.schemaVersion,
  };
}

async function preparePackage(file: string, target: RestoreTarget, migrations: readonly Migration[]): Promise<PreparedRestore> {
  const staged = stagingPaths(target);
  let zip: ZipReader;
  try {
    zip = await openZip(file);
  } catch {
    throw backupErrors.damaged('tệp nén bị cắt cụt hoặc hỏng');
  }
  try {
    if (!zip.names().includes(MANIFEST_FILE)) throw backupErrors.foreign();
    let manifest: Manifest;
    try {
      const parsed = manifestSchema.safeParse(JSON.parse(await zip.readText(MANIFEST_FILE, 50 * 1024 * 1024)));
      if (!parsed.success) throw new Error('manifest');
      manifest = parsed.data;
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw backupErrors.damaged('mục lục manifest.json hỏng');
    }
    if (manifest.schemaVersion > newestKnown(migrations)) throw backupErrors.newer(manifest.schemaVersion);
    try {
      await zip.extract(SNAPSHOT_FILE, staged.database);
    } catch {
      throw backupErrors.damaged('không giải nén được tệp dữ liệu');
    }
    const inspection = await inspectStaged(staged.database);
    checkInspection(inspection, migrations, manifest);
    await fs.promises.mkdir(staged.attachments);
    const extracted = new Map<string, string>();
    for (const attachment of manifest.attachments) {
      if (attachment.missing) continue;
      const to = path.join(staged.attachments, attachment.path);
      const first = extracted.get(attachment.sha256);
      if (first) {
        await stageFile(first, to, attachment.sha256);
        continue;
      }
      await fs.promises.mkdir(path.dirname(to), { recursive: true });
      try {
        await zip.extract(`tep-dinh-kem/${attachment.sha256}`, to);
      } catch {
        throw backupErrors.damaged(`không giải nén được tệp đính kèm ${attachment.path}`);
      }
      const actual = await hashFile(to);
      if (actual.sha256 !== attachment.sha256) throw backupErrors.damaged(`tệp đính kèm ${attachment.path} không khớp mã kiểm tra`);
      extracted.set(attachment.sha256, to);
    }
    return {
      stagedDatabase: staged.database,
      stagedAttachments: staged.attachments,
      source: file,
      createdAt: manifest.createdAt,
      summary: summaryOf(inspection),
      rows: inspection.tables,
      sha256: inspection.sha256,
      schemaVersion: manifest.schemaVersion,
    };
  } finally {
    zip.close();
  }
}

async function prepareBare(file: string, target: RestoreTarget, migrations: readonly Migration[]): Promise<PreparedRestore> {
  const staged = stagingPaths(target);
  // VACUUM INTO from a read-only connection: a clean copy that includes whatever its own WAL held.
  const inspection = await inspectStaged(staged.database, [
    { op: 'vacuumInto', from: file, to: staged.database },
    { op: 'finalise', file: staged.database },
  ]);
  checkInspection(inspection, migrations, null);
  return {
    stagedDatabase: staged.database,
    stagedAttachments: null,
    source: file,
    createdAt: null,
    summary: summaryOf(inspection),
    rows: inspection.tables,
    sha256: inspection.sha256,
    schemaVersion: inspection.migrations.reduce((max, m) => Math.max(max, m.version), 0),
  };
}

export function discardStaged(target: RestoreTarget): void {
  const staged = stagingPaths(target);
  for (const leftover of [staged.database, `${staged.database}-journal`, `${staged.database}-wal`, `${staged.database}-shm`]) {
    fs.rmSync(leftover, { force: true });
  }
  fs.rmSync(staged.attachments, { recursive: true, force: true });
}

/** Copies and checks the chosen backup beside the data file; refuses it with a message, touching nothing. */
export async function prepareRestore(chosen: string, target: RestoreTarget, migrations: readonly Migration[]): Promise<PreparedRestore> {
  const source = identifySource(chosen);
  discardStaged(target);
  try {
    if (source.kind === 'stored') return await prepareStored(source.folder, target, migrations);
    if (source.kind === 'package') return await preparePackage(source.file, target, migrations);
    return await prepareBare(source.file, target, migrations);
  } catch (error) {
    discardStaged(target);
    throw error;
  }
}
