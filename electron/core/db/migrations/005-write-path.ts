import type { Migration } from '../migration';

/**
 * The one write path (issue 9): a stable UUID on every record, and the change log.
 *
 * - Integer keys stay the keys inside one database; `uuid` is what a record is known by outside it
 *   (an exchange package between two committees, a shared office database later), so it must never
 *   change and never repeat. Rows inside a meeting (attendees, agenda items, speeches, conclusions,
 *   awards, connected points) already have UUIDs as their keys and get no second one.
 * - Existing rows get a random version-4 UUID here. SQLite cannot add a NOT NULL column without a
 *   constant default, so the column is nullable and a trigger per table fills it on any insert
 *   that did not supply one (the write path always does); the UNIQUE index makes a repeat impossible.
 * - change_log: one row per row written (insert, update, soft delete, restore, delete), with the
 *   columns that changed, appended in the same transaction as the write by `db/write`. The search
 *   index, backup verification and exchange read it. Rows written before this migration have no
 *   entry: the search index is built from the tables themselves, not from the log's history.
 */

const UUID_V4 = `lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
  substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
  substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))`;

const RECORD_TABLES = [
  'organisations',
  'people',
  'meetings',
  'documents',
  'document_versions',
  'document_events',
  'directives',
  'directive_attachments',
  'tasks',
  'task_progress',
] as const;

function uuidFor(table: string): string {
  return `
ALTER TABLE ${table} ADD COLUMN uuid TEXT;
UPDATE ${table} SET uuid = ${UUID_V4};
CREATE UNIQUE INDEX ${table}_uuid ON ${table}(uuid);
CREATE TRIGGER ${table}_uuid_fill AFTER INSERT ON ${table} WHEN NEW.uuid IS NULL
BEGIN
  UPDATE ${table} SET uuid = ${UUID_V4} WHERE rowid = NEW.rowid;
END;`;
}

export const migration005: Migration = {
  version: 5,
  name: 'write-path',
  sql: `${RECORD_TABLES.map(uuidFor).join('\n')}

CREATE TABLE change_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  table_name TEXT NOT NULL,
  -- The row's key as text: integer keys in decimal, composite keys of link tables joined by ':'.
  row_key TEXT NOT NULL,
  row_uuid TEXT,
  operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'soft_delete', 'restore', 'delete')),
  -- JSON array of the column names written (all of them for an insert).
  fields TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX change_log_row ON change_log(table_name, row_key, id);
`,
};
