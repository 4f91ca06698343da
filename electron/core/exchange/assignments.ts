import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { TaskPriority, TaskRecurrence } from '../../../shared/domain';
import type { AssignmentGroup, DirectiveAssignments, saveAssignmentsInput } from '../../../shared/schemas/exchange';
import { vietnameseCollator } from '../../../shared/text';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import { AppError, notFound } from '../errors';
import { findRow, insertRow, nextStamp, setDeleted, updateRow } from '../db/write/write';
import { findCommittee } from './committees';
import { committeeAssignments } from './tables';
import { writeTransaction } from '../db/write/transaction';

/**
 * The tasks a committee gives to the committees below it on a directive ("Gửi cấp dưới"). One
 * task given to several committees is one row per committee, sharing a group (a column of the
 * matrix). The sender owns these rows: the committees below receive them and never change them.
 */

export interface AssignmentFields {
  title: string;
  detail: string;
  lead: string;
  dueDate: string | null;
  recurrence: TaskRecurrence;
  priority: TaskPriority;
}

export interface AssignmentRow extends AssignmentFields {
  id: number;
  uuid: string;
  group: string;
  directiveId: number;
  committeeId: number;
  sentAt: string | null;
  updatedAt: string;
  deletedAt: string | null;
}

const SELECT = `SELECT id, uuid, task_group AS "group", directive_id AS directiveId, committee_id AS committeeId, title, detail,
  lead, due_date AS dueDate, recurrence, priority, sent_at AS sentAt, updated_at AS updatedAt, deleted_at AS deletedAt
  FROM committee_assignments`;

export function assignmentsOfDirective(db: Db, directiveId: number, includeDeleted = false): AssignmentRow[] {
  return db
    .prepare(`${SELECT} WHERE directive_id = ? AND (? OR deleted_at IS NULL) ORDER BY id`)
    .all(directiveId, includeDeleted ? 1 : 0) as AssignmentRow[];
}

export function findAssignmentByUuid(db: Db, uuid: string): AssignmentRow | null {
  return (db.prepare(`${SELECT} WHERE uuid = ?`).get(uuid) as AssignmentRow | undefined) ?? null;
}

function insertAssignment(db: Db, row: Omit<AssignmentRow, 'id' | 'sentAt' | 'updatedAt' | 'deletedAt'>, at: string): void {
  insertRow(db, committeeAssignments, row, { at });
}

function sameFields(a: AssignmentFields, b: AssignmentFields): boolean {
  return (
    a.title === b.title &&
    a.detail === b.detail &&
    a.lead === b.lead &&
    a.dueDate === b.dueDate &&
    a.recurrence === b.recurrence &&
    a.priority === b.priority
  );
}

/** New fields, and back from the bin if the task had been withdrawn from this committee. */
function updateAssignment(db: Db, id: number, fields: AssignmentFields, at: string): void {
  setDeleted(db, committeeAssignments, id, false, { at });
  updateRow(db, committeeAssignments, id, fields, { at });
}

function setAssignmentDeleted(db: Db, id: number, at: string): void {
  setDeleted(db, committeeAssignments, id, true, { at });
}

/**
 * Records that the rows went into a package. The write stamps the row, so `sent_at` takes that very
 * stamp: a row is "sent as it is" exactly when its sent_at equals its updated_at.
 */
export function markAssignmentsSent(db: Db, ids: readonly number[], at: string): void {
  for (const id of ids) {
    const row = findRow(db, committeeAssignments, id, { includeDeleted: true });
    if (!row) continue;
    const stamp = nextStamp(row.updatedAt, at);
    updateRow(db, committeeAssignments, id, { sentAt: stamp }, { at: stamp, includeDeleted: true });
  }
}

function requireDirective(db: Db, directiveId: number): { numberSymbol: string; summary: string } {
  const row = db.prepare('SELECT number_symbol AS numberSymbol, summary FROM directives WHERE id = ? AND deleted_at IS NULL').get(directiveId) as
    | { numberSymbol: string; summary: string }
    | undefined;
  if (!row) throw notFound('văn bản này trong sổ');
  return row;
}

export function getDirectiveAssignments(ctx: CoreContext, directiveId: number): DirectiveAssignments {
  const directive = requireDirective(ctx.db, directiveId);
  const groups = new Map<string, AssignmentGroup>();
  for (const row of assignmentsOfDirective(ctx.db, directiveId)) {
    const committee = findCommittee(ctx.db, row.committeeId);
    let group = groups.get(row.group);
    if (!group) {
      group = {
        group: row.group,
        title: row.title,
        detail: row.detail,
        lead: row.lead,
        dueDate: row.dueDate,
        recurrence: row.recurrence,
        priority: row.priority,
        committees: [],
      };
      groups.set(row.group, group);
    }
    group.committees.push({
      assignmentId: row.id,
      committeeId: row.committeeId,
      name: committee?.name ?? '',
      code: committee?.code ?? '',
      sentAt: row.sentAt,
      updatedAt: row.updatedAt,
    });
  }
  for (const group of groups.values()) group.committees.sort((a, b) => vietnameseCollator.compare(a.name, b.name));
  return { directiveId, numberSymbol: directive.numberSymbol, summary: directive.summary, groups: [...groups.values()] };
}

/**
 * Saves the tasks of "Gửi cấp dưới": a new task gets a new group; an edited one updates its rows
 * (only those whose fields changed get a new time, which is what makes the next package carry a
 * change), gives itself to the committees added and withdraws from those taken off.
 */
export function saveAssignments(ctx: CoreContext, input: z.output<typeof saveAssignmentsInput>): DirectiveAssignments {
  const at = ctx.now().toISOString();
  writeTransaction(ctx.db, () => {
    requireDirective(ctx.db, input.directiveId);
    const existing = assignmentsOfDirective(ctx.db, input.directiveId, true);
    for (const task of input.tasks) {
      for (const committeeId of task.committeeIds) {
        const committee = findCommittee(ctx.db, committeeId);
        if (!committee || committee.relation !== 'cap_duoi') {
          throw new AppError('VALIDATION', 'Đơn vị được chọn không còn trong danh sách đơn vị cấp dưới. Hãy tải lại trang rồi chọn lại.');
        }
      }
      if (task.group !== null && !existing.some((row) => row.group === task.group)) {
        throw notFound('nhiệm vụ giao cấp dưới này');
      }
      const group = task.group ?? randomUUID();
      const fields: AssignmentFields = {
        title: task.title,
        detail: task.detail,
        lead: task.lead,
        dueDate: task.dueDate,
        recurrence: task.recurrence,
        priority: task.priority,
      };
      const rows = existing.filter((row) => row.group === group);
      for (const committeeId of task.committeeIds) {
        const row = rows.find((r) => r.committeeId === committeeId);
        if (!row) insertAssignment(ctx.db, { uuid: randomUUID(), group, directiveId: input.directiveId, committeeId, ...fields }, at);
        else if (row.deletedAt !== null || !sameFields(row, fields)) updateAssignment(ctx.db, row.id, fields, at);
      }
      for (const row of rows) if (!task.committeeIds.includes(row.committeeId)) setAssignmentDeleted(ctx.db, row.id, at);
    }
  });
  return getDirectiveAssignments(ctx, input.directiveId);
}

/** Withdraws a task from every committee it was given to (kept in the bin, with its reports). */
export function deleteTaskGroup(ctx: CoreContext, directiveId: number, group: string): DirectiveAssignments {
  const at = ctx.now().toISOString();
  writeTransaction(ctx.db, () => {
    const rows = assignmentsOfDirective(ctx.db, directiveId).filter((row) => row.group === group);
    if (rows.length === 0) throw notFound('nhiệm vụ giao cấp dưới này');
    for (const row of rows) setAssignmentDeleted(ctx.db, row.id, at);
  });
  return getDirectiveAssignments(ctx, directiveId);
}
