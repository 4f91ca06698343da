import { z } from 'zod';
import { COMMITTEE_LEVEL } from '../domain';
import { listOf, optionalLine, requiredLine } from './common';
import { COMMITTEE_CODE, COMMITTEE_CODE_MAX } from './exchange-package';

/**
 * The symbol part after the type code in number-symbols, e.g. "MTTQ-BTT" in "05/BB-MTTQ-BTT":
 * capital letters (Đ included) and digits in groups joined by single hyphens.
 */
const ABBREVIATION = /^[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*$/u;

export const leaderSchema = z.object({
  fullName: requiredLine('Hãy nhập họ tên.', 120, 'Họ tên'),
  title: optionalLine(300, 'Chức vụ'),
});

export const profileInput = z.object({
  committeeName: requiredLine('Hãy nhập tên Ủy ban (ví dụ: Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh).', 300, 'Tên Ủy ban'),
  parentBody: optionalLine(300, 'Tên cơ quan cấp trên'),
  placeName: requiredLine('Hãy nhập địa danh ghi ở dòng ngày tháng (ví dụ: Quảng Ninh).', 100, 'Địa danh'),
  level: z.enum(COMMITTEE_LEVEL.values, { error: 'Hãy chọn cấp của Ủy ban.' }),
  abbreviation: requiredLine('Hãy nhập chữ viết tắt dùng trong số, ký hiệu (ví dụ: MTTQ-BTT).', 40, 'Chữ viết tắt').pipe(
    z.string().regex(ABBREVIATION, {
      error: 'Chữ viết tắt chỉ gồm chữ in hoa và chữ số, nối bằng dấu gạch ngang, ví dụ: MTTQ-BTT.',
    }),
  ),
  /**
   * The committee's own code (mã đơn vị) in exchange packages with the committees above and
   * below; may stay empty until the committee exchanges packages.
   */
  committeeCode: z
    .string()
    .default('')
    .transform((value) => value.normalize('NFC').trim().toUpperCase())
    .pipe(
      z.string().refine((value) => value === '' || (value.length >= 2 && value.length <= COMMITTEE_CODE_MAX && COMMITTEE_CODE.test(value)), {
        error: 'Mã đơn vị chỉ gồm chữ cái không dấu và chữ số, nối bằng dấu chấm hoặc gạch ngang (2–40 ký tự), ví dụ: MTTQ-HP.',
      }),
    ),
  chair: leaderSchema.nullable().default(null),
  deputies: listOf(leaderSchema, 10, 'Phó Chủ tịch', 'người').default([]),
  /**
   * Names of exported files in full Vietnamese ("2026-01-05 Biên bản Hội nghị tổng kết.docx")
   * instead of the default plain ASCII ("… Bien ban hoi nghi tong ket.docx"). Left out, the
   * stored choice stays (a save that does not know of it never resets it).
   */
  accentedFileNames: z.boolean({ error: 'Hãy chọn cách đặt tên tệp xuất ra.' }).optional(),
});
export type ProfileInput = z.input<typeof profileInput>;
export type Profile = Omit<z.output<typeof profileInput>, 'accentedFileNames'> & { accentedFileNames: boolean; updatedAt: string };
export type Leader = z.output<typeof leaderSchema>;
