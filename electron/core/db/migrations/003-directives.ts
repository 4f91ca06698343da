import type { Migration } from '../migration';

/**
 * The directives register (văn bản đến / đi / nội bộ), its links to meetings and its attachments.
 *
 * - `number_symbol` is the symbol as normalised by the parser ("56-NQ/TU"); `symbol_key` is the
 *   same symbol with the number's leading zeros dropped ("01-KL/TW" = "1-KL/TW"), which is what the
 *   duplicate check compares together with the issuing body and the year.
 * - `type_code` is the code read from the symbol, case kept (QĐ / QĐi / QyĐ); `type` is the kind
 *   of document, filled from the code but overridable by the user (TT means Thông tri in a Party
 *   symbol and Thông tư in a state one, and a letter has no code at all).
 * - `issued_year` is stored (from the issued date, else the year inside a normative symbol) so the
 *   duplicate check and the year filter are plain indexed comparisons.
 * - Arrival numbers restart at 1 every calendar year. The UNIQUE index covers deleted rows too:
 *   a directive brought back from the bin must find its number still free.
 * - `replaces_id` / `guides_id`: the directive this one replaces or gives guidance for.
 * - meeting_directives: which meetings discussed, implement or cite a directive.
 * - directive_attachments: files copied into the app's own folder; the row records what was copied.
 */
export const migration003: Migration = {
  version: 3,
  name: 'directives',
  sql: `
CREATE TABLE directives (
  id INTEGER PRIMARY KEY,
  direction TEXT NOT NULL CHECK (direction IN ('den', 'di', 'noi_bo')),
  family TEXT NOT NULL CHECK (family IN ('dang', 'nha_nuoc', 'nha_nuoc_quy_pham', 'mat_tran', 'cong_van')),
  number_symbol TEXT NOT NULL,
  symbol_key TEXT NOT NULL,
  symbol_issuer TEXT NOT NULL DEFAULT '',
  type_code TEXT,
  type TEXT NOT NULL,
  issuer_organisation_id INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
  issuer_name TEXT NOT NULL DEFAULT '',
  issued_date TEXT,
  issued_year INTEGER,
  signer TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  arrival_number INTEGER CHECK (arrival_number IS NULL OR arrival_number >= 1),
  arrival_date TEXT,
  arrival_year INTEGER,
  status TEXT NOT NULL DEFAULT 'con_hieu_luc' CHECK (status IN ('con_hieu_luc', 'het_hieu_luc', 'duoc_thay_the')),
  replaces_id INTEGER REFERENCES directives(id) ON DELETE SET NULL,
  guides_id INTEGER REFERENCES directives(id) ON DELETE SET NULL,
  notes TEXT NOT NULL DEFAULT '',
  search_text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  -- Only incoming documents have an arrival number, and a number always comes with its date and year.
  CHECK (arrival_number IS NULL OR direction = 'den'),
  CHECK ((arrival_number IS NULL) = (arrival_year IS NULL)),
  CHECK (arrival_number IS NULL OR arrival_date IS NOT NULL),
  CHECK (replaces_id IS NULL OR replaces_id <> id),
  CHECK (guides_id IS NULL OR guides_id <> id)
);
CREATE UNIQUE INDEX directives_arrival ON directives(arrival_year, arrival_number) WHERE arrival_number IS NOT NULL;
CREATE INDEX directives_symbol ON directives(symbol_key, issued_year);
CREATE INDEX directives_issued ON directives(issued_date DESC) WHERE deleted_at IS NULL;
CREATE INDEX directives_replaces ON directives(replaces_id);
CREATE INDEX directives_guides ON directives(guides_id);
CREATE INDEX directives_issuer ON directives(issuer_organisation_id);

CREATE TABLE meeting_directives (
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  directive_id INTEGER NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
  relation TEXT NOT NULL CHECK (relation IN ('trien_khai', 'thao_luan', 'trich_dan')),
  created_at TEXT NOT NULL,
  PRIMARY KEY (meeting_id, directive_id)
);
CREATE INDEX meeting_directives_directive ON meeting_directives(directive_id);

CREATE TABLE directive_attachments (
  id INTEGER PRIMARY KEY,
  directive_id INTEGER NOT NULL REFERENCES directives(id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  stored_name TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  sha256 TEXT NOT NULL,
  mime TEXT NOT NULL,
  added_at TEXT NOT NULL,
  UNIQUE (directive_id, stored_name)
);
CREATE INDEX directive_attachments_directive ON directive_attachments(directive_id, id);
`,
};
