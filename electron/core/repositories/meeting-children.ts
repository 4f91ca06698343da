import type { MeetingAgendaItem, MeetingSpeech } from '../../../shared/schemas/meeting';
import type { Db } from '../db/open';
import { AppError } from '../errors';
import type { MeetingChildren } from './meetings';

export function loadMeetingChildren(db: Db, meetingId: number): MeetingChildren {
  const connectedPoints = db
    .prepare('SELECT id, name FROM meeting_connected_points WHERE meeting_id = ? ORDER BY position')
    .all(meetingId) as MeetingChildren['connectedPoints'];
  const attendees = db
    .prepare(
      `SELECT id, person_id AS personId, full_name AS fullName, title, organisation_name AS organisationName,
         role, attendance, absence_reason AS absenceReason
       FROM meeting_attendees WHERE meeting_id = ? ORDER BY position`,
    )
    .all(meetingId) as MeetingChildren['attendees'];
  const items = db
    .prepare('SELECT id, title, presenter FROM agenda_items WHERE meeting_id = ? ORDER BY position')
    .all(meetingId) as Array<Omit<MeetingAgendaItem, 'speeches'>>;
  const speeches = db
    .prepare(
      `SELECT id, agenda_item_id AS agendaItemId, kind, speaker_name AS speakerName, speaker_title AS speakerTitle, summary
       FROM speeches WHERE meeting_id = ? ORDER BY position`,
    )
    .all(meetingId) as Array<MeetingSpeech & { agendaItemId: string }>;
  const agenda: MeetingAgendaItem[] = items.map((item) => ({
    ...item,
    speeches: speeches
      .filter((speech) => speech.agendaItemId === item.id)
      .map(({ agendaItemId: _agendaItemId, ...speech }) => speech),
  }));
  const conclusions = db
    .prepare('SELECT id, content FROM conclusions WHERE meeting_id = ? ORDER BY position')
    .all(meetingId) as MeetingChildren['conclusions'];
  const awards = db
    .prepare(
      `SELECT id, form, form_other AS formOther, recipient, recipient_kind AS recipientKind, issuer
       FROM awards WHERE meeting_id = ? ORDER BY position`,
    )
    .all(meetingId) as MeetingChildren['awards'];
  return { connectedPoints, attendees, agenda, conclusions, awards };
}

/**
 * Writes the child rows of one meeting: rows no longer present are deleted, the others are
 * upserted by id so that their ids stay stable (later features link to them). Runs inside the
 * caller's transaction. A row id that belongs to another meeting is refused, never taken over.
 */
export function writeMeetingChildren(db: Db, meetingId: number, children: MeetingChildren): void {
  const speeches = children.agenda.flatMap((item) =>
    item.speeches.map((speech) => ({ ...speech, agendaItemId: item.id })),
  );
  // Speeches first: they hang off agenda items.
  deleteMissing(db, 'speeches', meetingId, speeches.map((s) => s.id));
  deleteMissing(db, 'agenda_items', meetingId, children.agenda.map((i) => i.id));
  deleteMissing(db, 'meeting_attendees', meetingId, children.attendees.map((a) => a.id));
  deleteMissing(db, 'conclusions', meetingId, children.conclusions.map((c) => c.id));
  deleteMissing(db, 'awards', meetingId, children.awards.map((a) => a.id));
  deleteMissing(db, 'meeting_connected_points', meetingId, children.connectedPoints.map((p) => p.id));

  const upsertPoint = db.prepare(
    `INSERT INTO meeting_connected_points (id, meeting_id, position, name) VALUES (@id, @meetingId, @position, @name)
     ON CONFLICT(id) DO UPDATE SET position = excluded.position, name = excluded.name
     WHERE meeting_connected_points.meeting_id = excluded.meeting_id`,
  );
  children.connectedPoints.forEach((point, position) => expectOne(upsertPoint.run({ ...point, meetingId, position })));

  const upsertAttendee = db.prepare(
    `INSERT INTO meeting_attendees (id, meeting_id, position, person_id, full_name, title, organisation_name, role, attendance, absence_reason)
     VALUES (@id, @meetingId, @position, @personId, @fullName, @title, @organisationName, @role, @attendance, @absenceReason)
     ON CONFLICT(id) DO UPDATE SET position = excluded.position, person_id = excluded.person_id, full_name = excluded.full_name,
       title = excluded.title, organisation_name = excluded.organisation_name, role = excluded.role,
       attendance = excluded.attendance, absence_reason = excluded.absence_reason
     WHERE meeting_attendees.meeting_id = excluded.meeting_id`,
  );
  children.attendees.forEach((attendee, position) => expectOne(upsertAttendee.run({ ...attendee, meetingId, position })));

  const upsertItem = db.prepare(
    `INSERT INTO agenda_items (id, meeting_id, position, title, presenter) VALUES (@id, @meetingId, @position, @title, @presenter)
     ON CONFLICT(id) DO UPDATE SET position = excluded.position, title = excluded.title, presenter = excluded.presenter
     WHERE agenda_items.meeting_id = excluded.meeting_id`,
  );
  children.agenda.forEach(({ speeches: _speeches, ...item }, position) =>
    expectOne(upsertItem.run({ ...item, meetingId, position })),
  );

  const upsertSpeech = db.prepare(
    `INSERT INTO speeches (id, agenda_item_id, meeting_id, position, kind, speaker_name, speaker_title, summary)
     VALUES (@id, @agendaItemId, @meetingId, @position, @kind, @speakerName, @speakerTitle, @summary)
     ON CONFLICT(id) DO UPDATE SET agenda_item_id = excluded.agenda_item_id, position = excluded.position, kind = excluded.kind,
       speaker_name = excluded.speaker_name, speaker_title = excluded.speaker_title, summary = excluded.summary
     WHERE speeches.meeting_id = excluded.meeting_id`,
  );
  speeches.forEach((speech, position) => expectOne(upsertSpeech.run({ ...speech, meetingId, position })));

  const upsertConclusion = db.prepare(
    `INSERT INTO conclusions (id, meeting_id, position, content) VALUES (@id, @meetingId, @position, @content)
     ON CONFLICT(id) DO UPDATE SET position = excluded.position, content = excluded.content
     WHERE conclusions.meeting_id = excluded.meeting_id`,
  );
  children.conclusions.forEach((conclusion, position) =>
    expectOne(upsertConclusion.run({ ...conclusion, meetingId, position })),
  );

  const upsertAward = db.prepare(
    `INSERT INTO awards (id, meeting_id, position, form, form_other, recipient, recipient_kind, issuer)
     VALUES (@id, @meetingId, @position, @form, @formOther, @recipient, @recipientKind, @issuer)
     ON CONFLICT(id) DO UPDATE SET position = excluded.position, form = excluded.form, form_other = excluded.form_other,
       recipient = excluded.recipient, recipient_kind = excluded.recipient_kind, issuer = excluded.issuer
     WHERE awards.meeting_id = excluded.meeting_id`,
  );
  children.awards.forEach((award, position) => expectOne(upsertAward.run({ ...award, meetingId, position })));
}

const CHILD_TABLES = new Set([
  'speeches',
  'agenda_items',
  'meeting_attendees',
  'conclusions',
  'awards',
  'meeting_connected_points',
]);

function deleteMissing(db: Db, table: string, meetingId: number, keepIds: string[]): void {
  if (!CHILD_TABLES.has(table)) throw new Error(`not a child table: ${table}`);
  db.prepare(`DELETE FROM ${table} WHERE meeting_id = ? AND id NOT IN (SELECT value FROM json_each(?))`).run(
    meetingId,
    JSON.stringify(keepIds),
  );
}

function expectOne(result: { changes: number }): void {
  if (result.changes !== 1) {
    throw new AppError('CONFLICT', 'Dữ liệu gửi lên trùng với một hội nghị khác nên chưa được lưu. Hãy tải lại trang.');
  }
}
