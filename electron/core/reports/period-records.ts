import type { AwardForm, AwardRecipientKind, AttendeeRole, DirectiveType, MeetingDirectiveRelation, MeetingKind, OrganisationKind, TaskRecurrence, TaskStatus } from '../../../shared/domain';
import { addDays } from '../../../shared/task-dates';
import type { Db } from '../db/open';

/**
 * The SQL that reads a period's records for a report. Every rule of "what counts" is here, in
 * one place, and the README repeats it:
 *
 * - a meeting is HELD in the period when it is not in the bin, its date is in the period and its
 *   status is not "Dự kiến"; its conclusions, awards and speeches count with it;
 * - a directive is RECEIVED when it is incoming ("văn bản đến"), not in the bin, and its arrival
 *   date (else its issue date) is in the period;
 * - a conclusion notice is ISSUED when it is an issued "thông báo kết luận" dated in the period;
 * - tasks are read whole here and counted in figures.ts (assigned, completed, on time, overdue).
 *
 * "In the period" means from its first day to `countedTo`: its last day, or today while it runs.
 */
export interface PeriodBounds {
  start: string;
  /** Last day counted (inclusive). */
  countedTo: string;
  /** First day NOT counted for overdue/open: the day after the period, or today while it runs. */
  cutoff: string;
}

function params(bounds: PeriodBounds) {
  // Meetings store a local date-time ("2026-01-05T08:00"): comparing with the day after keeps the index usable.
  return { start: bounds.start, countedTo: bounds.countedTo, dayAfter: addDays(bounds.countedTo, 1), cutoff: bounds.cutoff };
}

const HELD = `
  SELECT id FROM meetings
  WHERE deleted_at IS NULL AND status <> 'du_kien' AND start_at >= @start AND start_at < @dayAfter`;

export interface MeetingRow {
  id: number;
  title: string;
  kind: MeetingKind;
  start_at: string;
  place: string;
}

export function heldMeetings(db: Db, bounds: PeriodBounds): MeetingRow[] {
  return db
    .prepare(
      `SELECT id, title, kind, start_at, place FROM meetings
       WHERE deleted_at IS NULL AND status <> 'du_kien' AND start_at >= @start AND start_at < @dayAfter
       ORDER BY start_at, id`,
    )
    .all(params(bounds)) as MeetingRow[];
}

/** Meetings whose day has passed but that are still "Dự kiến": not counted, and the user is told. */
export function meetingsStillPlanned(db: Db, bounds: PeriodBounds): Array<{ id: number }> {
  return db
    .prepare(
      `SELECT id FROM meetings
       WHERE deleted_at IS NULL AND status = 'du_kien' AND start_at >= @start AND start_at < @dayAfter AND start_at < @cutoff
       ORDER BY start_at, id`,
    )
    .all(params(bounds)) as Array<{ id: number }>;
}

export interface ChairRow {
  meeting_id: number;
  full_name: string;
  title: string;
  organisation_name: string;
  role: AttendeeRole;
}

export function chairsOfHeldMeetings(db: Db, bounds: PeriodBounds): ChairRow[] {
  return db
    .prepare(
      `SELECT a.meeting_id, a.full_name, a.title, a.organisation_name, a.role
       FROM meeting_attendees a JOIN (${HELD}) h ON h.id = a.meeting_id
       WHERE a.role IN ('chu_tri', 'dong_chu_tri') AND trim(a.full_name) <> ''
       ORDER BY a.meeting_id, a.role = 'dong_chu_tri', a.position`,
    )
    .all(params(bounds)) as ChairRow[];
}

export interface ConclusionRow {
  id: string;
  meeting_id: number;
  has_task: 0 | 1;
}

/** The conclusions of the meetings held, and whether a task (not in the bin) was assigned from each. */
export function conclusionsOfHeldMeetings(db: Db, bounds: PeriodBounds): ConclusionRow[] {
  return db
    .prepare(
      `SELECT c.id, c.meeting_id,
         EXISTS (SELECT 1 FROM tasks t WHERE t.conclusion_id = c.id AND t.deleted_at IS NULL) AS has_task
       FROM conclusions c JOIN (${HELD}) h ON h.id = c.meeting_id
       WHERE trim(c.content) <> ''
       ORDER BY c.meeting_id, c.position`,
    )
    .all(params(bounds)) as ConclusionRow[];
}

export function conclusionNoticesIssued(db: Db, bounds: PeriodBounds): Array<{ id: number }> {
  return db
    .prepare(
      `SELECT id FROM documents
       WHERE deleted_at IS NULL AND kind = 'thong_bao_ket_luan' AND status = 'da_ban_hanh'
         AND document_date BETWEEN @start AND @countedTo
       ORDER BY document_date, id`,
    )
    .all(params(bounds)) as Array<{ id: number }>;
}

export interface AwardRow {
  id: string;
  meeting_id: number;
  meeting_title: string;
  start_at: string;
  form: AwardForm;
  form_other: string;
  recipient: string;
  recipient_kind: AwardRecipientKind;
  issuer: string;
}

export function awardsOfHeldMeetings(db: Db, bounds: PeriodBounds): AwardRow[] {
  return db
    .prepare(
      `SELECT a.id, a.meeting_id, m.title AS meeting_title, m.start_at, a.form, a.form_other, a.recipient, a.recipient_kind, a.issuer
       FROM awards a JOIN (${HELD}) h ON h.id = a.meeting_id JOIN meetings m ON m.id = a.meeting_id
       WHERE trim(a.recipient) <> ''
       ORDER BY m.start_at, a.meeting_id, a.position`,
    )
    .all(params(bounds)) as AwardRow[];
}

export interface SpeechRow {
  id: string;
  meeting_id: number;
  meeting_title: string;
  start_at: string;
  speaker_name: string;
  speaker_title: string;
  summary: string;
}

export function speechesOfHeldMeetings(db: Db, bounds: PeriodBounds): SpeechRow[] {
  return db
    .prepare(
      `SELECT s.id, s.meeting_id, m.title AS meeting_title, m.start_at, s.speaker_name, s.speaker_title, s.summary
       FROM speeches s JOIN (${HELD}) h ON h.id = s.meeting_id JOIN meetings m ON m.id = s.meeting_id
       JOIN agenda_items i ON i.id = s.agenda_item_id
       WHERE trim(s.summary) <> ''
       ORDER BY m.start_at, s.meeting_id, i.position, s.position`,
    )
    .all(params(bounds)) as SpeechRow[];
}

export interface DirectiveRow {
  id: number;
  number_symbol: string;
  type: DirectiveType;
  summary: string;
  issuer_name: string;
  issued_date: string | null;
  arrival_date: string | null;
}

const RECEIVED = `
  FROM directives d
  WHERE d.deleted_at IS NULL AND d.direction = 'den' AND coalesce(d.arrival_date, d.issued_date) BETWEEN @start AND @countedTo`;

export function directivesReceived(db: Db, bounds: PeriodBounds): DirectiveRow[] {
  return db
    .prepare(
      `SELECT d.id, d.number_symbol, d.type, d.summary,
         coalesce((SELECT o.name FROM organisations o WHERE o.id = d.issuer_organisation_id), d.issuer_name) AS issuer_name,
         d.issued_date, d.arrival_date
       ${RECEIVED}
       ORDER BY coalesce(d.arrival_date, d.issued_date), d.arrival_number, d.id`,
    )
    .all(params(bounds)) as DirectiveRow[];
}

export interface DirectiveMeetingRow {
  directive_id: number;
  meeting_id: number;
  title: string;
  start_at: string;
  relation: MeetingDirectiveRelation;
}

/** Meetings (not in the bin, held or planned up to the end of the period) linked to the directives received. */
export function meetingsOfReceivedDirectives(db: Db, bounds: PeriodBounds): DirectiveMeetingRow[] {
  return db
    .prepare(
      `SELECT md.directive_id, m.id AS meeting_id, m.title, m.start_at, md.relation
       FROM meeting_directives md JOIN meetings m ON m.id = md.meeting_id
       WHERE m.deleted_at IS NULL AND m.start_at < @dayAfter AND md.directive_id IN (SELECT d.id ${RECEIVED})
       ORDER BY md.directive_id, m.start_at, m.id`,
    )
    .all(params(bounds)) as DirectiveMeetingRow[];
}

export interface DirectivePlanRow {
  guides_id: number;
  id: number;
  number_symbol: string;
  type: DirectiveType;
  summary: string;
  issued_date: string | null;
}

/** Plans and guidance registered as implementing ("hướng dẫn") a directive received, issued by the end of the period. */
export function plansOfReceivedDirectives(db: Db, bounds: PeriodBounds): DirectivePlanRow[] {
  return db
    .prepare(
      `SELECT p.guides_id, p.id, p.number_symbol, p.type, p.summary, p.issued_date
       FROM directives p
       WHERE p.deleted_at IS NULL AND (p.issued_date IS NULL OR p.issued_date <= @countedTo)
         AND p.guides_id IN (SELECT d.id ${RECEIVED})
       ORDER BY p.guides_id, p.issued_date, p.id`,
    )
    .all(params(bounds)) as DirectivePlanRow[];
}

export interface TaskRow {
  id: number;
  title: string;
  lead_organisation_id: number;
  organisation_name: string;
  organisation_kind: OrganisationKind;
  due_date: string | null;
  status: TaskStatus;
  directive_id: number | null;
  recurrence: TaskRecurrence;
  recurrence_day: number | null;
  /** The day it was assigned: its start date, else its meeting's date, else the local day it was entered. */
  assigned: string;
  /** The local day it was completed, or null. */
  completed: string | null;
}

/**
 * Every task not in the bin, with the two days the counts need. Read once per compilation (the
 * comparison periods count from the same rows): at 50,000 tasks this is one indexed scan.
 * `date(…, 'localtime')` turns the stored instant into the PC's local day, the same "local" the
 * task rules use.
 */
export function liveTasks(db: Db): TaskRow[] {
  return db
    .prepare(
      `SELECT t.id, t.title, t.lead_organisation_id, o.name AS organisation_name, o.kind AS organisation_kind,
         t.due_date, t.status, t.directive_id, t.recurrence, t.recurrence_day,
         coalesce(t.start_date, substr(m.start_at, 1, 10), date(t.created_at, 'localtime')) AS assigned,
         CASE WHEN t.completed_at IS NULL THEN NULL ELSE date(t.completed_at, 'localtime') END AS completed
       FROM tasks t JOIN organisations o ON o.id = t.lead_organisation_id LEFT JOIN meetings m ON m.id = t.meeting_id
       WHERE t.deleted_at IS NULL
       ORDER BY t.id`,
    )
    .all() as TaskRow[];
}
