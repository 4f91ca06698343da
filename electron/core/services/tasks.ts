import type { z } from 'zod';
import type { TaskRecurrence } from '../../../shared/domain';
import { organisationsNamedIn } from '../../../shared/organisation-mentions';
import type {
  addProgressInput,
  completeTaskInput,
  CompleteTaskResult,
  createFromConclusionInput,
  createFromDirectiveInput,
  createTaskInput,
  listTasksInput,
  saveTaskInput,
  TaskPage,
  TaskRecord,
} from '../../../shared/schemas/task';
import { addMonths, dayOfMonth, localDateOf, nextDueDate, RECURRENCE_MONTHS } from '../../../shared/task-dates';
import { normalizeLine } from '../../../shared/text';
import type { CoreContext } from '../context';
import { findOrganisation, listOrganisations } from '../repositories/organisations';
import { findPerson } from '../repositories/people';
import { findLiveConclusion, findLiveDirective, findTaskRecord, recurrenceDayOf } from '../repositories/task-record';
import { countTasks, listTaskRows } from '../repositories/task-list';
import {
  findNextOccurrence,
  insertProgress,
  insertTask,
  isTaskDeleted,
  markTaskCompleted,
  setSupportingOrganisations,
  setTaskDeleted,
  setTaskStatus,
  updateTaskFields,
  type TaskOrigin,
  type TaskRowFields,
} from '../repositories/tasks';
import { taskErrors } from './task-messages';
import { writeTransaction } from '../db/write/transaction';

/** Today's LOCAL date ("2026-01-05") from the injected clock: overdue is counted from it. */
export function taskToday(ctx: CoreContext): string {
  return localDateOf(ctx.now());
}

export function getTask(ctx: CoreContext, id: number): TaskRecord {
  const task = findTaskRecord(ctx.db, id, taskToday(ctx));
  if (!task) throw taskErrors.notFound();
  return task;
}

export function listTasks(ctx: CoreContext, input: z.output<typeof listTasksInput>): TaskPage {
  const today = taskToday(ctx);
  const { page, pageSize, ...filter } = input;
  return {
    items: listTaskRows(ctx.db, filter, today, { page, pageSize }),
    total: countTasks(ctx.db, filter, today),
    page,
    pageSize,
    today,
  };
}

type EditableFields = Omit<TaskRowFields, 'recurrenceDay'> & { supportingOrganisationIds: number[] };

/** The directory rows a task points at must exist: checked inside the write's transaction. */
function checkLinks(ctx: CoreContext, fields: EditableFields): void {
  if (!findOrganisation(ctx.db, fields.leadOrganisationId)) throw taskErrors.leadNotFound();
  if (fields.supportingOrganisationIds.some((id) => !findOrganisation(ctx.db, id))) throw taskErrors.supportingNotFound();
  if (fields.responsiblePersonId !== null && !findPerson(ctx.db, fields.responsiblePersonId)) throw taskErrors.personNotFound();
}

function rowFields(fields: EditableFields, recurrenceDay: number | null): TaskRowFields {
  return {
    title: fields.title,
    detail: fields.detail,
    leadOrganisationId: fields.leadOrganisationId,
    responsiblePersonId: fields.responsiblePersonId,
    startDate: fields.startDate,
    dueDate: fields.dueDate,
    priority: fields.priority,
    recurrence: fields.recurrence,
    recurrenceDay,
  };
}

function anchorOf(dueDate: string | null, recurrence: TaskRecurrence): number | null {
  return dueDate !== null && recurrence !== 'khong' ? dayOfMonth(dueDate) : null;
}

/** Inserts a task with its supporting organisations; all or nothing. */
function insertWhole(ctx: CoreContext, fields: EditableFields, origin: TaskOrigin, recurrenceDay: number | null): number {
  return writeTransaction(ctx.db, () => {
    checkLinks(ctx, fields);
    const id = insertTask(ctx.db, rowFields(fields, recurrenceDay), origin, ctx.now().toISOString());
    setSupportingOrganisations(ctx.db, id, fields.supportingOrganisationIds, ctx.now().toISOString());
    return id;
  });
}

const ALONE: TaskOrigin = { source: 'doc_lap', conclusionId: null, meetingId: null, directiveId: null, previousTaskId: null };

export function createTask(ctx: CoreContext, input: z.output<typeof createTaskInput>): TaskRecord {
  const id = insertWhole(ctx, input, ALONE, anchorOf(input.dueDate, input.recurrence));
  return getTask(ctx, id);
}

/** A title from a conclusion: its first line, cut at a word near 200 characters. */
function titleFrom(text: string): string {
  const line = normalizeLine(text.split('\n').find((l) => l.trim() !== '') ?? '');
  if (line.length <= 200) return line;
  const cut = line.slice(0, 201);
  const space = cut.lastIndexOf(' ');
  return `${(space > 100 ? cut.slice(0, space) : line.slice(0, 200)).replace(/[,;:.\s]+$/, '')}…`;
}

/**
 * One click on a conclusion item: the task takes the conclusion's text and its meeting. The lead
 * organisation is the one given, or else the first organisation of the directory the text names;
 * the others it names become supporting organisations.
 */
export function createTaskFromConclusion(ctx: CoreContext, input: z.output<typeof createFromConclusionInput>): TaskRecord {
  const conclusion = findLiveConclusion(ctx.db, input.conclusionId);
  if (!conclusion) throw taskErrors.conclusionNotFound();
  if (conclusion.content.trim() === '') throw taskErrors.conclusionEmpty();
  const named = organisationsNamedIn(conclusion.content, listOrganisations(ctx.db, false));
  const lead = input.leadOrganisationId ?? named[0];
  if (lead === undefined) throw taskErrors.conclusionLeadUnknown();
  const id = insertWhole(
    ctx,
    {
      title: titleFrom(conclusion.content),
      detail: conclusion.content,
      leadOrganisationId: lead,
      supportingOrganisationIds: named.filter((orgId) => orgId !== lead),
      responsiblePersonId: null,
      startDate: taskToday(ctx),
      dueDate: null,
      priority: 'trung_binh',
      recurrence: 'khong',
    },
    { source: 'ket_luan', conclusionId: conclusion.id, meetingId: conclusion.meetingId, directiveId: null, previousTaskId: null },
    null,
  );
  return getTask(ctx, id);
}

/** A task implementing a directive: "Triển khai thực hiện 56-NQ/TU — Về …". */
export function createTaskFromDirective(ctx: CoreContext, input: z.output<typeof createFromDirectiveInput>): TaskRecord {
  const directive = findLiveDirective(ctx.db, input.directiveId);
  if (!directive) throw taskErrors.directiveNotFound();
  const cited = directive.summary === '' ? directive.numberSymbol : `${directive.numberSymbol} ${directive.summary}`;
  const id = insertWhole(
    ctx,
    {
      title: titleFrom(`Triển khai thực hiện ${cited}`),
      detail: '',
      leadOrganisationId: input.leadOrganisationId,
      supportingOrganisationIds: [],
      responsiblePersonId: null,
      startDate: taskToday(ctx),
      dueDate: null,
      priority: 'trung_binh',
      recurrence: 'khong',
    },
    { source: 'van_ban', conclusionId: null, meetingId: null, directiveId: directive.id, previousTaskId: null },
    null,
  );
  return getTask(ctx, id);
}

/**
 * Saves the drawer's fields. "Hoàn thành" is reached only through completeTask (it needs a
 * result and may create the next occurrence); a done task may be reopened by choosing another
 * status, which clears when and by whom it was completed but keeps the result text.
 */
export function saveTask(ctx: CoreContext, input: z.output<typeof saveTaskInput>): TaskRecord {
  const at = ctx.now().toISOString();
  writeTransaction(ctx.db, () => {
    const current = getTask(ctx, input.id);
    const wasDone = current.status === 'hoan_thanh';
    if (input.status === 'hoan_thanh' && !wasDone) throw taskErrors.statusDoneBySave();
    checkLinks(ctx, input);
    // A new due date (or a newly periodic task) sets the day of month the series keeps.
    const keepsAnchor = input.dueDate === current.dueDate && current.recurrence !== 'khong';
    const recurrenceDay = input.recurrence === 'khong' ? null : keepsAnchor ? recurrenceDayOf(ctx.db, input.id) : anchorOf(input.dueDate, input.recurrence);
    const stillDone = wasDone && input.status === 'hoan_thanh';
    const saved = updateTaskFields(
      ctx.db,
      input.id,
      {
        ...rowFields(input, recurrenceDay),
        status: input.status,
        result: wasDone ? input.result : current.result,
        completedAt: stillDone ? current.completedAt : null,
        completedBy: stillDone ? current.completedBy : null,
      },
      { at, baseUpdatedAt: input.baseUpdatedAt },
    );
    if (!saved) throw taskErrors.notFound();
    setSupportingOrganisations(ctx.db, input.id, input.supportingOrganisationIds, at);
  });
  return getTask(ctx, input.id);
}

/** Logs progress; the first entry moves a task that had not started to "đang thực hiện". */
export function addTaskProgress(ctx: CoreContext, input: z.output<typeof addProgressInput>): TaskRecord {
  const at = ctx.now().toISOString();
  writeTransaction(ctx.db, () => {
    const task = getTask(ctx, input.taskId);
    if (task.status === 'hoan_thanh') throw taskErrors.progressOnDone();
    if (input.date > task.today) throw taskErrors.progressInFuture();
    insertProgress(ctx.db, task.id, input, at);
    setTaskStatus(ctx.db, task.id, task.status === 'chua_thuc_hien' ? 'dang_thuc_hien' : task.status, at);
  });
  return getTask(ctx, input.taskId);
}

/**
 * Completes a task with its result. A periodic task then gets its next occurrence: same fields,
 * not started, due date advanced by the period keeping the series' day of month, start date (if
 * any) advanced by the same number of months, linked to this one. Completing never makes a second
 * next occurrence (reopening and completing again reuses the first).
 */
export function completeTask(ctx: CoreContext, input: z.output<typeof completeTaskInput>): CompleteTaskResult {
  const at = ctx.now().toISOString();
  const nextId = writeTransaction(ctx.db, () => {
    const task = getTask(ctx, input.id);
    if (task.status === 'hoan_thanh') throw taskErrors.completeDone();
    if (!markTaskCompleted(ctx.db, task.id, { result: input.result, by: input.by }, at)) {
      throw taskErrors.notFound();
    }
    if (task.recurrence === 'khong' || task.dueDate === null) return null;
    const existing = findNextOccurrence(ctx.db, task.id);
    if (existing !== null) return existing;
    const anchor = recurrenceDayOf(ctx.db, task.id) ?? dayOfMonth(task.dueDate);
    const months = RECURRENCE_MONTHS[task.recurrence];
    const id = insertTask(
      ctx.db,
      {
        title: task.title,
        detail: task.detail,
        leadOrganisationId: task.leadOrganisation.id,
        responsiblePersonId: task.responsiblePersonId,
        startDate: task.startDate === null ? null : addMonths(task.startDate, months),
        dueDate: nextDueDate(task.dueDate, task.recurrence, anchor),
        priority: task.priority,
        recurrence: task.recurrence,
        recurrenceDay: anchor,
      },
      {
        source: task.source,
        conclusionId: task.conclusionId,
        meetingId: task.meetingId,
        directiveId: task.directiveId,
        previousTaskId: task.id,
      },
      at,
    );
    setSupportingOrganisations(ctx.db, id, task.supportingOrganisationIds, at);
    return id;
  });
  return { task: getTask(ctx, input.id), next: nextId === null ? null : getTask(ctx, nextId) };
}

export function deleteTask(ctx: CoreContext, id: number): { id: number } {
  if (isTaskDeleted(ctx.db, id) !== false) throw taskErrors.notFound();
  setTaskDeleted(ctx.db, id, true, ctx.now().toISOString());
  return { id };
}

export function restoreTask(ctx: CoreContext, id: number): { id: number } {
  if (isTaskDeleted(ctx.db, id) !== true) throw taskErrors.restoreNotDeleted();
  setTaskDeleted(ctx.db, id, false, ctx.now().toISOString());
  return { id };
}
