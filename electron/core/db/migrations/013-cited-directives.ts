import type { Migration } from '../migration';

/**
 * Cited directives (issue 8): the register also keeps the documents a meeting only cites ("căn cứ
 * Nghị quyết số 43-NQ/TW…") — the committee did not receive them, so they have no arrival date and
 * take no arrival number. Direction `trich_dan` beside `den`, `di` and `noi_bo`.
 *
 * SQLite cannot change a CHECK constraint in place, so the table is rebuilt the documented way
 * (create the new table, copy, drop, rename, recreate its indexes and trigger) with foreign keys
 * off for this one migration (`foreignKeysOff`): with them on, dropping the old table would cascade
 * to the meetings' links and the attachments. Ids, UUIDs and every column are copied as they are;
 * the runner checks `foreign_key_check` before committing.
 */
const COLUMNS = `id, direction, family, number_symbol, symbol_key, symbol_issuer, type_code, type,
  issuer_organisation_id, issuer_name, issued_date, issued_year, signer, summary, arrival_number,
  arrival_date, arrival_year, status, replaces_id, guides_id, notes, search_text, created_at,
  updated_at, deleted_at, uuid`;

export const migration013: Migration = {
  version: 13,
  name: 'cited-directives',
  foreignKeysOff: true,
  sql: `
CREATE TABLE directives_rebuilt (
  id INTEGER PRIMARY KEY,
  direction TEXT NOT NULL CHECK (direction IN ('den', 'di', 'noi_bo', 'trich_dan')),
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
  uuid TEXT,
  -- Only incoming documents have an arrival number, and a number always comes with its date and year.
  CHECK (arrival_number IS NULL OR direction = 'den'),
  CHECK ((arrival_number IS NULL) = (arrival_year IS NULL)),
  CHECK (arrival_number IS NULL OR arrival_date IS NOT NULL),
  -- A document only cited was never received: no arrival date either.
  CHECK (direction <> 'trich_dan' OR arrival_date IS NULL),
  CHECK (replaces_id IS NULL OR replaces_id <> id),
  CHECK (guides_id IS NULL OR guides_id <> id)
);
INSERT INTO directives_rebuilt (${COLUMNS}) SELECT ${COLUMNS} FROM directives;
DROP TABLE directives;
ALTER TABLE directives_rebuilt RENAME TO directives;

CREATE UNIQUE INDEX directives_arrival ON directives(arrival_year, arrival_number) WHERE arrival_number IS NOT NULL;
CREATE INDEX directives_symbol ON directives(symbol_key, issued_year);
CREATE INDEX directives_issued ON directives(issued_date DESC) WHERE deleted_at IS NULL;
CREATE INDEX directives_replaces ON directives(replaces_id);
CREATE INDEX directives_guides ON directives(guides_id);
CREATE INDEX directives_issuer ON directives(issuer_organisation_id);
CREATE UNIQUE INDEX directives_uuid ON directives(uuid);
CREATE INDEX directives_bin ON directives(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX directives_received ON directives(coalesce(arrival_date, issued_date)) WHERE deleted_at IS NULL AND direction = 'den';
CREATE TRIGGER directives_uuid_fill AFTER INSERT ON directives WHEN NEW.uuid IS NULL
BEGIN
  UPDATE directives SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
  substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
  substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;
`,
};
