import type { BackupKind } from '../../../shared/schemas/backup';

/**
 * When automatic backups happen, with no action from the user:
 * - after changes, once the user has been idle for `idleMs` (3 minutes);
 * - while the user keeps working, once the oldest change not yet backed up is `workingMaxMs` (30 minutes) old;
 * - never two automatic ones closer than `minGapMs` (10 minutes);
 * - on quit, when anything changed since the last backup.
 * (Before a migration, an import, a restore and a bulk delete the code doing it asks for one itself.)
 * Plain Node with an injected clock: tests drive hours of use in milliseconds of fake time.
 */

export interface SchedulerClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: SchedulerClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // A pending tick never keeps the process alive on its own (the CLI, the tests).
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface SchedulerTimings {
  idleMs: number;
  workingMaxMs: number;
  minGapMs: number;
  tickMs: number;
}

export const DEFAULT_TIMINGS: SchedulerTimings = {
  idleMs: 3 * 60_000,
  workingMaxMs: 30 * 60_000,
  minGapMs: 10 * 60_000,
  tickMs: 15_000,
};

export interface SchedulerHooks {
  /** Makes the backup (the service's backupNow). */
  backup(kind: BackupKind): Promise<unknown>;
  /**
   * A number that changes whenever the data does (SQLite's total_changes() on the app's connection;
   * the change log of issue 9 can replace it once it is in main).
   */
  changeCounter(): number;
  /** Told the first time a change is seen after a backup (the service keeps it on disk). */
  onChange?(): void;
  /** A quiet moment (idle, or right after a backup): a good time to checkpoint the WAL. */
  onQuiet?(): void;
}

export interface SchedulerStart {
  /** When the newest backup was made (ms), or null when there is none. */
  lastBackupAt: number | null;
  /** Changes from an earlier session were never backed up (the app crashed or was killed). */
  pendingChanges: boolean;
}

export class BackupScheduler {
  private readonly timings: SchedulerTimings;
  private timer: unknown = null;
  private lastSeen: number;
  private dirty: boolean;
  private lastChangeAt: number;
  /** When the oldest change not in any backup was seen. */
  private firstDirtyAt: number;
  private lastBackupAt: number | null;
  private quietDone = true;
  private running: Promise<void> | null = null;
  private stopped = true;

  constructor(
    private readonly hooks: SchedulerHooks,
    private readonly clock: SchedulerClock = systemClock,
    start: SchedulerStart = { lastBackupAt: null, pendingChanges: false },
    timings: Partial<SchedulerTimings> = {},
  ) {
    this.timings = { ...DEFAULT_TIMINGS, ...timings };
    this.lastSeen = hooks.changeCounter();
    this.dirty = start.pendingChanges;
    this.lastChangeAt = clock.now();
    this.firstDirtyAt = clock.now();
    this.lastBackupAt = start.lastBackupAt;
  }

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.tick();
      this.schedule();
    }, this.timings.tickMs);
  }

  /** The connection was replaced (a restore): its counter starts again. */
  resetCounter(): void {
    this.lastSeen = this.hooks.changeCounter();
    this.dirty = false;
  }

  private observe(): void {
    const counter = this.hooks.changeCounter();
    if (counter === this.lastSeen) return;
    this.lastSeen = counter;
    this.lastChangeAt = this.clock.now();
    this.quietDone = false;
    if (!this.dirty) {
      this.firstDirtyAt = this.lastChangeAt;
      this.hooks.onChange?.();
    }
    this.dirty = true;
  }

  /** Looks at the data and the time, and starts a backup when one is due. */
  tick(): void {
    this.observe();
    if (this.running) return;
    const now = this.clock.now();
    const idleFor = now - this.lastChangeAt;
    if (!this.dirty) {
      if (!this.quietDone && idleFor >= this.timings.idleMs) {
        this.quietDone = true;
        this.hooks.onQuiet?.();
      }
      return;
    }
    const sinceBackup = this.lastBackupAt === null ? Number.POSITIVE_INFINITY : now - this.lastBackupAt;
    if (sinceBackup < this.timings.minGapMs) return;
    if (idleFor >= this.timings.idleMs || now - this.firstDirtyAt >= this.timings.workingMaxMs) void this.run('tu-dong');
  }

  /** True while a backup the scheduler started is running. */
  get busy(): boolean {
    return this.running !== null;
  }

  get hasPendingChanges(): boolean {
    this.observe();
    return this.dirty;
  }

  private run(kind: BackupKind): Promise<void> {
    const counterAtStart = this.hooks.changeCounter();
    const attempt = (async () => {
      try {
        await this.hooks.backup(kind);
        this.dirty = false;
        this.lastSeen = counterAtStart;
        // Writes made while the backup ran may be newer than the snapshot: seen here, they stay pending.
        this.observe();
        this.quietDone = true;
        this.hooks.onQuiet?.();
      } catch {
        // Reported by the service (status, home screen); tried again after the minimum gap.
      } finally {
        this.lastBackupAt = this.clock.now();
        this.running = null;
      }
    })();
    this.running = attempt;
    return attempt;
  }

  /** On quit: waits for a running backup, then makes one if anything changed since the last. */
  async beforeQuit(): Promise<void> {
    this.stop();
    if (this.running) await this.running;
    if (this.hasPendingChanges) await this.run('khi-thoat');
  }
}
