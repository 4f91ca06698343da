import { AppError } from '../errors';

/**
 * Why a package, or one record of it, was not imported. Each reason has one Vietnamese message
 * naming what happened and what to do; the whole package is refused for the package-level ones
 * (nothing is written), a record-level one skips that record only and is listed in `refused`.
 */
export type RefusalReason =
  | 'NOT_A_PACKAGE'
  | 'TRUNCATED'
  | 'ALTERED'
  | 'DAMAGED'
  | 'NEWER_VERSION'
  | 'NO_OWN_CODE'
  | 'WRONG_RECEIVER'
  | 'WRONG_SENDER'
  | 'TOO_LARGE'
  // Record level:
  | 'OLDER_PACKAGE'
  | 'NOT_OURS'
  | 'UNKNOWN_ASSIGNMENT'
  | 'MISSING_DIRECTIVE';

export interface Refusal {
  reason: RefusalReason;
  message: string;
  /** The record refused (its UUID), for record-level refusals. */
  record?: string;
}

const NOTHING = ' Chưa có gì được nhập vào dữ liệu.';

/** A package refused as a whole. The dispatcher shows its message; the CLI lists its reason. */
export class PackageRefusedError extends AppError {
  readonly refusal: Refusal;

  constructor(reason: RefusalReason, message: string, options?: { cause?: unknown }) {
    super('PACKAGE_REFUSED', message + NOTHING, options);
    this.refusal = { reason, message: message + NOTHING };
  }
}

export const refuse = {
  notAPackage: (name: string) =>
    new PackageRefusedError('NOT_A_PACKAGE', `Tệp “${name}” không phải gói trao đổi của Sổ tay Mặt trận (tệp .mttq).`),
  truncated: (name: string) =>
    new PackageRefusedError(
      'TRUNCATED',
      `Tệp “${name}” không trọn vẹn: có thể chép chưa xong hoặc bị cắt cụt trên đường gửi. Hãy đề nghị nơi gửi gửi lại tệp.`,
    ),
  altered: (name: string) =>
    new PackageRefusedError(
      'ALTERED',
      `Nội dung tệp “${name}” đã bị thay đổi sau khi được ghi (mã kiểm tra không khớp), nên không thể tin cậy. Hãy đề nghị nơi gửi gửi lại tệp gốc.`,
    ),
  damaged: (name: string, cause?: unknown) =>
    new PackageRefusedError('DAMAGED', `Tệp “${name}” bị hỏng, không đọc được nội dung. Hãy đề nghị nơi gửi gửi lại tệp.`, { cause }),
  tooLarge: (name: string, megabytes: number) =>
    new PackageRefusedError('TOO_LARGE', `Tệp “${name}” nặng hơn ${megabytes} MB, quá lớn đối với một gói trao đổi.`),
  newerVersion: (version: string) =>
    new PackageRefusedError(
      'NEWER_VERSION',
      `Gói này được tạo bởi phiên bản mới hơn của ứng dụng (${version}), phiên bản đang dùng chưa đọc được. Hãy cài phiên bản mới nhất rồi nhận lại gói.`,
    ),
  noOwnCode: () =>
    new PackageRefusedError(
      'NO_OWN_CODE',
      'Chưa khai báo mã đơn vị của Ủy ban mình, nên chưa biết gói có gửi cho mình không. Hãy nhập mã đơn vị ở mục “Thông tin Ủy ban” rồi nhận lại gói.',
    ),
  wrongReceiver: (ownCode: string, receivers: string) =>
    new PackageRefusedError(
      'WRONG_RECEIVER',
      `Gói này gửi cho đơn vị khác (${receivers}), không phải Ủy ban mình (mã ${ownCode}). Hãy kiểm tra lại tệp được gửi đến.`,
    ),
  wrongSender: (message: string) => new PackageRefusedError('WRONG_SENDER', message),
};
