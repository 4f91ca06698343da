import { z } from 'zod';

/*
 * zod's own messages (for the few fields without a message of ours) in Vietnamese. The vi locale
 * still names types and internal codes ("mong đợi object, nhận được undefined", "…"tong_ket"|…"),
 * which a user cannot act on, so those kinds of issue get plain Vietnamese sentences instead.
 *
 * Imported by the dispatcher (main process) and by the renderer's autosave, which checks a record
 * against the very schema the main process uses before sending it: both sides speak the same words.
 */
let configured = false;

export function configureZodMessages(): void {
  if (configured) return;
  configured = true;
  z.config({
    ...z.locales.vi(),
    customError: (issue) => {
      if (issue.code === 'invalid_type') return 'Dữ liệu gửi lên không đúng dạng. Hãy tải lại trang rồi thử lại.';
      if (issue.code === 'invalid_value') return 'Giá trị được chọn không có trong danh sách cho phép.';
      if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') {
        return 'Giá trị số nằm ngoài khoảng cho phép.';
      }
      return undefined;
    },
  });
}

configureZodMessages();
