import type { ReportFigures } from '../../../shared/schemas/report';

/**
 * The figures as plain numbers, for the command line's JSON and the benchmark: what a report
 * says, without the lists of source records (those stay in the figures object and the annex).
 */
export function figureCounts(figures: ReportFigures) {
  const { meetings, directives, conclusions, tasks, awards, comparison } = figures;
  const counts = ({ period, ...rest }: NonNullable<ReportFigures['comparison']['previous']>) => ({ period: period.label, start: period.start, end: period.end, ...rest });
  return {
    meetingsHeld: meetings.held.value,
    meetingsByKind: Object.fromEntries(meetings.byKind.map((k) => [k.kind, k.count.value])),
    meetingsPastButStillPlanned: meetings.notMarkedHeld.value,
    directivesReceived: directives.received.value,
    directivesImplemented: directives.items.filter((d) => d.meetings.length > 0 || d.plans.length > 0 || d.tasks.value > 0).length,
    conclusions: conclusions.total.value,
    conclusionsAssignedAsTasks: conclusions.assignedAsTasks.value,
    conclusionNotices: conclusions.notices.value,
    tasksAssigned: tasks.assigned.value,
    tasksCompleted: tasks.completed.value,
    tasksCompletedOnTime: tasks.completedOnTime.value,
    tasksOverdue: tasks.overdue.value,
    tasksOpen: tasks.open.value,
    tasksByOrganisation: tasks.byOrganisation.map((o) => ({
      organisationId: o.organisationId,
      name: o.name,
      assigned: o.assigned.value,
      completed: o.completed.value,
      completedOnTime: o.completedOnTime.value,
      overdue: o.overdue.value,
    })),
    awards: awards.total.value,
    awardsByForm: Object.fromEntries(awards.byForm.map((f) => [f.form, f.count.value])),
    quotedFigures: figures.quotedFigures.length,
    limitations: figures.limitations.length,
    dutiesNextPeriod: figures.duties.length,
    comparison: {
      current: counts(comparison.current),
      previous: comparison.previous === null ? null : counts(comparison.previous),
      lastYear: counts(comparison.lastYear),
    },
  };
}
