import fs from 'node:fs';
import path from 'node:path';
import type { Migration } from '../db/migration';
import { MIGRATIONS } from '../db/migrations';
import { listStoredBackups, type StoredBackup } from './catalog';
import { runInWorker } from './inspect-worker';
import { prepareRestore, discardStaged, type RestoreTarget } from './prepare-restore';
import { commitRestore } from './swap';

/**
 * When the data file is damaged at start-up: the newest backup that still checks out (quick_check
 * and its sha256) is offered, and if the user accepts, the damaged file is kept under a new name —
 * never overwritten or deleted, an IT person may still save something from it — and the backup is
 * restored in its place.
 */

export async function findLatestGoodBackup(backupRoot: string): Promise<StoredBackup | null> {
  for (const stored of listStoredBackups(backupRoot)) {
    const outcome = await runInWorker([{ op: 'inspect', file: stored.snapshot, full: false }]);
    if (!outcome.ok || !outcome.inspection) continue;
    const { check, sha256 } = outcome.inspection;
    if (check.length === 1 && check[0] === 'ok' && sha256 === stored.manifest.database.sha256) return stored;
  }
  return null;
}

/** `so-tay-mat-tran.hong-2026-03-10T08-00-00-000Z.sqlite3`, beside the original. */
export function damagedName(databasePath: string, at: Date): string {
  const ext = path.extname(databasePath);
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return path.join(path.dirname(databasePath), `${path.basename(databasePath, ext)}.hong-${stamp}${ext}`);
}

/**
 * The damaged file, with the journal beside it (it belongs to that file, not to the backup that
 * replaces it), renamed to `damagedName`: kept whole for an IT person, never deleted.
 */
export function moveDamagedAside(databasePath: string, at: Date): string {
  const keptAs = damagedName(databasePath, at);
  fs.renameSync(databasePath, keptAs);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(`${databasePath}${suffix}`)) fs.renameSync(`${databasePath}${suffix}`, `${keptAs}${suffix}`);
  }
  return keptAs;
}

export async function openBackupInstead(
  target: RestoreTarget,
  backup: StoredBackup,
  at: Date,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<{ keptAs: string }> {
  // Checked and staged first: if the backup turns out unusable, the damaged file has not moved.
  const prepared = await prepareRestore(backup.folder, target, migrations);
  let keptAs = '';
  try {
    keptAs = moveDamagedAside(target.databasePath, at);
    commitRestore(prepared, target, { close() {}, reopen() {} });
  } catch (error) {
    discardStaged(target);
    if (keptAs && !fs.existsSync(target.databasePath) && fs.existsSync(keptAs)) fs.renameSync(keptAs, target.databasePath);
    throw error;
  }
  return { keptAs };
}
