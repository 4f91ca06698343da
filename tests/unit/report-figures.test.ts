import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportFigures, SourceRef } from '../../shared/schemas/report';
import { openTestCore, type TestCore } from '../support/core';
import { FIGURE_SENTENCE, LIMITATION_SENTENCE, reportAnswers, seedReportWorld, type ReportWorld } from '../support/report-fixtures';

let core: TestCore;
let world: ReportWorld;

beforeEach(() => {
  core = openTestCore();
  world = seedReportWorld(core);
  core.setNow(new Date('2026-07-10T09:00:00'));
});
afterEach(() => core.close());

const ids = (sources: SourceRef[]) => sources.map((s) => s.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const sorted = (values: Array<number | string>) => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function compileHalf(year = 2026, index = 1): ReportFigures {
  return core.must('reports:compile', { period: { kind: 'sau_thang', year, index } }).report.figures;
}

/**
 * The same rules as the README states them, written again here in plain SQL (not the compiler's
 * queries): every figure of the report must equal these counts.
 */
function sqlCounts(start: string, end: string, cutoff: string) {
  const db = core.ctx.db;
  const column = (sql: string, ...params: unknown[]) => (db.prepare(sql).all(...params) as Array<{ v: number | string }>).map((r) => r.v);
  const held = `SELECT id FROM meetings WHERE deleted_at IS NULL AND status != 'du_kien' AND date(start_at) BETWEEN ? AND ?`;
  const assignedDay = `coalesce(t.start_date, date(m.start_at), date(t.created_at, 'localtime'))`;
  const doneDay = `date(t.completed_at, 'localtime')`;
  return {
    held: column(`SELECT id AS v FROM (${held})`, start, end),
    received: column(
      `SELECT id AS v FROM directives WHERE deleted_at IS NULL AND direction = 'den' AND coalesce(arrival_date, issued_date) BETWEEN ? AND ?`,
      start,
      end,
    ),
    conclusions: column(`SELECT c.id AS v FROM conclusions c WHERE c.meeting_id IN (${held}) AND trim(c.content) != ''`, start, end),
    notices: column(
      `SELECT id AS v FROM documents WHERE deleted_at IS NULL AND kind = 'thong_bao_ket_luan' AND status = 'da_ban_hanh' AND document_date BETWEEN ? AND ?`,
      start,
      end,
    ),
    awards: column(`SELECT a.id AS v FROM awards a WHERE a.meeting_id IN (${held})`, start, end),
    assigned: column(
      `SELECT t.id AS v FROM tasks t LEFT JOIN meetings m ON m.id = t.meeting_id WHERE t.deleted_at IS NULL AND ${assignedDay} BETWEEN ? AND ?`,
      start,
      end,
    ),
    completed: column(`SELECT t.id AS v FROM tasks t WHERE t.deleted_at IS NULL AND t.status = 'hoan_thanh' AND ${doneDay} BETWEEN ? AND ?`, start, end),
    completedOnTime: column(
      `SELECT t.id AS v FROM tasks t WHERE t.deleted_at IS NULL AND t.status = 'hoan_thanh' AND ${doneDay} BETWEEN ? AND ?
         AND (t.due_date IS NULL OR ${doneDay} <= t.due_date)`,
      start,
      end,
    ),
    open: column(
      `SELECT t.id AS v FROM tasks t LEFT JOIN meetings m ON m.id = t.meeting_id
       WHERE t.deleted_at IS NULL AND ${assignedDay} < ? AND (t.completed_at IS NULL OR ${doneDay} >= ?)`,
      cutoff,
      cutoff,
    ),
    overdue: column(
      `SELECT t.id AS v FROM tasks t LEFT JOIN meetings m ON m.id = t.meeting_id
       WHERE t.deleted_at IS NULL AND t.due_date < ? AND ${assignedDay} < ? AND (t.completed_at IS NULL OR ${doneDay} >= ?)`,
      cutoff,
      cutoff,
      cutoff,
    ),
  };
}

describe('every figure of a compiled report equals an independent SQL count', () => {
  it('6 tháng đầu năm 2026, across the turn of the year, with records in the bin left out', () => {
    const figures = compileHalf();
    const answers = reportAnswers(world);
    const sql = sqlCounts('2026-01-01', '2026-06-30', '2026-07-01');

    expect(figures.period).toMatchObject({ start: '2026-01-01', end: '2026-06-30', label: '6 tháng đầu năm 2026' });
    expect(figures.timing).toBe('past');
    expect([figures.countedTo, figures.cutoff]).toEqual(['2026-06-30', '2026-07-01']);

    // Hand-counted answers, then the same by SQL: both must agree with the report.
    expect(ids(figures.meetings.held.sources)).toEqual(sorted(answers.held));
    expect(ids(figures.meetings.held.sources)).toEqual(sorted(sql.held));
    expect(figures.meetings.held.value).toBe(3);
    expect(ids(figures.meetings.notMarkedHeld.sources)).toEqual(answers.notMarkedHeld);
    expect(figures.meetings.byKind.map((k) => [k.kind, k.count.value])).toEqual([
      ['tong_ket', 1],
      ['giao_ban', 1],
      ['phan_bien', 1],
    ]);

    expect(ids(figures.directives.received.sources)).toEqual(sorted(answers.received));
    expect(ids(figures.directives.received.sources)).toEqual(sorted(sql.received));
    const d2 = figures.directives.items.find((d) => d.id === world.directives.d2)!;
    expect(d2.meetings.map((m) => m.id)).toEqual([world.meetings.m2]);
    expect(d2.plans.map((p) => p.id)).toEqual([world.directives.plan]);
    expect(ids(d2.tasks.sources)).toEqual([world.tasks.t7]);

    expect(figures.conclusions.total.value).toBe(answers.conclusions);
    expect(ids(figures.conclusions.total.sources)).toEqual(sorted(sql.conclusions));
    expect(figures.conclusions.assignedAsTasks.value).toBe(answers.conclusionsAssigned);
    expect(ids(figures.conclusions.notices.sources)).toEqual(answers.notices);
    expect(ids(figures.conclusions.notices.sources)).toEqual(sorted(sql.notices));
    expect(figures.awards.total.value).toBe(answers.awards);
    expect(ids(figures.awards.total.sources)).toEqual(sorted(sql.awards));
    expect([figures.awards.collective, figures.awards.individual]).toEqual([1, 1]);

    for (const key of ['assigned', 'completed', 'completedOnTime', 'open', 'overdue'] as const) {
      expect(ids(figures.tasks[key].sources), key).toEqual(sorted(answers[key]));
      expect(ids(figures.tasks[key].sources), key).toEqual(sorted(sql[key]));
      expect(figures.tasks[key].value, key).toBe(answers[key].length);
    }
  });

  it('per lead organisation, the counts add up and match SQL grouped by organisation', () => {
    const figures = compileHalf();
    const rows = core.ctx.db
      .prepare(
        `SELECT t.lead_organisation_id AS org, count(*) AS n FROM tasks t LEFT JOIN meetings m ON m.id = t.meeting_id
         WHERE t.deleted_at IS NULL AND coalesce(t.start_date, date(m.start_at), date(t.created_at, 'localtime')) BETWEEN '2026-01-01' AND '2026-06-30'
         GROUP BY t.lead_organisation_id`,
      )
      .all() as Array<{ org: number; n: number }>;
    const byOrg = new Map(figures.tasks.byOrganisation.map((o) => [o.organisationId, o]));
    for (const row of rows) expect(byOrg.get(row.org)?.assigned.value).toBe(row.n);
    const { farmers, women, youth } = world.organisations;
    expect(byOrg.get(farmers)).toMatchObject({ assigned: { value: 3 }, completed: { value: 1 }, completedOnTime: { value: 1 }, overdue: { value: 1 } });
    expect(byOrg.get(women)).toMatchObject({ assigned: { value: 2 }, completed: { value: 1 }, completedOnTime: { value: 0 }, overdue: { value: 1 } });
    expect(byOrg.get(youth)).toMatchObject({ assigned: { value: 1 }, overdue: { value: 1 } });
    const sum = (pick: (o: ReportFigures['tasks']['byOrganisation'][number]) => number) => figures.tasks.byOrganisation.reduce((n, o) => n + pick(o), 0);
    expect(sum((o) => o.assigned.value)).toBe(figures.tasks.assigned.value);
    expect(sum((o) => o.overdue.value)).toBe(figures.tasks.overdue.value);
  });

  it('compares with the previous period and the same period last year, each recounted by SQL', () => {
    const figures = compileHalf();
    const answers = reportAnswers(world);
    expect(figures.comparison.previous?.period.label).toBe('6 tháng cuối năm 2025');
    expect(figures.comparison.lastYear.period.label).toBe('6 tháng đầu năm 2025');
    const { period: _p1, ...previous } = figures.comparison.previous!;
    const { period: _p2, ...lastYear } = figures.comparison.lastYear;
    expect(previous).toEqual(answers.previous);
    expect(lastYear).toEqual(answers.lastYear);
    for (const [counts, [start, end, cutoff]] of [
      [previous, ['2025-07-01', '2025-12-31', '2026-01-01']],
      [lastYear, ['2025-01-01', '2025-06-30', '2025-07-01']],
    ] as const) {
      const sql = sqlCounts(start, end, cutoff);
      expect(counts.meetingsHeld).toBe(sql.held.length);
      expect(counts.directivesReceived).toBe(sql.received.length);
      expect(counts.conclusions).toBe(sql.conclusions.length);
      expect(counts.conclusionNotices).toBe(sql.notices.length);
      expect(counts.awards).toBe(sql.awards.length);
      expect(counts.tasksAssigned).toBe(sql.assigned.length);
      expect(counts.tasksCompleted).toBe(sql.completed.length);
      expect(counts.tasksCompletedOnTime).toBe(sql.completedOnTime.length);
      expect(counts.tasksOverdue).toBe(sql.overdue.length);
    }
    const { period: _p3, ...current } = figures.comparison.current;
    expect(current).toEqual({
      meetingsHeld: 3,
      directivesReceived: 2,
      conclusions: 3,
      conclusionNotices: 1,
      tasksAssigned: 6,
      tasksCompleted: 2,
      tasksCompletedOnTime: 1,
      tasksOverdue: 3,
      awards: 2,
    });
  });

  it('under the state convention the first half runs 15/12/2025 – 14/6/2026', () => {
    core.must('reports:saveSettings', { convention: 'nha_nuoc', template: null });
    const figures = compileHalf();
    expect([figures.period.start, figures.period.end]).toEqual(['2025-12-15', '2026-06-14']);
    const sql = sqlCounts('2025-12-15', '2026-06-14', '2026-06-15');
    expect(ids(figures.meetings.held.sources)).toEqual(sorted([world.meetings.m1, world.meetings.m2, world.meetings.m3]));
    expect(ids(figures.meetings.held.sources)).toEqual(sorted(sql.held));
    expect(ids(figures.directives.received.sources)).toEqual(sorted([world.directives.d1, world.directives.d2]));
    expect(figures.conclusions.total.value).toBe(4);
    expect(ids(figures.tasks.assigned.sources)).toEqual(sorted(sql.assigned));
    expect(ids(figures.tasks.overdue.sources)).toEqual(sorted(sql.overdue));
    expect(figures.comparison.previous?.period).toMatchObject({ start: '2025-06-15', end: '2025-12-14' });
  });

  it('a period still running counts up to today and takes overdue as the app does', () => {
    core.setNow(new Date('2026-06-20T09:00:00'));
    const figures = compileHalf();
    expect(figures.timing).toBe('ongoing');
    expect([figures.countedTo, figures.cutoff]).toEqual(['2026-06-20', '2026-06-20']);
    const sql = sqlCounts('2026-01-01', '2026-06-20', '2026-06-20');
    expect(ids(figures.meetings.held.sources)).toEqual(sorted(sql.held));
    expect(ids(figures.tasks.overdue.sources)).toEqual(sorted(sql.overdue));
    // t3 (due 31/5) is late; t4 and t8 are not due yet on 20/6.
    expect(ids(figures.tasks.overdue.sources)).toEqual([world.tasks.t3]);
    expect(figures.tasks.overdueItems[0]).toMatchObject({ id: world.tasks.t3, daysLate: 20 });
  });

  it('quotes the figures and limitations said at the meetings, word for word, with their meeting', () => {
    const figures = compileHalf();
    expect(figures.quotedFigures.map((s) => s.text)).toEqual([FIGURE_SENTENCE]);
    expect(figures.quotedFigures[0]).toMatchObject({ meetingId: world.meetings.m2, speaker: 'Trần Thị Lan, Phó Chủ tịch' });
    // The line announcing the limitations is not one.
    expect(figures.limitations.map((s) => s.text)).toEqual([LIMITATION_SENTENCE]);
  });

  it("lists the next period's reporting duties with every due date it will have", () => {
    const figures = compileHalf();
    expect(figures.nextPeriod?.label).toBe('6 tháng cuối năm 2026');
    expect(figures.duties).toEqual([
      {
        taskId: world.tasks.t8,
        title: 'Báo cáo tình hình tư tưởng hội viên phụ nữ hằng tháng',
        organisation: 'Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh',
        recurrence: 'hang_thang',
        // The series was set on the 30th (due 30/6), and keeps that day, as completing it would.
        dueDates: ['2026-07-30', '2026-08-30', '2026-09-30', '2026-10-30', '2026-11-30', '2026-12-30'],
      },
    ]);
  });
});
