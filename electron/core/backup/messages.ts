import { AppError } from '../errors';

/** The Vietnamese words for everything that can go wrong with a backup or a restore. */

function errnoOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

const KEPT = ' Dữ liệu hiện tại và các bản sao lưu đã có vẫn nguyên vẹn.';

/** Why a backup could not be written into `folder`. */
export function backupWriteFailure(error: unknown, folder: string): AppError {
  if (error instanceof AppError) return error;
  const code = errnoOf(error);
  const says = (message: string) => new AppError('BACKUP_FOLDER', message + KEPT, { cause: error });
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'SQLITE_FULL':
      return says(`Không sao lưu được vào ${folder}: ổ đĩa đã đầy. Hãy giải phóng dung lượng hoặc chọn nơi lưu khác.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'SQLITE_READONLY':
      return says(`Không sao lưu được vào ${folder}: thư mục chỉ cho phép đọc hoặc bạn không có quyền ghi vào đó.`);
    case 'ENOENT':
    case 'ENOTDIR':
    case 'SQLITE_CANTOPEN':
      return says(`Không sao lưu được vào ${folder}: không tìm thấy thư mục (có thể ổ USB đã được rút ra). Hãy cắm lại ổ hoặc chọn nơi lưu khác.`);
    default:
      return new AppError('BACKUP_FAILED', `Không tạo được bản sao lưu (${code || 'lỗi không rõ'}).${KEPT}`, { cause: error });
  }
}

export const backupErrors = {
  notFound: () => new AppError('NOT_FOUND', 'Không tìm thấy bản sao lưu này. Có thể nó đã bị xóa hoặc ổ chứa nó đã được rút ra.'),
  verifyFailed: (detail: string) =>
    new AppError('BACKUP_FAILED', `Bản sao lưu vừa tạo không vượt qua bước kiểm tra (${detail}) nên đã bị bỏ.${KEPT}`),
  notEnoughSpace: (folder: string, neededMb: number, freeMb: number) =>
    new AppError(
      'BACKUP_FOLDER',
      `Không đủ chỗ trống trong ${folder}: cần khoảng ${neededMb.toLocaleString('vi-VN')} MB, còn ${freeMb.toLocaleString('vi-VN')} MB. ` +
        'Hãy giải phóng dung lượng hoặc chọn nơi lưu khác.' +
        KEPT,
    ),
  notAFolder: (folder: string) =>
    new AppError('BACKUP_FOLDER', `${folder} không phải là một thư mục dùng được. Hãy chọn thư mục khác.`),
  insideDataFolder: () =>
    new AppError(
      'BACKUP_FOLDER',
      'Nơi lưu thứ hai phải ở ngoài thư mục dữ liệu của ứng dụng (ví dụ ổ USB, ổ đĩa khác hoặc thư mục dùng chung), ' +
        'để khi máy hỏng vẫn còn bản sao.',
    ),
  damaged: (detail: string) =>
    new AppError(
      'BACKUP_INVALID',
      `Tệp sao lưu này bị hỏng hoặc không đầy đủ (${detail}) nên không thể khôi phục. Dữ liệu hiện tại không bị thay đổi.`,
    ),
  foreign: () =>
    new AppError(
      'BACKUP_INVALID',
      'Tệp này không phải bản sao lưu của Sổ tay Mặt trận (có thể là tệp của chương trình khác). Dữ liệu hiện tại không bị thay đổi.',
    ),
  newer: (schemaVersion: number) =>
    new AppError(
      'BACKUP_NEWER',
      `Bản sao lưu này được tạo bởi một phiên bản mới hơn của ứng dụng (cấu trúc dữ liệu số ${schemaVersion}). ` +
        'Hãy cài phiên bản mới nhất rồi thử lại. Dữ liệu hiện tại không bị thay đổi.',
    ),
  modifiedSchema: () =>
    new AppError(
      'BACKUP_INVALID',
      'Cấu trúc dữ liệu trong bản sao lưu không khớp với ứng dụng (có thể tệp đã bị sửa bằng chương trình khác). ' +
        'Dữ liệu hiện tại không bị thay đổi.',
    ),
  unreadable: (file: string, error: unknown) =>
    new AppError('BACKUP_INVALID', `Không đọc được tệp ${file}. Hãy kiểm tra tệp còn đó và bạn có quyền đọc. Dữ liệu hiện tại không bị thay đổi.`, {
      cause: error,
    }),
  databaseHeld: () =>
    new AppError(
      'DB_LOCKED',
      'Tệp dữ liệu đang được một chương trình khác mở (có thể là một cửa sổ khác của ứng dụng hoặc chương trình sao chép tệp). ' +
        'Hãy đóng chương trình đó rồi thử lại. Dữ liệu hiện tại không bị thay đổi.',
    ),
  busy: () => new AppError('CONFLICT', 'Đang sao lưu hoặc khôi phục. Hãy đợi việc đó xong rồi thử lại.'),
  noPlatform: () => new AppError('INTERNAL', 'Chức năng chọn tệp chưa sẵn sàng trong cửa sổ này. Hãy đóng và mở lại ứng dụng.'),
};

export { errnoOf };
