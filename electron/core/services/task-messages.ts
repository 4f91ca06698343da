import { AppError, notFound } from '../errors';

/** The Vietnamese messages of the task rules, in one place so that wording stays consistent. */
export const taskErrors = {
  notFound: () => notFound('nhiệm vụ'),
  leadMissing: () => new AppError('VALIDATION', 'Hãy chọn đơn vị chủ trì thực hiện nhiệm vụ.'),
  leadNotFound: () => new AppError('NOT_FOUND', 'Không tìm thấy đơn vị chủ trì đã chọn trong danh bạ. Có thể đơn vị đã bị xóa hoặc gộp.'),
  supportingNotFound: () =>
    new AppError('NOT_FOUND', 'Có đơn vị phối hợp đã chọn không còn trong danh bạ. Hãy chọn lại đơn vị phối hợp.'),
  personNotFound: () => new AppError('NOT_FOUND', 'Không tìm thấy người phụ trách đã chọn trong danh bạ.'),
  conclusionNotFound: () =>
    new AppError('NOT_FOUND', 'Không tìm thấy kết luận này. Có thể kết luận đã bị xóa khỏi hội nghị; hãy tải lại trang.'),
  conclusionEmpty: () => new AppError('VALIDATION', 'Kết luận này chưa có nội dung nên chưa giao thành nhiệm vụ được.'),
  conclusionLeadUnknown: () =>
    new AppError('VALIDATION', 'Kết luận không nêu đơn vị nào có trong danh bạ. Hãy chọn đơn vị chủ trì thực hiện nhiệm vụ.'),
  meetingNotFound: () => notFound('hội nghị'),
  directiveNotFound: () => notFound('văn bản này'),
  completeDone: () => new AppError('CONFLICT', 'Nhiệm vụ này đã hoàn thành rồi.'),
  statusDoneBySave: () =>
    new AppError('VALIDATION', 'Để chuyển nhiệm vụ sang "Hoàn thành", hãy dùng nút "Hoàn thành" và ghi kết quả thực hiện.'),
  progressOnDone: () => new AppError('CONFLICT', 'Nhiệm vụ đã hoàn thành; không ghi thêm tiến độ được. Hãy mở lại nhiệm vụ nếu cần.'),
  progressInFuture: () => new AppError('VALIDATION', 'Ngày ghi tiến độ không được sau ngày hôm nay.'),
  restoreNotDeleted: () => notFound('nhiệm vụ đã xóa này'),
};
