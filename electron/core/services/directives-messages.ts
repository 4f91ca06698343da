import { DIRECTIVE_TYPE } from '../../../shared/domain';
import { formatLocalDate } from '../../../shared/datetime';
import { formatSymbolNumber } from '../../../shared/number-symbol-parser';
import type { DirectiveRef, DirectiveSummary } from '../../../shared/schemas/directive';
import { AppError } from '../errors';

/** Every message the directive services show a user, in one place so they can be reviewed together. */

/** "Nghị quyết số 56-NQ/TU ngày 15/12/2021" — how staff name a directive in speech. */
export function directiveName(ref: Pick<DirectiveRef, 'type' | 'numberSymbol' | 'issuedDate'>): string {
  const date = ref.issuedDate ? ` ngày ${formatLocalDate(ref.issuedDate)}` : '';
  return `${DIRECTIVE_TYPE.labels[ref.type]} số ${ref.numberSymbol}${date}`;
}

export const directiveErrors = {
  /** Carries the entry's id, so that the form offers to open it. */
  duplicate: (existing: DirectiveSummary) =>
    new AppError(
      'DUPLICATE',
      `Văn bản này đã có trong sổ: ${directiveName(existing)} của ${existing.issuerLabel}` +
        `${existing.summary ? ` (“${existing.summary}”)` : ''}. Hãy mở văn bản đã đăng ký thay vì nhập lại.`,
      { details: { kind: 'directive', id: existing.id } },
    ),
  arrivalTaken: (number: number, year: number, holder: { numberSymbol: string; deleted: boolean }, next: number) =>
    new AppError(
      'CONFLICT',
      `Số đến ${formatSymbolNumber(number)} năm ${year} đã dùng cho văn bản ${holder.numberSymbol}` +
        `${holder.deleted ? ' (đang ở thùng rác)' : ''}. Số đến tiếp theo còn trống là ${formatSymbolNumber(next)}.`,
    ),
  organisationMissing: () => new AppError('NOT_FOUND', 'Không tìm thấy cơ quan ban hành đã chọn trong danh bạ. Có thể cơ quan đó đã bị xóa.'),
  relatedMissing: (role: 'thay thế' | 'hướng dẫn') =>
    new AppError('NOT_FOUND', `Không tìm thấy văn bản được ${role} đã chọn. Có thể văn bản đó đã bị xóa.`),
  mutualReplacement: (other: DirectiveRef) =>
    new AppError('CONFLICT', `${directiveName(other)} đang được ghi là thay thế văn bản này; hai văn bản không thể thay thế lẫn nhau.`),
  restoreDuplicate: (existing: DirectiveSummary) =>
    new AppError(
      'CONFLICT',
      `Không khôi phục được: sổ đã có ${directiveName(existing)} của ${existing.issuerLabel} được nhập lại sau khi xóa. ` +
        'Hãy xóa một trong hai bản trước.',
    ),
};
