import type { OrganisationKind } from '../../../shared/domain';
import type { Organisation } from '../../../shared/schemas/directory';
import { foldForSearch, vietnameseCollator } from '../../../shared/text';
import type { Db } from '../db/open';
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

function searchText(fields: OrganisationFields): string {
  return foldForSearch(`${fields.name} ${fields.abbreviation}`);
}

export function insertOrganisation(db: Db, fields: OrganisationFields, at: string): number {
  const result = db
    .prepare(
      `INSERT INTO organisations (name, kind, abbreviation, search_text, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(fields.name, fields.kind, fields.abbreviation, searchText(fields), at, at);
  return Number(result.lastInsertRowid);
}

export function updateOrganisation(db: Db, id: number, fields: OrganisationFields, at: string): boolean {
  const result = db
    .prepare('UPDATE organisations SET name = ?, kind = ?, abbreviation = ?, search_text = ?, updated_at = ? WHERE id = ?')
    .run(fields.name, fields.kind, fields.abbreviation, searchText(fields), at, id);
  return result.changes === 1;
}

export function setOrganisationActive(db: Db, id: number, active: boolean, at: string): boolean {
  return db.prepare('UPDATE organisations SET active = ?, updated_at = ? WHERE id = ?').run(active ? 1 : 0, at, id).changes === 1;
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
  db.prepare('UPDATE people SET organisation_id = ?, updated_at = ? WHERE organisation_id = ?').run(toId, at, fromId);
}

export function deleteOrganisationRow(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM organisations WHERE id = ?').run(id).changes === 1;
}
