import type { Person } from '../../../shared/schemas/directory';
import { foldForSearch, vietnameseCollator } from '../../../shared/text';

/** The most people one list shows; a search narrows it down. */
export const PEOPLE_LIST_LIMIT = 1000;
import type { Db } from '../db/open';
import { likeContains, toBool } from './sql';

interface PersonRow {
  id: number;
  full_name: string;
  title: string;
  organisation_id: number | null;
  organisation_name: string | null;
  phone: string;
  email: string;
  active: number;
  meeting_count: number;
  updated_at: string;
}

const SELECT = `
SELECT p.id, p.full_name, p.title, p.organisation_id, o.name AS organisation_name, p.phone, p.email, p.active, p.updated_at,
  (SELECT count(DISTINCT a.meeting_id) FROM meeting_attendees a WHERE a.person_id = p.id) AS meeting_count
FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id`;

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    fullName: row.full_name,
    title: row.title,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name ?? '',
    phone: row.phone,
    email: row.email,
    active: toBool(row.active),
    meetingCount: row.meeting_count,
    updatedAt: row.updated_at,
  };
}

export interface PeopleFilter {
  text: string;
  includeInactive: boolean;
  organisationId: number | null;
}

export function listPeople(db: Db, filter: PeopleFilter): Person[] {
  const rows = db
    .prepare(
      `${SELECT}
       WHERE (@includeInactive OR p.active = 1)
         AND (@organisationId IS NULL OR p.organisation_id = @organisationId)
         AND (@text = '' OR p.search_text LIKE @like ESCAPE '\\')
       ORDER BY p.active DESC
       LIMIT 5000`,
    )
    .all({
      includeInactive: filter.includeInactive ? 1 : 0,
      organisationId: filter.organisationId,
      text: filter.text,
      like: likeContains(foldForSearch(filter.text)),
    }) as PersonRow[];
  // SQLite's NOCASE would put "Đặng" after "Trần"; Vietnamese order comes from the collator.
  return rows
    .map(toPerson)
    .sort((a, b) => Number(b.active) - Number(a.active) || vietnameseCollator.compare(a.fullName, b.fullName))
    .slice(0, PEOPLE_LIST_LIMIT);
}

export function findPerson(db: Db, id: number): Person | null {
  const row = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as PersonRow | undefined;
  return row ? toPerson(row) : null;
}

export interface PersonFields {
  fullName: string;
  title: string;
  organisationId: number | null;
  phone: string;
  email: string;
}

interface OrganisationNames {
  name: string;
  abbreviation: string;
}

function organisationNames(db: Db, organisationId: number | null): OrganisationNames | undefined {
  if (organisationId === null) return undefined;
  return db.prepare('SELECT name, abbreviation FROM organisations WHERE id = ?').get(organisationId) as OrganisationNames | undefined;
}

/** A person is found by name, title, and the name or abbreviation of their organisation. */
function searchText(fields: PersonFields, organisation: OrganisationNames | undefined): string {
  return foldForSearch(
    `${fields.fullName} ${fields.title} ${organisation?.name ?? ''} ${organisation?.abbreviation ?? ''}`,
  );
}

export function insertPerson(db: Db, fields: PersonFields, at: string): number {
  const result = db
    .prepare(
      `INSERT INTO people (full_name, title, organisation_id, phone, email, search_text, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(fields.fullName, fields.title, fields.organisationId, fields.phone, fields.email, searchText(fields, organisationNames(db, fields.organisationId)), at, at);
  return Number(result.lastInsertRowid);
}

export function updatePerson(db: Db, id: number, fields: PersonFields, at: string): boolean {
  return (
    db
      .prepare(
        `UPDATE people SET full_name = ?, title = ?, organisation_id = ?, phone = ?, email = ?, search_text = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(fields.fullName, fields.title, fields.organisationId, fields.phone, fields.email, searchText(fields, organisationNames(db, fields.organisationId)), at, id)
      .changes === 1
  );
}

export function setPersonActive(db: Db, id: number, active: boolean, at: string): boolean {
  return db.prepare('UPDATE people SET active = ?, updated_at = ? WHERE id = ?').run(active ? 1 : 0, at, id).changes === 1;
}

/** Points every meeting attendance of `fromId` at `toId`; the titles recorded at each meeting stay as they were. */
export function reassignPerson(db: Db, fromId: number, toId: number): void {
  db.prepare('UPDATE meeting_attendees SET person_id = ? WHERE person_id = ?').run(toId, fromId);
}

export function deletePersonRow(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM people WHERE id = ?').run(id).changes === 1;
}

/** Refreshes search text of the people of one organisation after it was renamed. */
export function refreshPeopleSearchText(db: Db, organisationId: number): void {
  const people = db
    .prepare('SELECT id, full_name AS fullName, title, organisation_id AS organisationId, phone, email FROM people WHERE organisation_id = ?')
    .all(organisationId) as Array<PersonFields & { id: number }>;
  // Everyone here belongs to the same organisation: read its names once, not once per person.
  const organisation = organisationNames(db, organisationId);
  const update = db.prepare('UPDATE people SET search_text = ? WHERE id = ?');
  for (const person of people) update.run(searchText(person, organisation), person.id);
}
