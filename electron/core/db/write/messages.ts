import { AppError } from '../../errors';

/** The write path's messages, in one place. */

function localTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return ` lúc ${pad(date.getHours())}:${pad(date.getMinutes())} ngày ${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** A save that started from an older version than the one stored: refused, never overwritten. */
export function staleSaveError(storedAt: string): AppError {
  return new AppError(
    'STALE',
    `Bản ghi này đã được lưu một bản mới hơn${localTime(storedAt)}, sau khi bạn mở nó, nên thay đổi vừa rồi chưa được lưu ` +
      'để không ghi đè lên bản đó. Hãy bấm "Tải lại" để mở bản mới nhất rồi sửa tiếp.',
  );
}
