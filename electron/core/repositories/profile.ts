import type { Profile } from '../../../shared/schemas/profile';
import type { CommitteeLevel } from '../../../shared/domain';
import type { Db } from '../db/open';
import { appendChange } from '../db/write/write';

interface ProfileRow {
  committee_name: string;
  parent_body: string;
  place_name: string;
  level: CommitteeLevel;
  abbreviation: string;
  committee_code: string;
  chair_name: string | null;
  chair_title: string;
  accented_file_names: 0 | 1;
  updated_at: string;
}

export function getProfile(db: Db): Profile | null {
  const row = db.prepare('SELECT * FROM committee_profile WHERE id = 1').get() as ProfileRow | undefined;
  if (!row) return null;
  const deputies = db
    .prepare('SELECT full_name AS fullName, title FROM committee_deputies ORDER BY position')
    .all() as Profile['deputies'];
  return {
    committeeName: row.committee_name,
    parentBody: row.parent_body,
    placeName: row.place_name,
    level: row.level,
    abbreviation: row.abbreviation,
    committeeCode: row.committee_code,
    chair: row.chair_name === null ? null : { fullName: row.chair_name, title: row.chair_title },
    deputies,
    accentedFileNames: row.accented_file_names === 1,
    updatedAt: row.updated_at,
  };
}

/** Callers wrap this in a transaction: the profile row and its deputies change together. */
export function writeProfile(db: Db, profile: Omit<Profile, 'updatedAt'>, updatedAt: string): void {
  db.prepare(
    `INSERT INTO committee_profile (id, committee_name, parent_body, place_name, level, abbreviation, committee_code, chair_name, chair_title,
       accented_file_names, updated_at)
     VALUES (1, @committeeName, @parentBody, @placeName, @level, @abbreviation, @committeeCode, @chairName, @chairTitle,
       @accentedFileNames, @updatedAt)
     ON CONFLICT(id) DO UPDATE SET committee_name = excluded.committee_name, parent_body = excluded.parent_body,
       place_name = excluded.place_name, level = excluded.level, abbreviation = excluded.abbreviation,
       committee_code = excluded.committee_code,
       chair_name = excluded.chair_name, chair_title = excluded.chair_title,
       accented_file_names = excluded.accented_file_names, updated_at = excluded.updated_at`,
  ).run({
    committeeName: profile.committeeName,
    parentBody: profile.parentBody,
    placeName: profile.placeName,
    level: profile.level,
    abbreviation: profile.abbreviation,
    committeeCode: profile.committeeCode,
    chairName: profile.chair?.fullName ?? null,
    chairTitle: profile.chair?.title ?? '',
    accentedFileNames: profile.accentedFileNames ? 1 : 0,
    updatedAt,
  });
  db.prepare('DELETE FROM committee_deputies').run();
  const insertDeputy = db.prepare('INSERT INTO committee_deputies (position, full_name, title) VALUES (?, ?, ?)');
  profile.deputies.forEach((deputy, index) => insertDeputy.run(index, deputy.fullName, deputy.title));
  // One row, written whole with its deputies: logged as one change of the profile.
  appendChange(db, { table: 'committee_profile', rowKey: 1, rowUuid: null, operation: 'update', fields: PROFILE_FIELDS, at: updatedAt });
}

const PROFILE_FIELDS = ['committee_name', 'parent_body', 'place_name', 'level', 'abbreviation', 'committee_code', 'chair_name', 'chair_title', 'accented_file_names', 'deputies'];
