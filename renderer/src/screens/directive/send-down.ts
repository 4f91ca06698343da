import type { TaskPriority, TaskRecurrence } from '../../../../shared/domain';
import type { DirectiveAssignments, SaveAssignmentsInput } from '../../../../shared/schemas/exchange';

/** One task of the "Gửi cấp dưới" dialog as it is being typed. */
export interface TaskDraft {
  /** Stable key for React; the saved group once saved. */
  key: string;
  group: string | null;
  title: string;
  detail: string;
  lead: string;
  dueDate: string | null;
  recurrence: TaskRecurrence;
  priority: TaskPriority;
  committeeIds: number[];
}

let counter = 0;

export function blankTask(committeeIds: number[]): TaskDraft {
  counter += 1;
  return {
    key: `moi-${counter}`,
    group: null,
    title: '',
    detail: '',
    lead: 'Ban Thường trực Ủy ban MTTQ',
    dueDate: null,
    recurrence: 'khong',
    priority: 'trung_binh',
    committeeIds,
  };
}

export function draftsOf(assignments: DirectiveAssignments): TaskDraft[] {
  return assignments.groups.map((g) => ({
    key: g.group,
    group: g.group,
    title: g.title,
    detail: g.detail,
    lead: g.lead,
    dueDate: g.dueDate,
    recurrence: g.recurrence,
    priority: g.priority,
    committeeIds: g.committees.map((c) => c.committeeId),
  }));
}

/** Tasks left blank are not sent; a task keeps only the committees still chosen. */
export function saveInputOf(directiveId: number, drafts: TaskDraft[], chosen: number[]): SaveAssignmentsInput {
  return {
    directiveId,
    tasks: drafts
      .filter((d) => d.title.trim() !== '' || d.group !== null)
      .map((d) => ({
        group: d.group,
        title: d.title,
        detail: d.detail,
        lead: d.lead,
        dueDate: d.dueDate,
        recurrence: d.recurrence,
        priority: d.priority,
        committeeIds: d.committeeIds.filter((id) => chosen.includes(id)),
      })),
  };
}
