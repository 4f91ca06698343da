import { Alert, Timeline, Typography } from 'antd';
import { formatInstant } from '../../../../shared/datetime';
import type { DocumentEvent, DocumentRecord } from '../../../../shared/schemas/document';
import { useApiQuery } from '../../api/query';

const KIND_LABELS: Record<DocumentEvent['kind'], string> = {
  hoan_thien: 'Hoàn thiện, khóa văn bản',
  mo_khoa: 'Mở khóa văn bản',
  ban_hanh: 'Cấp số, ban hành',
};

/** Who finalised, unlocked and issued the document, and when: the record an unlock leaves behind. */
export function DocumentEvents({ doc }: { doc: DocumentRecord }) {
  // Read again after each step (finalise, unlock, issue): they are writes to the documents.
  const { data: events, error } = useApiQuery('documents:events', { id: doc.id });

  if (error) return <Alert type="error" showIcon message={error} />;
  if (!events) return null;
  if (events.length === 0) return <Typography.Text type="secondary">Văn bản chưa được hoàn thiện lần nào.</Typography.Text>;
  return (
    <Timeline
      items={events.map((event) => ({
        color: event.kind === 'mo_khoa' ? 'orange' : event.kind === 'ban_hanh' ? 'green' : 'blue',
        children: (
          <>
            <Typography.Text strong>{KIND_LABELS[event.kind]}</Typography.Text> — {event.by},{' '}
            {formatInstant(event.at)}
            {event.note && <div className="muted">{event.note}</div>}
          </>
        ),
      }))}
    />
  );
}
