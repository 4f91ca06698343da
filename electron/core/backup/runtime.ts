import fs from 'node:fs';
import type { CoreContext } from '../context';
import { WAL_SIZE_LIMIT, type Db } from '../db/open';
import { purgeExpired } from '../services/bin';
import { BackupScheduler, systemClock, type SchedulerClock, type SchedulerTimings } from './scheduler';
import { changeLogHead, type BackupService } from './service';

/**
 * What the desktop app runs in the background, in plain Node so the Electron glue only starts and
 * stops it: the scheduler (automatic backups), WAL checkpoints at quiet moments, and the daily
 * removal of what has been in the bin for 30 days.
 */

/** Folds the WAL into the data file; truncates it when it has grown past the limit. */
export function checkpoint(db: Db, databasePath: string): void {
  if (!db.open) return;
  try {
    let walBytes = 0;
    try {
      walBytes = fs.statSync(`${databasePath}-wal`).size;
    } catch {
      return; // no WAL, nothing to fold
    }
    db.pragma(walBytes > WAL_SIZE_LIMIT ? 'wal_checkpoint(TRUNCATE)' : 'wal_checkpoint(PASSIVE)');
  } catch {
    // A reader holding the WAL makes the checkpoint wait for the next quiet moment.
  }
}

export interface BackupRuntime {
  scheduler: BackupScheduler;
  /** On quit: the last backup (when anything changed), then stop. */
  beforeQuit(): Promise<void>;
  stop(): void;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function startBackupRuntime(
  ctx: CoreContext,
  service: BackupService,
  clock: SchedulerClock = systemClock,
  timings: Partial<SchedulerTimings> = {},
): BackupRuntime {
  const counter = () => changeLogHead(ctx.db) ?? (ctx.db.prepare('SELECT total_changes()').pluck().get() as number);
  const scheduler = new BackupScheduler(
    {
      backup: (kind) => service.backupNow(kind),
      changeCounter: counter,
      onChange: () => service.noteChange(),
      onQuiet: () => checkpoint(ctx.db, ctx.databasePath),
    },
    clock,
    { lastBackupAt: service.lastBackupAt(), pendingChanges: service.hasUnsavedChanges },
    timings,
  );
  service.onRestore = () => scheduler.resetCounter();
  scheduler.start();

  let purgeTimer: unknown = null;
  const purge = () => {
    purgeTimer = clock.setTimeout(() => {
      void purgeExpired(ctx).catch(() => undefined);
      purge();
    }, DAY_MS);
  };
  // The first look a minute after start-up, not during it.
  purgeTimer = clock.setTimeout(() => {
    void purgeExpired(ctx).catch(() => undefined);
    purge();
  }, 60_000);

  return {
    scheduler,
    async beforeQuit() {
      if (purgeTimer !== null) clock.clearTimeout(purgeTimer);
      await scheduler.beforeQuit();
      checkpoint(ctx.db, ctx.databasePath);
    },
    stop() {
      if (purgeTimer !== null) clock.clearTimeout(purgeTimer);
      scheduler.stop();
    },
  };
}
