import type { MeetingKind, TaskRecurrence, TaskStatus } from '../../../shared/domain';
import type { DirectiveArrival, MeetingRef, OrganisationTaskCounts } from '../../../shared/schemas/task';
import type { Db } from '../db/open';
import { orderOf } from './task-list';
import { OPEN_STATUSES } from './tasks';

/** The live tasks a meeting assigned, grouped by the conclusion they came from (null: the conclusion was removed). */
export function taskIdsOfMeeting(db: Db, meetingId: number): Array<{ id: number; conclusionId: string | null }> {
  return db
    .prepare(
      `SELECT id, conclusion_id AS conclusionId FROM tasks
       WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY created_at, id`,
    )
    .all(meetingId) as Array<{ id: number; conclusionId: string | null }>;
}

export function conclusionsOfMeeting(db: Db, meetingId: number): Array<{ id: string; position: number; content: string }> {
  return db.prepare('SELECT id, position, content FROM conclusions WHERE meeting_id = ? ORDER BY position').all(meetingId) as Array<{
    id: string;
    position: number;
    content: string;
  }>;
}

/**
 * The meeting of the same kind held last before this one (latest earlier start, not in the bin).
 * "Khác" meetings only follow meetings of the same stated kind: two unrelated "other" meetings
 * are not one series.
 */
export function findPreviousMeeting(db: Db, meeting: { id: number; kind: MeetingKind; kindOther: string; startAt: string }): MeetingRef | null {
  const row = db
    .prepare(
      `SELECT id, title, start_at AS startAt FROM meetings
       WHERE deleted_at IS NULL AND kind = @kind AND start_at < @startAt AND id <> @id
         AND (@kind <> 'khac' OR kind_other = @kindOther)
       ORDER BY start_at DESC, id DESC LIMIT 1`,
    )
    .get({ id: meeting.id, kind: meeting.kind, kindOther: meeting.kindOther, startAt: meeting.startAt }) as MeetingRef | undefined;
  return row ?? null;
}

/** Open tasks made from a meeting's conclusions, most urgent first. */
export function openConclusionTaskIds(db: Db, meetingId: number): number[] {
  return (
    db
      .prepare(
        `SELECT id FROM tasks
         WHERE meeting_id = ? AND source = 'ket_luan' AND deleted_at IS NULL AND status IN ${OPEN_STATUSES}
         ORDER BY due_date IS NULL, due_date, id`,
      )
      .all(meetingId) as Array<{ id: number }>
  ).map((row) => row.id);
}

/** Live tasks per status, from migration 009's task_counts (kept by triggers), not a pass over the tasks. */
export function countByStatus(db: Db): Array<{ status: TaskStatus; count: number }> {
  return db.prepare('SELECT status, sum(n) AS count FROM task_counts GROUP BY status').all() as Array<{ status: TaskStatus; count: number }>;
}

/** Open tasks past their due date per lead organisation, counted from the tasks_status_due_lead index alone. */
export function countOverdueByLeadOrganisation(db: Db, today: string): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT lead_organisation_id AS organisationId, count(*) AS n FROM tasks
       WHERE deleted_at IS NULL AND status IN ${OPEN_STATUSES} AND due_date < ? GROUP BY lead_organisation_id`,
    )
    .all(today) as Array<{ organisationId: number; n: number }>;
  return new Map(rows.map((row) => [row.organisationId, row.n]));
}

/** Open tasks past their due date, all organisations together (the home screen's count, the dashboard's total). */
export function countOverdue(db: Db, today: string): number {
  const row = db.prepare(`SELECT count(*) AS n FROM tasks WHERE deleted_at IS NULL AND status IN ${OPEN_STATUSES} AND due_date < ?`).get(today) as { n: number };
  return row.n;
}

/**
 * Open / overdue / done per lead organisation: the totals per status from task_counts, and the
 * overdue ones counted apart (they depend on today), so "open" is the open total less them.
 */
export function countByLeadOrganisation(db: Db, overdue: ReadonlyMap<number, number>): OrganisationTaskCounts[] {
  const totals = db
    .prepare(
      `SELECT c.lead_organisation_id AS organisationId, coalesce(o.name, '') AS name,
         sum(CASE WHEN c.status = 'hoan_thanh' THEN 0 ELSE c.n END) AS openTotal,
         sum(CASE WHEN c.status = 'hoan_thanh' THEN c.n ELSE 0 END) AS done
       FROM task_counts c LEFT JOIN organisations o ON o.id = c.lead_organisation_id
       GROUP BY c.lead_organisation_id`,
    )
    .all() as Array<{ organisationId: number; name: string; openTotal: number; done: number }>;
  return totals.map(({ organisationId, name, openTotal, done }) => {
    const late = overdue.get(organisationId) ?? 0;
    return { organisationId, name, open: openTotal - late, overdue: late, done };
  });
}

export function countOpenDueBetween(db: Db, from: string | null, to: string): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM tasks WHERE deleted_at IS NULL AND status IN ${OPEN_STATUSES}
           AND due_date <= @to AND (@from IS NULL OR due_date >= @from)`,
      )
      .get({ from, to }) as { n: number }
  ).n;
}

export function countCompletedBetween(db: Db, fromInstant: string, toInstant: string): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM tasks WHERE deleted_at IS NULL AND status = 'hoan_thanh'
           AND completed_at >= ? AND completed_at < ?`,
      )
      .get(fromInstant, toInstant) as { n: number }
  ).n;
}

/** Open tasks due in [from, to], earliest first (the list's order). */
export function openTaskIdsDueBetween(db: Db, from: string, to: string, limit: number): number[] {
  return (
    db
      .prepare(
        `SELECT t.id FROM tasks t WHERE t.deleted_at IS NULL AND t.status IN ${OPEN_STATUSES}
           AND t.due_date >= @from AND t.due_date <= @to
         ORDER BY ${orderOf({ sort: 'han' })} LIMIT @limit`,
      )
      .all({ from, to, limit }) as Array<{ id: number }>
  ).map((row) => row.id);
}

/** The most overdue open tasks: the first entries of tasks_list_order, so no sort of every overdue task. */
export function overdueTaskIds(db: Db, today: string, limit: number): number[] {
  return (
    db
      .prepare(
        `SELECT t.id FROM tasks t WHERE t.deleted_at IS NULL AND t.status <> 'hoan_thanh' AND t.due_date < @today
         ORDER BY ${orderOf({ sort: 'han' })} LIMIT @limit`,
      )
      .all({ today, limit }) as Array<{ id: number }>
  ).map((row) => row.id);
}

/** Incoming directives (văn bản đến) that arrived in [from, to), from the register of migration 003. */
export function directivesArrivedBetween(db: Db, from: string, to: string, limit: number): { count: number; latest: DirectiveArrival[] } {
  const where = `d.deleted_at IS NULL AND d.direction = 'den' AND d.arrival_date >= @from AND d.arrival_date < @to`;
  const count = (db.prepare(`SELECT count(*) AS n FROM directives d WHERE ${where}`).get({ from, to }) as { n: number }).n;
  const latest = db
    .prepare(
      `SELECT d.id, d.number_symbol AS numberSymbol, d.summary,
         coalesce(o.name, d.issuer_name) AS issuerName, d.arrival_date AS arrivalDate
       FROM directives d LEFT JOIN organisations o ON o.id = d.issuer_organisation_id
       WHERE ${where}
       ORDER BY d.arrival_date DESC, d.id DESC LIMIT @limit`,
    )
    .all({ from, to, limit }) as DirectiveArrival[];
  return { count, latest };
}

/** A task given from one of a meeting's conclusions, with what a conclusion notice says of it. */
export interface ConclusionAssignmentRow {
  conclusionId: string;
  title: string;
  leadName: string;
  supportingNames: string[];
  dueDate: string | null;
  recurrence: TaskRecurrence;
}

/**
 * The live tasks made from a meeting's conclusions, in the order they were given. A periodic
 * duty is given once: the occurrences its completion made (same conclusion) are left out.
 */
export function conclusionAssignments(db: Db, meetingId: number): ConclusionAssignmentRow[] {
  const rows = db
    .prepare(
      `SELECT t.conclusion_id AS conclusionId, t.title, lo.name AS leadName, t.due_date AS dueDate, t.recurrence,
         (SELECT json_group_array(name) FROM (
            SELECT o.name FROM task_supporting_organisations s JOIN organisations o ON o.id = s.organisation_id
            WHERE s.task_id = t.id ORDER BY s.rowid)) AS supportingJson
       FROM tasks t
       JOIN conclusions c ON c.id = t.conclusion_id
       JOIN organisations lo ON lo.id = t.lead_organisation_id
       WHERE c.meeting_id = ? AND t.deleted_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM tasks p WHERE p.id = t.previous_task_id AND p.conclusion_id = t.conclusion_id AND p.deleted_at IS NULL)
       ORDER BY t.created_at, t.id`,
    )
    .all(meetingId) as Array<Omit<ConclusionAssignmentRow, 'supportingNames'> & { supportingJson: string }>;
  return rows.map(({ supportingJson, ...row }) => ({ ...row, supportingNames: JSON.parse(supportingJson) as string[] }));
}
