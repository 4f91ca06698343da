import type { AppErrorShape, ErrorCode } from '../../shared/ipc/errors';

/** An error whose message is Vietnamese and fit to show a user as it is. */
export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }

  toShape(): AppErrorShape {
    return { code: this.code, message: this.message };
  }
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `Không tìm thấy ${what}. Có thể bản ghi đã bị xóa.`);
}
