/** Error codes that cross IPC. Each comes with a Vietnamese message fit to show a user. */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** A save over a newer version of the record: the user reloads before editing again. */
  | 'STALE'
  | 'IN_USE'
  | 'UNKNOWN_CHANNEL'
  | 'DB_LOCKED'
  | 'DB_CORRUPT'
  /** The data file exists but holds nothing (0 bytes): never silently taken for a new database. */
  | 'DB_EMPTY'
  | 'DB_UNWRITABLE'
  /** The disk is full (SQLITE_FULL): the edit stays on screen and is saved again later. */
  | 'DISK_FULL'
  | 'DB_NEWER_SCHEMA'
  | 'DB_MIGRATION_MODIFIED'
  | 'DB_MIGRATION_FAILED'
  | 'FILE_WRITE'
  | 'BACKUP_FAILED'
  | 'BACKUP_INVALID'
  | 'BACKUP_NEWER'
  | 'BACKUP_FOLDER'
  /** An exchange package refused as a whole (damaged, for another committee, from a newer app…). */
  | 'PACKAGE_REFUSED'
  | 'INTERNAL';

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
}

export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };

export const INTERNAL_ERROR_MESSAGE =
  'Đã xảy ra lỗi ngoài dự kiến nên thao tác chưa được thực hiện. Dữ liệu đã lưu trước đó vẫn an toàn.';
