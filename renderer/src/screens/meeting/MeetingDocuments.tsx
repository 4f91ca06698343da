import { FileAddOutlined } from '@ant-design/icons';
import { App, Button, List, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { DOCUMENT_STATUS } from '../../../../shared/domain';
import type { DocumentSummary } from '../../../../shared/schemas/document';
import { call, errorMessage } from '../../api/client';
import { useMeetingEditor } from '../../store/meeting-editor';
import { useNavigation } from '../../store/navigation';
import { kindLabel } from '../documents/DocumentsScreen';
import { STATUS_COLOURS } from '../documents/status-colours';
import { InvitationDialog } from './InvitationDialog';

const DRAFTS = [
  { kind: 'bien_ban', label: 'Tạo biên bản' },
  { kind: 'thong_bao_ket_luan', label: 'Tạo thông báo kết luận' },
  { kind: 'giay_moi', label: 'Tạo giấy mời' },
] as const;

/** One-click drafts from the meeting, and the documents already drafted from it. */
export function MeetingDocuments({ meetingId }: { meetingId: number }) {
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const navigate = useNavigation((s) => s.navigate);
  const { notification } = App.useApp();

  useEffect(() => {
    call('documents:list', { meetingId, pageSize: 100 }).then((page) => setDocuments(page.items), () => setDocuments([]));
  }, [meetingId]);

  const [choosingDate, setChoosingDate] = useState(false);

  const create = async (kind: (typeof DRAFTS)[number]['kind'], documentDate: string | null = null): Promise<boolean> => {
    setBusy(kind);
    try {
      // The draft is made from what is saved: write pending edits first.
      await useMeetingEditor.getState().flush();
      const created = await call('documents:createFromMeeting', { meetingId, kind, documentDate });
      await navigate({ name: 'document', id: created.id });
      setChoosingDate(false);
      return true;
    } catch (error) {
      notification.error({ message: 'Chưa tạo được văn bản', description: errorMessage(error) });
      return false;
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        {DRAFTS.map((draft) => (
          <Button key={draft.kind} icon={<FileAddOutlined />} loading={busy === draft.kind} onClick={() => (draft.kind === 'giay_moi' ? setChoosingDate(true) : void create(draft.kind))}>
            {draft.label}
          </Button>
        ))}
      </Space>
      <InvitationDialog
        open={choosingDate}
        busy={busy === 'giay_moi'}
        onCreate={(documentDate) => create('giay_moi', documentDate)}
        onClose={() => setChoosingDate(false)}
      />
      <List
        dataSource={documents}
        locale={{ emptyText: 'Chưa có văn bản nào soạn từ hội nghị này.' }}
        renderItem={(doc) => (
          <List.Item className="clickable-row" onClick={() => void navigate({ name: 'document', id: doc.id })} extra={<Tag color={STATUS_COLOURS[doc.status]}>{DOCUMENT_STATUS.labels[doc.status]}</Tag>}>
            <List.Item.Meta title={<a>{kindLabel(doc)}{doc.summary ? `: ${doc.summary}` : ''}</a>} description={`Số: ${doc.numberSymbol}`} />
          </List.Item>
        )}
      />
    </Space>
  );
}
