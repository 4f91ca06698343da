import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

export interface WriteOptions {
  /** False: refuse to replace a file that is already there. The save dialog has asked the user already, so the default is true. */
  overwrite?: boolean;
}

function errnoOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

/** A Vietnamese message for why the file could not be written, naming the folder. */
function failure(error: unknown, filePath: string): AppError {
  const folder = path.dirname(filePath);
  const name = path.basename(filePath);
  const code = errnoOf(error);
  const says = (message: string) => new AppError('FILE_WRITE', message, { cause: error });
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return says(
        `Không lưu được tệp vào thư mục ${folder}: thư mục chỉ cho phép đọc hoặc bạn không có quyền ghi vào đó. ` +
          'Hãy chọn thư mục khác (ví dụ Tài liệu hoặc Màn hình nền). Nếu tệp cùng tên đang mở trong Word, hãy đóng tệp rồi thử lại.',
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return says(`Không lưu được tệp vào thư mục ${folder}: ổ đĩa đã đầy. Hãy giải phóng dung lượng hoặc chọn ổ đĩa khác. Không có tệp nào bị ghi dở.`);
    case 'ENOENT':
    case 'ENOTDIR':
      return says(`Không lưu được tệp vào thư mục ${folder}: thư mục không tồn tại hoặc không phải là thư mục. Hãy chọn thư mục khác.`);
    case 'EISDIR':
      return says(`Không lưu được tệp: ${filePath} là một thư mục. Hãy đặt tên tệp khác.`);
    case 'EBUSY':
      return says(`Không lưu được tệp ${name}: tệp đang được mở trong chương trình khác (Word?). Hãy đóng tệp rồi thử lại.`);
    case 'ENAMETOOLONG':
      return says(`Không lưu được tệp: đường dẫn quá dài. Hãy đặt tên tệp ngắn hơn hoặc chọn thư mục gần gốc ổ đĩa hơn.`);
    default:
      return says(`Không lưu được tệp vào thư mục ${folder} (${code || 'lỗi không rõ'}). Tệp cũ (nếu có) vẫn giữ nguyên.`);
  }
}

/**
 * Writes `data` to `filePath` so that it is either complete or not there at all: the bytes go to
 * a hidden temporary file in the same folder (same disk, so the rename is atomic), are flushed to
 * disk, and only then is the temporary file renamed over the target. A full disk, a read-only
 * folder or a crash mid-write leave the old file (or none) and no temporary file behind.
 */
export async function writeFileSafely(filePath: string, data: Uint8Array, options: WriteOptions = {}): Promise<void> {
  const target = path.resolve(filePath);
  const folder = path.dirname(target);
  const temp = path.join(folder, `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  if (options.overwrite === false) {
    const exists = await fs.stat(target).then(
      () => true,
      () => false,
    );
    if (exists) throw new AppError('CONFLICT', `Tệp ${path.basename(target)} đã có trong thư mục ${folder}. Hãy đặt tên khác hoặc xác nhận ghi đè.`);
  }
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(temp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw failure(error, target);
  }
}
