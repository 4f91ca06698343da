/**
 * Start-up's check of every page (electron/core/backup/damage-check.ts) on the full-scale file the
 * search bench leaves (every record and its search index: the largest file the app will hold).
 * Measured together, in the same run: opening the file (the 150 ms budget, which the check stays
 * out of), the check in its worker, the same quick_check on the calling thread (what it would cost
 * if it ran inside open), and the main thread's longest stall while the worker reads — the
 * window's event loop must stay free.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkForDamage } from '../../electron/core/backup/damage-check';
import { openDatabase } from '../../electron/core/db/open';
import { megabytes, measure, type Measure } from './measure';

export interface StartupCheckBenchResult {
  fileMb: number;
  open: Measure;
  checkInWorker: { medianMs: number; maxMs: number; runs: number; msPerMb: number };
  quickCheckOnCallingThread: { medianMs: number; wouldFitOpenBudget: boolean };
  /** The longest the main thread's timers were late while the worker read the file (median of the runs)… */
  mainThreadLongestStallMs: number;
  /** …and over the same wait without the worker, in the same run. */
  mainThreadLongestStallIdleMs: number;
  pass: boolean;
}

const RUNS = 5;
/** The window's budget: never blocked for more than 50 ms (architecture.md, backups). */
const STALL_BUDGET_MS = 50;

/** The longest lateness of a 5 ms timer on this thread between start and stop. */
function watchStalls(): { stop(): number } {
  let longest = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 5);
    last = now;
  }, 5);
  return {
    stop() {
      clearInterval(ticker);
      return Math.round(longest * 10) / 10;
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchStartupCheck(file: string): Promise<StartupCheckBenchResult> {
  const open = measure('open', { iterations: 50, warmup: 5 }, () => {
    openDatabase(file).db.close();
  });

  const workerMs: number[] = [];
  const stalls: number[] = [];
  const idleStalls: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const watch = watchStalls();
    const result = await checkForDamage(file);
    stalls.push(watch.stop());
    if (!result || result.damaged) throw new Error('the bench file should check out');
    workerMs.push(result.ms);
    // The same wait with no worker: on a loaded shared machine timers are late anyway, and only the
    // difference is the check's doing.
    const idle = watchStalls();
    await new Promise((resolve) => setTimeout(resolve, result.ms));
    idleStalls.push(idle.stop());
  }

  const inlineMs: number[] = [];
  const db = new Database(file, { readonly: true });
  try {
    for (let run = 0; run < 3; run += 1) {
      const started = performance.now();
      db.pragma('quick_check(1)');
      inlineMs.push(performance.now() - started);
    }
  } finally {
    db.close();
  }

  const fileMb = megabytes(fs.statSync(file).size);
  const checkMedian = median(workerMs);
  const inlineMedian = Math.round(median(inlineMs));
  const stall = median(stalls);
  const idleStall = median(idleStalls);
  return {
    fileMb,
    open,
    checkInWorker: { medianMs: checkMedian, maxMs: Math.max(...workerMs), runs: RUNS, msPerMb: Math.round((checkMedian / fileMb) * 100) / 100 },
    quickCheckOnCallingThread: { medianMs: inlineMedian, wouldFitOpenBudget: inlineMedian + open.p95Ms < open.budget.p95Ms },
    mainThreadLongestStallMs: stall,
    mainThreadLongestStallIdleMs: idleStall,
    pass: open.pass && stall - idleStall < STALL_BUDGET_MS,
  };
}

// `npx tsx tests/bench/startup-check.ts`: this part alone, on a freshly seeded full-scale file.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { seedSearchDatabase } = await import('./search');
  const { rebuildSearchIndex } = await import('../../electron/core/search/indexer');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-bench-check-'));
  try {
    const file = path.join(dir, 'tim-kiem.sqlite3');
    seedSearchDatabase(file, { organisations: 300, people: 3000, meetings: 5000 }, new Date('2026-03-10T09:00:00'));
    const { db } = openDatabase(file);
    rebuildSearchIndex(db);
    db.close();
    process.stdout.write(`${JSON.stringify(await benchStartupCheck(file), null, 2)}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
