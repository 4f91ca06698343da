import { AppError } from '../errors';

/*
 * What SQLite says when a write cannot happen right now, in words a secretary can act on. The
 * edit is never lost: the renderer keeps it on screen and tries again (these codes are not
 * refusals; see renderer/src/store/autosave-editor.ts), so each message says so.
 */

export const DISK_FULL_MESSAGE =
  'Ổ đĩa đã đầy nên nội dung vừa sửa chưa được lưu. Nội dung vẫn giữ trên màn hình và sẽ được lưu khi ổ đĩa có chỗ trống: ' +
  'hãy xóa bớt tệp không cần hoặc chuyển bớt sang ổ đĩa khác.';

export const FILE_LOCKED_MESSAGE =
  'Tệp dữ liệu đang bị chương trình khác khóa (một cửa sổ khác của ứng dụng, chương trình sao lưu hoặc diệt virus) ' +
  'nên nội dung vừa sửa chưa được lưu. Nội dung vẫn giữ trên màn hình và sẽ được lưu lại sau ít giây.';

export const READ_ONLY_MESSAGE =
  'Tệp dữ liệu đang ở chế độ chỉ đọc nên nội dung vừa sửa chưa được lưu. Nội dung vẫn giữ trên màn hình; ' +
  'hãy kiểm tra quyền ghi của thư mục dữ liệu.';

function sqliteCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

/**
 * The AppError for a failure a later attempt may get past (a full disk, a lock held by another
 * program), or null for anything else. better-sqlite3 reports extended codes
 * ("SQLITE_BUSY_SNAPSHOT", "SQLITE_IOERR_WRITE"), so the primary code is read from the prefix.
 */
export function describeWriteFailure(error: unknown): AppError | null {
  const code = sqliteCode(error);
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC') return new AppError('DISK_FULL', DISK_FULL_MESSAGE, { cause: error });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new AppError('DB_LOCKED', FILE_LOCKED_MESSAGE, { cause: error });
  if (code.startsWith('SQLITE_READONLY')) return new AppError('DB_UNWRITABLE', READ_ONLY_MESSAGE, { cause: error });
  return null;
}
