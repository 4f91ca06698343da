import type { Attachment } from '../../../shared/schemas/directive';
import type { Db } from '../db/open';
import { directiveAttachments } from '../db/write/tables';
import { deleteRow, insertRow } from '../db/write/write';

/** Files attached to directives: what was copied into the app's folder, and under which name. */

export interface AttachmentRow extends Attachment {
  storedName: string;
}

const SELECT = `SELECT id, directive_id AS directiveId, file_name AS fileName, stored_name AS storedName, size, sha256, mime,
  added_at AS addedAt FROM directive_attachments`;

export function insertAttachment(db: Db, row: Omit<AttachmentRow, 'id'>): number {
  return insertRow(db, directiveAttachments, row, { at: row.addedAt }).id;
}

export function listAttachmentRows(db: Db, directiveId: number): AttachmentRow[] {
  return db.prepare(`${SELECT} WHERE directive_id = ? ORDER BY id`).all(directiveId) as AttachmentRow[];
}

export function findAttachmentRow(db: Db, id: number): AttachmentRow | null {
  return (db.prepare(`${SELECT} WHERE id = ?`).get(id) as AttachmentRow | undefined) ?? null;
}

export function deleteAttachmentRow(db: Db, id: number, at: string): boolean {
  return deleteRow(db, directiveAttachments, id, { at });
}

/** Stored names already used in a directive's folder, so a new copy never overwrites one. */
export function storedNames(db: Db, directiveId: number): Set<string> {
  const rows = db.prepare('SELECT stored_name AS name FROM directive_attachments WHERE directive_id = ?').all(directiveId) as Array<{ name: string }>;
  return new Set(rows.map((row) => row.name));
}
