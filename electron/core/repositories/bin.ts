import type { BinKind } from '../../../shared/schemas/bin';
import type { Db } from '../db/open';
import { deleteRow } from '../db/write/write';
import { directives, documents, meetings, tasks } from '../db/write/tables';

/** SQL of the bin: what is in it, and removing records for good (their child rows go by cascade). */

export interface BinRow {
  kind: BinKind;
  id: number;
  title: string;
  detail: string;
  deletedAt: string;
}

const LIST = `
SELECT 'meeting' AS kind, id, title, start_at AS detail, deleted_at AS deletedAt FROM meetings WHERE deleted_at IS NOT NULL
UNION ALL
SELECT 'document', id, summary, kind, deleted_at FROM documents WHERE deleted_at IS NOT NULL
UNION ALL
SELECT 'directive', id, summary, number_symbol, deleted_at FROM directives WHERE deleted_at IS NOT NULL
UNION ALL
SELECT 'task', id, title, coalesce(due_date, ''), deleted_at FROM tasks WHERE deleted_at IS NOT NULL`;

export function listBinRows(db: Db): BinRow[] {
  return db.prepare(`SELECT * FROM (${LIST}) ORDER BY deletedAt DESC, kind, id`).all() as BinRow[];
}

export function listBinRowsDeletedBefore(db: Db, cutoff: string): BinRow[] {
  return db.prepare(`SELECT * FROM (${LIST}) WHERE deletedAt < ? ORDER BY deletedAt`).all(cutoff) as BinRow[];
}

const TABLE: Record<BinKind, string> = { meeting: 'meetings', document: 'documents', directive: 'directives', task: 'tasks' };

export function isInBin(db: Db, kind: BinKind, id: number): boolean {
  return db.prepare(`SELECT 1 FROM ${TABLE[kind]} WHERE id = ? AND deleted_at IS NOT NULL`).get(id) !== undefined;
}

/** The files a directive's attachments keep in the data folder, to remove once its rows are gone. */
export function attachmentFilesOf(db: Db, directiveId: number): Array<{ directiveId: number; storedName: string }> {
  return db
    .prepare('SELECT directive_id AS directiveId, stored_name AS storedName FROM directive_attachments WHERE directive_id = ?')
    .all(directiveId) as Array<{ directiveId: number; storedName: string }>;
}

/**
 * Removes one record in the bin for good through the write path (logged in change_log); its rows
 * inside (attendees, versions, progress…) go by the schema's ON DELETE CASCADE. False when it is not
 * (or no longer) in the bin.
 */
export function deleteForGood(db: Db, kind: BinKind, id: number, at: string): boolean {
  if (!isInBin(db, kind, id)) return false;
  if (kind === 'meeting') return deleteRow(db, meetings, id, { at });
  if (kind === 'document') return deleteRow(db, documents, id, { at });
  if (kind === 'directive') return deleteRow(db, directives, id, { at });
  return deleteRow(db, tasks, id, { at });
}
