import type { Migration } from '../migration';

/**
 * Drafted documents (minutes, conclusion notices, reports, plans, invitations, letters), their
 * version history and their lifecycle events.
 *
 * - Small structures the user edits as a whole (header, signature, recipients…) are JSON text:
 *   they are never queried inside, and a column per line would only add joins.
 * - `type_code` is the register a document is numbered in: its type code (BB, TB…), or 'CV' for
 *   letters, which have no type code but still keep one sequence per year.
 * - The partial UNIQUE index is the last line of defence of the register: whatever the code does,
 *   two issued documents can never share a number in the same register and year.
 * - `number_symbol` is frozen at issue: a later change of the committee's abbreviation must not
 *   rewrite what was printed on a signed document.
 * - meetings are soft-deleted, so ON DELETE SET NULL only matters if a meeting row is ever purged.
 */
export const migration002: Migration = {
  version: 2,
  name: 'documents',
  sql: `
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
  kind TEXT NOT NULL,
  report_kind TEXT,
  summary TEXT NOT NULL DEFAULT '',
  header_json TEXT NOT NULL,
  place_name TEXT NOT NULL DEFAULT '',
  document_date TEXT NOT NULL,
  addressees_json TEXT NOT NULL DEFAULT '[]',
  body_json TEXT NOT NULL,
  signature_json TEXT NOT NULL,
  minutes_signers_json TEXT NOT NULL,
  recipients_json TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL DEFAULT 'ban_nhap' CHECK (status IN ('ban_nhap', 'da_hoan_thien', 'da_ban_hanh')),
  type_code TEXT NOT NULL,
  number INTEGER CHECK (number IS NULL OR number >= 1),
  number_year INTEGER,
  number_symbol TEXT,
  finalised_at TEXT,
  finalised_by TEXT,
  content_hash TEXT,
  issued_at TEXT,
  search_text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  -- A number exists exactly when the document is issued, and always with its year.
  CHECK ((status = 'da_ban_hanh') = (number IS NOT NULL)),
  CHECK ((number IS NULL) = (number_year IS NULL))
);
CREATE UNIQUE INDEX documents_register ON documents(type_code, number_year, number) WHERE number IS NOT NULL;
CREATE INDEX documents_updated ON documents(updated_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX documents_date ON documents(document_date DESC) WHERE deleted_at IS NULL;
CREATE INDEX documents_meeting ON documents(meeting_id);

CREATE TABLE document_versions (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (reason IN ('tu_dong', 'hoan_thien', 'truoc_khoi_phuc', 'truoc_lam_moi', 'mo_khoa')),
  summary TEXT NOT NULL DEFAULT '',
  body_json TEXT NOT NULL
);
CREATE INDEX document_versions_document ON document_versions(document_id, id DESC);

CREATE TABLE document_events (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('hoan_thien', 'mo_khoa', 'ban_hanh')),
  by_name TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX document_events_document ON document_events(document_id, id);
`,
};
