import type { TaskPriority, TaskRecurrence, TaskSource, TaskStatus } from '../../../shared/domain';
import type { NamedRef, TaskProgressEntry, TaskSummary } from '../../../shared/schemas/task';
import { daysLate, isOverdue } from '../../../shared/task-dates';
import { foldForSearch } from '../../../shared/text';
import type { Db } from '../db/open';

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

export function taskSearchText(fields: { title: string; detail: string }, result: string): string {
  return foldForSearch(`${fields.title} ${fields.detail} ${result}`);
}

function fieldParams(fields: TaskRowFields) {
  return {
    title: fields.title,
    detail: fields.detail,
    leadOrganisationId: fields.leadOrganisationId,
    responsiblePersonId: fields.responsiblePersonId,
    startDate: fields.startDate,
    dueDate: fields.dueDate,
    priority: fields.priority,
    recurrence: fields.recurrence,
    recurrenceDay: fields.recurrenceDay,
  };
}

export function insertTask(db: Db, fields: TaskRowFields, origin: TaskOrigin, at: string): number {
  const result = db
    .prepare(
      `INSERT INTO tasks (title, detail, lead_organisation_id, responsible_person_id, start_date, due_date, priority,
         recurrence, recurrence_day, source, conclusion_id, meeting_id, directive_id, previous_task_id, search_text,
         created_at, updated_at)
       VALUES (@title, @detail, @leadOrganisationId, @responsiblePersonId, @startDate, @dueDate, @priority,
         @recurrence, @recurrenceDay, @source, @conclusionId, @meetingId, @directiveId, @previousTaskId, @searchText,
         @at, @at)`,
    )
    .run({ ...fieldParams(fields), ...origin, searchText: taskSearchText(fields, ''), at });
  return Number(result.lastInsertRowid);
}

export function updateTaskFields(
  db: Db,
  id: number,
  fields: TaskRowFields & { status: TaskStatus; result: string; completedAt: string | null; completedBy: string | null },
  at: string,
): boolean {
  return (
    db
      .prepare(
        `UPDATE tasks SET title = @title, detail = @detail, lead_organisation_id = @leadOrganisationId,
           responsible_person_id = @responsiblePersonId, start_date = @startDate, due_date = @dueDate,
           priority = @priority, recurrence = @recurrence, recurrence_day = @recurrenceDay, status = @status,
           result = @result, completed_at = @completedAt, completed_by = @completedBy,
           search_text = @searchText, updated_at = @at
         WHERE id = @id AND deleted_at IS NULL`,
      )
      .run({
        ...fieldParams(fields),
        status: fields.status,
        result: fields.result,
        completedAt: fields.completedAt,
        completedBy: fields.completedBy,
        searchText: taskSearchText(fields, fields.result),
        at,
        id,
      }).changes === 1
  );
}

export function setSupportingOrganisations(db: Db, taskId: number, organisationIds: number[]): void {
  db.prepare('DELETE FROM task_supporting_organisations WHERE task_id = ?').run(taskId);
  const insert = db.prepare('INSERT INTO task_supporting_organisations (task_id, organisation_id) VALUES (?, ?)');
  for (const organisationId of organisationIds) insert.run(taskId, organisationId);
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
  return db.prepare('UPDATE tasks SET status = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL').run(status, at, id).changes === 1;
}

export function markTaskCompleted(db: Db, id: number, completion: { result: string; by: string; title: string; detail: string }, at: string): boolean {
  return (
    db
      .prepare(
        `UPDATE tasks SET status = 'hoan_thanh', result = @result, completed_at = @at, completed_by = @by,
           search_text = @searchText, updated_at = @at
         WHERE id = @id AND deleted_at IS NULL AND status <> 'hoan_thanh'`,
      )
      .run({ id, result: completion.result, by: completion.by, searchText: taskSearchText(completion, completion.result), at })
      .changes === 1
  );
}

export function insertProgress(db: Db, taskId: number, entry: { date: string; note: string; by: string }, at: string): void {
  db.prepare('INSERT INTO task_progress (task_id, progress_date, note, by_name, created_at) VALUES (?, ?, ?, ?, ?)').run(
    taskId,
    entry.date,
    entry.note,
    entry.by,
    at,
  );
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
  const row = db.prepare('SELECT deleted_at FROM tasks WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
  return row ? row.deleted_at !== null : null;
}

export function setTaskDeleted(db: Db, id: number, deletedAt: string | null): boolean {
  return db.prepare('UPDATE tasks SET deleted_at = ? WHERE id = ?').run(deletedAt, id).changes === 1;
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
export function reassignTaskOrganisation(db: Db, fromId: number, toId: number): void {
  db.prepare('UPDATE tasks SET lead_organisation_id = ? WHERE lead_organisation_id = ?').run(toId, fromId);
  db.prepare(
    `INSERT OR IGNORE INTO task_supporting_organisations (task_id, organisation_id)
     SELECT task_id, ? FROM task_supporting_organisations WHERE organisation_id = ?`,
  ).run(toId, fromId);
  db.prepare('DELETE FROM task_supporting_organisations WHERE organisation_id = ?').run(fromId);
  db.prepare(
    `DELETE FROM task_supporting_organisations
     WHERE organisation_id = ? AND task_id IN (SELECT id FROM tasks WHERE lead_organisation_id = ?)`,
  ).run(toId, toId);
}

export function reassignTaskPerson(db: Db, fromId: number, toId: number): void {
  db.prepare('UPDATE tasks SET responsible_person_id = ? WHERE responsible_person_id = ?').run(toId, fromId);
}
