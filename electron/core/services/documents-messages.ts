import { DOCUMENT_KIND, type DocumentKind } from '../../../shared/domain';
import { formatInstant, formatLocalDate } from '../../../shared/datetime';
import { formatDocumentNumber } from '../../../shared/number-symbol';
import { AppError } from '../errors';

/** Every message the document services show a user, in one place so they can be reviewed together. */

function when(iso: string | null): string {
  return iso === null ? '' : ` lúc ${formatInstant(iso)}`;
}

function registerName(kind: DocumentKind, year: number): string {
  const label = DOCUMENT_KIND.labels[kind];
  return `sổ đăng ký ${label.charAt(0).toLocaleLowerCase('vi')}${label.slice(1)} năm ${year}`;
}

export const documentErrors = {
  noProfile: () =>
    new AppError(
      'CONFLICT',
      'Chưa có thông tin Ủy ban (tên, địa danh, chữ viết tắt trong số ký hiệu). Hãy nhập ở mục Thông tin Ủy ban trước khi soạn văn bản.',
    ),
  finalised: (finalisedAt: string | null, finalisedBy: string | null) =>
    new AppError(
      'CONFLICT',
      `Văn bản đã được hoàn thiện${finalisedBy ? ` bởi ${finalisedBy}` : ''}${when(finalisedAt)} nên đang bị khóa, không sửa được. ` +
        'Muốn sửa, hãy mở khóa văn bản (việc mở khóa được ghi lại).',
    ),
  issued: (numberSymbol: string) =>
    new AppError(
      'CONFLICT',
      `Văn bản đã ban hành (số ${numberSymbol}) nên không sửa được. Nếu cần thay đổi, hãy soạn văn bản mới thay thế.`,
    ),
  alreadyFinalised: (finalisedAt: string | null, finalisedBy: string | null) =>
    new AppError('CONFLICT', `Văn bản đã được hoàn thiện${finalisedBy ? ` bởi ${finalisedBy}` : ''}${when(finalisedAt)}.`),
  emptySummary: () => new AppError('VALIDATION', 'Hãy nhập trích yếu của văn bản trước khi hoàn thiện.'),
  emptyBody: () => new AppError('VALIDATION', 'Nội dung văn bản đang trống; hãy soạn nội dung trước khi hoàn thiện.'),
  unlockDraft: () => new AppError('CONFLICT', 'Văn bản đang là bản nháp, không cần mở khóa.'),
  unlockIssued: (numberSymbol: string) =>
    new AppError(
      'CONFLICT',
      `Văn bản đã ban hành (số ${numberSymbol}) nên không mở khóa được. Nếu cần thay đổi, hãy soạn văn bản mới thay thế.`,
    ),
  issueDraft: () =>
    new AppError('CONFLICT', 'Văn bản còn là bản nháp. Hãy hoàn thiện (khóa) văn bản trước khi ban hành và cấp số.'),
  numberTaken: (numberSymbol: string, year: number, holderSummary: string, next: number) =>
    new AppError(
      'CONFLICT',
      `Số ${numberSymbol} năm ${year} đã cấp cho văn bản khác${holderSummary ? ` (“${holderSummary}”)` : ''}. ` +
        `Hãy để trống ô số để lấy số tiếp theo: ${formatDocumentNumber(next)}.`,
    ),
  numberGap: (numberSymbol: string, kind: DocumentKind, year: number, next: number, requested: number) =>
    new AppError(
      'CONFLICT',
      `Không cấp được số ${numberSymbol}: số tiếp theo trong ${registerName(kind, year)} là ${formatDocumentNumber(next)}. ` +
        `Cấp số ${formatDocumentNumber(requested)} sẽ bỏ trống ${requested - next === 1 ? `số ${formatDocumentNumber(next)}` : `các số từ ${formatDocumentNumber(next)} đến ${formatDocumentNumber(requested - 1)}`}.`,
    ),
  numberRace: () => new AppError('CONFLICT', 'Số này vừa được cấp cho văn bản khác. Hãy thử ban hành lại để lấy số mới.'),
  deleteIssued: (numberSymbol: string) =>
    new AppError(
      'CONFLICT',
      `Văn bản đã ban hành (số ${numberSymbol}) không xóa được: số của văn bản phải còn nguyên trong sổ đăng ký.`,
    ),
  deleteFinalised: () =>
    new AppError('CONFLICT', 'Văn bản đã hoàn thiện đang bị khóa. Hãy mở khóa văn bản trước khi xóa.'),
  notFromMeeting: () =>
    new AppError('CONFLICT', 'Văn bản này không được tạo từ hội nghị nên không làm mới được từ hội nghị.'),
  meetingGone: () =>
    new AppError('NOT_FOUND', 'Hội nghị của văn bản này đã bị xóa nên không làm mới được. Có thể khôi phục hội nghị từ thùng rác.'),
  noSecretary: () =>
    new AppError(
      'VALIDATION',
      'Biên bản chưa có tên thư ký (người ghi biên bản, ký bên trái). Hãy nhập họ tên thư ký ở mục “Chữ ký” trước khi hoàn thiện.',
    ),
  minutesIssued: (numberSymbol: string, documentDate: string) =>
    new AppError(
      'CONFLICT',
      `Hội nghị này đã có biên bản ban hành (số ${numberSymbol}, ngày ${formatLocalDate(documentDate)}), nên không tạo thêm biên bản. ` +
        'Hãy mở biên bản đó trong mục “Văn bản đã soạn”; nếu cần thay đổi, hãy soạn văn bản khác thay thế.',
    ),
  secondMinutes: (numberSymbol: string, documentDate: string) =>
    new AppError(
      'CONFLICT',
      `Không ban hành được biên bản này: hội nghị đã có biên bản ban hành (số ${numberSymbol}, ngày ${formatLocalDate(documentDate)}), ` +
        'mỗi hội nghị chỉ có một biên bản. Bản này là bản soạn song song; nếu không cần nữa, hãy mở khóa rồi xóa. ' +
        'Nếu biên bản đã ban hành cần thay đổi, hãy soạn văn bản khác thay thế.',
    ),
  draftTooLarge: () =>
    new AppError(
      'VALIDATION',
      'Hội nghị có quá nhiều nội dung để tạo bản nháp tự động. Hãy tạo văn bản trống rồi soạn nội dung.',
    ),
};
