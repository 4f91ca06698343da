import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { BackupSettings } from '../../../shared/schemas/backup';
import { writeDurably } from './manifest';

/**
 * Backup settings and state live in a small JSON file in the backup folder, not in the database:
 * restoring an old backup must not bring back an old choice of second place, nor forget that the
 * data changed since the last backup.
 */

const stateSchema = z.object({
  secondPlace: z.string().nullable().catch(null),
  warnAfterDays: z.number().int().min(1).max(365).catch(7),
  maxMegabytes: z.number().int().min(100).max(1_000_000).catch(2048),
  lastSecondPlaceAt: z.string().nullable().catch(null),
  /** Set at the first change after a backup, cleared by the next one: survives a crash. */
  dirtySince: z.string().nullable().catch(null),
  lastError: z.string().nullable().catch(null),
});

export type BackupState = z.infer<typeof stateSchema>;

export const DEFAULT_STATE: BackupState = {
  secondPlace: null,
  warnAfterDays: 7,
  maxMegabytes: 2048,
  lastSecondPlaceAt: null,
  dirtySince: null,
  lastError: null,
};

export class BackupStateFile {
  private state: BackupState;

  constructor(private readonly file: string) {
    this.state = this.read();
  }

  private read(): BackupState {
    try {
      const parsed = stateSchema.safeParse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : { ...DEFAULT_STATE };
    } catch {
      return { ...DEFAULT_STATE };
    }
  }

  get(): BackupState {
    return { ...this.state };
  }

  settings(): BackupSettings {
    return { secondPlace: this.state.secondPlace, warnAfterDays: this.state.warnAfterDays, maxMegabytes: this.state.maxMegabytes };
  }

  update(change: Partial<BackupState>): void {
    const next = { ...this.state, ...change };
    if (JSON.stringify(next) === JSON.stringify(this.state)) return;
    this.state = next;
    try {
      if (!fs.existsSync(path.dirname(this.file))) fs.mkdirSync(path.dirname(this.file));
      const temp = `${this.file}.${process.pid}.tmp`;
      fs.rmSync(temp, { force: true });
      writeDurably(temp, JSON.stringify(next, null, 2));
      fs.renameSync(temp, this.file);
    } catch {
      // Settings that cannot be saved stay in memory for this session; backups themselves go on.
    }
  }
}
