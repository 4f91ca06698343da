import { FileAddOutlined } from '@ant-design/icons';
import { App, Button, List, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import { DOCUMENT_STATUS } from '../../../../shared/domain';
import { call, errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { useMeetingEditor } from '../../store/meeting-editor';
import { useNavigation } from '../../store/navigation';
import { kindLabel } from '../documents/DocumentsScreen';
import { STATUS_COLOURS } from '../documents/status-colours';
import { existingMinutesPrompt, type ExistingMinutesPrompt } from './existing-minutes';

const DRAFTS = [
  { kind: 'bien_ban', label: 'Tạo biên bản' },
  { kind: 'thong_bao_ket_luan', label: 'Tạo thông báo kết luận' },
  { kind: 'giay_moi', label: 'Tạo giấy mời' },
] as const;

type DraftKind = (typeof DRAFTS)[number]['kind'];

/** One-click drafts from the meeting, and the documents already drafted from it. */
export function MeetingDocuments({ meetingId }: { meetingId: number }) {
  const documents = useApiQuery('documents:list', { meetingId, pageSize: 100 });
  const [busy, setBusy] = useState<DraftKind | null>(null);
  const [existing, setExisting] = useState<ExistingMinutesPrompt | null>(null);
  const navigate = useNavigation((s) => s.navigate);
  const { notification } = App.useApp();

  const failed = (error: unknown) => notification.error({ message: 'Chưa tạo được văn bản', description: errorMessage(error) });

  const draft = async (kind: DraftKind) => {
    setBusy(kind);
    try {
      // The draft is made from what is saved: write pending edits first.
      await useMeetingEditor.getState().flush();
      const created = await call('documents:createFromMeeting', { meetingId, kind });
      await navigate({ name: 'document', id: created.id });
    } catch (error) {
      failed(error);
    } finally {
      setBusy(null);
    }
  };

  const create = async (kind: DraftKind) => {
    if (kind !== 'bien_ban') return draft(kind);
    // A meeting has one set of minutes: the ones already there are offered first (read afresh, not from the list shown).
    setBusy(kind);
    let prompt: ExistingMinutesPrompt | null;
    try {
      prompt = existingMinutesPrompt((await call('documents:list', { meetingId, kind: 'bien_ban', pageSize: 100 })).items);
    } catch (error) {
      setBusy(null);
      return failed(error);
    }
    setBusy(null);
    if (prompt) setExisting(prompt);
    else await draft(kind);
  };

  const openExisting = () => {
    if (!existing) return;
    setExisting(null);
    void navigate({ name: 'document', id: existing.open.id });
  };

  const draftAnother = () => {
    setExisting(null);
    void draft('bien_ban');
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        {DRAFTS.map((d) => (
          <Button key={d.kind} icon={<FileAddOutlined />} loading={busy === d.kind} onClick={() => void create(d.kind)}>
            {d.label}
          </Button>
        ))}
      </Space>
      <List
        dataSource={documents.data?.items ?? []}
        loading={documents.loading}
        locale={{ emptyText: documents.error ?? 'Chưa có văn bản nào soạn từ hội nghị này.' }}
        renderItem={(doc) => (
          <List.Item className="clickable-row" onClick={() => void navigate({ name: 'document', id: doc.id })} extra={<Tag color={STATUS_COLOURS[doc.status]}>{DOCUMENT_STATUS.labels[doc.status]}</Tag>}>
            <List.Item.Meta title={<a>{kindLabel(doc)}{doc.summary ? `: ${doc.summary}` : ''}</a>} description={`Số: ${doc.numberSymbol}`} />
          </List.Item>
        )}
      />
      <Modal
        open={existing !== null}
        title={existing?.title}
        onCancel={() => setExisting(null)}
        footer={[
          <Button key="cancel" onClick={() => setExisting(null)}>
            Hủy
          </Button>,
          existing?.allowAnother ? (
            <Button key="another" onClick={draftAnother}>
              Vẫn tạo bản nháp mới
            </Button>
          ) : null,
          <Button key="open" type="primary" onClick={openExisting}>
            Mở biên bản
          </Button>,
        ]}
      >
        <p>{existing?.content}</p>
      </Modal>
    </Space>
  );
}
