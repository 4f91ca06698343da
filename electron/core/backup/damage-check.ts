import { performance } from 'node:perf_hooks';
import { runInWorker } from './inspect-worker';

/**
 * The check of every page of the data file that start-up runs. A file damaged inside a data page
 * (a bad sector, a sync tool writing over part of it) still opens: SQLite only reads the pages a
 * query touches, so the damage would show weeks later as one meeting that cannot be opened, after
 * the automatic backups have rotated the good copies out. SQLite's quick_check reads every page.
 *
 * It reads the whole file — about 5.6 ms per MB here, 2.7 s for ten years of a busy committee with
 * its search index (tests/bench/startup-check.ts) — so it runs in a worker thread on its own read-only connection, after the window is
 * open, instead of inside `openDatabase` (whose budget is 150 ms).
 */

export type DamageCheck =
  | { damaged: false; ms: number }
  | {
      damaged: true;
      ms: number;
      /** What SQLite reported (its own English words): for the IT person, never shown as the reason. */
      problems: string[];
    };

const CORRUPT_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_VTAB']);

/**
 * Null when the check itself could not run (the file vanished, a worker could not start): that is
 * not evidence of damage, and the app goes on as it would have without the check.
 */
export async function checkForDamage(databasePath: string): Promise<DamageCheck | null> {
  const started = performance.now();
  let outcome;
  try {
    outcome = await runInWorker([{ op: 'quickCheck', file: databasePath }]);
  } catch {
    return null;
  }
  const ms = Math.round(performance.now() - started);
  if (!outcome.ok) {
    // A page so damaged that SQLite refuses to walk it is damage too, not a failed check.
    return CORRUPT_CODES.has(outcome.error.code) ? { damaged: true, ms, problems: [outcome.error.message] } : null;
  }
  const report = outcome.quickCheck ?? [];
  if (report.length === 1 && report[0] === 'ok') return { damaged: false, ms };
  return { damaged: true, ms, problems: report.length > 0 ? report : ['quick_check returned nothing'] };
}
