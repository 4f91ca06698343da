import { AWARD_FORM, DIRECTIVE_TYPE, MEETING_DIRECTIVE_RELATION, MEETING_KIND, type AwardForm, type MeetingKind } from '../../../shared/domain';
import {
  cutoffDay,
  nextPeriod,
  periodTiming,
  previousPeriod,
  samePeriodLastYear,
  type ReportPeriod,
} from '../../../shared/report-periods';
import type {
  AwardFact,
  DirectiveFact,
  DutyFact,
  Fact,
  MeetingFact,
  OrganisationTaskFacts,
  PeriodCounts,
  ReportFigures,
  SentenceFact,
  SourceRef,
  TaskFact,
} from '../../../shared/schemas/report';
import { addDays, dayOfMonth, daysBetween, nextDueDate } from '../../../shared/task-dates';
import type { Db } from '../db/open';
import {
  awardsOfHeldMeetings,
  chairsOfHeldMeetings,
  conclusionNoticesIssued,
  conclusionsOfHeldMeetings,
  directivesReceived,
  heldMeetings,
  liveTasks,
  meetingsOfReceivedDirectives,
  meetingsStillPlanned,
  plansOfReceivedDirectives,
  speechesOfHeldMeetings,
  type PeriodBounds,
  type TaskRow,
} from './period-records';
import { figureSentences, limitationClauses } from './sentences';

/**
 * The figures of a report: every count with the records it counted, every listed item with its
 * record's id. Pure reading: nothing is written, and the same records on the same day give the
 * same figures. The body (body.ts) and the Excel annex are both written from this object only.
 */

export function fact(sources: SourceRef[]): Fact {
  return { value: sources.length, sources };
}

const collator = new Intl.Collator('vi');

export function boundsOf(period: Pick<ReportPeriod, 'start' | 'end'>, today: string): PeriodBounds {
  return { start: period.start, countedTo: period.end < today ? period.end : today, cutoff: cutoffDay(period, today) };
}

const taskRef = (row: TaskRow): SourceRef => ({ type: 'task', id: row.id });

interface TaskCounts {
  assigned: TaskRow[];
  completed: TaskRow[];
  completedOnTime: TaskRow[];
  overdue: TaskRow[];
  open: TaskRow[];
}

/**
 * Tasks by the period's days:
 * - ASSIGNED: assigned from the first day to `countedTo`;
 * - COMPLETED: completed (local day) in the same days; ON TIME when that day is not after the due date
 *   (or there is none);
 * - OVERDUE at the cut-off: assigned before it, due before it, and not completed before it;
 * - OPEN at the cut-off: assigned before it and not completed before it.
 * A task paused ("tạm dừng") still counts as overdue: pausing does not move a deadline.
 */
export function countTasks(rows: readonly TaskRow[], bounds: PeriodBounds): TaskCounts {
  const inPeriod = (day: string | null) => day !== null && day >= bounds.start && day <= bounds.countedTo;
  const openAtCutoff = (row: TaskRow) => row.assigned < bounds.cutoff && (row.completed === null || row.completed >= bounds.cutoff);
  const counts: TaskCounts = { assigned: [], completed: [], completedOnTime: [], overdue: [], open: [] };
  for (const row of rows) {
    if (inPeriod(row.assigned)) counts.assigned.push(row);
    if (row.status === 'hoan_thanh' && inPeriod(row.completed)) {
      counts.completed.push(row);
      if (row.due_date === null || row.completed! <= row.due_date) counts.completedOnTime.push(row);
    }
    if (openAtCutoff(row)) {
      counts.open.push(row);
      if (row.due_date !== null && row.due_date < bounds.cutoff) counts.overdue.push(row);
    }
  }
  return counts;
}

/**
 * Days late as the app would have shown them on the last day counted (today while the period
 * runs); a task due on the period's last day and not done by its end is one day late.
 */
function taskFact(row: TaskRow, bounds: PeriodBounds): TaskFact {
  const late = row.due_date !== null && row.due_date < bounds.cutoff ? Math.max(1, daysBetween(row.due_date, bounds.countedTo)) : 0;
  return { id: row.id, title: row.title, organisation: row.organisation_name, dueDate: row.due_date, status: row.status, daysLate: late };
}

function byOrganisation(counts: TaskCounts): OrganisationTaskFacts[] {
  const groups = new Map<number, { row: TaskRow; lists: Record<keyof Omit<TaskCounts, 'open'>, TaskRow[]> }>();
  const add = (key: keyof Omit<TaskCounts, 'open'>) => (row: TaskRow) => {
    let group = groups.get(row.lead_organisation_id);
    if (!group) {
      group = { row, lists: { assigned: [], completed: [], completedOnTime: [], overdue: [] } };
      groups.set(row.lead_organisation_id, group);
    }
    group.lists[key].push(row);
  };
  counts.assigned.forEach(add('assigned'));
  counts.completed.forEach(add('completed'));
  counts.completedOnTime.forEach(add('completedOnTime'));
  counts.overdue.forEach(add('overdue'));
  return [...groups.values()]
    .map(({ row, lists }) => ({
      organisationId: row.lead_organisation_id,
      name: row.organisation_name,
      memberOrganisation: row.organisation_kind === 'to_chuc_thanh_vien' || row.organisation_kind === 'mat_tran',
      assigned: fact(lists.assigned.map(taskRef)),
      completed: fact(lists.completed.map(taskRef)),
      completedOnTime: fact(lists.completedOnTime.map(taskRef)),
      overdue: fact(lists.overdue.map(taskRef)),
    }))
    .sort(
      (a, b) =>
        Number(b.memberOrganisation) - Number(a.memberOrganisation) ||
        b.assigned.value - a.assigned.value ||
        collator.compare(a.name, b.name),
    );
}

/** The due dates an open periodic duty will have in the next period (a monthly one has several). */
function dutiesIn(rows: readonly TaskRow[], window: { start: string; end: string }): DutyFact[] {
  const duties: DutyFact[] = [];
  for (const row of rows) {
    if (row.recurrence === 'khong' || row.status === 'hoan_thanh' || row.due_date === null) continue;
    const anchor = row.recurrence_day ?? dayOfMonth(row.due_date);
    const dates: string[] = [];
    let due: string | null = row.due_date;
    // Bounded: ten years of monthly occurrences at most.
    for (let step = 0; due !== null && due <= window.end && step < 120; step += 1) {
      if (due >= window.start) dates.push(due);
      due = nextDueDate(due, row.recurrence, anchor);
    }
    if (dates.length > 0) {
      duties.push({ taskId: row.id, title: row.title, organisation: row.organisation_name, recurrence: row.recurrence, dueDates: dates });
    }
  }
  return duties.sort((a, b) => a.dueDates[0]!.localeCompare(b.dueDates[0]!) || a.taskId - b.taskId);
}

function withTitle(name: string, title: string): string {
  const t = title.trim().replace(/[\s.;,]+$/u, '');
  return t === '' ? name : `${name}, ${t}`;
}

function meetingFacts(db: Db, bounds: PeriodBounds) {
  const rows = heldMeetings(db, bounds);
  const chairs = new Map<number, string[]>();
  for (const chair of chairsOfHeldMeetings(db, bounds)) {
    const list = chairs.get(chair.meeting_id) ?? [];
    list.push(withTitle(chair.full_name, chair.title || chair.organisation_name));
    chairs.set(chair.meeting_id, list);
  }
  const items: MeetingFact[] = rows.map((row) => ({
    id: row.id,
    title: row.title,
    kind: row.kind,
    startAt: row.start_at,
    place: row.place,
    chairs: chairs.get(row.id) ?? [],
  }));
  const byKind = (MEETING_KIND.values as MeetingKind[])
    .map((kind) => ({ kind, label: MEETING_KIND.labels[kind], count: fact(rows.filter((r) => r.kind === kind).map((r) => ({ type: 'meeting' as const, id: r.id }))) }))
    .filter((group) => group.count.value > 0);
  return {
    held: fact(rows.map((row) => ({ type: 'meeting' as const, id: row.id }))),
    byKind,
    items,
    notMarkedHeld: fact(meetingsStillPlanned(db, bounds).map((row) => ({ type: 'meeting' as const, id: row.id }))),
  };
}

function directiveFacts(db: Db, bounds: PeriodBounds, tasks: readonly TaskRow[]): ReportFigures['directives'] {
  const rows = directivesReceived(db, bounds);
  const meetings = new Map<number, DirectiveFact['meetings']>();
  for (const link of meetingsOfReceivedDirectives(db, bounds)) {
    const list = meetings.get(link.directive_id) ?? [];
    list.push({ id: link.meeting_id, title: link.title, startAt: link.start_at, relation: MEETING_DIRECTIVE_RELATION.labels[link.relation] });
    meetings.set(link.directive_id, list);
  }
  const plans = new Map<number, DirectiveFact['plans']>();
  for (const plan of plansOfReceivedDirectives(db, bounds)) {
    const list = plans.get(plan.guides_id) ?? [];
    list.push({ id: plan.id, numberSymbol: plan.number_symbol, typeLabel: DIRECTIVE_TYPE.labels[plan.type], summary: plan.summary, issuedDate: plan.issued_date });
    plans.set(plan.guides_id, list);
  }
  const tasksOf = new Map<number, SourceRef[]>();
  for (const task of tasks) {
    if (task.directive_id === null || task.assigned > bounds.countedTo) continue;
    const list = tasksOf.get(task.directive_id) ?? [];
    list.push(taskRef(task));
    tasksOf.set(task.directive_id, list);
  }
  const items: DirectiveFact[] = rows.map((row) => ({
    id: row.id,
    numberSymbol: row.number_symbol,
    typeLabel: DIRECTIVE_TYPE.labels[row.type],
    summary: row.summary,
    issuerName: row.issuer_name,
    issuedDate: row.issued_date,
    arrivalDate: row.arrival_date,
    meetings: meetings.get(row.id) ?? [],
    plans: plans.get(row.id) ?? [],
    tasks: fact(tasksOf.get(row.id) ?? []),
  }));
  return { received: fact(rows.map((row) => ({ type: 'directive' as const, id: row.id }))), items };
}

function awardFacts(db: Db, bounds: PeriodBounds): ReportFigures['awards'] {
  const rows = awardsOfHeldMeetings(db, bounds);
  const items: AwardFact[] = rows.map((row) => ({
    id: row.id,
    meetingId: row.meeting_id,
    meetingTitle: row.meeting_title,
    date: row.start_at.slice(0, 10),
    form: row.form,
    formLabel: row.form === 'khac' && row.form_other.trim() !== '' ? row.form_other : AWARD_FORM.labels[row.form],
    recipient: row.recipient,
    collective: row.recipient_kind === 'tap_the',
    issuer: row.issuer,
  }));
  const ref = (item: AwardFact): SourceRef => ({ type: 'award', id: item.id, meetingId: item.meetingId });
  const byForm = (AWARD_FORM.values as AwardForm[])
    .map((form) => ({ form, label: AWARD_FORM.labels[form], count: fact(items.filter((i) => i.form === form).map(ref)) }))
    .filter((group) => group.count.value > 0);
  return {
    total: fact(items.map(ref)),
    collective: items.filter((i) => i.collective).length,
    individual: items.filter((i) => !i.collective).length,
    byForm,
    items,
  };
}

function sentenceFacts(db: Db, bounds: PeriodBounds): { quotedFigures: SentenceFact[]; limitations: SentenceFact[] } {
  const quotedFigures: SentenceFact[] = [];
  const limitations: SentenceFact[] = [];
  for (const speech of speechesOfHeldMeetings(db, bounds)) {
    const base = {
      speechId: speech.id,
      meetingId: speech.meeting_id,
      meetingTitle: speech.meeting_title,
      date: speech.start_at.slice(0, 10),
      speaker: speech.speaker_name.trim() === '' ? '' : withTitle(speech.speaker_name, speech.speaker_title),
    };
    for (const text of figureSentences(speech.summary)) quotedFigures.push({ ...base, text });
    for (const text of limitationClauses(speech.summary)) limitations.push({ ...base, text });
  }
  return { quotedFigures, limitations };
}

function periodCounts(db: Db, period: ReportPeriod, today: string, tasks: readonly TaskRow[]): PeriodCounts {
  const bounds = boundsOf(period, today);
  const counted = countTasks(tasks, bounds);
  return {
    period,
    meetingsHeld: heldMeetings(db, bounds).length,
    directivesReceived: directivesReceived(db, bounds).length,
    conclusions: conclusionsOfHeldMeetings(db, bounds).length,
    conclusionNotices: conclusionNoticesIssued(db, bounds).length,
    tasksAssigned: counted.assigned.length,
    tasksCompleted: counted.completed.length,
    tasksCompletedOnTime: counted.completedOnTime.length,
    tasksOverdue: counted.overdue.length,
    awards: awardsOfHeldMeetings(db, bounds).length,
  };
}

/** Everything a report of `period` says, as known on `today` (the local date), read in one transaction. */
export function compileFigures(db: Db, period: ReportPeriod, clock: { today: string; compiledAt: string }): ReportFigures {
  const read = db.transaction((): ReportFigures => {
    const { today } = clock;
    const bounds = boundsOf(period, today);
    const tasks = liveTasks(db);
    const counted = countTasks(tasks, bounds);
    const conclusions = conclusionsOfHeldMeetings(db, bounds);
    const conclusionRef = (row: (typeof conclusions)[number]): SourceRef => ({ type: 'conclusion', id: row.id, meetingId: row.meeting_id });
    const next = nextPeriod(period);
    // A custom span looks ahead ninety days ("thời gian tới").
    const ahead = next ?? { start: addDays(bounds.countedTo, 1), end: addDays(bounds.countedTo, 90) };
    const previous = previousPeriod(period);
    const figures: ReportFigures = {
      version: 1,
      period,
      timing: periodTiming(period, today),
      countedTo: bounds.countedTo,
      cutoff: bounds.cutoff,
      nextPeriod: next,
      compiledAt: clock.compiledAt,
      meetings: meetingFacts(db, bounds),
      directives: directiveFacts(db, bounds, tasks),
      conclusions: {
        total: fact(conclusions.map(conclusionRef)),
        assignedAsTasks: fact(conclusions.filter((row) => row.has_task === 1).map(conclusionRef)),
        notices: fact(conclusionNoticesIssued(db, bounds).map((row) => ({ type: 'document' as const, id: row.id }))),
      },
      tasks: {
        assigned: fact(counted.assigned.map(taskRef)),
        completed: fact(counted.completed.map(taskRef)),
        completedOnTime: fact(counted.completedOnTime.map(taskRef)),
        overdue: fact(counted.overdue.map(taskRef)),
        open: fact(counted.open.map(taskRef)),
        byOrganisation: byOrganisation(counted),
        overdueItems: counted.overdue
          .map((row) => taskFact(row, bounds))
          .sort((a, b) => b.daysLate - a.daysLate || a.id - b.id),
        openItems: counted.open
          .map((row) => taskFact(row, bounds))
          .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id - b.id),
      },
      awards: awardFacts(db, bounds),
      ...sentenceFacts(db, bounds),
      duties: dutiesIn(tasks, ahead),
      comparison: {
        current: periodCounts(db, period, today, tasks),
        previous: previous === null ? null : periodCounts(db, previous, today, tasks),
        lastYear: periodCounts(db, samePeriodLastYear(period), today, tasks),
      },
    };
    return figures;
  });
  return read();
}

/** True when the period holds no record at all: the report says so rather than failing. */
export function isEmptyPeriod(figures: ReportFigures): boolean {
  return (
    figures.meetings.held.value === 0 &&
    figures.directives.received.value === 0 &&
    figures.conclusions.notices.value === 0 &&
    figures.tasks.assigned.value === 0 &&
    figures.tasks.completed.value === 0 &&
    figures.tasks.open.value === 0
  );
}
