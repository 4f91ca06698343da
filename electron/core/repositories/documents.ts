import { DOCUMENT_KIND, type DocumentKind, type DocumentStatus, type ReportKind } from '../../../shared/domain';
import { formatNumberSymbol } from '../../../shared/number-symbol';
import { plainText, type RichDoc } from '../../../shared/rich-text';
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

/** Folded text for accent-insensitive search: kind, summary, body and (once issued) the number-symbol. */
export function documentSearchText(kind: DocumentKind, summary: string, body: RichDoc, numberSymbol: string | null): string {
  return foldForSearch(`${DOCUMENT_KIND.labels[kind]} ${numberSymbol ?? ''} ${summary} ${plainText(body)}`);
}

function fieldParams(fields: DocumentFields) {
  return {
    reportKind: fields.reportKind,
    summary: fields.summary,
    headerJson: JSON.stringify(fields.header),
    placeName: fields.placeName,
    documentDate: fields.documentDate,
    addresseesJson: JSON.stringify(fields.addressees),
    bodyJson: JSON.stringify(fields.body),
    signatureJson: JSON.stringify(fields.signature),
    minutesSignersJson: JSON.stringify(fields.minutesSigners),
    recipientsJson: JSON.stringify(fields.recipients),
  };
}

export function insertDocument(
  db: Db,
  doc: { meetingId: number | null; kind: DocumentKind; typeCode: string; fields: DocumentFields },
  at: string,
): number {
  const result = db
    .prepare(
      `INSERT INTO documents (meeting_id, kind, report_kind, summary, header_json, place_name, document_date,
         addressees_json, body_json, signature_json, minutes_signers_json, recipients_json, type_code,
         search_text, created_at, updated_at)
       VALUES (@meetingId, @kind, @reportKind, @summary, @headerJson, @placeName, @documentDate,
         @addresseesJson, @bodyJson, @signatureJson, @minutesSignersJson, @recipientsJson, @typeCode,
         @searchText, @at, @at)`,
    )
    .run({
      ...fieldParams(doc.fields),
      meetingId: doc.meetingId,
      kind: doc.kind,
      typeCode: doc.typeCode,
      searchText: documentSearchText(doc.kind, doc.fields.summary, doc.fields.body, null),
      at,
    });
  return Number(result.lastInsertRowid);
}

/** Rewrites the editable fields of a draft; false when the document is missing, deleted or locked. */
export function updateDraftFields(db: Db, id: number, kind: DocumentKind, fields: DocumentFields, at: string): boolean {
  return (
    db
      .prepare(
        `UPDATE documents SET report_kind = @reportKind, summary = @summary, header_json = @headerJson,
           place_name = @placeName, document_date = @documentDate, addressees_json = @addresseesJson,
           body_json = @bodyJson, signature_json = @signatureJson, minutes_signers_json = @minutesSignersJson,
           recipients_json = @recipientsJson, search_text = @searchText, updated_at = @at
         WHERE id = @id AND deleted_at IS NULL AND status = 'ban_nhap'`,
      )
      .run({ ...fieldParams(fields), searchText: documentSearchText(kind, fields.summary, fields.body, null), at, id })
      .changes === 1
  );
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
  const row = db.prepare('SELECT deleted_at FROM documents WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
  return row ? row.deleted_at !== null : null;
}

export function setDocumentDeleted(db: Db, id: number, deletedAt: string | null): boolean {
  return db.prepare('UPDATE documents SET deleted_at = ? WHERE id = ?').run(deletedAt, id).changes === 1;
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
  return (
    db
      .prepare(
        `UPDATE documents SET status = 'da_hoan_thien', finalised_at = @at, finalised_by = @by, content_hash = @contentHash,
           updated_at = @at
         WHERE id = @id AND deleted_at IS NULL AND status = 'ban_nhap'`,
      )
      .run({ id, by, contentHash, at }).changes === 1
  );
}

/** Back to a draft; who locked it and the hash stay in the events and the 'hoan_thien' version. */
export function markUnlocked(db: Db, id: number, at: string): boolean {
  return (
    db
      .prepare(
        `UPDATE documents SET status = 'ban_nhap', finalised_at = NULL, finalised_by = NULL, content_hash = NULL,
           updated_at = @at
         WHERE id = @id AND deleted_at IS NULL AND status = 'da_hoan_thien'`,
      )
      .run({ id, at }).changes === 1
  );
}

export function markIssued(
  db: Db,
  id: number,
  issue: { number: number; year: number; numberSymbol: string; searchText: string },
  at: string,
): boolean {
  return (
    db
      .prepare(
        `UPDATE documents SET status = 'da_ban_hanh', number = @number, number_year = @year, number_symbol = @numberSymbol,
           issued_at = @at, search_text = @searchText, updated_at = @at
         WHERE id = @id AND deleted_at IS NULL AND status = 'da_hoan_thien'`,
      )
      .run({ ...issue, id, at }).changes === 1
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
