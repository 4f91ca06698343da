import type { Migration } from '../migration';

/**
 * The bin ("Thùng rác"): meetings, documents, directives and tasks moved there keep their rows for
 * 30 days. These partial indexes hold only what is in the bin, so listing it and finding what is due
 * to be emptied read a handful of entries, not every row of the four tables.
 */
export const migration006: Migration = {
  version: 6,
  name: 'bin',
  sql: `
CREATE INDEX meetings_bin ON meetings(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX documents_bin ON documents(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX directives_bin ON directives(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX tasks_bin ON tasks(deleted_at) WHERE deleted_at IS NOT NULL;
`,
};
