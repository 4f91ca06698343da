import { DeleteOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Skeleton, Space, Tabs, Tag, Tooltip, Typography } from 'antd';
import { memo, useCallback, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatInstant } from '../../../../shared/datetime';
import { DOCUMENT_STATUS } from '../../../../shared/domain';
import { EMPTY_DOC, type RichDoc } from '../../../../shared/rich-text';
import { call, errorMessage } from '../../api/client';
import { RecordHeader } from '../../components/RecordHeader';
import { RichTextEditor } from '../../components/rich-text/RichTextEditor';
import { EditorSaveIndicator } from '../../components/SaveIndicator';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { LoadFailed, useEditorSession } from '../../components/useEditorSession';
import { refreshDocumentFromMeeting, useDocumentEditor } from '../../store/document-editor';
import { useNavigation } from '../../store/navigation';
import { useRecordFocus } from '../../store/record-focus';
import { findDocumentParagraph, useFocusRow } from '../../components/search/useFocusRow';
import { kindLabel } from '../documents/DocumentsScreen';
import { STATUS_COLOURS } from '../documents/status-colours';
import { DocumentEvents } from './DocumentEvents';
import { DocumentFieldsForm } from './DocumentFieldsForm';
import { ExportButton } from './ExportButton';
import { PreviewDrawer } from './PreviewDrawer';
import { ReportFigures } from './ReportFigures';
import { ReportToolbar } from './ReportToolbar';
import { useReportInfo } from './useReportInfo';
import { StatusActions } from './StatusActions';
import { VersionHistory } from './VersionHistory';

/**
 * Bodies built from what the user typed. The editor already shows them, so handing one back would
 * only re-render it (and make TipTap re-apply its options).
 */
const typedBodies = new WeakSet<RichDoc>();

/**
 * The body editor reads only the body from the store, so a keystroke re-renders neither the
 * header nor the fields form; and it re-renders only when the body comes from elsewhere (opened,
 * a version restored, refreshed from the meeting), not for what was typed into it. A keystroke
 * only marks the body changed (updateLater): it is built from the editor's content when the store
 * needs it — to save it, about once a second while typing, or when leaving.
 */
const BodyEditor = memo(function BodyEditor({ readOnly }: { readOnly: boolean }) {
  const shown = useRef<RichDoc | undefined>(undefined);
  const body = useDocumentEditor((s) => {
    const current = s.record?.body;
    return current && typedBodies.has(current) && shown.current ? shown.current : current;
  });
  shown.current = body;
  const updateLater = useDocumentEditor((s) => s.updateLater);
  // Read-only while a restore, a refresh or a status step replaces the content.
  const replacing = useDocumentEditor((s) => s.replacing);
  const onChange = useCallback(
    (read: () => RichDoc) =>
      updateLater('body', (d) => {
        const typed = read();
        typedBodies.add(typed);
        return { ...d, body: typed };
      }),
    [updateLater],
  );
  if (!body) return null;
  return <RichTextEditor value={body} onChange={onChange} readOnly={readOnly || replacing} aria-label="Nội dung văn bản" />;
});

/** The fields form, re-rendered only when a field (not the body) changes. */
const Fields = memo(function Fields({ readOnly }: { readOnly: boolean }) {
  const doc = useDocumentWithoutBody();
  if (!doc) return null;
  return <DocumentFieldsForm doc={doc} readOnly={readOnly} />;
});

/** Everything but the body: what the header, the actions and the fields need. */
function useDocumentWithoutBody() {
  return useDocumentEditor(useShallow((s) => (s.record ? { ...s.record, body: EMPTY_DOC } : null)));
}

export function DocumentScreen({ id }: { id: number }) {
  const doc = useDocumentWithoutBody();
  const { loadError } = useEditorSession(useDocumentEditor, id, (d) => (d ? `Văn bản «${kindLabel(d)}${d.summary ? `: ${d.summary}` : ''}»` : 'Văn bản đang soạn'));
  const navigate = useNavigation((s) => s.navigate);
  const { modal, notification, message } = App.useApp();
  const deleteWithUndo = useDeleteWithUndo();
  // A report compiled from the records: its figures, "Cập nhật số liệu" and the Excel annex.
  const report = useReportInfo(id, doc?.id === id ? doc.kind : null);
  // Opened from a search result: scroll to the paragraph that matched.
  const focusTarget = useRecordFocus((s) => (s.target?.kind === 'document' && s.target.id === id ? s.target : null));
  useFocusRow(doc?.id === id ? focusTarget : null, findDocumentParagraph);

  if (loadError) {
    return <LoadFailed title="Không mở được văn bản" message={loadError} backLabel="Về danh sách văn bản" backRoute={{ name: 'documents' }} />;
  }
  if (!doc || doc.id !== id) return <Skeleton active style={{ padding: 32 }} />;

  const locked = doc.status !== 'ban_nhap';
  const meetingId = doc.meetingId;

  const refreshFromMeeting = () =>
    modal.confirm({
      title: 'Làm mới nội dung từ hội nghị?',
      content:
        'Nội dung văn bản được soạn lại từ thông tin hiện có của hội nghị (thành phần, chương trình, kết luận…). ' +
        'Những gì bạn đã sửa trong văn bản được lưu vào lịch sử phiên bản trước khi làm mới.',
      okText: 'Làm mới',
      cancelText: 'Không',
      onOk: async () => {
        try {
          await refreshDocumentFromMeeting(id);
          message.success('Đã làm mới văn bản từ hội nghị. Nội dung trước đó được giữ trong lịch sử phiên bản.');
        } catch (error) {
          notification.error({ message: 'Chưa làm mới được', description: errorMessage(error) });
        }
      },
    });

  const confirmDelete = () =>
    deleteWithUndo({
      what: 'văn bản',
      question: 'Xóa văn bản này?',
      detail: 'Văn bản được chuyển khỏi danh sách; bạn có thể hoàn tác ngay sau khi xóa.',
      editor: useDocumentEditor,
      remove: () => call('documents:delete', { id }),
      restore: () => call('documents:restore', { id }),
      listRoute: { name: 'documents' },
      recordRoute: { name: 'document', id },
    });

  return (
    <div className="screen">
      <RecordHeader
        back={{ label: 'Danh sách văn bản', onClick: () => void navigate({ name: 'documents' }) }}
        context={meetingId !== null ? { label: `Hội nghị: ${doc.meetingTitle ?? ''}`, onClick: () => void navigate({ name: 'meeting', id: meetingId }) } : undefined}
        status={locked ? undefined : <EditorSaveIndicator store={useDocumentEditor} />}
        title={`${kindLabel(doc)}${doc.summary ? `: ${doc.summary}` : ''}`}
        meta={
          <>
            <Tag color={STATUS_COLOURS[doc.status]}>{DOCUMENT_STATUS.labels[doc.status]}</Tag>
            <Typography.Text type="secondary">Số: {doc.numberSymbol}</Typography.Text>
            {doc.finalisedAt && doc.finalisedBy && (
              <Typography.Text type="secondary">
                Hoàn thiện bởi {doc.finalisedBy} lúc {formatInstant(doc.finalisedAt)}
              </Typography.Text>
            )}
          </>
        }
        actions={
          <>
            <StatusActions doc={doc} />
            <PreviewDrawer documentId={doc.id} />
            <ExportButton documentId={doc.id} />
          </>
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <VersionHistory doc={doc} />
        {report && <ReportToolbar doc={doc} info={report} />}
        {meetingId !== null && (
          <Tooltip title={locked ? 'Văn bản đã khóa' : 'Soạn lại nội dung từ thông tin của hội nghị'}>
            <Button icon={<ReloadOutlined />} disabled={locked} onClick={refreshFromMeeting}>
              Làm mới từ hội nghị
            </Button>
          </Tooltip>
        )}
        {doc.status !== 'da_ban_hanh' && (
          <Button danger icon={<DeleteOutlined aria-hidden />} onClick={confirmDelete}>
            Xóa văn bản
          </Button>
        )}
      </Space>
      <Tabs
        items={[
          {
            key: 'body',
            label: 'Nội dung',
            children: <BodyEditor readOnly={locked} />,
          },
          { key: 'fields', label: 'Thông tin văn bản', children: <Fields readOnly={locked} /> },
          ...(report ? [{ key: 'figures', label: 'Số liệu', children: <ReportFigures info={report} /> }] : []),
          { key: 'events', label: 'Nhật ký', children: <DocumentEvents doc={doc} /> },
        ]}
      />
    </div>
  );
}
