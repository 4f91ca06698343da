import type { TaskFilter, TaskSummary } from '../../../shared/schemas/task';
import { addDays } from '../../../shared/task-dates';
import { foldForSearch } from '../../../shared/text';
import type { Db } from '../db/open';
import { likeContains } from './sql';
import { OPEN_STATUSES, PRIORITY_RANK, SUMMARY_COLUMNS, SUMMARY_FROM, toSummary, type SummaryRow } from './tasks';

/** How far ahead "Đến hạn trong 7 ngày" looks: today and the seven days after it. */
export const DUE_SOON_DAYS = 7;

/**
 * The WHERE clause of a filter, with only the conditions in use: "@x IS NULL OR …" for every
 * possible filter would keep SQLite from using the status/due-date and organisation indexes.
 */
function whereOf(filter: TaskFilter, today: string, purpose: 'count' | 'page'): { sql: string; params: Record<string, string | number> } {
  const clauses = ['t.deleted_at IS NULL'];
  const params: Record<string, string | number> = {};
  if (filter.organisationId !== null) {
    // One id list from two index searches: written as "lead = ? OR id IN (…)", SQLite scans every task.
    clauses.push(`t.id IN (SELECT id FROM tasks WHERE lead_organisation_id = @organisationId AND deleted_at IS NULL
      UNION ALL SELECT task_id FROM task_supporting_organisations WHERE organisation_id = @organisationId)`);
    params.organisationId = filter.organisationId;
  }
  if (filter.status !== null) {
    clauses.push('t.status = @status');
    params.status = filter.status;
  }
  if (filter.source !== null) {
    clauses.push('t.source = @source');
    params.source = filter.source;
  }
  if (filter.dueFrom !== null) {
    clauses.push('t.due_date >= @dueFrom');
    params.dueFrom = filter.dueFrom;
  }
  if (filter.dueTo !== null) {
    clauses.push('t.due_date <= @dueTo');
    params.dueTo = filter.dueTo;
  }
  if (filter.meetingId !== null) {
    clauses.push('t.meeting_id = @meetingId');
    params.meetingId = filter.meetingId;
  }
  const folded = foldForSearch(filter.text);
  if (folded !== '') {
    clauses.push("t.search_text LIKE @like ESCAPE '\\'");
    params.like = likeContains(folded);
  }
  if (filter.view === 'qua_han') {
    // Counting is fastest on (status, due_date) with IN; the page is read off tasks_list_order (open
    // tasks, earliest due first) when "not done" is written "<>". Both select the same rows.
    const open = purpose === 'count' ? `t.status IN ${OPEN_STATUSES}` : `t.status <> 'hoan_thanh'`;
    clauses.push(`${open} AND t.due_date < @today`);
    params.today = today;
  } else if (filter.view === 'den_han_7_ngay') {
    clauses.push(`t.status IN ${OPEN_STATUSES} AND t.due_date >= @today AND t.due_date <= @soon`);
    params.today = today;
    params.soon = addDays(today, DUE_SOON_DAYS);
  }
  return { sql: clauses.join(' AND '), params };
}

/**
 * By due date: tasks still to chase first (done ones after them: they no longer need anyone's
 * attention), no due date last, ties to the higher priority.
 */
export function orderOf(filter: Pick<TaskFilter, 'sort'>): string {
  switch (filter.sort) {
    case 'uu_tien':
      return `${PRIORITY_RANK}, t.due_date IS NULL, t.due_date, t.id`;
    case 'cap_nhat':
      return 't.updated_at DESC, t.id DESC';
    case 'han':
      return `t.status = 'hoan_thanh', t.due_date IS NULL, t.due_date, ${PRIORITY_RANK}, t.id`;
  }
}

export function countTasks(db: Db, filter: TaskFilter, today: string): number {
  const where = whereOf(filter, today, 'count');
  return (db.prepare(`SELECT count(*) AS n FROM tasks t WHERE ${where.sql}`).get(where.params) as { n: number }).n;
}

/**
 * One page of the list, or every matching task when `page` is null (the Excel export). The page's
 * ids are chosen first on the bare table, then their columns (joins, supporting organisations,
 * latest progress) are read for those rows only: sorting 50,000 full rows to keep 50 would cost
 * the per-row subqueries 50,000 times.
 */
export function listTaskRows(db: Db, filter: TaskFilter, today: string, page: { page: number; pageSize: number } | null): TaskSummary[] {
  const where = whereOf(filter, today, 'page');
  const limit = page === null ? '' : 'LIMIT @limit OFFSET @offset';
  const paging = page === null ? {} : { limit: page.pageSize, offset: (page.page - 1) * page.pageSize };
  const ids = (
    db.prepare(`SELECT t.id FROM tasks t WHERE ${where.sql} ORDER BY ${orderOf(filter)} ${limit}`).all({ ...where.params, ...paging }) as Array<{
      id: number;
    }>
  ).map((row) => row.id);
  return readSummaries(db, ids, today);
}

/** Summaries of the given tasks, in the order given. */
export function readSummaries(db: Db, ids: number[], today: string): TaskSummary[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE t.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as SummaryRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toSummary(row, today)] : [];
  });
}
