import type { AppErrorDetails, AppErrorShape, ErrorCode } from '../../shared/ipc/errors';

/** An error whose message is Vietnamese and fit to show a user as it is. */
export class AppError extends Error {
  readonly code: ErrorCode;
  /** The record the refusal points at (a duplicate's original), sent with the message. */
  readonly details: AppErrorDetails | undefined;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; details?: AppErrorDetails }) {
    super(message, options && 'cause' in options ? { cause: options.cause } : undefined);
    this.name = 'AppError';
    this.code = code;
    this.details = options?.details;
  }

  toShape(): AppErrorShape {
    return this.details === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, details: this.details };
  }
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `Không tìm thấy ${what}. Có thể bản ghi đã bị xóa.`);
}
