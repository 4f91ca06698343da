import { PROTECTED_KINDS, type BackupKind } from '../../../shared/schemas/backup';

/**
 * Which backups to keep, in tiers: the most recent ones, then one a day for two weeks, one a week for
 * two months and one a month for a year (the newest backup of each period, in local time), all under
 * a size cap. Backups the user made and the copies taken before a restore are never rotated out by
 * this: only the user deletes those. Pure, so a year of backups is simulated in a test in milliseconds.
 */

export interface RetentionPolicy {
  recent: number;
  days: number;
  weeks: number;
  months: number;
  /** Snapshot bytes allowed for the backups this policy may remove, plus the protected ones. */
  maxBytes: number;
}

export const DEFAULT_POLICY: RetentionPolicy = { recent: 8, days: 14, weeks: 9, months: 12, maxBytes: 2 * 1024 * 1024 * 1024 };

export interface RetentionItem {
  id: string;
  kind: BackupKind;
  createdAt: string;
  bytes: number;
}

function dayKey(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

/** The local Monday that starts the week of `date`. */
function weekKey(date: Date): string {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  return dayKey(monday);
}

function monthKey(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}`;
}

/** The keys of the last `count` periods ending with the one holding `now`. */
function recentPeriods(now: Date, count: number, step: (d: Date, n: number) => Date, key: (d: Date) => string): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < count; i += 1) keys.add(key(step(now, i)));
  return keys;
}

const daysBack = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() - n, 12);
const weeksBack = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() - 7 * n, 12);
const monthsBack = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth() - n, 1, 12);

export function chooseBackupsToKeep(items: RetentionItem[], now: Date, policy: RetentionPolicy = DEFAULT_POLICY): Set<string> {
  const keep = new Set<string>();
  const isProtected = (item: RetentionItem) => PROTECTED_KINDS.includes(item.kind);
  for (const item of items) if (isProtected(item)) keep.add(item.id);

  const rotating = items.filter((item) => !isProtected(item)).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const tierKept = new Set<string>();
  rotating.slice(0, policy.recent).forEach((item) => tierKept.add(item.id));

  const tiers: Array<[Set<string>, (d: Date) => string]> = [
    [recentPeriods(now, policy.days, daysBack, dayKey), dayKey],
    [recentPeriods(now, policy.weeks, weeksBack, weekKey), weekKey],
    [recentPeriods(now, policy.months, monthsBack, monthKey), monthKey],
  ];
  for (const [periods, key] of tiers) {
    const seen = new Set<string>();
    for (const item of rotating) {
      const period = key(new Date(item.createdAt));
      if (!periods.has(period) || seen.has(period)) continue;
      seen.add(period);
      tierKept.add(item.id);
    }
  }

  // The size cap removes the oldest kept ones first, but never the newest backup of all.
  let total = items.filter(isProtected).reduce((sum, item) => sum + item.bytes, 0);
  let capReached = false;
  rotating.forEach((item, index) => {
    if (!tierKept.has(item.id) || capReached) return;
    if (index > 0 && total + item.bytes > policy.maxBytes) {
      capReached = true;
      return;
    }
    total += item.bytes;
    keep.add(item.id);
  });
  return keep;
}
