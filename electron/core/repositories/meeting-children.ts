import type { MeetingAgendaItem } from '../../../shared/schemas/meeting';
import type { Db } from '../db/open';
import { removeMissingChildren, upsertChildren } from '../db/write/children';
import { findRowsBy } from '../db/write/write';
import { agendaItems, awards, conclusions, meetingAttendees, meetingConnectedPoints, speeches } from '../db/write/tables';
import { AppError } from '../errors';
import type { MeetingChildren } from './meetings';

export function loadMeetingChildren(db: Db, meetingId: number): MeetingChildren {
  const strip = <R extends { meetingId: number; position: number }>({ meetingId: _meetingId, position: _position, ...row }: R) => row;
  const rowsOf = <R extends { meetingId: number; position: number }>(rows: R[]) => rows.map(strip);
  const speechRows = rowsOf(findRowsBy(db, speeches, 'meetingId', meetingId, 'position'));
  const agenda: MeetingAgendaItem[] = rowsOf(findRowsBy(db, agendaItems, 'meetingId', meetingId, 'position')).map((item) => ({
    ...item,
    speeches: speechRows
      .filter((speech) => speech.agendaItemId === item.id)
      .map(({ agendaItemId: _agendaItemId, ...speech }) => speech),
  }));
  return {
    connectedPoints: rowsOf(findRowsBy(db, meetingConnectedPoints, 'meetingId', meetingId, 'position')),
    attendees: rowsOf(findRowsBy(db, meetingAttendees, 'meetingId', meetingId, 'position')),
    agenda,
    conclusions: rowsOf(findRowsBy(db, conclusions, 'meetingId', meetingId, 'position')),
    awards: rowsOf(findRowsBy(db, awards, 'meetingId', meetingId, 'position')),
  };
}

/**
 * Writes the child rows of one meeting through the write path: rows no longer present are
 * deleted, new ones inserted, changed ones updated (ids stay stable: later features link to them),
 * unchanged ones left alone. Runs inside the caller's transaction. A row id that belongs to
 * another meeting is refused, never taken over.
 */
export function writeMeetingChildren(db: Db, meetingId: number, children: MeetingChildren, at: string): void {
  const speechRows = children.agenda.flatMap((item) =>
    item.speeches.map((speech) => ({ ...speech, agendaItemId: item.id })),
  );
  const options = { at, foreignKeyError: conflict };
  // Speeches first: they hang off agenda items, and a cascade would delete them unlogged.
  removeMissingChildren(db, speeches, 'meetingId', meetingId, speechRows.map((s) => s.id), options);
  removeMissingChildren(db, agendaItems, 'meetingId', meetingId, children.agenda.map((i) => i.id), options);
  removeMissingChildren(db, meetingAttendees, 'meetingId', meetingId, children.attendees.map((a) => a.id), options);
  removeMissingChildren(db, conclusions, 'meetingId', meetingId, children.conclusions.map((c) => c.id), options);
  removeMissingChildren(db, awards, 'meetingId', meetingId, children.awards.map((a) => a.id), options);
  removeMissingChildren(db, meetingConnectedPoints, 'meetingId', meetingId, children.connectedPoints.map((p) => p.id), options);

  const placed = <R,>(rows: readonly R[]) => rows.map((row, position) => ({ ...row, meetingId, position }));
  upsertChildren(db, meetingConnectedPoints, 'meetingId', meetingId, placed(children.connectedPoints), options);
  upsertChildren(db, meetingAttendees, 'meetingId', meetingId, placed(children.attendees), options);
  upsertChildren(db, agendaItems, 'meetingId', meetingId, placed(children.agenda.map(({ speeches: _speeches, ...item }) => item)), options);
  upsertChildren(db, speeches, 'meetingId', meetingId, placed(speechRows), options);
  upsertChildren(db, conclusions, 'meetingId', meetingId, placed(children.conclusions), options);
  upsertChildren(db, awards, 'meetingId', meetingId, placed(children.awards), options);
}

function conflict(): AppError {
  return new AppError('CONFLICT', 'Dữ liệu gửi lên trùng với một hội nghị khác nên chưa được lưu. Hãy tải lại trang.');
}
