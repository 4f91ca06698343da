import type { Person } from '../schemas/directory';

/** Error codes that cross IPC. Each comes with a Vietnamese message fit to show a user. */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** The record is already there (a directive of the same symbol): `details` names it, to open it. */
  | 'DUPLICATE'
  /**
   * Not saved yet: the directory already has someone of that name who may be the same person
   * (`details.people`). Saved again with `confirmDuplicate: true` when the user says it is someone else.
   */
  | 'PERSON_DUPLICATE'
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

/** What a refusal points at, so that the screen can offer to open it. */
export type AppErrorDetails =
  /** The directive already in the register. */
  | { kind: 'directive'; id: number }
  /** The people of the directory a new (or renamed) person may be, best match first. */
  | { kind: 'people'; people: Person[] };

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  details?: AppErrorDetails;
}

export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };

export const INTERNAL_ERROR_MESSAGE =
  'Đã xảy ra lỗi ngoài dự kiến nên thao tác chưa được thực hiện. Dữ liệu đã lưu trước đó vẫn an toàn.';
