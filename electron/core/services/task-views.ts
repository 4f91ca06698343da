import { TASK_STATUS } from '../../../shared/domain';
import type { DashboardOverview, MeetingFollowUp, ReviewOfLastTime } from '../../../shared/schemas/task';
import { addDays, monthOf, weekOf } from '../../../shared/task-dates';
import { vietnameseCollator } from '../../../shared/text';
import type { CoreContext } from '../context';
import { findMeetingHeader } from '../repositories/meetings';
import { DUE_SOON_DAYS, readSummaries } from '../repositories/task-list';
import {
  conclusionsOfMeeting,
  countByLeadOrganisation,
  countByStatus,
  countCompletedBetween,
  countOpenDueBetween,
  countOverdueByLeadOrganisation,
  directivesArrivedBetween,
  findPreviousMeeting,
  openConclusionTaskIds,
  openTaskIdsDueBetween,
  overdueTaskIds,
  taskIdsOfMeeting,
} from '../repositories/task-overview';
import { taskErrors } from './task-messages';
import { taskToday } from './tasks';

/** "Kết luận này đã giao cho ai, đến đâu": every conclusion of a meeting with the tasks made from it. */
export function tasksForMeeting(ctx: CoreContext, meetingId: number): MeetingFollowUp {
  if (!findMeetingHeader(ctx.db, meetingId)) throw taskErrors.meetingNotFound();
  const today = taskToday(ctx);
  const links = taskIdsOfMeeting(ctx.db, meetingId);
  const summaries = new Map(readSummaries(ctx.db, links.map((link) => link.id), today).map((task) => [task.id, task]));
  const tasksOf = (conclusionId: string | null) =>
    links.filter((link) => link.conclusionId === conclusionId).flatMap((link) => summaries.get(link.id) ?? []);
  const conclusions = conclusionsOfMeeting(ctx.db, meetingId);
  const known = new Set(conclusions.map((c) => c.id));
  return {
    conclusions: conclusions.map((c) => ({ conclusionId: c.id, position: c.position, content: c.content, tasks: tasksOf(c.id) })),
    // Made from a conclusion since removed from the meeting, or linked to the meeting some other way.
    detached: links.filter((link) => link.conclusionId === null || !known.has(link.conclusionId)).flatMap((link) => summaries.get(link.id) ?? []),
    today,
  };
}

/**
 * "Xem lại kỳ trước": the open tasks from the conclusions of the previous meeting of the same kind
 * (the latest one that started earlier and is not in the bin), ready to discuss at this one.
 */
export function reviewOfLastTime(ctx: CoreContext, meetingId: number): ReviewOfLastTime {
  const meeting = findMeetingHeader(ctx.db, meetingId);
  if (!meeting) throw taskErrors.meetingNotFound();
  const today = taskToday(ctx);
  const previousMeeting = findPreviousMeeting(ctx.db, meeting);
  const tasks = previousMeeting ? readSummaries(ctx.db, openConclusionTaskIds(ctx.db, previousMeeting.id), today) : [];
  return { previousMeeting, tasks, today };
}

const DASHBOARD_LIST_LIMIT = 20;

/** The local month as instants, for completion times (stored as ISO instants). */
function monthInstants(first: string, nextFirst: string): [string, string] {
  const instant = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return new Date(y, m - 1, d).toISOString();
  };
  return [instant(first), instant(nextFirst)];
}

export function dashboardOverview(ctx: CoreContext): DashboardOverview {
  const today = taskToday(ctx);
  const week = weekOf(today);
  const month = monthOf(today);
  const counted = new Map(countByStatus(ctx.db).map((row) => [row.status, row.count]));
  const byStatus = TASK_STATUS.values.map((status) => ({ status, count: counted.get(status) ?? 0 }));
  const overdueByOrganisation = countOverdueByLeadOrganisation(ctx.db, today);
  const byOrganisation = countByLeadOrganisation(ctx.db, overdueByOrganisation).sort(
    (a, b) => b.overdue + b.open - (a.overdue + a.open) || b.done - a.done || vietnameseCollator.compare(a.name, b.name),
  );
  const open = byStatus.filter((row) => row.status !== 'hoan_thanh').reduce((sum, row) => sum + row.count, 0);
  return {
    today,
    week,
    totals: {
      open,
      overdue: [...overdueByOrganisation.values()].reduce((sum, n) => sum + n, 0),
      dueWithin7Days: countOpenDueBetween(ctx.db, today, addDays(today, DUE_SOON_DAYS)),
      doneThisMonth: countCompletedBetween(ctx.db, ...monthInstants(month.first, month.nextFirst)),
    },
    byStatus,
    byOrganisation,
    overdue: readSummaries(ctx.db, overdueTaskIds(ctx.db, today, DASHBOARD_LIST_LIMIT), today),
    dueThisWeek: readSummaries(ctx.db, openTaskIdsDueBetween(ctx.db, week.monday, week.sunday, DASHBOARD_LIST_LIMIT), today),
    directivesThisMonth: directivesArrivedBetween(ctx.db, month.first, month.nextFirst, 10),
  };
}
