import type { Person } from '../../../shared/schemas/directory';
import { foldForSearch, vietnameseCollator } from '../../../shared/text';
import { matchesQuery } from '../../../shared/text-match';
import type { Db } from '../db/open';
import { meetingAttendees, people } from '../db/write/tables';
import { deleteRow, insertRow, refoldRowsBy, updateRow, updateRowsBy, type UpdateOptions } from '../db/write/write';
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
  search_text?: string;
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

/** The most people one list shows; a search narrows it down. */
export const PEOPLE_LIST_LIMIT = 1000;

export interface PeopleFilter {
  text: string;
  includeInactive: boolean;
  organisationId: number | null;
}

export function listPeople(db: Db, filter: PeopleFilter): Person[] {
  // The index-free LIKE narrows by the longest typed word; the pickers' matcher (word starts, any
  // order, no tone marks) decides, so "nguyen anh" finds "Nguyễn Văn Anh" as every picker does.
  const folded = foldForSearch(filter.text);
  const typed = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const longest = typed.reduce((a, b) => (b.length > a.length ? b : a), '');
  const rows = db
    .prepare(
      `${SELECT.replace('SELECT p.id,', 'SELECT p.search_text, p.id,')}
       WHERE (@includeInactive OR p.active = 1)
         AND (@organisationId IS NULL OR p.organisation_id = @organisationId)
         AND (@text = '' OR p.search_text LIKE @like ESCAPE '\\' OR p.search_text LIKE @whole ESCAPE '\\')
       ORDER BY p.active DESC
       LIMIT 5000`,
    )
    .all({
      includeInactive: filter.includeInactive ? 1 : 0,
      organisationId: filter.organisationId,
      text: folded,
      like: likeContains(longest || folded),
      whole: likeContains(folded),
    }) as PersonRow[];
  // SQLite's NOCASE would put "Đặng" after "Trần"; Vietnamese order comes from the collator.
  return rows
    .filter(
      (row) =>
        folded === '' ||
        // Any other folded field, read from a word's start: "huong" must not find "Thường".
        ` ${row.search_text ?? ''}`.includes(` ${folded}`) ||
        matchesQuery(filter.text, { text: row.full_name, also: [row.title, row.organisation_name ?? ''] }),
    )
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

export function insertPerson(db: Db, fields: PersonFields, at: string): number {
  return insertRow(db, people, fields, { at }).id;
}

export function updatePerson(db: Db, id: number, fields: PersonFields, options: UpdateOptions): boolean {
  return updateRow(db, people, id, fields, options) !== null;
}

export function setPersonActive(db: Db, id: number, active: boolean, at: string): boolean {
  return updateRow(db, people, id, { active }, { at }) !== null;
}

/** Points every meeting attendance of `fromId` at `toId`; the titles recorded at each meeting stay as they were. */
export function reassignPerson(db: Db, fromId: number, toId: number, at: string): void {
  updateRowsBy(db, meetingAttendees, 'personId', fromId, { personId: toId }, { at });
}

export function deletePersonRow(db: Db, id: number, at: string): boolean {
  return deleteRow(db, people, id, { at });
}

/**
 * Refolds the search text of the people of one organisation after it was renamed: their own
 * fields did not change, so this is not an edit of theirs and leaves their stamps alone.
 */
export function refreshPeopleSearchText(db: Db, organisationId: number, at: string): void {
  refoldRowsBy(db, people, 'organisationId', organisationId, { at });
}

/**
 * The people (in use or not) whose name folds to the same text as `fullName` (case, tone marks
 * and đ ignored). Compared in JS, as organisations' names are: SQLite's lower() only knows ASCII.
 */
export function findPeopleNamed(db: Db, fullName: string): Person[] {
  const folded = foldForSearch(fullName);
  const rows = db.prepare('SELECT id, full_name FROM people ORDER BY id').all() as Array<{ id: number; full_name: string }>;
  return rows.filter((row) => foldForSearch(row.full_name) === folded).flatMap((row) => findPerson(db, row.id) ?? []);
}

/** Who a person is on record: what tells two namesakes apart. */
export interface PersonIdentity {
  fullName: string;
  title: string;
  organisationId: number | null;
}

const sameFolded = (a: string, b: string) => foldForSearch(a) === foldForSearch(b);

/**
 * Whether two entries of the same name may be one person: nothing recorded tells them apart. The
 * same organisation; or, when one of them has no organisation, the same title (or no title on one
 * side). Two different organisations mean two people: Vietnamese names repeat.
 */
export function mayBeSamePerson(a: PersonIdentity, b: PersonIdentity): boolean {
  if (!sameFolded(a.fullName, b.fullName)) return false;
  if (a.organisationId !== null && b.organisationId !== null) return a.organisationId === b.organisationId;
  return a.title.trim() === '' || b.title.trim() === '' || sameFolded(a.title, b.title);
}

/**
 * The people (in use or not, `exceptId` left out) who may be the person described: same folded
 * name (tone marks, đ, case and spaces ignored) and nothing to tell them apart. Those of the same
 * organisation first, then those in use.
 */
export function findPossibleDuplicates(db: Db, person: PersonIdentity, exceptId: number | null = null): Person[] {
  return findPeopleNamed(db, person.fullName)
    .filter((p) => p.id !== exceptId && mayBeSamePerson(person, p))
    .sort(
      (a, b) =>
        Number(b.organisationId === person.organisationId) - Number(a.organisationId === person.organisationId) ||
        Number(b.active) - Number(a.active) ||
        a.id - b.id,
    );
}
