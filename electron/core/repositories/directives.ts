import type { DirectiveDirection, DirectiveStatus, DirectiveType, SymbolFamily } from '../../../shared/domain';
import type { DirectiveRecord, DirectiveRef, DirectiveSummary } from '../../../shared/schemas/directive';
import { foldForSearch } from '../../../shared/text';
import type { Db } from '../db/open';
import type { ValuesOf } from '../db/write/define';
import { directives } from '../db/write/tables';
import { findRow, insertRow, setDeleted, updateRow, type UpdateOptions } from '../db/write/write';
import { likeContains } from './sql';

/** The register of directives: SQL only. Rules (duplicates, numbering, links) live in the service. */

interface SummaryRow {
  id: number;
  direction: DirectiveDirection;
  number_symbol: string;
  type: DirectiveType;
  summary: string;
  issued_date: string | null;
  status: DirectiveStatus;
  arrival_number: number | null;
  arrival_date: string | null;
  issuer_label: string;
}

interface RecordRow extends SummaryRow {
  family: SymbolFamily;
  symbol_issuer: string;
  type_code: string | null;
  issuer_organisation_id: number | null;
  organisation_name: string | null;
  issuer_name: string;
  issued_year: number | null;
  signer: string;
  notes: string;
  replaces_id: number | null;
  guides_id: number | null;
  attachment_count: number;
  created_at: string;
  updated_at: string;
}

/** The issuing body as the list shows it: the directory's name, else the typed name, else the symbol's part. */
const SUMMARY_COLUMNS = `
  d.id, d.direction, d.number_symbol, d.type, d.summary, d.issued_date, d.status, d.arrival_number, d.arrival_date,
  COALESCE(o.name, NULLIF(d.issuer_name, ''), d.symbol_issuer) AS issuer_label`;

const FROM = 'directives d LEFT JOIN organisations o ON o.id = d.issuer_organisation_id';

function toRef(row: SummaryRow): DirectiveRef {
  return {
    id: row.id,
    numberSymbol: row.number_symbol,
    type: row.type,
    summary: row.summary,
    issuedDate: row.issued_date,
    status: row.status,
  };
}

function toSummary(row: SummaryRow): DirectiveSummary {
  return {
    ...toRef(row),
    direction: row.direction,
    issuerLabel: row.issuer_label,
    arrivalNumber: row.arrival_number,
    arrivalDate: row.arrival_date,
  };
}

/** What the service writes; every value already validated and derived. */
export type DirectiveRow = ValuesOf<typeof directives>;

export function insertDirective(db: Db, row: DirectiveRow, at: string): number {
  return insertRow(db, directives, row, { at }).id;
}

export function updateDirective(db: Db, id: number, row: DirectiveRow, options: UpdateOptions): boolean {
  return updateRow(db, directives, id, row, options) !== null;
}

export function findDirectiveRow(db: Db, id: number, includeDeleted = false): (Omit<DirectiveRecord, 'replaces' | 'guides' | 'replacedBy' | 'guidedBy' | 'meetings'>) | null {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, d.family, d.symbol_issuer, d.type_code, d.issuer_organisation_id, o.name AS organisation_name,
         d.issuer_name, d.issued_year, d.signer, d.notes, d.replaces_id, d.guides_id, d.created_at, d.updated_at,
         (SELECT count(*) FROM directive_attachments a WHERE a.directive_id = d.id) AS attachment_count
       FROM ${FROM} WHERE d.id = ? AND (? OR d.deleted_at IS NULL)`,
    )
    .get(id, includeDeleted ? 1 : 0) as RecordRow | undefined;
  if (!row) return null;
  return {
    ...toSummary(row),
    family: row.family,
    typeCode: row.type_code,
    symbolIssuer: row.symbol_issuer,
    issuerOrganisationId: row.issuer_organisation_id,
    issuerOrganisationName: row.organisation_name,
    issuerName: row.issuer_name,
    issuedYear: row.issued_year,
    signer: row.signer,
    notes: row.notes,
    replacesId: row.replaces_id,
    guidesId: row.guides_id,
    attachmentCount: row.attachment_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function findDirectiveRef(db: Db, id: number): DirectiveRef | null {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM ${FROM} WHERE d.id = ? AND d.deleted_at IS NULL`).get(id) as SummaryRow | undefined;
  return row ? toRef(row) : null;
}

/** Directives (not deleted) that point at `id` through `column` (replaces_id or guides_id). */
export function listDirectivesPointingAt(db: Db, column: 'replaces_id' | 'guides_id', id: number): DirectiveRef[] {
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM ${FROM} WHERE d.${column} = ? AND d.deleted_at IS NULL ORDER BY d.issued_date, d.id`)
    .all(id) as SummaryRow[];
  return rows.map(toRef);
}

export function isDirectiveDeleted(db: Db, id: number): boolean | null {
  const row = findRow(db, directives, id, { includeDeleted: true });
  return row ? row.deletedAt !== null : null;
}

export function setDirectiveDeleted(db: Db, id: number, deleted: boolean, at: string): boolean {
  return setDeleted(db, directives, id, deleted, { at });
}

export function setDirectiveStatus(db: Db, id: number, status: DirectiveStatus, at: string): void {
  updateRow(db, directives, id, { status }, { at, includeDeleted: true });
}

/**
 * Entries that would be the same document: same canonical symbol and year (NULL matching NULL),
 * and the same issuing body — an entry without a directory organisation matches any.
 */
export function findDuplicates(
  db: Db,
  key: { symbolKey: string; issuedYear: number | null; issuerOrganisationId: number | null },
  exceptId: number | null,
): DirectiveSummary[] {
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM ${FROM}
       WHERE d.deleted_at IS NULL AND d.symbol_key = @symbolKey AND d.issued_year IS @issuedYear
         AND (@issuerOrganisationId IS NULL OR d.issuer_organisation_id IS NULL OR d.issuer_organisation_id = @issuerOrganisationId)
         AND (@exceptId IS NULL OR d.id <> @exceptId)
       ORDER BY d.id`,
    )
    .all({ ...key, exceptId }) as SummaryRow[];
  return rows.map(toSummary);
}

/** Every entry (any year, any issuer) with this canonical symbol, for linking by symbol. */
export function findBySymbolKey(db: Db, symbolKey: string): DirectiveSummary[] {
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM ${FROM} WHERE d.deleted_at IS NULL AND d.symbol_key = ? ORDER BY d.issued_date DESC, d.id DESC`)
    .all(symbolKey) as SummaryRow[];
  return rows.map(toSummary);
}

/** The highest arrival number of a year, deleted entries included (their numbers stay taken). */
export function maxArrivalNumber(db: Db, year: number): number {
  const row = db.prepare('SELECT max(arrival_number) AS n FROM directives WHERE arrival_year = ?').get(year) as { n: number | null };
  return row.n ?? 0;
}

export function findByArrivalNumber(
  db: Db,
  year: number,
  number: number,
): { id: number; numberSymbol: string; deleted: boolean } | null {
  const row = db
    .prepare('SELECT id, number_symbol, deleted_at FROM directives WHERE arrival_year = ? AND arrival_number = ?')
    .get(year, number) as { id: number; number_symbol: string; deleted_at: string | null } | undefined;
  return row ? { id: row.id, numberSymbol: row.number_symbol, deleted: row.deleted_at !== null } : null;
}

export interface DirectiveFilter {
  direction: DirectiveDirection | null;
  type: DirectiveType | null;
  status: DirectiveStatus | null;
  year: number | null;
  text: string;
  /** Set when the text reads as a number-symbol: entries with that symbol match however it was typed. */
  symbolKey: string | null;
}

const FILTER_WHERE = `
  d.deleted_at IS NULL
  AND (@direction IS NULL OR d.direction = @direction)
  AND (@type IS NULL OR d.type = @type)
  AND (@status IS NULL OR d.status = @status)
  AND (@year IS NULL OR d.issued_year = @year OR d.arrival_year = @year)
  AND (@text = '' OR d.search_text LIKE @like ESCAPE '\\' OR o.search_text LIKE @like ESCAPE '\\' OR d.symbol_key = @symbolKey)`;

/** One page of the register: newest issued first, entries without a date last. */
export function listDirectivePage(db: Db, filter: DirectiveFilter, page: number, pageSize: number): { items: DirectiveSummary[]; total: number } {
  const folded = foldForSearch(filter.text);
  const params = {
    direction: filter.direction,
    type: filter.type,
    status: filter.status,
    year: filter.year,
    text: folded,
    like: likeContains(folded),
    symbolKey: filter.symbolKey,
  };
  const total = (db.prepare(`SELECT count(*) AS n FROM ${FROM} WHERE ${FILTER_WHERE}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM ${FROM} WHERE ${FILTER_WHERE}
       ORDER BY COALESCE(d.issued_date, d.arrival_date) IS NULL, COALESCE(d.issued_date, d.arrival_date) DESC, d.id DESC
       LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: pageSize, offset: (page - 1) * pageSize }) as SummaryRow[];
  return { items: rows.map(toSummary), total };
}

/** Years that have a directive (issued or arrived), newest first, for the year filter. */
export function listDirectiveYears(db: Db): number[] {
  const rows = db
    .prepare(
      `SELECT y FROM (SELECT issued_year AS y FROM directives WHERE deleted_at IS NULL AND issued_year IS NOT NULL
         UNION SELECT arrival_year FROM directives WHERE deleted_at IS NULL AND arrival_year IS NOT NULL)
       ORDER BY y DESC`,
    )
    .all() as Array<{ y: number }>;
  return rows.map((row) => row.y);
}

/** Summaries by id (for a meeting's linked directives), in the order given. */
export function summariesByIds(db: Db, ids: readonly number[]): Map<number, DirectiveSummary> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM ${FROM} WHERE d.id IN (${ids.map(() => '?').join(',')}) AND d.deleted_at IS NULL`)
    .all(...ids) as SummaryRow[];
  return new Map(rows.map((row) => [row.id, toSummary(row)]));
}
