import { z } from 'zod';
import { isValidLocalDateTime } from '../datetime';
import { normalizeLine, normalizeMultiline } from '../text';

/** A one-line text that must not be empty; stored in NFC with tidy spaces. */
export function requiredLine(emptyMessage: string, max = 500) {
  return z
    .string({ error: emptyMessage })
    .transform(normalizeLine)
    .pipe(
      z
        .string()
        .min(1, { error: emptyMessage })
        .max(max, { error: `Nội dung quá dài (tối đa ${max} ký tự).` }),
    );
}

/** A one-line text that may be empty. */
export function optionalLine(max = 500) {
  return z
    .string()
    .default('')
    .transform(normalizeLine)
    .pipe(z.string().max(max, { error: `Nội dung quá dài (tối đa ${max} ký tự).` }));
}

/** A multi-line text (summaries, notes) that may be empty. */
export function optionalText(max = 20_000) {
  return z
    .string()
    .default('')
    .transform(normalizeMultiline)
    .pipe(z.string().max(max, { error: `Nội dung quá dài (tối đa ${max} ký tự).` }));
}

export const entityId = z
  .number({ error: 'Mã bản ghi không hợp lệ.' })
  .int({ error: 'Mã bản ghi không hợp lệ.' })
  .positive({ error: 'Mã bản ghi không hợp lệ.' });

/** Child rows (attendees, agenda items…) get ids made by the renderer so autosave never races. */
export const childId = z.uuid({ error: 'Mã dòng không hợp lệ.' });

export const localDateTime = z
  .string({ error: 'Hãy nhập ngày giờ.' })
  .refine(isValidLocalDateTime, { error: 'Ngày giờ không có thật hoặc sai định dạng.' });

/**
 * The `updatedAt` a save started from (as the record was read, or as the previous save answered).
 * The main process refuses the save when the stored record is newer, instead of overwriting it.
 * Null only for callers that mean to write whatever is stored (scripts, demo data).
 */
export const baseUpdatedAt = z
  .string({ error: 'Dữ liệu gửi lên không đúng dạng. Hãy tải lại trang rồi thử lại.' })
  .max(40)
  .nullable()
  .default(null);

export const idInput = z.object({ id: entityId });
export type IdInput = z.input<typeof idInput>;

/** Lists of child rows must not repeat an id; repeating one would silently drop a row. */
export function hasUniqueIds(rows: ReadonlyArray<{ id: string }>): boolean {
  return new Set(rows.map((row) => row.id)).size === rows.length;
}
