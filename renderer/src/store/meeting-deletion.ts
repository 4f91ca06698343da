import { DOCUMENT_KIND, REPORT_KIND } from '../../../shared/domain';
import type { DocumentSummary } from '../../../shared/schemas/document';
import { call } from '../api/client';

function labelOf(doc: DocumentSummary): string {
  const kind = doc.kind === 'bao_cao' && doc.reportKind ? REPORT_KIND.labels[doc.reportKind] : DOCUMENT_KIND.labels[doc.kind];
  return `${kind} số ${doc.numberSymbol}`;
}

/**
 * The sentence the delete question says about a meeting: it names the documents already issued
 * from it, which keep their numbers in the register whatever happens to the meeting.
 */
export async function meetingDeletionDetail(meetingId: number, title: string): Promise<string> {
  const issued = await call('documents:list', { meetingId, status: 'da_ban_hanh', pageSize: 200 });
  const lines = [`"${title}" sẽ được chuyển khỏi danh sách.`];
  if (issued.items.length > 0) {
    lines.push(
      `Hội nghị đã có ${issued.items.length} văn bản ban hành: ${issued.items.map(labelOf).join('; ')}. ` +
        'Các văn bản này vẫn giữ số trong sổ và vẫn mở được ở mục Văn bản.',
    );
  }
  lines.push('Bạn có thể hoàn tác ngay sau khi xóa.');
  return lines.join(' ');
}
