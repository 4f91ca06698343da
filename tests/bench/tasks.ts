/**
 * Task benchmark, part of `npm run bench` (also runnable alone: `npx tsx tests/bench/tasks.ts`):
 * ~50,000 follow-up tasks over the full-scale directory and meetings, then the task list with
 * filters, the overdue view and the dashboard aggregates, median and p95 against the 30 ms list
 * budget. Run twice: with migration 004's and 009's indexes and without them (dropped), so that what
 * the indexes buy is measured, not assumed. The dashboard's counts are also timed three ways in the
 * same run: as the app counts them (migration 009's task_counts and its covering index), with that
 * index dropped, and as they were counted before 009 (one pass over every task, the SQL kept below).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CoreContext } from '../../electron/core/context';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { createDispatch, settledResult, type Dispatch } from '../../electron/core/handlers/dispatch';
import { handlers } from '../../electron/core/handlers';
import { countByLeadOrganisation, countByStatus, countOverdueByLeadOrganisation } from '../../electron/core/repositories/task-overview';
import { OPEN_STATUSES, taskSearchText } from '../../electron/core/repositories/tasks';
import { addDays, localDateOf } from '../../shared/task-dates';
import type { DatasetSize } from './generate';
import { measure, type Measure } from './measure';
import { seedBenchDatabase } from './seed';
import { CONCLUSION_SENTENCES, TOPICS } from './words';

const TASK_COUNT = 50_000;
const RUNS = { iterations: 150, warmup: 15 };
/** Migration 004's and 009's indexes that the timed queries could use (the foreign-key ones stay: deletes need them). */
const TASK_INDEXES = [
  'tasks_status_due_lead',
  'tasks_due',
  'tasks_lead',
  'tasks_list_order',
  'tasks_completed',
  'tasks_updated',
  'task_supporting_organisation',
];

/** A small deterministic generator, so every run seeds the same rows. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const STATUSES = [
  ['hoan_thanh', 0.62],
  ['dang_thuc_hien', 0.22],
  ['chua_thuc_hien', 0.12],
  ['tam_dung', 0.04],
] as const;
const PRIORITIES = ['cao', 'trung_binh', 'trung_binh', 'thap'] as const;

/**
 * Inserts tasks with plain prepared statements in one transaction (the handlers would take
 * minutes); columns and search_text are computed as the repository computes them. Most tasks
 * come from meeting conclusions, lead organisations are skewed towards the member organisations
 * (the first ones), due dates spread over the ten years of meetings, older ones mostly done.
 */
export function seedTasks(db: Db, now: Date): { tasks: number; supporting: number; progress: number } {
  const rand = random(20260310);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const organisations = (db.prepare('SELECT id FROM organisations ORDER BY id').all() as Array<{ id: number }>).map((r) => r.id);
  const conclusions = db.prepare('SELECT id, meeting_id AS meetingId, content FROM conclusions ORDER BY meeting_id').all() as Array<{
    id: string;
    meetingId: number;
    content: string;
  }>;
  const today = localDateOf(now);
  const at = now.toISOString();
  const insertTask = db.prepare(
    `INSERT INTO tasks (title, detail, lead_organisation_id, start_date, due_date, priority, status, result, completed_at,
       completed_by, source, conclusion_id, meeting_id, recurrence, recurrence_day, search_text, created_at, updated_at)
     VALUES (@title, '', @lead, @start, @due, @priority, @status, @result, @completedAt, @completedBy, @source, @conclusionId,
       @meetingId, @recurrence, @recurrenceDay, @searchText, @at, @updatedAt)`,
  );
  const insertSupporting = db.prepare('INSERT OR IGNORE INTO task_supporting_organisations (task_id, organisation_id) VALUES (?, ?)');
  const insertProgress = db.prepare('INSERT INTO task_progress (task_id, progress_date, note, by_name, created_at) VALUES (?, ?, ?, ?, ?)');
  let supporting = 0;
  let progress = 0;
  db.transaction(() => {
    for (let i = 0; i < TASK_COUNT; i += 1) {
      // Lead: a member organisation most of the time (the first 20 of the directory), else any.
      const lead = rand() < 0.7 ? organisations[Math.floor(rand() * Math.min(20, organisations.length))]! : pick(organisations);
      const fromConclusion = rand() < 0.7 && conclusions.length > 0;
      const conclusion = fromConclusion ? pick(conclusions) : null;
      const due = addDays(today, Math.floor(rand() * 3650) - 3400);
      const start = addDays(due, -Math.floor(rand() * 90));
      const old = due < addDays(today, -60);
      let roll = rand();
      if (old) roll = roll * 0.7; // older tasks are mostly done
      let status: (typeof STATUSES)[number][0] = 'hoan_thanh';
      for (const [candidate, share] of STATUSES) {
        if (roll < share) {
          status = candidate;
          break;
        }
        roll -= share;
      }
      const title = conclusion ? conclusion.content : `Báo cáo kết quả thực hiện ${pick(TOPICS)} quý ${1 + (i % 4)}`;
      const result = status === 'hoan_thanh' ? 'Đã hoàn thành, báo cáo gửi Ban Thường trực.' : '';
      const periodic = !conclusion && rand() < 0.1;
      const id = Number(
        insertTask.run({
          title,
          lead,
          start,
          due,
          priority: pick(PRIORITIES),
          status,
          result,
          completedAt: status === 'hoan_thanh' ? `${due}T10:00:00.000Z` : null,
          completedBy: status === 'hoan_thanh' ? 'Vũ Thị Hồng Nhung' : null,
          source: conclusion ? 'ket_luan' : 'doc_lap',
          conclusionId: conclusion?.id ?? null,
          meetingId: conclusion?.meetingId ?? null,
          recurrence: periodic ? 'hang_quy' : 'khong',
          recurrenceDay: periodic ? Number(due.slice(8)) : null,
          searchText: taskSearchText({ title, detail: '' }, result),
          at,
          updatedAt: `${start}T08:00:00.000Z`,
        }).lastInsertRowid,
      );
      const helpers = Math.floor(rand() * 3);
      for (let k = 0; k < helpers; k += 1) {
        const org = pick(organisations);
        if (org !== lead) supporting += insertSupporting.run(id, org).changes;
      }
      const entries = status === 'chua_thuc_hien' ? 0 : Math.floor(rand() * 3);
      for (let k = 0; k < entries; k += 1) {
        insertProgress.run(id, addDays(start, k * 10), pick(CONCLUSION_SENTENCES), 'Lê Văn Tâm', at);
        progress += 1;
      }
    }
  })();
  return { tasks: TASK_COUNT, supporting, progress };
}

function mustOk(dispatch: Dispatch, channel: string, input: unknown): unknown {
  const result = settledResult(dispatch(channel, input));
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.data;
}

export interface TaskBenchResult {
  rows: { tasks: number; supporting: number; progress: number };
  seedMs: number;
  /** How many tasks each timed query matches (the whole filter, not the page). */
  matches: Record<string, number>;
  withIndexes: Record<string, Measure>;
  withoutTaskIndexes: Record<string, Measure>;
  /** The dashboard's per-status and per-organisation counts alone, three ways (see the file's comment). */
  dashboardCounts: { withMigration009: Measure; withoutItsIndex: Measure; before009: Measure };
  allBudgetsPass: boolean;
}

/** The dashboard's counts as the app makes them. */
function countsNow(db: Db, today: string): void {
  countByStatus(db);
  countByLeadOrganisation(db, countOverdueByLeadOrganisation(db, today));
}

/** The same counts as they were made before migration 009: per status, then per organisation, then overdue, each a pass over the tasks. */
function countsBefore009(db: Db, today: string): void {
  db.prepare('SELECT status, count(*) AS count FROM tasks WHERE deleted_at IS NULL GROUP BY status').all();
  db.prepare(
    `SELECT t.lead_organisation_id AS organisationId,
       sum(t.status <> 'hoan_thanh' AND (t.due_date IS NULL OR t.due_date >= @today)) AS open,
       sum(t.status <> 'hoan_thanh' AND t.due_date < @today) AS overdue,
       sum(t.status = 'hoan_thanh') AS done
     FROM tasks t WHERE t.deleted_at IS NULL GROUP BY t.lead_organisation_id`,
  ).all({ today });
  db.prepare('SELECT id, name FROM organisations').all();
  db.prepare(`SELECT count(*) AS n FROM tasks WHERE deleted_at IS NULL AND status IN ${OPEN_STATUSES} AND due_date < ?`).get(today);
}

function timeQueries(dispatch: Dispatch, organisationId: number): Record<string, Measure> {
  return {
    taskListDefault: measure('list', RUNS, () => mustOk(dispatch, 'tasks:list', {})),
    taskListFiltered: measure('list', RUNS, () =>
      mustOk(dispatch, 'tasks:list', { organisationId, status: 'dang_thuc_hien', text: 'bao cao', sort: 'uu_tien' }),
    ),
    taskListOrganisation: measure('list', RUNS, () => mustOk(dispatch, 'tasks:list', { organisationId })),
    taskListOverdue: measure('list', RUNS, () => mustOk(dispatch, 'tasks:list', { view: 'qua_han' })),
    taskListDueSoon: measure('list', RUNS, () => mustOk(dispatch, 'tasks:list', { view: 'den_han_7_ngay' })),
    dashboardOverview: measure('dashboard', RUNS, () => mustOk(dispatch, 'dashboard:overview', undefined)),
  };
}

/** Seeds the full-scale meetings and directory plus the tasks in `dir`, then times both index variants. */
export function benchTasks(dir: string, size: DatasetSize, now: Date): TaskBenchResult {
  const file = path.join(dir, 'nhiem-vu.sqlite3');
  const seedStart = performance.now();
  seedBenchDatabase(file, size, now);
  const opened = openDatabase(file);
  const rows = seedTasks(opened.db, now);
  const seedMs = Math.round(performance.now() - seedStart);
  const ctx: CoreContext = { db: opened.db, now: () => now, appVersion: 'bench', databasePath: file, schemaVersion: opened.schemaVersion };
  const dispatch = createDispatch(ctx, handlers);
  try {
    // The organisation with most tasks: the heaviest "per organisation" view.
    const { id: organisationId } = opened.db
      .prepare('SELECT lead_organisation_id AS id FROM tasks GROUP BY lead_organisation_id ORDER BY count(*) DESC LIMIT 1')
      .get() as { id: number };
    const total = (input: unknown) => (mustOk(dispatch, 'tasks:list', input) as { total: number }).total;
    const matches = {
      taskListDefault: total({}),
      taskListFiltered: total({ organisationId, status: 'dang_thuc_hien', text: 'bao cao' }),
      taskListOrganisation: total({ organisationId }),
      taskListOverdue: total({ view: 'qua_han' }),
      taskListDueSoon: total({ view: 'den_han_7_ngay' }),
    };
    const withIndexes = timeQueries(dispatch, organisationId);
    const today = localDateOf(now);
    const withMigration009 = measure('dashboard', RUNS, () => countsNow(opened.db, today));
    const before009 = measure('dashboard', RUNS, () => countsBefore009(opened.db, today));
    opened.db.exec('DROP INDEX tasks_status_due_lead');
    const withoutItsIndex = measure('dashboard', RUNS, () => countsNow(opened.db, today));
    for (const index of TASK_INDEXES.filter((name) => name !== 'tasks_status_due_lead')) opened.db.exec(`DROP INDEX ${index}`);
    const withoutTaskIndexes = timeQueries(dispatch, organisationId);
    return {
      rows,
      seedMs,
      matches,
      withIndexes,
      withoutTaskIndexes,
      dashboardCounts: { withMigration009, withoutItsIndex, before009 },
      allBudgetsPass: Object.values(withIndexes).every((m) => m.pass),
    };
  } finally {
    opened.db.close();
  }
}

// Alone: `npx tsx tests/bench/tasks.ts` prints this section's JSON.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-bench-tasks-'));
  try {
    const result = benchTasks(dir, { organisations: 300, people: 3000, meetings: 5000 }, new Date('2026-03-10T09:00:00'));
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
