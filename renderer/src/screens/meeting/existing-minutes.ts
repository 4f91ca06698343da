import { formatLocalDate, formatLocalDateTime, toLocalDateTimeString } from '../../../../shared/datetime';
import { DOCUMENT_STATUS } from '../../../../shared/domain';
import type { DocumentSummary } from '../../../../shared/schemas/document';

/**
 * What "Tạo biên bản" asks when the meeting already has minutes: a meeting has one set, so the
 * minutes already there are offered first. A second draft is only a fresh start (the one issued
 * first is the meeting's minutes; the other can then not be issued), and none once one is issued.
 */
export interface ExistingMinutesPrompt {
  title: string;
  content: string;
  /** The minutes offered to open: the issued one, else the draft edited last. */
  open: DocumentSummary;
  /** Whether a new draft may still be made beside it (not once minutes are issued). */
  allowAnother: boolean;
}

function lastEdited(iso: string): string {
  return formatLocalDateTime(toLocalDateTimeString(new Date(iso)));
}

function named(doc: DocumentSummary): string {
  return doc.summary ? `“${doc.summary}”` : 'chưa có trích yếu';
}

export function existingMinutesPrompt(documents: readonly DocumentSummary[]): ExistingMinutesPrompt | null {
  const minutes = documents.filter((doc) => doc.kind === 'bien_ban');
  if (minutes.length === 0) return null;
  const issued = minutes.find((doc) => doc.status === 'da_ban_hanh');
  if (issued) {
    return {
      title: 'Hội nghị này đã có biên bản ban hành',
      content:
        `Biên bản số ${issued.numberSymbol}, ngày ${formatLocalDate(issued.documentDate)} đã ban hành; mỗi hội nghị chỉ có một biên bản, ` +
        'nên không tạo thêm biên bản. Nếu cần thay đổi, hãy soạn văn bản khác thay thế.',
      open: issued,
      allowAnother: false,
    };
  }
  const open = [...minutes].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]!;
  const count = minutes.length === 1 ? 'một biên bản' : `${minutes.length} biên bản`;
  return {
    title: `Hội nghị này đã có ${count} đang soạn`,
    content:
      `Biên bản ${named(open)} (${DOCUMENT_STATUS.labels[open.status].toLocaleLowerCase('vi')}, sửa lần cuối lúc ${lastEdited(open.updatedAt)}) ` +
      'đã được tạo từ hội nghị này. Hãy mở để soạn tiếp; muốn cập nhật theo hội nghị, dùng “Làm mới từ hội nghị” trong biên bản. ' +
      'Chỉ tạo bản nháp mới khi muốn soạn lại từ đầu: khi một bản đã ban hành, bản còn lại không ban hành được.',
    open,
    allowAnother: true,
  };
}
