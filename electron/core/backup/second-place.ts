import fs from 'node:fs';
import path from 'node:path';
import { hashFile } from './attachment-store';
import type { StoredBackup } from './catalog';
import { checkFolder } from './create';
import { fsyncFolder, MANIFEST_FILE, PENDING_PREFIX, SNAPSHOT_FILE, storePath } from './manifest';
import { backupErrors, backupWriteFailure } from './messages';

/**
 * The second place (a USB drive, another disk, a shared folder) gets a copy of each new backup in a
 * folder of its own, laid out like the one on the PC, written under a temporary name and renamed once
 * the copy's sha256 matches. A PC that dies, is stolen or is re-installed still leaves the data there.
 */

export const SECOND_PLACE_FOLDER = 'So tay Mat tran - sao luu';

export function secondPlaceRoot(chosen: string): string {
  return path.join(chosen, SECOND_PLACE_FOLDER);
}

/** The chosen folder is usable: it exists, takes a file, and has room for a backup of `needed` bytes. */
export function checkSecondPlace(chosen: string, needed: number, dataDir: string): void {
  const resolved = path.resolve(chosen);
  const data = path.resolve(dataDir);
  if (resolved === data || resolved.startsWith(`${data}${path.sep}`)) throw backupErrors.insideDataFolder();
  let stats: fs.Stats;
  try {
    stats = fs.statSync(resolved);
  } catch (error) {
    throw backupWriteFailure(error, resolved);
  }
  if (!stats.isDirectory()) throw backupErrors.notAFolder(resolved);
  const root = secondPlaceRoot(resolved);
  checkFolder(root, needed);
  const probe = path.join(root, `${PENDING_PREFIX}thu-ghi-${process.pid}`);
  try {
    fs.writeFileSync(probe, 'ok');
  } catch (error) {
    throw backupWriteFailure(error, resolved);
  } finally {
    fs.rmSync(probe, { force: true });
  }
}

async function copyChecked(from: string, to: string, sha256: string | null): Promise<void> {
  await fs.promises.copyFile(from, to, fs.constants.COPYFILE_EXCL);
  if (sha256) {
    const copied = await hashFile(to);
    if (copied.sha256 !== sha256) throw backupErrors.verifyFailed('bản chép ra nơi lưu thứ hai không khớp mã kiểm tra');
  }
}

/** Copies one finished backup (and the attachments the second place lacks) to `root`. */
export async function mirrorBackup(backup: StoredBackup, localRoot: string, root: string): Promise<string> {
  // The folder the user chose must still be there (a USB stick pulled out): it is never re-created.
  if (!fs.existsSync(path.dirname(root))) throw backupWriteFailure(Object.assign(new Error('gone'), { code: 'ENOENT' }), path.dirname(root));
  checkFolder(root, backup.bytes);
  const id = backup.manifest.id;
  const final = path.join(root, id);
  if (fs.existsSync(final)) return final;
  const pending = path.join(root, `${PENDING_PREFIX}${id}`);
  try {
    fs.rmSync(pending, { recursive: true, force: true });
    fs.mkdirSync(pending);
    for (const attachment of backup.manifest.attachments) {
      if (attachment.missing) continue;
      const target = storePath(root, attachment.sha256);
      if (fs.existsSync(target)) continue;
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const temp = path.join(path.dirname(target), `.tam-${process.pid}-${attachment.sha256.slice(0, 8)}`);
      fs.rmSync(temp, { force: true });
      await copyChecked(storePath(localRoot, attachment.sha256), temp, attachment.sha256);
      fs.renameSync(temp, target);
    }
    await copyChecked(path.join(backup.folder, SNAPSHOT_FILE), path.join(pending, SNAPSHOT_FILE), backup.manifest.database.sha256);
    await copyChecked(path.join(backup.folder, MANIFEST_FILE), path.join(pending, MANIFEST_FILE), null);
    fs.renameSync(pending, final);
    fsyncFolder(root);
    return final;
  } catch (error) {
    fs.rmSync(pending, { recursive: true, force: true });
    throw backupWriteFailure(error, root);
  }
}
