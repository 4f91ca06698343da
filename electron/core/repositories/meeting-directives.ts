import type { MeetingDirectiveRelation } from '../../../shared/domain';
import type { DirectiveMeetingLink } from '../../../shared/schemas/directive';
import type { Db } from '../db/open';
import { writeLink } from '../db/write/links';

const TABLE = 'meeting_directives';

/** Links between meetings and the directives they discuss, implement or cite. */

/** Adds the link, or changes its relation when it exists. */
export function upsertMeetingDirective(db: Db, meetingId: number, directiveId: number, relation: MeetingDirectiveRelation, at: string): void {
  const keys = [meetingId, directiveId] as const;
  const inserted = writeLink(db, TABLE, keys, 'insert',
    'INSERT INTO meeting_directives (meeting_id, directive_id, relation, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
    [meetingId, directiveId, relation, at], ['meeting_id', 'directive_id', 'relation', 'created_at'], { at });
  if (inserted) return;
  writeLink(db, TABLE, keys, 'update', 'UPDATE meeting_directives SET relation = ? WHERE meeting_id = ? AND directive_id = ? AND relation <> ?',
    [relation, meetingId, directiveId, relation], ['relation'], { at });
}

export function deleteMeetingDirective(db: Db, meetingId: number, directiveId: number, at: string): boolean {
  return writeLink(db, TABLE, [meetingId, directiveId], 'delete', 'DELETE FROM meeting_directives WHERE meeting_id = ? AND directive_id = ?',
    [meetingId, directiveId], [], { at });
}

/** The directives linked to a meeting, in the order they were linked. */
export function listMeetingDirectiveLinks(db: Db, meetingId: number): Array<{ directiveId: number; relation: MeetingDirectiveRelation }> {
  return db
    .prepare(
      `SELECT directive_id AS directiveId, relation FROM meeting_directives WHERE meeting_id = ? ORDER BY created_at, rowid`,
    )
    .all(meetingId) as Array<{ directiveId: number; relation: MeetingDirectiveRelation }>;
}

/** The meetings (not deleted) linked to a directive, newest first. */
export function listDirectiveMeetings(db: Db, directiveId: number): DirectiveMeetingLink[] {
  return db
    .prepare(
      `SELECT m.id AS meetingId, m.title AS meetingTitle, m.start_at AS meetingStartAt, md.relation
       FROM meeting_directives md JOIN meetings m ON m.id = md.meeting_id
       WHERE md.directive_id = ? AND m.deleted_at IS NULL
       ORDER BY m.start_at DESC, m.id DESC`,
    )
    .all(directiveId) as DirectiveMeetingLink[];
}
