import type { TaskPriority, TaskRecurrence, TaskSource, TaskStatus } from '../../../shared/domain';
import type { NamedRef, TaskProgressEntry, TaskSummary } from '../../../shared/schemas/task';
import { daysLate, isOverdue } from '../../../shared/task-dates';
import { foldForSearch } from '../../../shared/text';
import type { Db } from '../db/open';
import { writeLink } from '../db/write/links';
import { taskProgress, tasks } from '../db/write/tables';
import { findRow, insertRow, setDeleted, updateRow, updateRowsBy, type UpdateOptions } from '../db/write/write';

/** The columns of a task the services write. */
export interface TaskRowFields {
  title: string;
  detail: string;
  leadOrganisationId: number;
  responsiblePersonId: number | null;
  startDate: string | null;
  dueDate: string | null;
  priority: TaskPriority;
  recurrence: TaskRecurrence;
  recurrenceDay: number | null;
}

export interface TaskOrigin {
  source: TaskSource;
  conclusionId: string | null;
  meetingId: number | null;
  directiveId: number | null;
  previousTaskId: number | null;
}

export interface SummaryRow {
  id: number;
  title: string;
  lead_organisation_id: number;
  lead_name: string;
  person_name: string | null;
  start_date: string | null;
  due_date: string | null;
  priority: TaskPriority;
  status: TaskStatus;
  source: TaskSource;
  meeting_id: number | null;
  meeting_title: string | null;
  directive_id: number | null;
  recurrence: TaskRecurrence;
  result: string;
  updated_at: string;
  supporting_json: string;
  latest_progress: string | null;
}

/**
 * Columns of a list row. Supporting organisations and the latest progress note are read per row
 * of one page only, so a page of 50 costs 100 small index lookups whatever the table's size.
 */
export const SUMMARY_COLUMNS = `
  t.id, t.title, t.lead_organisation_id, lo.name AS lead_name, p.full_name AS person_name,
  t.start_date, t.due_date, t.priority, t.status, t.source, t.meeting_id, m.title AS meeting_title,
  t.directive_id, t.recurrence, t.result, t.updated_at,
  (SELECT json_group_array(json_object('id', o.id, 'name', o.name))
     FROM task_supporting_organisations s JOIN organisations o ON o.id = s.organisation_id
     WHERE s.task_id = t.id) AS supporting_json,
  (SELECT note FROM task_progress tp WHERE tp.task_id = t.id
     ORDER BY tp.progress_date DESC, tp.id DESC LIMIT 1) AS latest_progress`;

export const SUMMARY_FROM = `
  tasks t
  JOIN organisations lo ON lo.id = t.lead_organisation_id
  LEFT JOIN people p ON p.id = t.responsible_person_id
  LEFT JOIN meetings m ON m.id = t.meeting_id`;

/** Statuses of a task still to be chased; written out so that the (status, due_date) index serves "not done". */
export const OPEN_STATUSES = `('chua_thuc_hien', 'dang_thuc_hien', 'tam_dung')`;

export const PRIORITY_RANK = `CASE t.priority WHEN 'cao' THEN 0 WHEN 'trung_binh' THEN 1 ELSE 2 END`;

export function toSummary(row: SummaryRow, today: string): TaskSummary {
  return {
    id: row.id,
    title: row.title,
    leadOrganisation: { id: row.lead_organisation_id, name: row.lead_name },
    supportingOrganisations: (JSON.parse(row.supporting_json) as NamedRef[]).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    responsiblePersonName: row.person_name,
    startDate: row.start_date,
    dueDate: row.due_date,
    priority: row.priority,
    status: row.status,
    source: row.source,
    meetingId: row.meeting_id,
    meetingTitle: row.meeting_title,
    directiveId: row.directive_id,
    recurrence: row.recurrence,
    overdue: isOverdue(row.due_date, row.status, today),
    daysLate: daysLate(row.due_date, row.status, today),
    latestProgress: row.latest_progress,
    result: row.result,
    updatedAt: row.updated_at,
  };
}

/** Kept for the benchmark's seeder, which writes tasks in bulk exactly as the write path folds them. */
export function taskSearchText(fields: { title: string; detail: string }, result: string): string {
  return foldForSearch(`${fields.title} ${fields.detail} ${result}`);
}

export function insertTask(db: Db, fields: TaskRowFields, origin: TaskOrigin, at: string): number {
  return insertRow(db, tasks, { ...fields, ...origin }, { at }).id;
}

export function updateTaskFields(
  db: Db,
  id: number,
  fields: TaskRowFields & { status: TaskStatus; result: string; completedAt: string | null; completedBy: string | null },
  options: UpdateOptions,
): boolean {
  return updateRow(db, tasks, id, fields, options) !== null;
}

export function setSupportingOrganisations(db: Db, taskId: number, organisationIds: number[], at: string): void {
  const wanted = new Set(organisationIds);
  const current = supportingOrganisationIds(db, taskId);
  for (const organisationId of current) {
    if (wanted.has(organisationId)) continue;
    writeLink(db, 'task_supporting_organisations', [taskId, organisationId], 'delete',
      'DELETE FROM task_supporting_organisations WHERE task_id = ? AND organisation_id = ?', [taskId, organisationId], [], { at });
  }
  for (const organisationId of wanted) {
    if (current.includes(organisationId)) continue;
    writeLink(db, 'task_supporting_organisations', [taskId, organisationId], 'insert',
      'INSERT INTO task_supporting_organisations (task_id, organisation_id) VALUES (?, ?)', [taskId, organisationId],
      ['task_id', 'organisation_id'], { at });
  }
}

export function supportingOrganisationIds(db: Db, taskId: number): number[] {
  return (
    db.prepare('SELECT organisation_id AS id FROM task_supporting_organisations WHERE task_id = ? ORDER BY organisation_id').all(taskId) as Array<{
      id: number;
    }>
  ).map((row) => row.id);
}

/** Moves a task to the status it reached by logging progress or completing; false when missing or deleted. */
export function setTaskStatus(db: Db, id: number, status: TaskStatus, at: string): boolean {
  return updateRow(db, tasks, id, { status }, { at, touch: true }) !== null;
}

export function markTaskCompleted(db: Db, id: number, completion: { result: string; by: string }, at: string): boolean {
  const current = findRow(db, tasks, id);
  if (!current || current.status === 'hoan_thanh') return false;
  return updateRow(db, tasks, id, { status: 'hoan_thanh', result: completion.result, completedAt: at, completedBy: completion.by }, { at }) !== null;
}

export function insertProgress(db: Db, taskId: number, entry: { date: string; note: string; by: string }, at: string): void {
  insertRow(db, taskProgress, { taskId, progressDate: entry.date, note: entry.note, byName: entry.by, createdAt: at }, { at });
}

export function listProgress(db: Db, taskId: number): TaskProgressEntry[] {
  return db
    .prepare(
      `SELECT id, progress_date AS date, note, by_name AS "by", created_at AS createdAt FROM task_progress
       WHERE task_id = ? ORDER BY progress_date, id`,
    )
    .all(taskId) as TaskProgressEntry[];
}

export function isTaskDeleted(db: Db, id: number): boolean | null {
  const row = findRow(db, tasks, id, { includeDeleted: true });
  return row ? row.deletedAt !== null : null;
}

export function setTaskDeleted(db: Db, id: number, deleted: boolean, at: string): boolean {
  return setDeleted(db, tasks, id, deleted, { at });
}

/** The live occurrence made by completing `id`, if any: completing twice must not make two. */
export function findNextOccurrence(db: Db, id: number): number | null {
  const row = db.prepare('SELECT id FROM tasks WHERE previous_task_id = ? AND deleted_at IS NULL ORDER BY id LIMIT 1').get(id) as
    | { id: number }
    | undefined;
  return row?.id ?? null;
}

/** Directory links: how many live tasks name an organisation (lead or supporting) or a person. */
export function countTasksOfOrganisation(db: Db, organisationId: number): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM tasks t WHERE t.lead_organisation_id = @id
           OR EXISTS (SELECT 1 FROM task_supporting_organisations s WHERE s.task_id = t.id AND s.organisation_id = @id)`,
      )
      .get({ id: organisationId }) as { n: number }
  ).n;
}

export function countTasksOfPerson(db: Db, personId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM tasks WHERE responsible_person_id = ?').get(personId) as { n: number }).n;
}

/** Merging organisations: the kept one takes over the tasks; a task never lists its lead as supporting. */
export function reassignTaskOrganisation(db: Db, fromId: number, toId: number, at: string): void {
  updateRowsBy(db, tasks, 'leadOrganisationId', fromId, { leadOrganisationId: toId }, { at });
  const supported = db
    .prepare('SELECT task_id AS taskId FROM task_supporting_organisations WHERE organisation_id = ? ORDER BY task_id')
    .all(fromId) as Array<{ taskId: number }>;
  for (const { taskId } of supported) {
    const ids = supportingOrganisationIds(db, taskId).map((id) => (id === fromId ? toId : id));
    setSupportingOrganisations(db, taskId, [...new Set(ids)], at);
  }
  const leading = db
    .prepare(
      `SELECT s.task_id AS taskId FROM task_supporting_organisations s JOIN tasks t ON t.id = s.task_id
       WHERE s.organisation_id = ? AND t.lead_organisation_id = ?`,
    )
    .all(toId, toId) as Array<{ taskId: number }>;
  for (const { taskId } of leading) {
    setSupportingOrganisations(db, taskId, supportingOrganisationIds(db, taskId).filter((id) => id !== toId), at);
  }
}

export function reassignTaskPerson(db: Db, fromId: number, toId: number, at: string): void {
  updateRowsBy(db, tasks, 'responsiblePersonId', fromId, { responsiblePersonId: toId }, { at });
}
