import type { OrganisationKind } from '../../../shared/domain';
import type { Organisation } from '../../../shared/schemas/directory';
import { foldForSearch, vietnameseCollator } from '../../../shared/text';
import type { Db } from '../db/open';
import { organisations, people } from '../db/write/tables';
import { deleteRow, insertRow, updateRow, updateRowsBy, type UpdateOptions } from '../db/write/write';
import { toBool } from './sql';

interface OrganisationRow {
  id: number;
  name: string;
  kind: OrganisationKind;
  abbreviation: string;
  active: number;
  people_count: number;
  updated_at: string;
}

const SELECT = `
SELECT o.id, o.name, o.kind, o.abbreviation, o.active, o.updated_at,
  (SELECT count(*) FROM people p WHERE p.organisation_id = o.id) AS people_count
FROM organisations o`;

function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    abbreviation: row.abbreviation,
    active: toBool(row.active),
    peopleCount: row.people_count,
    updatedAt: row.updated_at,
  };
}

export function listOrganisations(db: Db, includeInactive: boolean): Organisation[] {
  const rows = db
    .prepare(`${SELECT} WHERE (? OR o.active = 1)`)
    .all(includeInactive ? 1 : 0) as OrganisationRow[];
  // Vietnamese alphabetical order ("Hội Cựu chiến binh" < "Hội đồng nhân dân" < "Hội Liên hiệp").
  return rows
    .map(toOrganisation)
    .sort((a, b) => Number(b.active) - Number(a.active) || vietnameseCollator.compare(a.name, b.name));
}

export function findOrganisation(db: Db, id: number): Organisation | null {
  const row = db.prepare(`${SELECT} WHERE o.id = ?`).get(id) as OrganisationRow | undefined;
  return row ? toOrganisation(row) : null;
}

export interface OrganisationFields {
  name: string;
  kind: OrganisationKind;
  abbreviation: string;
}

export function insertOrganisation(db: Db, fields: OrganisationFields, at: string): number {
  return insertRow(db, organisations, fields, { at }).id;
}

export function updateOrganisation(db: Db, id: number, fields: OrganisationFields, options: UpdateOptions): boolean {
  return updateRow(db, organisations, id, fields, options) !== null;
}

export function setOrganisationActive(db: Db, id: number, active: boolean, at: string): boolean {
  return updateRow(db, organisations, id, { active }, { at }) !== null;
}

/**
 * The organisation whose name folds to the same text (case, tone marks and đ ignored), if any.
 * Compared in JS: search_text also holds the abbreviation, and SQLite's lower() only knows ASCII.
 */
export function findOrganisationByName(db: Db, name: string): Organisation | null {
  const folded = foldForSearch(name);
  const rows = db.prepare('SELECT id, name FROM organisations ORDER BY id').all() as Array<{ id: number; name: string }>;
  const match = rows.find((row) => foldForSearch(row.name) === folded);
  return match ? findOrganisation(db, match.id) : null;
}

/** Moves everything that points at `fromId` onto `toId`. */
export function reassignOrganisation(db: Db, fromId: number, toId: number, at: string): void {
  updateRowsBy(db, people, 'organisationId', fromId, { organisationId: toId }, { at });
}

export function deleteOrganisationRow(db: Db, id: number, at: string): boolean {
  return deleteRow(db, organisations, id, { at });
}
