import type { z } from 'zod';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { organisationInput, personInput } from '../../shared/schemas/directory';
import { meetingInput } from '../../shared/schemas/meeting';
import { foldForSearch } from '../../shared/text';
import { generateDataset, type Dataset, type DatasetSize } from './generate';

/**
 * Writes a generated dataset with plain prepared INSERTs in one transaction: going through
 * the handlers would take minutes at full scale. Every record is still parsed by the app's
 * zod schemas (so text is normalised exactly as on save), and the columns and search_text
 * are computed the way the repositories compute them; verify.ts checks that claim against
 * the real handlers on every run.
 */

export interface SeedCounts {
  organisations: number;
  people: number;
  meetings: number;
  deletedMeetings: number;
  attendees: number;
  connectedPoints: number;
  agendaItems: number;
  speeches: number;
  conclusions: number;
  awards: number;
}

export function writeDataset(db: Db, dataset: Dataset): void {
  const insertOrganisation = db.prepare(
    `INSERT INTO organisations (name, kind, abbreviation, active, search_text, created_at, updated_at)
     VALUES (@name, @kind, @abbreviation, @active, @searchText, @at, @at)`,
  );
  const insertPerson = db.prepare(
    `INSERT INTO people (full_name, title, organisation_id, phone, email, active, search_text, created_at, updated_at)
     VALUES (@fullName, @title, @organisationId, @phone, @email, @active, @searchText, @at, @at)`,
  );
  const insertMeeting = db.prepare(
    `INSERT INTO meetings (title, kind, kind_other, start_at, end_at, place, format, host_name, status, notes, search_text,
       created_at, updated_at, deleted_at)
     VALUES (@title, @kind, @kindOther, @startAt, @endAt, @place, @format, @hostName, @status, @notes, @searchText,
       @createdAt, @updatedAt, @deletedAt)`,
  );
  const children = prepareChildInserts(db);
  const at = '2016-01-01T00:00:00.000Z';

  db.transaction(() => {
    const organisations: Array<z.output<typeof organisationInput>> = [];
    for (const generated of dataset.organisations) {
      const organisation = organisationInput.parse(generated.input);
      organisations.push(organisation);
      insertOrganisation.run({
        ...organisation,
        active: generated.active ? 1 : 0,
        searchText: foldForSearch(`${organisation.name} ${organisation.abbreviation}`),
        at,
      });
    }
    for (const generated of dataset.people) {
      const person = personInput.parse(generated.input);
      const organisation = person.organisationId === null ? undefined : organisations[person.organisationId - 1];
      insertPerson.run({
        ...person,
        active: generated.active ? 1 : 0,
        searchText: foldForSearch(
          `${person.fullName} ${person.title} ${organisation?.name ?? ''} ${organisation?.abbreviation ?? ''}`,
        ),
        at,
      });
    }
    dataset.meetings.forEach((generated, index) => {
      const meeting = meetingInput.parse({ ...generated.input, id: index + 1 });
      const result = insertMeeting.run({
        ...meeting,
        searchText: foldForSearch(`${meeting.title} ${meeting.place} ${meeting.hostName} ${meeting.kindOther}`),
        createdAt: generated.createdAt,
        updatedAt: generated.updatedAt,
        deletedAt: generated.deletedAt,
      });
      if (Number(result.lastInsertRowid) !== meeting.id) throw new Error('bench data must be written into a fresh file');
      children(meeting);
    });
  })();
}

/** The same rows, positions included, that writeMeetingChildren produces for a new meeting. */
function prepareChildInserts(db: Db) {
  const point = db.prepare('INSERT INTO meeting_connected_points (id, meeting_id, position, name) VALUES (?, ?, ?, ?)');
  const attendee = db.prepare(
    `INSERT INTO meeting_attendees (id, meeting_id, position, person_id, full_name, title, organisation_name, role, attendance, absence_reason)
     VALUES (@id, @meetingId, @position, @personId, @fullName, @title, @organisationName, @role, @attendance, @absenceReason)`,
  );
  const item = db.prepare('INSERT INTO agenda_items (id, meeting_id, position, title, presenter) VALUES (?, ?, ?, ?, ?)');
  const speech = db.prepare(
    `INSERT INTO speeches (id, agenda_item_id, meeting_id, position, kind, speaker_name, speaker_title, summary)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const conclusion = db.prepare('INSERT INTO conclusions (id, meeting_id, position, content) VALUES (?, ?, ?, ?)');
  const award = db.prepare(
    `INSERT INTO awards (id, meeting_id, position, form, form_other, recipient, recipient_kind, issuer)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (meeting: z.output<typeof meetingInput>): void => {
    const meetingId = meeting.id;
    meeting.connectedPoints.forEach((p, position) => point.run(p.id, meetingId, position, p.name));
    meeting.attendees.forEach((a, position) => attendee.run({ ...a, meetingId, position }));
    meeting.agenda.forEach((a, position) => item.run(a.id, meetingId, position, a.title, a.presenter));
    // Speech positions run across the whole meeting, not per agenda item (as in writeMeetingChildren).
    meeting.agenda
      .flatMap((a) => a.speeches.map((s) => ({ ...s, agendaItemId: a.id })))
      .forEach((s, position) =>
        speech.run(s.id, s.agendaItemId, meetingId, position, s.kind, s.speakerName, s.speakerTitle, s.summary),
      );
    meeting.conclusions.forEach((c, position) => conclusion.run(c.id, meetingId, position, c.content));
    meeting.awards.forEach((a, position) =>
      award.run(a.id, meetingId, position, a.form, a.formOther, a.recipient, a.recipientKind, a.issuer),
    );
  };
}

export function countRows(db: Db): SeedCounts {
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    organisations: n('SELECT count(*) AS n FROM organisations'),
    people: n('SELECT count(*) AS n FROM people'),
    meetings: n('SELECT count(*) AS n FROM meetings'),
    deletedMeetings: n('SELECT count(*) AS n FROM meetings WHERE deleted_at IS NOT NULL'),
    attendees: n('SELECT count(*) AS n FROM meeting_attendees'),
    connectedPoints: n('SELECT count(*) AS n FROM meeting_connected_points'),
    agendaItems: n('SELECT count(*) AS n FROM agenda_items'),
    speeches: n('SELECT count(*) AS n FROM speeches'),
    conclusions: n('SELECT count(*) AS n FROM conclusions'),
    awards: n('SELECT count(*) AS n FROM awards'),
  };
}

/** Creates `file` with the app's migrations and fills it; the file is closed (checkpointed) afterwards. */
export function seedBenchDatabase(file: string, size: DatasetSize, now: Date): SeedCounts {
  const { db } = openDatabase(file);
  try {
    writeDataset(db, generateDataset(size, now));
    // No ANALYZE: the app never runs it, so the planner must do without statistics here too.
    return countRows(db);
  } finally {
    db.close();
  }
}
