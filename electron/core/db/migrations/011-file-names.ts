import type { Migration } from '../migration';

/**
 * Export file names (issue 8). Files are named in plain ASCII by default ("2026-01-05 Bien ban hoi
 * nghi tong ket.docx"), the safer habit for files that are e-mailed and uploaded onward; a
 * committee may choose names in full Vietnamese. The choice is the committee's, kept with its
 * profile ("Hồ sơ Ủy ban"), so it travels with the data to a new PC and into its backups.
 */
export const migration011: Migration = {
  version: 11,
  name: 'file-names',
  sql: `
ALTER TABLE committee_profile ADD COLUMN accented_file_names INTEGER NOT NULL DEFAULT 0 CHECK (accented_file_names IN (0, 1));
`,
};
