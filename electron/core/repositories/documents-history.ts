import { plainText, type RichDoc } from '../../../shared/rich-text';
import type { DocumentEvent, DocumentVersion, DocumentVersionSummary, VersionReason } from '../../../shared/schemas/document';
import type { Db } from '../db/open';
import { documentEvents, documentVersions } from '../db/write/tables';
import { insertRow } from '../db/write/write';

/** Version history and lifecycle events of documents. */

const EXCERPT_LENGTH = 160;

function excerptOf(summary: string, body: RichDoc): string {
  const text = plainText(body).replace(/\s+/g, ' ').trim() || summary;
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…` : text;
}

interface VersionRow {
  id: number;
  document_id: number;
  created_at: string;
  reason: VersionReason;
  summary: string;
  body_json: string;
}

function toVersion(row: VersionRow): DocumentVersion {
  const body = JSON.parse(row.body_json) as RichDoc;
  return {
    id: row.id,
    documentId: row.document_id,
    createdAt: row.created_at,
    reason: row.reason,
    excerpt: excerptOf(row.summary, body),
    summary: row.summary,
    body,
  };
}

export function insertVersion(
  db: Db,
  documentId: number,
  reason: VersionReason,
  content: { summary: string; body: RichDoc },
  at: string,
): number {
  return insertRow(db, documentVersions, { documentId, createdAt: at, reason, summary: content.summary, body: content.body }, { at }).id;
}

/** The newest version of a document, or null when it has none yet. */
export function latestVersion(db: Db, documentId: number): DocumentVersion | null {
  const row = db
    .prepare('SELECT * FROM document_versions WHERE document_id = ? ORDER BY id DESC LIMIT 1')
    .get(documentId) as VersionRow | undefined;
  return row ? toVersion(row) : null;
}

/** Newest first; the excerpt is made here so the list never ships whole bodies to the renderer. */
export function listVersions(db: Db, documentId: number): DocumentVersionSummary[] {
  const rows = db
    .prepare('SELECT * FROM document_versions WHERE document_id = ? ORDER BY id DESC')
    .all(documentId) as VersionRow[];
  return rows.map((row) => {
    const { body: _body, summary: _summary, ...summary } = toVersion(row);
    return summary;
  });
}

export function findVersion(db: Db, versionId: number): DocumentVersion | null {
  const row = db.prepare('SELECT * FROM document_versions WHERE id = ?').get(versionId) as VersionRow | undefined;
  return row ? toVersion(row) : null;
}

export function insertEvent(db: Db, documentId: number, event: DocumentEvent): void {
  insertRow(db, documentEvents, { documentId, at: event.at, kind: event.kind, byName: event.by, note: event.note }, { at: event.at });
}

/** Newest first, like the versions. */
export function listEvents(db: Db, documentId: number): DocumentEvent[] {
  return db
    .prepare('SELECT at, kind, by_name AS by, note FROM document_events WHERE document_id = ? ORDER BY id DESC')
    .all(documentId) as DocumentEvent[];
}
