import type { TaskRecurrence, TaskStatus } from '../../../shared/domain';
import type { AssignmentMatrix, MatrixCell, MatrixColumn, MatrixRow, MatrixState } from '../../../shared/schemas/exchange';
import { daysBetween, daysLate, localDateOf } from '../../../shared/task-dates';
import { vietnameseCollator } from '../../../shared/text';
import type { CoreContext } from '../context';

/**
 * The province's view of what it gave down: committees below × tasks (one column per task group),
 * each cell as the committee last reported it — done (and how late, if it was), in progress
 * within its due date, late (red, with the days late), or not reported yet. Late is counted from
 * today's LOCAL date, as everywhere else in the app.
 */

interface Row {
  assignmentId: number;
  group: string;
  title: string;
  directiveId: number;
  numberSymbol: string;
  issuedDate: string | null;
  dueDate: string | null;
  recurrence: TaskRecurrence;
  committeeId: number;
  name: string;
  code: string;
  status: TaskStatus | null;
  reportDue: string | null;
  completedAt: string | null;
  result: string | null;
  latestProgress: string | null;
  reportedAt: string | null;
}

const EMPTY = (): Record<MatrixState, number> => ({ hoan_thanh: 0, dung_han: 0, qua_han: 0, chua_bao_cao: 0 });

export function cellOf(row: Pick<Row, 'assignmentId' | 'status' | 'reportDue' | 'dueDate' | 'completedAt' | 'result' | 'latestProgress' | 'reportedAt'>, today: string): MatrixCell {
  const dueDate = row.status === null ? row.dueDate : (row.reportDue ?? row.dueDate);
  let state: MatrixState;
  let late: number;
  if (row.status === null) {
    state = 'chua_bao_cao';
    late = daysLate(dueDate, 'chua_thuc_hien', today);
  } else if (row.status === 'hoan_thanh') {
    state = 'hoan_thanh';
    const doneOn = row.completedAt === null ? null : localDateOf(new Date(row.completedAt));
    late = dueDate !== null && doneOn !== null && doneOn > dueDate ? daysBetween(dueDate, doneOn) : 0;
  } else {
    late = daysLate(dueDate, row.status, today);
    state = late > 0 ? 'qua_han' : 'dung_han';
  }
  return {
    assignmentId: row.assignmentId,
    state,
    status: row.status,
    dueDate,
    daysLate: late,
    completedAt: row.completedAt,
    result: row.result ?? '',
    latestProgress: row.latestProgress,
    reportedAt: row.reportedAt,
  };
}

export function assignmentMatrix(ctx: CoreContext, directiveId: number | null): AssignmentMatrix {
  const today = localDateOf(ctx.now());
  const rows = ctx.db
    .prepare(
      `SELECT a.id AS assignmentId, a.task_group AS "group", a.title, a.directive_id AS directiveId, d.number_symbol AS numberSymbol,
         d.issued_date AS issuedDate, a.due_date AS dueDate, a.recurrence, a.committee_id AS committeeId, o.name, o.exchange_code AS code,
         r.status, r.due_date AS reportDue, r.completed_at AS completedAt, r.result, r.latest_progress AS latestProgress,
         r.reported_at AS reportedAt
       FROM committee_assignments a
       JOIN directives d ON d.id = a.directive_id AND d.deleted_at IS NULL
       JOIN organisations o ON o.id = a.committee_id
       LEFT JOIN assignment_reports r ON r.assignment_id = a.id
       WHERE a.deleted_at IS NULL AND (@directiveId IS NULL OR a.directive_id = @directiveId)
       ORDER BY a.id`,
    )
    .all({ directiveId }) as Row[];

  const columns: MatrixColumn[] = [];
  const columnIndex = new Map<string, number>();
  for (const row of rows) {
    if (columnIndex.has(row.group)) continue;
    columnIndex.set(row.group, columns.length);
    columns.push({ group: row.group, title: row.title, directiveId: row.directiveId, numberSymbol: row.numberSymbol, dueDate: row.dueDate, recurrence: row.recurrence });
  }
  const byCommittee = new Map<number, MatrixRow>();
  const totals = EMPTY();
  let lateNotReported = 0;
  for (const row of rows) {
    let line = byCommittee.get(row.committeeId);
    if (!line) {
      line = { committeeId: row.committeeId, name: row.name, code: row.code ?? '', cells: columns.map(() => null), counts: EMPTY() };
      byCommittee.set(row.committeeId, line);
    }
    const cell = cellOf(row, today);
    line.cells[columnIndex.get(row.group)!] = cell;
    line.counts[cell.state] += 1;
    totals[cell.state] += 1;
    if (cell.state === 'chua_bao_cao' && cell.daysLate > 0) lateNotReported += 1;
  }
  const matrixRows = [...byCommittee.values()].sort((a, b) => vietnameseCollator.compare(a.name, b.name));
  return { today, directiveId, columns, rows: matrixRows, totals, lateNotReported };
}
