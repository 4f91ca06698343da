import type { Migration } from '../migration';

/**
 * Exchange with the committees above and below (issue 13): directives and assignments go down in
 * a package file, progress comes back up in another.
 *
 * - The committee's own code (mã đơn vị) is part of its profile; a package names its sender and
 *   receivers by code.
 * - The committee above and the committees below are organisations of the directory (kind
 *   "Ủy ban MTTQ") with a code and a relation: a directive received from the province names it as
 *   its issuer, and the register's duplicate check keeps two communes' "05/BC-MTTQ-BTT" apart.
 * - committee_assignments (the sender's side): one task given to one committee below. The copies of
 *   one task given to several committees share `task_group` — a column of the province's matrix.
 *   The sender owns these rows; `sent_at` is when one was last written into a package.
 * - assignment_reports (the sender's side): the progress the committee below reported, as a whole,
 *   from its latest package. The committee below owns it, so a newer report replaces the row and
 *   nothing is ever merged; `package_sequence` orders reports whatever the PCs' clocks say.
 * - exchange_records (the receiving side): which local row stands for a record owned by another
 *   committee (a directive, an assignment that became a task, a report registered as incoming),
 *   with the hash of its content and the package it came in — what makes importing twice change
 *   nothing and lets a newer package replace an older one.
 * - exchange_packages: every package written or imported, with what it did.
 * - Every new table has the `uuid` of the one write path (migration 005), which writes all of
 *   them; `record_uuid` in exchange_records is the UUID of the record at the committee that owns it.
 */
export const migration008: Migration = {
  version: 8,
  name: 'exchange',
  sql: `
ALTER TABLE committee_profile ADD COLUMN committee_code TEXT NOT NULL DEFAULT '';

ALTER TABLE organisations ADD COLUMN exchange_code TEXT;
ALTER TABLE organisations ADD COLUMN exchange_relation TEXT CHECK (exchange_relation IN ('cap_tren', 'cap_duoi'));
CREATE UNIQUE INDEX organisations_exchange_code ON organisations(exchange_code) WHERE exchange_code IS NOT NULL;

CREATE TABLE committee_assignments (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  task_group TEXT NOT NULL,
  directive_id INTEGER NOT NULL REFERENCES directives(id) ON DELETE RESTRICT,
  committee_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
  title TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '',
  lead TEXT NOT NULL DEFAULT '',
  due_date TEXT,
  recurrence TEXT NOT NULL DEFAULT 'khong' CHECK (recurrence IN ('khong', 'hang_thang', 'hang_quy', 'sau_thang', 'hang_nam')),
  priority TEXT NOT NULL DEFAULT 'trung_binh' CHECK (priority IN ('cao', 'trung_binh', 'thap')),
  sent_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  UNIQUE (task_group, committee_id),
  CHECK (recurrence = 'khong' OR due_date IS NOT NULL)
);
CREATE INDEX committee_assignments_directive ON committee_assignments(directive_id, task_group) WHERE deleted_at IS NULL;
CREATE INDEX committee_assignments_committee ON committee_assignments(committee_id);

CREATE TABLE assignment_reports (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  assignment_id INTEGER NOT NULL UNIQUE REFERENCES committee_assignments(id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('chua_thuc_hien', 'dang_thuc_hien', 'hoan_thanh', 'tam_dung')),
  due_date TEXT,
  completed_at TEXT,
  result TEXT NOT NULL DEFAULT '',
  latest_progress TEXT,
  occurrences_json TEXT NOT NULL,
  content_sha256 TEXT NOT NULL,
  package_id TEXT NOT NULL,
  package_sequence INTEGER NOT NULL,
  reported_at TEXT NOT NULL,
  imported_at TEXT NOT NULL
);

CREATE TABLE exchange_records (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  record_uuid TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('van_ban', 'nhiem_vu', 'van_ban_ban_hanh')),
  local_id INTEGER NOT NULL,
  owner_code TEXT NOT NULL,
  lead TEXT NOT NULL DEFAULT '',
  content_sha256 TEXT NOT NULL,
  package_id TEXT NOT NULL,
  package_sequence INTEGER NOT NULL,
  imported_at TEXT NOT NULL,
  UNIQUE (record_uuid, kind)
);
CREATE INDEX exchange_records_local ON exchange_records(kind, local_id);
CREATE INDEX exchange_records_owner ON exchange_records(owner_code, kind);

CREATE TABLE exchange_packages (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  package_id TEXT NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('gui', 'nhan')),
  kind TEXT NOT NULL CHECK (kind IN ('giao_nhiem_vu', 'bao_cao')),
  sender_code TEXT NOT NULL,
  receivers_json TEXT NOT NULL,
  sequence INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  file_name TEXT NOT NULL DEFAULT '',
  seal TEXT NOT NULL,
  added INTEGER NOT NULL DEFAULT 0,
  changed INTEGER NOT NULL DEFAULT 0,
  refused_json TEXT NOT NULL DEFAULT '[]',
  backup_path TEXT,
  UNIQUE (package_id, direction)
);
CREATE INDEX exchange_packages_recorded ON exchange_packages(recorded_at DESC);
`,
};
