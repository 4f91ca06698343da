import { describe, expect, it } from 'vitest';
import { BackupScheduler, type SchedulerClock } from '../../electron/core/backup/scheduler';
import { chooseBackupsToKeep, DEFAULT_POLICY, type RetentionItem } from '../../electron/core/backup/retention';
import type { BackupKind } from '../../shared/schemas/backup';

/** Fake time: timers fire only when the test moves the clock. */
class FakeClock implements SchedulerClock {
  private timers: Array<{ at: number; callback: () => void; id: number }> = [];
  private nextId = 1;
  constructor(public time: number) {}
  now(): number {
    return this.time;
  }
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.push({ at: this.time + ms, callback, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }
  /** Moves time forward, firing each timer at its moment and letting promises settle. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > end) break;
      this.timers.shift();
      this.time = next.at;
      next.callback();
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.time = end;
  }
}

const MINUTE = 60_000;

function setup(options: { pending?: boolean; lastBackupAt?: number | null; failing?: boolean } = {}) {
  const clock = new FakeClock(Date.parse('2026-03-10T01:00:00Z'));
  let counter = 0;
  const made: Array<{ kind: BackupKind; at: number }> = [];
  let quiet = 0;
  const scheduler = new BackupScheduler(
    {
      backup: async (kind) => {
        if (options.failing) throw new Error('disk full');
        made.push({ kind, at: clock.now() });
      },
      changeCounter: () => counter,
      onQuiet: () => {
        quiet += 1;
      },
    },
    clock,
    { lastBackupAt: options.lastBackupAt === undefined ? clock.now() - 60 * MINUTE : options.lastBackupAt, pendingChanges: options.pending ?? false },
  );
  scheduler.start();
  return {
    clock,
    scheduler,
    made,
    write: () => {
      counter += 1;
    },
    quiet: () => quiet,
  };
}

describe('the backup scheduler', () => {
  it('backs up once the user has been idle a few minutes after a change, and not without changes', async () => {
    const s = setup();
    await s.clock.advance(60 * MINUTE);
    expect(s.made).toEqual([]);
    s.write();
    await s.clock.advance(2 * MINUTE);
    expect(s.made).toEqual([]);
    await s.clock.advance(2 * MINUTE);
    expect(s.made.map((m) => m.kind)).toEqual(['tu-dong']);
    // Nothing more until something changes again.
    await s.clock.advance(120 * MINUTE);
    expect(s.made).toHaveLength(1);
  });

  it('while the user keeps working, backs up every half hour at most and never twice within ten minutes', async () => {
    const s = setup({ lastBackupAt: Date.parse('2026-03-10T01:00:00Z') });
    // A change every 30 seconds for three hours: never idle.
    for (let i = 0; i < 360; i += 1) {
      s.write();
      await s.clock.advance(30_000);
    }
    const gaps = s.made.slice(1).map((m, i) => m.at - s.made[i]!.at);
    expect(s.made.length).toBeGreaterThanOrEqual(5);
    expect(s.made.length).toBeLessThanOrEqual(6);
    for (const gap of gaps) {
      expect(gap).toBeGreaterThanOrEqual(10 * MINUTE);
      expect(gap).toBeLessThanOrEqual(31 * MINUTE);
    }
  });

  it('bursts of work with short pauses are backed up at most every ten minutes', async () => {
    const s = setup({ lastBackupAt: null });
    for (let burst = 0; burst < 12; burst += 1) {
      s.write();
      await s.clock.advance(4 * MINUTE);
    }
    const gaps = s.made.slice(1).map((m, i) => m.at - s.made[i]!.at);
    expect(s.made.length).toBeGreaterThan(1);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(10 * MINUTE);
  });

  it('changes left by a crash are backed up soon after the next start', async () => {
    const s = setup({ pending: true });
    await s.clock.advance(4 * MINUTE);
    expect(s.made.map((m) => m.kind)).toEqual(['tu-dong']);
  });

  it('on quit: a backup when something changed since the last one, none otherwise', async () => {
    const clean = setup();
    await clean.scheduler.beforeQuit();
    expect(clean.made).toEqual([]);

    const s = setup();
    s.write();
    await s.clock.advance(30_000);
    await s.scheduler.beforeQuit();
    expect(s.made.map((m) => m.kind)).toEqual(['khi-thoat']);
  });

  it('a failing backup is tried again after the minimum gap, and quiet moments checkpoint the WAL', async () => {
    const s = setup({ failing: true });
    s.write();
    await s.clock.advance(4 * MINUTE);
    expect(s.scheduler.hasPendingChanges).toBe(true);
    const ok = setup();
    ok.write();
    await ok.clock.advance(4 * MINUTE);
    expect(ok.quiet()).toBeGreaterThan(0);
  });
});

describe('retention over a simulated year', () => {
  it('keeps the recent ones, one a day for two weeks, one a week for two months, one a month for a year, and every manual and pre-restore copy', () => {
    let items: RetentionItem[] = [];
    const start = new Date(2025, 0, 1, 8, 0);
    let n = 0;
    const manual: string[] = [];
    const preRestore: string[] = [];
    let now = start;
    for (let day = 0; day < 365; day += 1) {
      for (const hour of [9, 11, 14, 16, 17]) {
        now = new Date(start.getFullYear(), start.getMonth(), start.getDate() + day, hour, 30);
        const kind: BackupKind = day % 40 === 5 && hour === 9 ? 'thu-cong' : day % 97 === 3 && hour === 11 ? 'truoc-khoi-phuc' : 'tu-dong';
        const id = `b${String(n++).padStart(5, '0')}`;
        if (kind === 'thu-cong') manual.push(id);
        if (kind === 'truoc-khoi-phuc') preRestore.push(id);
        items.push({ id, kind, createdAt: now.toISOString(), bytes: 50 * 1024 * 1024 });
        const keep = chooseBackupsToKeep(items, now, { ...DEFAULT_POLICY, maxBytes: 100 * 1024 * 1024 * 1024 });
        items = items.filter((item) => keep.has(item.id));
      }
    }
    const ids = new Set(items.map((i) => i.id));
    for (const id of [...manual, ...preRestore]) expect(ids.has(id), id).toBe(true);
    const automatic = items.filter((i) => i.kind === 'tu-dong').map((i) => new Date(i.createdAt));
    const key = (d: Date) => `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
    // The 8 most recent.
    expect(items.slice(-8).every((i) => ids.has(i.id))).toBe(true);
    // One for each of the last 14 days.
    for (let back = 0; back < 14; back += 1) {
      const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back);
      expect(automatic.some((d) => key(d) === key(day)), `day -${back}`).toBe(true);
    }
    // One for each of the last 9 weeks, and one for each of the last 12 months.
    for (let back = 0; back < 9; back += 1) {
      const from = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 7 * back - ((now.getDay() + 6) % 7));
      const to = new Date(from.getFullYear(), from.getMonth(), from.getDate() + 7);
      expect(automatic.some((d) => d >= from && d < to), `week -${back}`).toBe(true);
    }
    for (let back = 0; back < 12; back += 1) {
      const month = new Date(now.getFullYear(), now.getMonth() - back, 1);
      expect(automatic.some((d) => d.getFullYear() === month.getFullYear() && d.getMonth() === month.getMonth()), `month -${back}`).toBe(true);
    }
    // And not much more than that: bounded, whatever the length of use.
    expect(automatic.length).toBeLessThanOrEqual(8 + 14 + 9 + 12);
    // One a day means the newest of that day.
    const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 3);
    const kept = automatic.filter((d) => key(d) === key(yesterday));
    expect(kept.map((d) => d.getHours())).toEqual([17]);
  });

  it('the size cap drops the oldest automatic ones first, never the newest, never a manual one', () => {
    const now = new Date(2026, 2, 10, 12);
    const items: RetentionItem[] = [];
    for (let i = 0; i < 10; i += 1) {
      items.push({ id: `a${i}`, kind: 'tu-dong', createdAt: new Date(2026, 2, 10 - i, 9).toISOString(), bytes: 100 });
    }
    items.push({ id: 'manual', kind: 'thu-cong', createdAt: new Date(2025, 1, 1).toISOString(), bytes: 500 });
    const keep = chooseBackupsToKeep(items, now, { ...DEFAULT_POLICY, maxBytes: 800 });
    expect([...keep].sort()).toEqual(['a0', 'a1', 'a2', 'manual']);
    const tiny = chooseBackupsToKeep(items, now, { ...DEFAULT_POLICY, maxBytes: 10 });
    expect([...tiny].sort()).toEqual(['a0', 'manual']);
  });
});
