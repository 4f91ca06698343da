/**
 * The core benchmark (`npm run bench`): seeds a full-size database (ten years of a busy
 * committee) and a one-tenth one, times the queries behind the main screens, and prints ONE
 * JSON object to stdout so that runs can be compared. Progress goes to stderr
 * (use `npm run -s bench` or `npx tsx tests/bench/run.ts`: plain `npm run` adds its own banner).
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CoreContext } from '../../electron/core/context';
import { openDatabase } from '../../electron/core/db/open';
import type { Migration } from '../../electron/core/db/migration';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { createDispatch, settledResult, type Dispatch } from '../../electron/core/handlers/dispatch';
import { handlers } from '../../electron/core/handlers';
import type { DatasetSize } from './generate';
import { megabytes, measure, type Measure } from './measure';
import { seedBenchDatabase, type SeedCounts } from './seed';
import { verifySeederMatchesApp } from './verify';
import { benchDraftFromLargeMeeting } from './drafts';
import { benchExport } from './export';
import { benchTasks } from './tasks';
import { benchBackup } from './backup';
import { benchIntake } from './intake';
import { benchReports } from './reports';
import { benchExchange } from './exchange';
import { benchSearch } from './search';
import { benchInput } from './input';
import { benchStartupCheck } from './startup-check';

const FULL_SIZE: DatasetSize = { organisations: 300, people: 3000, meetings: 5000 };
const SCALES = [
  { name: '0.1x', factor: 0.1 },
  { name: '1x', factor: 1 },
] as const;
/** A fixed clock so that "upcoming" and "this year" select the same rows on every run. */
const NOW = new Date('2026-03-10T09:00:00');
/** A realistic list filter: the text a secretary types plus the year selector. */
const LIST_FILTER = { text: 'giao ban', year: 2024, page: 1 } as const;

const QUERY_RUNS = { iterations: 500, warmup: 50 };
const OPEN_RUNS = { iterations: 200, warmup: 10 };
const FRESH_RUNS = { iterations: 50, warmup: 3 };
const UPGRADE_RUNS = { iterations: 15, warmup: 2 };

/**
 * A stand-in for the next real migration: the first open after an app update copies the
 * whole file (VACUUM INTO) before migrating, and that copy is what grows with the data.
 */
const PROBE_MIGRATION: Migration = {
  version: Math.max(...MIGRATIONS.map((m) => m.version)) + 1,
  name: 'bench-probe',
  sql: 'CREATE TABLE bench_probe (id INTEGER PRIMARY KEY);',
};

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function mustOk(dispatch: Dispatch, channel: string, input: unknown): unknown {
  const result = settledResult(dispatch(channel, input));
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.data;
}

/** Meetings with about twenty attendees and several agenda items and speeches: a typical full record. */
function typicalMeetingIds(file: string): number[] {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT m.id FROM meetings m
         WHERE m.deleted_at IS NULL
           AND (SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id) BETWEEN 19 AND 21
           AND (SELECT count(*) FROM agenda_items i WHERE i.meeting_id = m.id) >= 4
           AND (SELECT count(*) FROM speeches s WHERE s.meeting_id = m.id) >= 4
         ORDER BY m.id LIMIT 20`,
      )
      .all() as Array<{ id: number }>;
    if (rows.length === 0) throw new Error('no typical meeting found in the bench data');
    return rows.map((row) => row.id);
  } finally {
    db.close();
  }
}

interface ScaleResult {
  rows: SeedCounts;
  seedMs: number;
  fileMb: number;
  listFilterMatches: number;
  measures: Record<string, Measure>;
  rssMb: number;
}

function benchScale(dir: string, factor: number): ScaleResult {
  const size: DatasetSize = {
    organisations: Math.round(FULL_SIZE.organisations * factor),
    people: Math.round(FULL_SIZE.people * factor),
    meetings: Math.round(FULL_SIZE.meetings * factor),
  };
  const file = path.join(dir, 'du-lieu.sqlite3');
  const seedStart = performance.now();
  const rows = seedBenchDatabase(file, size, NOW);
  const seedMs = Math.round(performance.now() - seedStart);
  log(`seeded ${rows.meetings} meetings, ${rows.attendees} attendees in ${seedMs} ms`);

  const measures: Record<string, Measure> = {};
  measures.openAndMigrate = measure('open', OPEN_RUNS, () => {
    openDatabase(file).db.close();
  });
  const freshDir = path.join(dir, 'fresh');
  measures.createFresh = measure('open', FRESH_RUNS, (i) => {
    openDatabase(path.join(freshDir, `moi-${i}.sqlite3`)).db.close();
  });
  fs.rmSync(freshDir, { recursive: true, force: true });
  const upgradeDir = path.join(dir, 'upgrade');
  const upgradeFile = path.join(upgradeDir, 'du-lieu.sqlite3');
  measures.upgradeWithBackup = measure(
    'open',
    UPGRADE_RUNS,
    () => {
      openDatabase(upgradeFile, { migrations: [...MIGRATIONS, PROBE_MIGRATION] }).db.close();
    },
    () => {
      // Each sample starts from an untouched copy of the current-version file, outside the timing.
      fs.rmSync(upgradeDir, { recursive: true, force: true });
      fs.mkdirSync(upgradeDir);
      fs.copyFileSync(file, upgradeFile);
    },
  );
  fs.rmSync(upgradeDir, { recursive: true, force: true });
  log('timed opening');

  const opened = openDatabase(file);
  const ctx: CoreContext = {
    db: opened.db,
    now: () => NOW,
    appVersion: 'bench',
    databasePath: file,
    schemaVersion: opened.schemaVersion,
  };
  const dispatch = createDispatch(ctx, handlers);
  try {
    const filtered = mustOk(dispatch, 'meetings:list', LIST_FILTER) as { total: number };
    measures.meetingListFirstPage = measure('list', QUERY_RUNS, () => {
      mustOk(dispatch, 'meetings:list', LIST_FILTER);
    });
    measures.meetingListUnfiltered = measure('list', QUERY_RUNS, () => {
      mustOk(dispatch, 'meetings:list', {});
    });
    const typical = typicalMeetingIds(file);
    measures.loadFullMeeting = measure('screen', QUERY_RUNS, (i) => {
      mustOk(dispatch, 'meetings:get', { id: typical[Math.abs(i) % typical.length] });
    });
    measures.homeOverview = measure('list', QUERY_RUNS, () => {
      mustOk(dispatch, 'home:overview', undefined);
    });
    log('timed queries');
    return {
      rows,
      seedMs,
      fileMb: megabytes(fs.statSync(file).size),
      listFilterMatches: filtered.total,
      measures,
      rssMb: megabytes(process.memoryUsage().rss),
    };
  } finally {
    opened.db.close();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-bench-'));
  try {
    log(`working in ${root}`);
    const verified = verifySeederMatchesApp(root, NOW);
    log(`seeder verified against the real handlers (${verified.meetingsCompared} meetings)`);

    const scales: Record<string, ScaleResult> = {};
    for (const scale of SCALES) {
      const dir = path.join(root, scale.name);
      fs.mkdirSync(dir);
      log(`scale ${scale.name}`);
      scales[scale.name] = benchScale(dir, scale.factor);
      fs.rmSync(dir, { recursive: true, force: true });
    }

    const small = scales['0.1x']!;
    const full = scales['1x']!;
    const growth = Object.fromEntries(
      Object.keys(full.measures).map((name) => [
        name,
        Math.round((full.measures[name]!.medianMs / small.measures[name]!.medianMs) * 100) / 100,
      ]),
    );
    log('documents: drafting minutes from a large meeting');
    const drafts = benchDraftFromLargeMeeting();
    log('documents: exporting a 40-page document');
    const exported = await benchExport({ countPages: false });
    log('tasks: 50,000 follow-up tasks over the full-scale meetings and directory');
    const tasksDir = path.join(root, 'tasks');
    fs.mkdirSync(tasksDir);
    const tasks = benchTasks(tasksDir, FULL_SIZE, NOW);
    fs.rmSync(tasksDir, { recursive: true, force: true });
    log('backup: backup with verification, verification alone and restore at full scale');
    const backupDir = path.join(root, 'backup');
    fs.mkdirSync(backupDir);
    const backup = await benchBackup(backupDir, FULL_SIZE, NOW);
    fs.rmSync(backupDir, { recursive: true, force: true });
    log('intake: reading the sample articles, the fixture texts and a 20-page .docx');
    const intake = await benchIntake({ countPages: false });
    log('reports: a year report over the full-scale data, 50,000 tasks and 20,000 directives; its Word export and Excel annex');
    const reportsDir = path.join(root, 'reports');
    fs.mkdirSync(reportsDir);
    const { figures: reportFigures, ...reportTimings } = await benchReports(reportsDir, FULL_SIZE, NOW);
    const reports = { ...reportTimings, figures: { ...reportFigures, tasksByOrganisation: reportFigures.tasksByOrganisation.length } };
    fs.rmSync(reportsDir, { recursive: true, force: true });
    log('exchange: a package of 500 assignments for 50 communes, written, imported, reported up');
    const exchangeDir = path.join(root, 'exchange');
    fs.mkdirSync(exchangeDir);
    const exchange = await benchExchange(exchangeDir);
    fs.rmSync(exchangeDir, { recursive: true, force: true });
    log('search: every record indexed at full scale, against a LIKE scan');
    const searchDir = path.join(root, 'search');
    fs.mkdirSync(searchDir);
    const search = benchSearch(searchDir, FULL_SIZE, NOW, log);
    log('start-up: the check of every page of that file, in its worker, beside opening it');
    const startupCheck = await benchStartupCheck(path.join(searchDir, 'tim-kiem.sqlite3'));
    fs.rmSync(searchDir, { recursive: true, force: true });
    log('input: a long pasted number-symbol, read with its length limit lifted, 16 KB to 1 MB');
    const input = benchInput();
    const sqliteVersion = (new Database(':memory:').prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
    const result = {
      benchmark: 'core',
      at: new Date().toISOString(),
      environment: { node: process.version, sqlite: sqliteVersion, platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length },
      clock: NOW.toISOString(),
      listFilter: LIST_FILTER,
      seederVerified: verified,
      scales,
      growth: { basis: 'median 1x / median 0.1x', ...growth },
      documents: { ...drafts, export40Pages: exported },
      tasks,
      search,
      startupCheck,
      backup,
      intake,
      reports,
      exchange,
      input,
      allBudgetsPassAt1x:
        Object.values(full.measures).every((m) => m.pass) &&
        drafts.draftFromLargeMeeting.pass &&
        exported.pass &&
        tasks.allBudgetsPass &&
        reports.allBudgetsPass &&
        exchange.allBudgetsPass &&
        search.allBudgetsPass &&
        startupCheck.pass &&
        backup.pass &&
        intake.allPass &&
        input.numberSymbol.linear,
      memory: { rssMb: megabytes(process.memoryUsage().rss), heapUsedMb: megabytes(process.memoryUsage().heapUsed) },
      totalSeconds: Math.round((performance.now() - started) / 100) / 10,
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

await main();
