import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fsyncFolder, writeDurably } from './manifest';
import { backupErrors, errnoOf } from './messages';
import { stagingPaths, type PreparedRestore, type RestoreTarget } from './prepare-restore';

/**
 * The second half of a restore: the staged copy replaces the data file whole. Before the rename the
 * live connection is closed and the file is switched out of WAL mode by a fresh connection — which
 * SQLite allows only when no other connection has the file open, so a database held by another
 * program is detected here and refused — and any -wal and -shm left beside the file are removed, so
 * nothing stale can be replayed into the restored data (a stale -wal over a copied-back file is how
 * a three-meeting backup came back with thirty-three). A small journal file written before the swap
 * lets `finishInterruptedRestore` complete it at the next start if the PC dies halfway.
 */

export interface LiveConnection {
  /** Closes the app's connection to the data file. */
  close(): void;
  /** Opens it again (migrating a restored older schema) and puts it back in use. */
  reopen(): void;
}

interface SwapJournal {
  stagedDatabase: string;
  stagedAttachments: string | null;
}

function removeWalFiles(databasePath: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${databasePath}${suffix}`, { force: true });
}

/** True when nobody else has the file open; leaves it in rollback mode without -wal/-shm. */
function takeSoleUse(databasePath: string): boolean {
  if (!fs.existsSync(databasePath)) return true;
  let probe: Database.Database | undefined;
  try {
    probe = new Database(databasePath, { timeout: 250 });
    probe.pragma('journal_mode = DELETE');
    return true;
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return false;
    // A damaged file being replaced (start-up recovery) cannot be switched; it is renamed away anyway.
    return true;
  } finally {
    probe?.close();
  }
}

function swapAttachments(attachmentsDir: string, staged: string): void {
  if (!fs.existsSync(staged)) return;
  const old = `${attachmentsDir}.cu-${process.pid}-${Date.now()}`;
  if (fs.existsSync(attachmentsDir)) fs.renameSync(attachmentsDir, old);
  fs.renameSync(staged, attachmentsDir);
  // The attachments that were there are in the backup taken before the restore.
  void fs.promises.rm(old, { recursive: true, force: true }).catch(() => undefined);
}

/** Moves the staged files into place (idempotent: safe to run again after a crash). */
function completeSwap(target: RestoreTarget, journal: SwapJournal): void {
  if (fs.existsSync(journal.stagedDatabase)) {
    removeWalFiles(target.databasePath);
    // The old file is moved aside rather than replaced: freeing 100 MB inside rename() would hold
    // the window; it is deleted in the background (it is in the backup taken before the restore).
    if (fs.existsSync(target.databasePath)) {
      const old = `${path.join(path.dirname(target.databasePath), `.${path.basename(target.databasePath)}`)}.cu-${process.pid}-${Date.now()}`;
      fs.renameSync(target.databasePath, old);
      void fs.promises.rm(old, { force: true }).catch(() => undefined);
    }
    fs.renameSync(journal.stagedDatabase, target.databasePath);
    fsyncFolder(path.dirname(target.databasePath));
  }
  if (journal.stagedAttachments) swapAttachments(target.attachmentsDir, journal.stagedAttachments);
}

export function commitRestore(prepared: PreparedRestore, target: RestoreTarget, live: LiveConnection): void {
  const { journal } = stagingPaths(target);
  live.close();
  let swapped = false;
  try {
    if (!takeSoleUse(target.databasePath)) throw backupErrors.databaseHeld();
    const record: SwapJournal = { stagedDatabase: prepared.stagedDatabase, stagedAttachments: prepared.stagedAttachments };
    fs.rmSync(journal, { force: true });
    writeDurably(journal, JSON.stringify(record));
    completeSwap(target, record);
    swapped = true;
    fs.rmSync(journal, { force: true });
  } finally {
    // Reopened whatever happened: on a refusal the app goes on with the data it had.
    live.reopen();
    if (!swapped) fs.rmSync(journal, { force: true });
  }
}

/** At start-up: a restore the PC stopped in the middle of is carried to its end. */
export function finishInterruptedRestore(target: RestoreTarget): boolean {
  const { journal } = stagingPaths(target);
  if (!fs.existsSync(journal)) return false;
  let record: SwapJournal;
  try {
    record = JSON.parse(fs.readFileSync(journal, 'utf8')) as SwapJournal;
  } catch {
    // The journal is written before any file moves: a torn journal means nothing was moved yet.
    fs.rmSync(journal, { force: true });
    return false;
  }
  completeSwap(target, record);
  fs.rmSync(journal, { force: true });
  return true;
}
