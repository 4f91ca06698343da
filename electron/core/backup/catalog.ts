import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry } from '../../../shared/schemas/backup';
import { collectGarbage } from './attachment-store';
import { PENDING_PREFIX, readManifest, SNAPSHOT_FILE, type Manifest } from './manifest';

/** A backup found in a folder: its manifest, where it is, and what it weighs. */
export interface StoredBackup {
  manifest: Manifest;
  folder: string;
  snapshot: string;
  bytes: number;
}

/** Every finished backup in `root`, newest first. Half-written ones (a crash mid-backup) are skipped. */
export function listStoredBackups(root: string): StoredBackup[] {
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return [];
  }
  const found: StoredBackup[] = [];
  for (const name of names) {
    if (name.startsWith('.') || name === 'tep-dinh-kem') continue;
    const folder = path.join(root, name);
    const manifest = readManifest(folder);
    if (!manifest || manifest.id !== name) continue;
    const snapshot = path.join(folder, SNAPSHOT_FILE);
    let size: number;
    try {
      size = fs.statSync(snapshot).size;
    } catch {
      continue;
    }
    const attachmentBytes = manifest.attachments.reduce((sum, a) => sum + (a.missing ? 0 : a.bytes), 0);
    found.push({ manifest, folder, snapshot, bytes: size + attachmentBytes });
  }
  return found.sort((a, b) => (a.manifest.createdAt < b.manifest.createdAt ? 1 : a.manifest.createdAt > b.manifest.createdAt ? -1 : 0));
}

export function toEntry(stored: StoredBackup, location: BackupEntry['location']): BackupEntry {
  const { manifest } = stored;
  return {
    id: manifest.id,
    kind: manifest.kind,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    bytes: stored.bytes,
    summary: manifest.summary,
    attachments: manifest.attachments.length,
    location,
    path: stored.snapshot,
  };
}

/**
 * Removes backups (whole folders) and then the attachments no remaining backup names. Asynchronous:
 * unlinking a 100 MB file can hold a thread for a while, and this one must not be the window's.
 */
export async function removeBackups(root: string, doomed: StoredBackup[]): Promise<void> {
  for (const backup of doomed) {
    // Renamed first, so a crash halfway through the removal leaves a hidden folder, not a broken backup.
    const trash = path.join(root, `${PENDING_PREFIX}xoa-${path.basename(backup.folder)}`);
    await fs.promises.rename(backup.folder, trash);
    await fs.promises.rm(trash, { recursive: true, force: true });
  }
  if (doomed.length > 0) {
    const named = new Set(listStoredBackups(root).flatMap((b) => b.manifest.attachments.map((a) => a.sha256)));
    collectGarbage(root, named);
  }
}

/** Hidden leftovers of a backup interrupted by a crash or a pulled USB stick. */
export function removeLeftovers(root: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(PENDING_PREFIX)) fs.rmSync(path.join(root, name), { recursive: true, force: true });
  }
}

/** Bytes of the attachment store (shared by every backup in the folder). */
export function storeBytes(root: string): number {
  const store = path.join(root, 'tep-dinh-kem');
  let total = 0;
  try {
    for (const prefix of fs.readdirSync(store)) {
      for (const name of fs.readdirSync(path.join(store, prefix))) total += fs.statSync(path.join(store, prefix, name)).size;
    }
  } catch {
    return total;
  }
  return total;
}
