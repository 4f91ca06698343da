import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry, BackupKind, BackupSettings, BackupStatus, BackupSummary, RestoreOutcome } from '../../../shared/schemas/backup';
import type { Db } from '../db/open';
import type { Migration } from '../db/migration';
import { MIGRATIONS } from '../db/migrations';
import { listStoredBackups, removeBackups, removeLeftovers, storeBytes, toEntry, type StoredBackup } from './catalog';
import { createBackup, type CreatedBackup } from './create';
import { MANIFEST_FILE, SNAPSHOT_FILE, storePath } from './manifest';
import { backupErrors, backupWriteFailure } from './messages';
import { discardStaged, prepareRestore, type RestoreTarget } from './prepare-restore';
import { damagedName, moveDamagedAside } from './recover';
import { chooseBackupsToKeep, DEFAULT_POLICY, type RetentionPolicy } from './retention';
import { checkSecondPlace, mirrorBackup, secondPlaceRoot } from './second-place';
import { BackupStateFile } from './settings';
import { commitRestore, type LiveConnection } from './swap';
import { writeZip } from './zip';

export interface BackupPaths {
  databasePath: string;
  attachmentsDir: string;
  /** Backups on this PC: `<data>/sao-luu`. */
  backupRoot: string;
}

/** The usual places beside a data file: `tep-dinh-kem/` and `sao-luu/`. */
export function defaultBackupPaths(databasePath: string, backupRoot?: string): BackupPaths {
  const dir = path.dirname(path.resolve(databasePath));
  return {
    databasePath: path.resolve(databasePath),
    attachmentsDir: path.join(dir, 'tep-dinh-kem'),
    backupRoot: backupRoot ? path.resolve(backupRoot) : path.join(dir, 'sao-luu'),
  };
}

export interface BackupServiceOptions {
  paths: BackupPaths;
  appVersion: string;
  now: () => Date;
  /** The app's connection, which a restore closes and opens again. */
  connection: LiveConnection & { current(): Db; schemaVersion(): number };
  migrations?: readonly Migration[];
  policy?: Partial<RetentionPolicy>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The newest change_log id, or null for a database without the log. */
export function changeLogHead(db: Db): number | null {
  try {
    return db.prepare('SELECT coalesce(max(id), 0) FROM change_log').pluck().get() as number;
  } catch {
    return null;
  }
}

/**
 * Everything backups do in the app and on the command line: one at a time (a backup never runs
 * during a restore), each followed by retention and, when one is set, a copy to the second place.
 */
export class BackupService {
  private readonly state: BackupStateFile;
  private queue: Promise<unknown> = Promise.resolve();
  private active = 0;
  /** Listeners told after each backup or restore (the scheduler, the window). */
  onBackup: ((created: CreatedBackup) => void) | null = null;
  onRestore: ((outcome: RestoreOutcome) => void) | null = null;

  constructor(private readonly options: BackupServiceOptions) {
    this.state = new BackupStateFile(path.join(options.paths.backupRoot, 'cai-dat.json'));
    removeLeftovers(options.paths.backupRoot);
  }

  get paths(): BackupPaths {
    return this.options.paths;
  }

  private get migrations(): readonly Migration[] {
    return this.options.migrations ?? MIGRATIONS;
  }

  private policy(): RetentionPolicy {
    return { ...DEFAULT_POLICY, maxBytes: this.state.get().maxMegabytes * 1024 * 1024, ...this.options.policy };
  }

  /** Runs `task` after every earlier one has finished. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      this.active += 1;
      try {
        return await task();
      } finally {
        this.active -= 1;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  get running(): boolean {
    return this.active > 0;
  }

  /** The data changed: remembered on disk, so a crash before the next backup is noticed at start-up. */
  noteChange(): void {
    if (this.state.get().dirtySince === null) this.state.update({ dirtySince: this.options.now().toISOString() });
  }

  /**
   * Whether the data changed since the newest backup: the live change_log (issue 9) against the
   * head recorded in that backup's manifest, or, for a file without the log, the flag kept on disk.
   */
  get hasUnsavedChanges(): boolean {
    const newest = listStoredBackups(this.options.paths.backupRoot)[0];
    const head = changeLogHead(this.options.connection.current());
    if (newest && head !== null && newest.manifest.changeLogHead !== undefined) return head !== newest.manifest.changeLogHead;
    return this.state.get().dirtySince !== null || (!newest && head !== null && head > 0);
  }

  /** When the newest backup on this PC was made (ms), for the scheduler. */
  lastBackupAt(): number | null {
    const newest = listStoredBackups(this.options.paths.backupRoot)[0];
    return newest ? Date.parse(newest.manifest.createdAt) : null;
  }

  private async makeLocal(kind: BackupKind, onProgress?: (fraction: number) => void): Promise<CreatedBackup> {
    const dirtyBefore = this.state.get().dirtySince;
    const created = await createBackup(
      {
        db: this.options.connection.current(),
        attachmentsDir: this.options.paths.attachmentsDir,
        appVersion: this.options.appVersion,
        schemaVersion: this.options.connection.schemaVersion(),
      },
      this.options.paths.backupRoot,
      { kind, now: this.options.now(), ...(onProgress ? { onProgress } : {}) },
    );
    // A change noted while the backup ran is newer than the snapshot and stays pending.
    if (this.state.get().dirtySince === dirtyBefore) this.state.update({ dirtySince: null });
    await this.applyRetention(this.options.paths.backupRoot);
    this.onBackup?.(created);
    return created;
  }

  private async applyRetention(root: string): Promise<void> {
    const stored = listStoredBackups(root);
    const keep = chooseBackupsToKeep(
      stored.map((b) => ({ id: b.manifest.id, kind: b.manifest.kind, createdAt: b.manifest.createdAt, bytes: b.bytes })),
      this.options.now(),
      this.policy(),
    );
    await removeBackups(
      root,
      stored.filter((b) => !keep.has(b.manifest.id)),
    );
  }

  private async copyToSecondPlace(created: CreatedBackup): Promise<void> {
    const chosen = this.state.get().secondPlace;
    if (!chosen) return;
    const stored = listStoredBackups(this.options.paths.backupRoot).find((b) => b.manifest.id === created.id);
    if (!stored) return;
    try {
      const root = secondPlaceRoot(chosen);
      await mirrorBackup(stored, this.options.paths.backupRoot, root);
      await this.applyRetention(root);
      this.state.update({ lastSecondPlaceAt: created.manifest.createdAt, lastError: null });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.state.update({ lastError: `Chưa chép được bản sao lưu ra nơi lưu thứ hai: ${message}` });
    }
  }

  /** A backup now: verified, kept by retention, copied to the second place. */
  backupNow(kind: BackupKind, onProgress?: (fraction: number) => void): Promise<CreatedBackup> {
    return this.exclusive(async () => {
      try {
        const created = await this.makeLocal(kind, onProgress);
        this.state.update({ lastError: null });
        await this.copyToSecondPlace(created);
        return created;
      } catch (error) {
        const failure = backupWriteFailure(error, this.options.paths.backupRoot);
        this.state.update({ lastError: failure.message });
        throw failure;
      }
    });
  }

  list(): BackupEntry[] {
    const local = listStoredBackups(this.options.paths.backupRoot).map((b) => toEntry(b, 'local'));
    const chosen = this.state.get().secondPlace;
    const localIds = new Set(local.map((b) => b.id));
    const second = chosen
      ? listStoredBackups(secondPlaceRoot(chosen))
          .filter((b) => !localIds.has(b.manifest.id))
          .map((b) => toEntry(b, 'second'))
      : [];
    return [...local, ...second].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  }

  private findStored(id: string): StoredBackup {
    const roots = [this.options.paths.backupRoot];
    const chosen = this.state.get().secondPlace;
    if (chosen) roots.push(secondPlaceRoot(chosen));
    for (const root of roots) {
      const found = listStoredBackups(root).find((b) => b.manifest.id === id);
      if (found) return found;
    }
    throw backupErrors.notFound();
  }

  private target(): RestoreTarget {
    return { databasePath: this.options.paths.databasePath, attachmentsDir: this.options.paths.attachmentsDir };
  }

  /**
   * Restores a backup (by id) or any chosen file (a backup folder, an exported .zip, a database file).
   * The backup is checked beside the data file first; then the current state is backed up (so the
   * restore can be undone); only then is the data file replaced whole.
   */
  restore(source: { id: string } | { file: string }, kind: 'truoc-khoi-phuc' | 'truoc-nhap' = 'truoc-khoi-phuc'): Promise<RestoreOutcome> {
    return this.exclusive(async () => {
      const chosen = 'id' in source ? this.findStored(source.id).folder : path.resolve(source.file);
      const target = this.target();
      const prepared = await prepareRestore(chosen, target, this.migrations);
      let undo: CreatedBackup;
      try {
        undo = await this.makeLocal(kind);
        commitRestore(prepared, target, this.options.connection);
      } catch (error) {
        discardStaged(target);
        throw error;
      }
      // The restored data is not "changed since the last backup": it is a backup.
      this.state.update({ dirtySince: null });
      const outcome: RestoreOutcome = {
        restoredFrom: chosen,
        createdAt: prepared.createdAt,
        summary: prepared.summary,
        sha256: prepared.sha256,
        undoBackupId: undo.id,
      };
      this.onRestore?.(outcome);
      return outcome;
    });
  }

  /**
   * The data file was found damaged while the app runs (the check at start-up): the chosen good
   * backup replaces it. Unlike `restore`, no backup of the current state is made first — copying a
   * damaged file would fail or carry the damage into the backups — the damaged file is kept under
   * another name instead (`moveDamagedAside`), whole, and the connection reopens on the backup.
   */
  replaceDamaged(backupFolder: string): Promise<{ keptAs: string; summary: BackupSummary }> {
    return this.exclusive(async () => {
      const target = this.target();
      const prepared = await prepareRestore(backupFolder, target, this.migrations);
      let keptAs = '';
      const connection = this.options.connection;
      const damagedAt = this.options.now();
      // A swap that failed after the move must not reopen on nothing (a new, empty database).
      const putBack = () => {
        const aside = keptAs || damagedName(target.databasePath, damagedAt);
        if (!fs.existsSync(target.databasePath) && fs.existsSync(aside)) {
          fs.renameSync(aside, target.databasePath);
          if (fs.existsSync(`${aside}-wal`)) fs.renameSync(`${aside}-wal`, `${target.databasePath}-wal`);
        }
        keptAs = '';
      };
      try {
        commitRestore(prepared, target, {
          close: () => {
            // The checkpoint on close may itself stumble on the damage; the file is moved aside whole.
            try {
              connection.close();
            } catch {
              if (connection.current().open) connection.current().close();
            }
            try {
              keptAs = moveDamagedAside(target.databasePath, damagedAt);
            } catch (error) {
              // commitRestore reopens only once past close(): a refused move must not leave the app
              // without its connection, nor with half the move done.
              putBack();
              connection.reopen();
              throw error;
            }
          },
          reopen: () => {
            if (!fs.existsSync(target.databasePath)) putBack();
            connection.reopen();
          },
        });
      } catch (error) {
        discardStaged(target);
        throw error;
      }
      this.state.update({ dirtySince: null });
      return { keptAs, summary: prepared.summary };
    });
  }

  /** "Xuất toàn bộ dữ liệu": a fresh verified backup written as one .zip for another PC. */
  exportAll(targetFile: string): Promise<{ path: string; bytes: number; backupId: string }> {
    return this.backupNow('tu-dong').then((created) =>
      this.exclusive(async () => {
        const target = path.resolve(targetFile);
        const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tam`);
        const seen = new Set<string>();
        const attachments = created.manifest.attachments.filter((a) => !a.missing && !seen.has(a.sha256) && seen.add(a.sha256));
        try {
          fs.rmSync(temp, { force: true });
          await writeZip(temp, [
            { name: MANIFEST_FILE, file: path.join(created.folder, MANIFEST_FILE) },
            { name: SNAPSHOT_FILE, file: path.join(created.folder, SNAPSHOT_FILE) },
            ...attachments.map((a) => ({ name: `tep-dinh-kem/${a.sha256}`, file: storePath(this.options.paths.backupRoot, a.sha256) })),
          ]);
          fs.renameSync(temp, target);
        } catch (error) {
          fs.rmSync(temp, { force: true });
          throw backupWriteFailure(error, path.dirname(target));
        }
        return { path: target, bytes: fs.statSync(target).size, backupId: created.id };
      }),
    );
  }

  /** "Nhập dữ liệu": an exported .zip checked and opened in place of the current data (undoable). */
  importAll(file: string): Promise<RestoreOutcome> {
    return this.restore({ file }, 'truoc-nhap');
  }

  settings(): BackupSettings {
    return this.state.settings();
  }

  updateSettings(change: { warnAfterDays: number; maxMegabytes: number }): BackupSettings {
    this.state.update(change);
    return this.state.settings();
  }

  /** Checks the folder (writable, room for a backup) and remembers it; the next backup goes there too. */
  setSecondPlace(folder: string | null): BackupSettings {
    if (folder === null) {
      this.state.update({ secondPlace: null });
      return this.state.settings();
    }
    const newest = listStoredBackups(this.options.paths.backupRoot)[0];
    const needed = newest ? newest.bytes : fs.statSync(this.options.paths.databasePath).size;
    checkSecondPlace(folder, needed, path.dirname(this.options.paths.databasePath));
    this.state.update({ secondPlace: path.resolve(folder), lastError: null });
    return this.state.settings();
  }

  /** Copies the newest backup to the second place now (after choosing it, or with the USB stick back in). */
  async copyNewestToSecondPlace(): Promise<void> {
    await this.exclusive(async () => {
      const newest = listStoredBackups(this.options.paths.backupRoot)[0];
      const chosen = this.state.get().secondPlace;
      if (!newest || !chosen) return;
      const root = secondPlaceRoot(chosen);
      await mirrorBackup(newest, this.options.paths.backupRoot, root);
      await this.applyRetention(root);
      this.state.update({ lastSecondPlaceAt: newest.manifest.createdAt, lastError: null });
    });
  }

  status(): BackupStatus {
    const state = this.state.get();
    const newest = listStoredBackups(this.options.paths.backupRoot)[0];
    const now = this.options.now().getTime();
    let warning: string | null = null;
    if (!state.secondPlace) {
      warning = 'Chưa có bản sao lưu nào ở ngoài máy này. Nếu máy hỏng, dữ liệu sẽ mất. Hãy chọn nơi lưu thứ hai (ổ USB, ổ đĩa khác).';
    } else if (!state.lastSecondPlaceAt) {
      warning = 'Chưa từng chép được bản sao lưu nào ra nơi lưu thứ hai. Hãy cắm ổ USB (hoặc kiểm tra thư mục) rồi bấm "Sao lưu ngay".';
    } else {
      const days = Math.floor((now - Date.parse(state.lastSecondPlaceAt)) / DAY_MS);
      if (days >= state.warnAfterDays) {
        warning = `Bản sao lưu ngoài máy gần nhất đã cách đây ${days} ngày. Hãy cắm ổ USB (hoặc kiểm tra thư mục) rồi bấm "Sao lưu ngay".`;
      }
    }
    return {
      lastBackupAt: newest?.manifest.createdAt ?? null,
      lastSecondPlaceAt: state.lastSecondPlaceAt,
      secondPlace: state.secondPlace,
      warning,
      lastError: state.lastError,
      running: this.running,
    };
  }

  /** Waits for whatever is running (the window closing waits for the backup on quit). */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  /** Bytes used by the backups on this PC (snapshots and the attachment store). */
  localBytes(): number {
    const root = this.options.paths.backupRoot;
    return listStoredBackups(root).reduce((sum, b) => sum + fs.statSync(b.snapshot).size, 0) + storeBytes(root);
  }
}
