import { formatLocalDate } from '../../../shared/datetime';
import type { ReportPeriod } from '../../../shared/report-periods';
import { AppError } from '../errors';

/** Every message the report services show a user, in one place. */
export const reportErrors = {
  futurePeriod: (period: ReportPeriod) =>
    new AppError(
      'VALIDATION',
      `Kỳ báo cáo ${period.label} (từ ngày ${formatLocalDate(period.start)} đến ngày ${formatLocalDate(period.end)}) chưa bắt đầu nên chưa có số liệu để tổng hợp. Hãy chọn kỳ đã bắt đầu.`,
    ),
  badPeriod: (problem: string) => new AppError('VALIDATION', problem),
  notCompiled: () =>
    new AppError(
      'CONFLICT',
      'Văn bản này không được tổng hợp từ dữ liệu nên không có số liệu để cập nhật. Muốn có báo cáo tổng hợp, hãy soạn báo cáo mới ở mục Báo cáo.',
    ),
  dutyNotFound: () => new AppError('NOT_FOUND', 'Không tìm thấy nhiệm vụ báo cáo định kỳ này. Có thể nhiệm vụ đã bị xóa.'),
  dutyNotPeriodic: () =>
    new AppError('VALIDATION', 'Nhiệm vụ này không lặp lại định kỳ nên không phải là nghĩa vụ báo cáo định kỳ.'),
  bodyTooLarge: () =>
    new AppError(
      'VALIDATION',
      'Kỳ báo cáo có quá nhiều hồ sơ để đưa hết vào nội dung báo cáo. Hãy chọn kỳ ngắn hơn; số liệu đầy đủ có trong phụ lục Excel.',
    ),
};
