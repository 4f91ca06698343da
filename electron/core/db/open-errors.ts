import { AppError } from '../errors';

/** Turns what SQLite or the file system said into a message a secretary can act on. */
export function describeOpenFailure(error: unknown, databasePath: string): AppError {
  if (error instanceof AppError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError(
      'DB_LOCKED',
      `Tệp dữ liệu đang được một chương trình khác sử dụng (${databasePath}). ` +
        'Hãy đóng các cửa sổ khác của ứng dụng hoặc chương trình sao lưu đang mở tệp này, rồi mở lại ứng dụng.',
      { cause: error },
    );
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new AppError(
      'DB_CORRUPT',
      `Tệp dữ liệu bị hỏng hoặc không phải tệp dữ liệu của ứng dụng (${databasePath}). ` +
        'Ứng dụng không sửa, không ghi đè và không xóa tệp này. Hãy giữ nguyên tệp và liên hệ cán bộ tin học để khôi phục từ bản sao lưu.',
      { cause: error },
    );
  }
  if (
    code === 'SQLITE_CANTOPEN' ||
    code === 'SQLITE_READONLY' ||
    code === 'SQLITE_PERM' ||
    code === 'SQLITE_FULL' ||
    code === 'EACCES' ||
    code === 'ENOTDIR' ||
    code === 'ENOSPC' ||
    code === 'EPERM' ||
    code === 'EROFS'
  ) {
    return new AppError(
      'DB_UNWRITABLE',
      `Không ghi được vào thư mục dữ liệu (${databasePath}). ` +
        'Có thể thư mục chỉ cho phép đọc hoặc ổ đĩa đã đầy. Hãy kiểm tra quyền ghi của thư mục rồi mở lại ứng dụng.',
      { cause: error },
    );
  }
  return new AppError(
    'DB_MIGRATION_FAILED',
    `Không mở được tệp dữ liệu (${databasePath}). Tệp không bị thay đổi. Hãy liên hệ cán bộ tin học.`,
    { cause: error },
  );
}
