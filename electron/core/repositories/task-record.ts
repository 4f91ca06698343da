import type { TaskRecord } from '../../../shared/schemas/task';
import type { Db } from '../db/open';
import { tasks } from '../db/write/tables';
import { applyUpdate, findRow } from '../db/write/write';
import {
  findNextOccurrence,
  listProgress,
  SUMMARY_COLUMNS,
  SUMMARY_FROM,
  supportingOrganisationIds,
  toSummary,
  type SummaryRow,
} from './tasks';

interface RecordRow extends SummaryRow {
  detail: string;
  responsible_person_id: number | null;
  conclusion_id: string | null;
  conclusion_text: string | null;
  directive_label: string | null;
  completed_at: string | null;
  completed_by: string | null;
  previous_task_id: number | null;
  created_at: string;
}

/** One task with everything the task drawer shows; null when missing (or deleted, unless asked). */
export function findTaskRecord(db: Db, id: number, today: string, includeDeleted = false): TaskRecord | null {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, t.detail, t.responsible_person_id, t.conclusion_id, c.content AS conclusion_text,
         CASE WHEN d.id IS NULL THEN NULL
              WHEN d.summary = '' THEN d.number_symbol
              ELSE d.number_symbol || ' — ' || d.summary END AS directive_label,
         t.completed_at, t.completed_by, t.previous_task_id, t.created_at
       FROM ${SUMMARY_FROM}
       LEFT JOIN conclusions c ON c.id = t.conclusion_id
       LEFT JOIN directives d ON d.id = t.directive_id
       WHERE t.id = ? AND (? OR t.deleted_at IS NULL)`,
    )
    .get(id, includeDeleted ? 1 : 0) as RecordRow | undefined;
  if (!row) return null;
  return {
    ...toSummary(row, today),
    detail: row.detail,
    supportingOrganisationIds: supportingOrganisationIds(db, id),
    responsiblePersonId: row.responsible_person_id,
    conclusionId: row.conclusion_id,
    conclusionText: row.conclusion_text,
    directiveLabel: row.directive_label,
    completedAt: row.completed_at,
    completedBy: row.completed_by,
    previousTaskId: row.previous_task_id,
    nextTaskId: findNextOccurrence(db, id),
    progress: listProgress(db, id),
    createdAt: row.created_at,
    today,
  };
}

/** The day of month a periodic task's series keeps (see migration 004). */
export function recurrenceDayOf(db: Db, id: number): number | null {
  const row = db.prepare('SELECT recurrence_day AS day FROM tasks WHERE id = ?').get(id) as { day: number | null } | undefined;
  return row?.day ?? null;
}

export interface ConclusionSource {
  id: string;
  content: string;
  meetingId: number;
}

/** A conclusion of a meeting that is not in the bin. */
export function findLiveConclusion(db: Db, conclusionId: string): ConclusionSource | null {
  const row = db
    .prepare(
      `SELECT c.id, c.content, c.meeting_id AS meetingId FROM conclusions c JOIN meetings m ON m.id = c.meeting_id
       WHERE c.id = ? AND m.deleted_at IS NULL`,
    )
    .get(conclusionId) as ConclusionSource | undefined;
  return row ?? null;
}

export interface DirectiveSource {
  id: number;
  numberSymbol: string;
  summary: string;
}

export function findLiveDirective(db: Db, directiveId: number): DirectiveSource | null {
  const row = db
    .prepare('SELECT id, number_symbol AS numberSymbol, summary FROM directives WHERE id = ? AND deleted_at IS NULL')
    .get(directiveId) as DirectiveSource | undefined;
  return row ?? null;
}

/**
 * Points a task of the conclusion's meeting, attached to no conclusion, at it; 1 when it did.
 * Through the write path, so the change is logged and the search index takes it in.
 */
export function attachTaskToConclusion(db: Db, taskId: number, conclusion: ConclusionSource, at: string): number {
  const task = findRow(db, tasks, taskId);
  if (!task || task.meetingId !== conclusion.meetingId || task.conclusionId !== null) return 0;
  return applyUpdate(db, tasks, task, { conclusionId: conclusion.id }, { at }) ? 1 : 0;
}
