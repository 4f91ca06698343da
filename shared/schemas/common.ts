import { z } from 'zod';
import { readDate, readDateTime } from '../date-input';
import { isValidLocalDate, isValidLocalDateTime } from '../datetime';
import { normalizeLine, normalizeMultiline } from '../text';

/*
 * Every limit says which field or list it limits, in the user's words ("Tên hội nghị quá dài
 * (tối đa 500 ký tự).", "Danh sách thành phần dự họp có tối đa 3.000 người."): the helpers below
 * take the field's label, so no limit can be written without one. zod's own wording is never
 * shown (tests/unit/validation-messages.test.ts walks every field of the contract to check it).
 */

/** A count written the Vietnamese way: 3.000, 20.000. */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "Tên hội nghị quá dài (tối đa 500 ký tự)." */
export function textTooLong(label: string, max: number): string {
  return `${label} quá dài (tối đa ${formatCount(max)} ký tự).`;
}

/** "Danh sách thành phần dự họp có tối đa 3.000 người." */
export function listTooLong(what: string, max: number, unit: string): string {
  return `Danh sách ${what} có tối đa ${formatCount(max)} ${unit}.`;
}

/** A list of `element` with at most `max` rows, its limit said in words. */
export function listOf<T extends z.ZodType>(element: T, max: number, what: string, unit: string) {
  return z.array(element, { error: WRONG_SHAPE }).max(max, { error: listTooLong(what, max, unit) });
}

/** A whole number between `min` and `max`, both limits and the wrong type said in words naming it. */
export function wholeNumber(label: string, min: number, max: number) {
  const range = `${label} phải là số nguyên từ ${formatCount(min)} đến ${formatCount(max)}.`;
  return z
    .number({ error: `${label} phải là một số.` })
    .int({ error: range })
    .min(min, { error: range })
    .max(max, { error: range });
}

/** The answer to a payload of the wrong shape: a renderer bug, never something the user typed. */
export const WRONG_SHAPE = 'Dữ liệu gửi lên không đúng dạng. Hãy tải lại trang rồi thử lại.';

/** A one-line text that must not be empty; stored in NFC with tidy spaces. */
export function requiredLine(emptyMessage: string, max: number, label: string) {
  return z
    .string({ error: emptyMessage })
    .transform(normalizeLine)
    .pipe(
      z
        .string()
        .min(1, { error: emptyMessage })
        .max(max, { error: textTooLong(label, max) }),
    );
}

/** A one-line text that may be empty. */
export function optionalLine(max: number, label: string) {
  return z
    .string({ error: WRONG_SHAPE })
    .default('')
    .transform(normalizeLine)
    .pipe(z.string().max(max, { error: textTooLong(label, max) }));
}

/** A multi-line text (summaries, notes) that may be empty. */
export function optionalText(max: number, label: string) {
  return z
    .string({ error: WRONG_SHAPE })
    .default('')
    .transform(normalizeMultiline)
    .pipe(z.string().max(max, { error: textTooLong(label, max) }));
}

/** The page of a list screen, and how many rows a page holds. */
export const pageNumber = wholeNumber('Số trang', 1, 1_000_000).default(1);
export function pageSize(max: number, fallback = 50) {
  return wholeNumber('Số dòng mỗi trang', 1, max).default(fallback);
}

/** A year typed or chosen in a filter (written without a thousands dot: 2026). */
const YEAR_RANGE = 'Năm phải là số từ 1900 đến 2200.';
export const yearNumber = z
  .number({ error: YEAR_RANGE })
  .int({ error: YEAR_RANGE })
  .min(1900, { error: YEAR_RANGE })
  .max(2200, { error: YEAR_RANGE });

export const entityId = z
  .number({ error: 'Mã bản ghi không hợp lệ.' })
  .int({ error: 'Mã bản ghi không hợp lệ.' })
  .positive({ error: 'Mã bản ghi không hợp lệ.' });

/** Child rows (attendees, agenda items…) get ids made by the renderer so autosave never races. */
export const childId = z.uuid({ error: 'Mã dòng không hợp lệ.' });

/**
 * A stored date ("2026-01-05") and date-time ("2026-01-05T08:00"). What is refused is refused
 * with the reason the date fields give as the user types ("Tháng 2 năm 2024 chỉ có 29 ngày."):
 * a field that cannot read what was typed hands the text on as it is, so the form and autosave
 * hold it back with exactly that message (shared/date-input.ts).
 */
const NOT_STORED_FORM = 'Ngày chưa được đọc đúng dạng: hãy chọn lại ngày.';
export const localDate = z.string({ error: 'Hãy nhập ngày.' }).superRefine((value, ctx) => {
  if (isValidLocalDate(value)) return;
  const reading = readDate(value);
  ctx.addIssue({ code: 'custom', message: reading.ok ? NOT_STORED_FORM : reading.message });
});

export const localDateTime = z.string({ error: 'Hãy nhập ngày giờ.' }).superRefine((value, ctx) => {
  if (isValidLocalDateTime(value)) return;
  const reading = readDateTime(value, { time: '00:00' });
  ctx.addIssue({ code: 'custom', message: reading.ok ? NOT_STORED_FORM : reading.message });
});

/**
 * The `updatedAt` a save started from (as the record was read, or as the previous save answered).
 * The main process refuses the save when the stored record is newer, instead of overwriting it.
 * Null only for callers that mean to write whatever is stored (scripts, demo data).
 */
export const baseUpdatedAt = z
  .string({ error: WRONG_SHAPE })
  .max(40, { error: 'Mốc thời gian của bản ghi không đúng dạng. Hãy tải lại trang rồi thử lại.' })
  .nullable()
  .default(null);

export const idInput = z.object({ id: entityId });
export type IdInput = z.input<typeof idInput>;

/** Lists of child rows must not repeat an id; repeating one would silently drop a row. */
export function hasUniqueIds(rows: ReadonlyArray<{ id: string }>): boolean {
  return new Set(rows.map((row) => row.id)).size === rows.length;
}
