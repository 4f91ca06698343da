import { z } from 'zod';

/*
 * What a user reads when a schema has no message of its own. Every field and limit of the IPC
 * contract carries its own words (shared/schemas/common.ts: the helpers take the field's label,
 * and tests/unit/validation-messages.test.ts walks the contract to keep it so); these sentences
 * are the floor under that. zod's Vietnamese locale names types, codes and comparison signs
 * ("Quá lớn: mong đợi array có <=200 phần tử", "Đầu vào không hợp lệ"), which a user cannot act
 * on, so no kind of issue is left to it.
 *
 * Imported by the dispatcher (main process) and by the renderer's autosave, which checks a record
 * against the very schema the main process uses before sending it: both sides speak the same words.
 */
let configured = false;

const WRONG_SHAPE = 'Dữ liệu gửi lên không đúng dạng. Hãy tải lại trang rồi thử lại.';

function countText(value: unknown): string {
  return typeof value === 'number' || typeof value === 'bigint' ? String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.') : String(value);
}

function fallbackMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return 'Giá trị được chọn không có trong danh sách cho phép.';
    case 'too_big':
      if (issue.origin === 'string') return `Nội dung quá dài (tối đa ${countText(issue.maximum)} ký tự).`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Danh sách quá dài (tối đa ${countText(issue.maximum)} dòng).`;
      return 'Giá trị số nằm ngoài khoảng cho phép.';
    case 'too_small':
      if (issue.origin === 'string') return 'Nội dung còn trống hoặc quá ngắn.';
      if (issue.origin === 'array' || issue.origin === 'set') return `Danh sách cần có ít nhất ${countText(issue.minimum)} dòng.`;
      return 'Giá trị số nằm ngoài khoảng cho phép.';
    case 'invalid_format':
      return 'Nội dung không đúng định dạng.';
    default:
      // Wrong types, unions none of whose shapes fit, unknown keys, multiples: a renderer bug.
      return WRONG_SHAPE;
  }
}

export function configureZodMessages(): void {
  if (configured) return;
  configured = true;
  z.config({
    ...z.locales.vi(),
    customError: fallbackMessage,
  });
}

configureZodMessages();
