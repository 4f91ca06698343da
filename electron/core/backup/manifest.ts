import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BACKUP_KINDS, type BackupKind } from '../../../shared/schemas/backup';

/**
 * The layout of a backup folder (the one in the data folder and the second place alike):
 *
 *   <root>/<id>/du-lieu.sqlite3      the snapshot (rollback journal, opens read-only anywhere)
 *   <root>/<id>/manifest.json        time, versions, rows per table, sha256, the attachments it names
 *   <root>/tep-dinh-kem/<ab>/<sha256>  every attachment once, named by its content (shared by backups)
 *   <root>/.dang-ghi-<id>/           a backup being written; renamed to <id> only once verified
 */

export const SNAPSHOT_FILE = 'du-lieu.sqlite3';
export const MANIFEST_FILE = 'manifest.json';
export const STORE_DIR = 'tep-dinh-kem';
export const PENDING_PREFIX = '.dang-ghi-';
export const MANIFEST_FORMAT = 'so-tay-mat-tran/sao-luu';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  formatVersion: z.literal(1),
  id: z.string().regex(/^[0-9A-Za-z-]{10,80}$/),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  migrations: z.array(z.object({ version: z.number().int(), checksum: z.string() })),
  database: z.object({ file: z.literal(SNAPSHOT_FILE), bytes: z.number().int().nonnegative(), sha256: sha256Hex }),
  rows: z.record(z.string(), z.number().int().nonnegative()),
  /** The last change_log entry the snapshot holds: the data changed since when the live log goes further. */
  changeLogHead: z.number().int().nonnegative().optional(),
  summary: z.record(z.string(), z.number().int().nonnegative()),
  attachments: z.array(
    z.object({
      /** Where it lives under tep-dinh-kem/ in the data folder: "<directive id>/<stored name>". */
      path: z.string().regex(/^[0-9]{1,12}\/(?!\.\.?$)[^/\\]{1,255}$/),
      sha256: sha256Hex,
      bytes: z.number().int().nonnegative(),
      /** The file was gone from the data folder when the backup was made. */
      missing: z.boolean().optional(),
    }),
  ),
});

export type Manifest = z.infer<typeof manifestSchema>;

/** "2026-03-10T02-00-00-123Z-tu-dong-1a2b": sorts by time, says why, never collides. */
export function newBackupId(at: Date, kind: BackupKind): string {
  return `${at.toISOString().replace(/[:.]/g, '-')}-${kind}-${randomBytes(2).toString('hex')}`;
}

export function storePath(root: string, sha256: string): string {
  return path.join(root, STORE_DIR, sha256.slice(0, 2), sha256);
}

/** Reads and checks a manifest; null when it is missing or not one of ours. */
export function readManifest(folder: string): Manifest | null {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(fs.readFileSync(path.join(folder, MANIFEST_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes the file and flushes it to the disk before returning, so a rename after it is durable. */
export function writeDurably(file: string, data: string | Uint8Array): void {
  const fd = fs.openSync(file, 'wx');
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes a folder's entries (a rename into it); not possible on Windows, where it is not needed. */
export function fsyncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = fs.openSync(folder, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some file systems (network shares) refuse it; the data itself was flushed already.
  }
}
