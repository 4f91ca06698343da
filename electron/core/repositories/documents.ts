import type { DocumentKind, DocumentStatus, ReportKind } from '../../../shared/domain';
import { formatNumberSymbol } from '../../../shared/number-symbol';
import type { RichDoc } from '../../../shared/rich-text';
import type {
  DocumentFields,
  DocumentHeader,
  DocumentRecord,
  DocumentSignature,
  DocumentSummary,
  MinutesSigners,
} from '../../../shared/schemas/document';
import { foldForSearch } from '../../../shared/text';
import type { Db } from '../db/open';
import type { ValuesOf } from '../db/write/define';
import { documents, documentSearchText } from '../db/write/tables';
import { applyUpdate, findRow, insertRow, setDeleted, type UpdateOptions } from '../db/write/write';
import { likeContains } from './sql';

/** Everything the user edits on a document, as the schemas produce it. */
export type { DocumentFields };

interface DocumentRow {
  id: number;
  meeting_id: number | null;
  meeting_title: string | null;
  kind: DocumentKind;
  report_kind: ReportKind | null;
  summary: string;
  header_json: string;
  place_name: string;
  document_date: string;
  addressees_json: string;
  body_json: string;
  signature_json: string;
  minutes_signers_json: string;
  recipients_json: string;
  status: DocumentStatus;
  number: number | null;
  number_year: number | null;
  number_symbol: string | null;
  finalised_at: string | null;
  finalised_by: string | null;
  content_hash: string | null;
  issued_at: string | null;
  created_at: string;
  updated_at: string;
  abbreviation: string | null;
}

/**
 * The number-symbol shown for a row: frozen at issue, otherwise the blank form built from the
 * committee's current abbreviation (read in the same query, so lists need no second lookup).
 */
function numberSymbolOf(row: Pick<DocumentRow, 'kind' | 'number_symbol' | 'abbreviation'>): string {
  return row.number_symbol ?? formatNumberSymbol(row.kind, row.abbreviation ?? '', null);
}

const ROW_COLUMNS = `
  d.*, m.title AS meeting_title,
  (SELECT abbreviation FROM committee_profile WHERE id = 1) AS abbreviation`;

function toRecord(row: DocumentRow): DocumentRecord {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    meetingTitle: row.meeting_title,
    kind: row.kind,
    reportKind: row.report_kind,
    summary: row.summary,
    header: JSON.parse(row.header_json) as DocumentHeader,
    placeName: row.place_name,
    documentDate: row.document_date,
    addressees: JSON.parse(row.addressees_json) as string[],
    body: JSON.parse(row.body_json) as RichDoc,
    signature: JSON.parse(row.signature_json) as DocumentSignature,
    minutesSigners: JSON.parse(row.minutes_signers_json) as MinutesSigners,
    recipients: JSON.parse(row.recipients_json) as string[],
    status: row.status,
    number: row.number,
    numberYear: row.number_year,
    numberSymbol: numberSymbolOf(row),
    finalisedAt: row.finalised_at,
    finalisedBy: row.finalised_by,
    contentHash: row.content_hash,
    issuedAt: row.issued_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export { documentSearchText };

export function insertDocument(
  db: Db,
  doc: { meetingId: number | null; kind: DocumentKind; typeCode: string; fields: DocumentFields },
  at: string,
): number {
  return insertRow(db, documents, { ...doc.fields, meetingId: doc.meetingId, kind: doc.kind, typeCode: doc.typeCode }, { at }).id;
}

/** Applies `patch` when the document is live and in `status`; false otherwise. */
function updateIn(db: Db, id: number, status: DocumentStatus, patch: Partial<ValuesOf<typeof documents>>, options: UpdateOptions): boolean {
  const current = findRow(db, documents, id);
  if (!current || current.status !== status) return false;
  return applyUpdate(db, documents, current, patch, options) !== null;
}

/** Rewrites the editable fields of a draft; false when the document is missing, deleted or locked. */
export function updateDraftFields(db: Db, id: number, fields: DocumentFields, options: UpdateOptions): boolean {
  return updateIn(db, id, 'ban_nhap', fields, { ...options, touch: true });
}

export function findDocument(db: Db, id: number, includeDeleted = false): DocumentRecord | null {
  const row = db
    .prepare(
      `SELECT ${ROW_COLUMNS} FROM documents d LEFT JOIN meetings m ON m.id = d.meeting_id
       WHERE d.id = ? AND (? OR d.deleted_at IS NULL)`,
    )
    .get(id, includeDeleted ? 1 : 0) as DocumentRow | undefined;
  return row ? toRecord(row) : null;
}

export function isDocumentDeleted(db: Db, id: number): boolean | null {
  const row = findRow(db, documents, id, { includeDeleted: true });
  return row ? row.deletedAt !== null : null;
}

export function setDocumentDeleted(db: Db, id: number, deleted: boolean, at: string): boolean {
  return setDeleted(db, documents, id, deleted, { at });
}

export interface DocumentFilter {
  meetingId: number | null;
  kind: DocumentKind | null;
  status: DocumentStatus | null;
  text: string;
}

const FILTER_WHERE = `
  d.deleted_at IS NULL
  AND (@meetingId IS NULL OR d.meeting_id = @meetingId)
  AND (@kind IS NULL OR d.kind = @kind)
  AND (@status IS NULL OR d.status = @status)
  AND (@text = '' OR d.search_text LIKE @like ESCAPE '\\')`;

/** One page of the document list, newest edit first. */
export function listDocumentPage(
  db: Db,
  filter: DocumentFilter,
  page: number,
  pageSize: number,
): { items: DocumentSummary[]; total: number } {
  const folded = foldForSearch(filter.text);
  const params = { meetingId: filter.meetingId, kind: filter.kind, status: filter.status, text: folded, like: likeContains(folded) };
  const total = (db.prepare(`SELECT count(*) AS n FROM documents d WHERE ${FILTER_WHERE}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT d.id, d.kind, d.report_kind, d.summary, d.status, d.number_symbol, d.document_date, d.meeting_id,
         d.updated_at, m.title AS meeting_title, (SELECT abbreviation FROM committee_profile WHERE id = 1) AS abbreviation
       FROM documents d LEFT JOIN meetings m ON m.id = d.meeting_id
       WHERE ${FILTER_WHERE}
       ORDER BY d.updated_at DESC, d.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: pageSize, offset: (page - 1) * pageSize }) as DocumentRow[];
  const items = rows.map(
    (row): DocumentSummary => ({
      id: row.id,
      kind: row.kind,
      reportKind: row.report_kind,
      summary: row.summary,
      status: row.status,
      numberSymbol: numberSymbolOf(row),
      documentDate: row.document_date,
      meetingId: row.meeting_id,
      meetingTitle: row.meeting_title,
      updatedAt: row.updated_at,
    }),
  );
  return { items, total };
}

export function markFinalised(db: Db, id: number, by: string, contentHash: string, at: string): boolean {
  return updateIn(db, id, 'ban_nhap', { status: 'da_hoan_thien', finalisedAt: at, finalisedBy: by, contentHash }, { at });
}

/** Back to a draft; who locked it and the hash stay in the events and the 'hoan_thien' version. */
export function markUnlocked(db: Db, id: number, at: string): boolean {
  return updateIn(db, id, 'da_hoan_thien', { status: 'ban_nhap', finalisedAt: null, finalisedBy: null, contentHash: null }, { at });
}

export function markIssued(db: Db, id: number, issue: { number: number; year: number; numberSymbol: string }, at: string): boolean {
  return updateIn(
    db,
    id,
    'da_hoan_thien',
    { status: 'da_ban_hanh', number: issue.number, numberYear: issue.year, numberSymbol: issue.numberSymbol, issuedAt: at },
    { at },
  );
}

/** The highest number issued in a register and year, 0 when none yet. */
export function highestIssuedNumber(db: Db, typeCode: string, year: number): number {
  const row = db
    .prepare('SELECT max(number) AS n FROM documents WHERE type_code = ? AND number_year = ? AND number IS NOT NULL')
    .get(typeCode, year) as { n: number | null };
  return row.n ?? 0;
}

/** The document holding a number in a register, whether or not it is in the bin. */
export function findNumberHolder(db: Db, typeCode: string, year: number, number: number): { id: number; summary: string } | null {
  const row = db
    .prepare('SELECT id, summary FROM documents WHERE type_code = ? AND number_year = ? AND number = ?')
    .get(typeCode, year, number) as { id: number; summary: string } | undefined;
  return row ?? null;
}

/** The issued document of a kind drafted from a meeting (its minutes), if any and not in the bin. */
export function findIssuedFromMeeting(
  db: Db,
  meetingId: number,
  kind: DocumentKind,
): { id: number; numberSymbol: string; documentDate: string } | null {
  const row = db
    .prepare(
      `SELECT id, number_symbol AS numberSymbol, document_date AS documentDate FROM documents
       WHERE meeting_id = ? AND kind = ? AND status = 'da_ban_hanh' AND deleted_at IS NULL
       ORDER BY issued_at LIMIT 1`,
    )
    .get(meetingId, kind) as { id: number; numberSymbol: string; documentDate: string } | undefined;
  return row ?? null;
}
