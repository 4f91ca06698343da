import { z } from 'zod';
import { isValidLocalDate } from '../datetime';
import {
  TASK_PRIORITY,
  TASK_RECURRENCE,
  TASK_SORT,
  TASK_SOURCE,
  TASK_STATUS,
  TASK_VIEW,
  type TaskPriority,
  type TaskRecurrence,
  type TaskSource,
  type TaskStatus,
} from '../domain';
import { baseUpdatedAt, childId, entityId, listOf, localDate, optionalLine, optionalText, pageNumber, pageSize, requiredLine } from './common';


export const LEAD_REQUIRED = 'Hãy chọn đơn vị chủ trì thực hiện nhiệm vụ.';
/** Also shown by the task form as the dates are picked, before anything is sent. */
export const DUE_BEFORE_START = 'Hạn hoàn thành không được trước ngày bắt đầu.';

/** Everything the user edits on a task (status "hoàn thành" is reached through tasks:complete). */
const taskFields = {
  title: requiredLine('Hãy nhập tên nhiệm vụ.', 500, 'Tên nhiệm vụ'),
  detail: optionalText(10_000, 'Nội dung chi tiết của nhiệm vụ'),
  leadOrganisationId: z.number({ error: LEAD_REQUIRED }).int({ error: LEAD_REQUIRED }).positive({ error: LEAD_REQUIRED }),
  supportingOrganisationIds: listOf(entityId, 50, 'đơn vị phối hợp', 'đơn vị')
    .default([])
    .transform((ids) => [...new Set(ids)]),
  responsiblePersonId: entityId.nullable().default(null),
  startDate: localDate.nullable().default(null),
  dueDate: localDate.nullable().default(null),
  priority: z.enum(TASK_PRIORITY.values, { error: 'Mức ưu tiên không hợp lệ.' }).default('trung_binh'),
  recurrence: z.enum(TASK_RECURRENCE.values, { error: 'Chu kỳ lặp lại không hợp lệ.' }).default('khong'),
};

interface DateRules {
  startDate: string | null;
  dueDate: string | null;
  recurrence: TaskRecurrence;
  leadOrganisationId: number;
  supportingOrganisationIds: number[];
}

/** Rules across fields, shared by create and save so both refuse the same things with the same words. */
function checkTaskRules(task: DateRules, ctx: z.RefinementCtx): void {
  // Compared only once both are dates: a date refused on its own is not also "before" the other.
  const { startDate, dueDate } = task;
  if (startDate !== null && dueDate !== null && isValidLocalDate(startDate) && isValidLocalDate(dueDate) && dueDate < startDate) {
    ctx.addIssue({ code: 'custom', path: ['dueDate'], message: DUE_BEFORE_START });
  }
  if (task.recurrence !== 'khong' && task.dueDate === null) {
    ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'Nhiệm vụ lặp lại định kỳ phải có hạn hoàn thành.' });
  }
  if (task.supportingOrganisationIds.includes(task.leadOrganisationId)) {
    ctx.addIssue({
      code: 'custom',
      path: ['supportingOrganisationIds'],
      message: 'Đơn vị chủ trì không đồng thời là đơn vị phối hợp.',
    });
  }
}

export const createTaskInput = z.object(taskFields).superRefine(checkTaskRules);
export type CreateTaskInput = z.input<typeof createTaskInput>;

export const saveTaskInput = z
  .object({
    id: entityId,
    baseUpdatedAt,
    ...taskFields,
    status: z.enum(TASK_STATUS.values, { error: 'Trạng thái nhiệm vụ không hợp lệ.' }),
    /** Editable once the task is done (a typo in the result); ignored otherwise. */
    result: optionalText(10_000, 'Kết quả thực hiện'),
  })
  .superRefine(checkTaskRules);
export type SaveTaskInput = z.input<typeof saveTaskInput>;

/** One click on a conclusion: the lead organisation may be given, or is read from the conclusion's text. */
export const createFromConclusionInput = z.object({
  conclusionId: childId,
  leadOrganisationId: entityId.nullable().default(null),
});

export const createFromDirectiveInput = z.object({
  directiveId: entityId,
  leadOrganisationId: z.number({ error: LEAD_REQUIRED }).int({ error: LEAD_REQUIRED }).positive({ error: LEAD_REQUIRED }),
});

export const addProgressInput = z.object({
  taskId: entityId,
  date: localDate,
  note: requiredLine('Hãy ghi nội dung tiến độ.', 2000, 'Nội dung tiến độ'),
  by: optionalLine(120, 'Họ tên người ghi'),
});

export const completeTaskInput = z.object({
  id: entityId,
  result: requiredLine('Hãy ghi kết quả thực hiện nhiệm vụ.', 5000, 'Kết quả thực hiện'),
  by: optionalLine(120, 'Họ tên người ghi'),
});

export const meetingIdInput = z.object({ meetingId: entityId });

/** "Hoàn tác" after removing a conclusion: its tasks point at it again. */
export const reattachConclusionInput = z.object({
  conclusionId: childId,
  taskIds: z.array(entityId).min(1, { error: 'Chưa có nhiệm vụ nào để gắn lại.' }).max(500, { error: 'Tối đa 500 nhiệm vụ mỗi lần gắn lại.' }),
});

/** The filter of the task list; the Excel export takes the same filter without paging. */
const taskFilterFields = z.object({
  view: z.enum(TASK_VIEW.values).default('tat_ca'),
  /** Lead or supporting. */
  organisationId: entityId.nullable().default(null),
  status: z.enum(TASK_STATUS.values).nullable().default(null),
  source: z.enum(TASK_SOURCE.values).nullable().default(null),
  dueFrom: localDate.nullable().default(null),
  dueTo: localDate.nullable().default(null),
  meetingId: entityId.nullable().default(null),
  text: optionalLine(200, 'Nội dung tìm kiếm'),
  sort: z.enum(TASK_SORT.values).default('han'),
});

const dueRangeInOrder = (filter: { dueFrom: string | null; dueTo: string | null }) =>
  filter.dueFrom === null || filter.dueTo === null || filter.dueFrom <= filter.dueTo;
const DUE_RANGE_MESSAGE = { error: 'Ngày đầu của khoảng hạn phải trước ngày cuối.' };

export const taskFilterSchema = taskFilterFields.refine(dueRangeInOrder, DUE_RANGE_MESSAGE);
export type TaskFilter = z.output<typeof taskFilterSchema>;
export type TaskFilterInput = z.input<typeof taskFilterSchema>;

export const listTasksInput = taskFilterFields
  .extend({
    page: pageNumber,
    pageSize: pageSize(200),
  })
  .refine(dueRangeInOrder, DUE_RANGE_MESSAGE);
export type ListTasksInput = z.input<typeof listTasksInput>;

export interface NamedRef {
  id: number;
  name: string;
}

export interface TaskProgressEntry {
  id: number;
  date: string;
  note: string;
  by: string;
  createdAt: string;
}

/** A row of the task list (and of the dashboard lists and the Excel export). */
export interface TaskSummary {
  id: number;
  title: string;
  leadOrganisation: NamedRef;
  supportingOrganisations: NamedRef[];
  responsiblePersonName: string | null;
  startDate: string | null;
  dueDate: string | null;
  priority: TaskPriority;
  status: TaskStatus;
  source: TaskSource;
  meetingId: number | null;
  meetingTitle: string | null;
  directiveId: number | null;
  recurrence: TaskRecurrence;
  /** Derived from the due date and today's local date when read, never stored. */
  overdue: boolean;
  daysLate: number;
  latestProgress: string | null;
  result: string;
  updatedAt: string;
}

export interface TaskRecord extends TaskSummary {
  detail: string;
  supportingOrganisationIds: number[];
  responsiblePersonId: number | null;
  conclusionId: string | null;
  /** The conclusion's text as it reads now (null once it was removed from the meeting). */
  conclusionText: string | null;
  /** "56-NQ/TU — Về …" */
  directiveLabel: string | null;
  completedAt: string | null;
  completedBy: string | null;
  previousTaskId: number | null;
  nextTaskId: number | null;
  progress: TaskProgressEntry[];
  createdAt: string;
  /** Today as the main process saw it when reading: the renderer counts "days late" from the same day. */
  today: string;
}

export interface TaskPage {
  items: TaskSummary[];
  total: number;
  page: number;
  pageSize: number;
  today: string;
}

export interface CompleteTaskResult {
  task: TaskRecord;
  /** The next occurrence of a periodic task, created by completing this one. */
  next: TaskRecord | null;
}

export interface ConclusionFollowUp {
  conclusionId: string;
  position: number;
  content: string;
  tasks: TaskSummary[];
}

export interface MeetingFollowUp {
  conclusions: ConclusionFollowUp[];
  /** Tasks of the meeting whose conclusion was later removed from it. */
  detached: TaskSummary[];
  today: string;
}

export interface MeetingRef {
  id: number;
  title: string;
  startAt: string;
}

export interface ReviewOfLastTime {
  previousMeeting: MeetingRef | null;
  /** The open tasks from the previous meeting's conclusions. */
  tasks: TaskSummary[];
  today: string;
}

export interface OrganisationTaskCounts {
  organisationId: number;
  name: string;
  /** Disjoint: open (not yet due or no due date), overdue, done. */
  open: number;
  overdue: number;
  done: number;
}

export interface DirectiveArrival {
  id: number;
  numberSymbol: string;
  summary: string;
  issuerName: string;
  arrivalDate: string | null;
}

export interface DashboardOverview {
  today: string;
  week: { monday: string; sunday: string };
  totals: { open: number; overdue: number; dueWithin7Days: number; doneThisMonth: number };
  byStatus: Array<{ status: TaskStatus; count: number }>;
  byOrganisation: OrganisationTaskCounts[];
  overdue: TaskSummary[];
  dueThisWeek: TaskSummary[];
  directivesThisMonth: { count: number; latest: DirectiveArrival[] };
}
