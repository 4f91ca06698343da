import { FileAddOutlined } from '@ant-design/icons';
import { App, Button, List, Space, Tag } from 'antd';
import { useState } from 'react';
import { DOCUMENT_STATUS } from '../../../../shared/domain';
import { call } from '../../api/client';
import { useAction, useApiQuery } from '../../api/query';
import { useMeetingEditor } from '../../store/meeting-editor';
import { useNavigation } from '../../store/navigation';
import { kindLabel } from '../documents/DocumentsScreen';
import { STATUS_COLOURS } from '../documents/status-colours';
import { InvitationDialog } from './InvitationDialog';
import { useDraftMinutes } from './useDraftMinutes';

const DRAFTS = [
  { kind: 'bien_ban', label: 'Tạo biên bản' },
  { kind: 'thong_bao_ket_luan', label: 'Tạo thông báo kết luận' },
  { kind: 'giay_moi', label: 'Tạo giấy mời' },
] as const;

type DraftKind = (typeof DRAFTS)[number]['kind'];

const FAILED = 'Chưa tạo được văn bản';

const flushMeeting = () => useMeetingEditor.getState().flush();

/**
 * "Tạo thông báo kết luận" or "Tạo giấy mời": the draft is made from what is saved (pending
 * edits are written first) and opened; the button stays busy until it is open, so that a second
 * click cannot make a second draft.
 */
function useDraftFromMeeting(meetingId: number, kind: Exclude<DraftKind, 'bien_ban'>) {
  const navigate = useNavigation((s) => s.navigate);
  return useAction(async (documentDate: string | null) => {
    await flushMeeting();
    const created = await call('documents:createFromMeeting', { meetingId, kind, documentDate });
    await navigate({ name: 'document', id: created.id });
  });
}

/** One-click drafts from the meeting, and the documents already drafted from it. */
export function MeetingDocuments({ meetingId }: { meetingId: number }) {
  const documents = useApiQuery('documents:list', { meetingId, pageSize: 100 });
  const minutes = useDraftMinutes(meetingId, { beforeCreate: flushMeeting, failedTitle: FAILED });
  // One action per button: only the button clicked turns busy.
  const drafting = {
    thong_bao_ket_luan: useDraftFromMeeting(meetingId, 'thong_bao_ket_luan'),
    giay_moi: useDraftFromMeeting(meetingId, 'giay_moi'),
  };
  const navigate = useNavigation((s) => s.navigate);
  const { notification } = App.useApp();

  const [choosingDate, setChoosingDate] = useState(false);

  /** True when the draft was made (the invitation's date dialog then closes). */
  const create = async (kind: DraftKind, documentDate: string | null = null): Promise<boolean> => {
    // A meeting has one set of minutes: the ones it has are offered first.
    if (kind === 'bien_ban') {
      await minutes.start();
      return true;
    }
    const drafted = await drafting[kind].attempt(documentDate);
    if (!drafted.ok) {
      notification.error({ message: FAILED, description: drafted.message });
      return false;
    }
    setChoosingDate(false);
    return true;
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        {DRAFTS.map((d) => (
          <Button
            key={d.kind}
            icon={<FileAddOutlined />}
            loading={d.kind === 'bien_ban' ? minutes.busy : drafting[d.kind].busy}
            onClick={() => (d.kind === 'giay_moi' ? setChoosingDate(true) : void create(d.kind))}
          >
            {d.label}
          </Button>
        ))}
      </Space>
      <InvitationDialog
        open={choosingDate}
        busy={drafting.giay_moi.busy}
        onCreate={(documentDate) => create('giay_moi', documentDate)}
        onClose={() => setChoosingDate(false)}
      />
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
      {minutes.dialog}
    </Space>
  );
}
