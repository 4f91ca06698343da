import fs from 'node:fs';
import path from 'node:path';
import { BIN_DAYS, type BinItem, type BinKind } from '../../../shared/schemas/bin';
import { DOCUMENT_KIND, type DocumentKind } from '../../../shared/domain';
import { formatLocalDate, formatLocalDateTime } from '../../../shared/datetime';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { attachmentFilesOf, deleteForGood, isInBin, listBinRows, listBinRowsDeletedBefore, type BinRow } from '../repositories/bin';
import { restoreMeeting } from './meetings';
import { restoreDocument } from './documents';
import { restoreDirective } from './directives';
import { restoreTask } from './tasks';
import { writeTransaction } from '../db/write/transaction';

/**
 * "Thùng rác": a deleted meeting, document, directive or task keeps all its rows for 30 days and can
 * be brought back from here at any time. Emptying the bin (which the window asks about first) and the
 * removal of what is older than 30 days are bulk deletes: a backup is made before either.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

function detailOf(row: BinRow): string {
  switch (row.kind) {
    case 'meeting':
      return row.detail ? formatLocalDateTime(row.detail) : '';
    case 'document':
      return DOCUMENT_KIND.labels[row.detail as DocumentKind] ?? '';
    case 'directive':
      return row.detail;
    case 'task':
      return row.detail ? `Hạn ${formatLocalDate(row.detail)}` : 'Không có hạn';
  }
}

function toItem(row: BinRow, now: Date): BinItem {
  const purgeAt = new Date(Date.parse(row.deletedAt) + BIN_DAYS * DAY_MS);
  return {
    kind: row.kind,
    id: row.id,
    title: row.title.trim() === '' ? '(Chưa có tiêu đề)' : row.title,
    detail: detailOf(row),
    deletedAt: row.deletedAt,
    purgeAt: purgeAt.toISOString(),
    daysLeft: Math.max(0, Math.ceil((purgeAt.getTime() - now.getTime()) / DAY_MS)),
  };
}

export function listBin(ctx: CoreContext): BinItem[] {
  return listBinRows(ctx.db).map((row) => toItem(row, ctx.now()));
}

export function restoreFromBin(ctx: CoreContext, kind: BinKind, id: number): { kind: BinKind; id: number } {
  if (!isInBin(ctx.db, kind, id)) throw notFound('bản ghi này trong thùng rác');
  if (kind === 'meeting') restoreMeeting(ctx, id);
  else if (kind === 'document') restoreDocument(ctx, id);
  else if (kind === 'directive') restoreDirective(ctx, id);
  else restoreTask(ctx, id);
  return { kind, id };
}

async function backupBeforeBulkDelete(ctx: CoreContext): Promise<void> {
  if (!ctx.backups) return;
  try {
    await ctx.backups.backupNow('truoc-xoa');
  } catch (error) {
    const reason = error instanceof AppError ? ` (${error.message})` : '';
    throw new AppError('BACKUP_FAILED', `Chưa xóa hẳn vì không tạo được bản sao lưu trước khi xóa${reason}. Thùng rác vẫn giữ nguyên.`, {
      cause: error,
    });
  }
}

function removeForGood(ctx: CoreContext, rows: BinRow[]): number {
  const files: Array<{ directiveId: number; storedName: string }> = [];
  let removed = 0;
  writeTransaction(ctx.db, () => {
    for (const row of rows) {
      if (row.kind === 'directive') files.push(...attachmentFilesOf(ctx.db, row.id));
      if (deleteForGood(ctx.db, row.kind, row.id, ctx.now().toISOString())) removed += 1;
    }
  });
  // Only once the rows are gone: a failure before leaves every file in place.
  const folder = path.join(path.dirname(ctx.databasePath), 'tep-dinh-kem');
  for (const file of files) fs.rmSync(path.join(folder, String(file.directiveId), file.storedName), { force: true });
  return removed;
}

/** "Dọn sạch thùng rác", after the user confirmed: a backup first, then everything in the bin goes. */
export async function emptyBin(ctx: CoreContext): Promise<{ removed: number }> {
  const rows = listBinRows(ctx.db);
  if (rows.length === 0) return { removed: 0 };
  await backupBeforeBulkDelete(ctx);
  return { removed: removeForGood(ctx, listBinRows(ctx.db)) };
}

/** Removes what has been in the bin for more than 30 days (at start-up and once a day). */
export async function purgeExpired(ctx: CoreContext): Promise<{ removed: number }> {
  const cutoff = () => new Date(ctx.now().getTime() - BIN_DAYS * DAY_MS).toISOString();
  if (listBinRowsDeletedBefore(ctx.db, cutoff()).length === 0) return { removed: 0 };
  await backupBeforeBulkDelete(ctx);
  return { removed: removeForGood(ctx, listBinRowsDeletedBefore(ctx.db, cutoff())) };
}
