import { DeleteOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Skeleton, Tabs, Tag, Typography } from 'antd';
import { memo, useEffect, useState } from 'react';
import { MEETING_KIND, MEETING_STATUS } from '../../../../shared/domain';
import { formatLocalDateTime, isValidLocalDateTime } from '../../../../shared/datetime';
import { call } from '../../api/client';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { LoadFailed, useEditorSession } from '../../components/useEditorSession';
import { meetingDeletionDetail } from '../../store/meeting-deletion';
import { useMeetingEditor } from '../../store/meeting-editor';
import { useNavigation } from '../../store/navigation';
import { meetingTabOf, useRecordFocus } from '../../store/record-focus';
import { findMeetingRow, useFocusRow } from '../../components/search/useFocusRow';
import { AgendaSection } from './AgendaSection';
import { AttendeesSection } from './AttendeesSection';
import { AwardsSection } from './AwardsSection';
import { ConclusionsSection } from './ConclusionsSection';
import { ConclusionFollowUp } from './ConclusionFollowUp';
import { ReviewOfLastTime } from './ReviewOfLastTime';
import { GeneralSection } from './GeneralSection';
import { MeetingDocuments } from './MeetingDocuments';
import { MeetingDirectives } from './MeetingDirectives';
import { RecordHeader } from '../../components/RecordHeader';
import { EditorSaveIndicator } from '../../components/SaveIndicator';

// The sections read the store themselves; memo keeps a keystroke in one from re-rendering the others.
const General = memo(GeneralSection);
const Attendees = memo(AttendeesSection);
const Agenda = memo(AgendaSection);
const Conclusions = memo(ConclusionsSection);
const Awards = memo(AwardsSection);

export function MeetingScreen({ id }: { id: number }) {
  const meeting = useMeetingEditor((s) => s.record);
  // Opened from a search result or a person's page: the tab of the row, then the row itself.
  const focusTarget = useRecordFocus((s) => (s.target?.kind === 'meeting' && s.target.id === id ? s.target : null));
  const [tab, setTab] = useState(() => (focusTarget ? meetingTabOf(focusTarget.part) : 'general'));
  useEffect(() => {
    if (focusTarget) setTab(meetingTabOf(focusTarget.part));
  }, [focusTarget]);
  useFocusRow(meeting?.id === id ? focusTarget : null, findMeetingRow);
  const { loadError } = useEditorSession(useMeetingEditor, id, (m) => (m?.title ? `Hội nghị «${m.title}»` : 'Hội nghị đang sửa'));
  const navigate = useNavigation((s) => s.navigate);
  const deleteWithUndo = useDeleteWithUndo();

  if (loadError) {
    return <LoadFailed title="Không mở được hội nghị" message={loadError} backLabel="Về danh sách hội nghị" backRoute={{ name: 'meetings' }} />;
  }
  if (!meeting || meeting.id !== id) return <Skeleton active style={{ padding: 32 }} />;

  const counts = {
    attendees: meeting.attendees.length,
    agenda: meeting.agenda.length,
    conclusions: meeting.conclusions.length,
    awards: meeting.awards.length,
  };

  const confirmDelete = async () =>
    deleteWithUndo({
      what: 'hội nghị',
      question: 'Xóa hội nghị này?',
      // Names the documents already issued from the meeting (they keep their numbers).
      detail: await meetingDeletionDetail(id, meeting.title).catch(
        () => `"${meeting.title}" sẽ được chuyển khỏi danh sách. Bạn có thể hoàn tác ngay sau khi xóa.`,
      ),
      editor: useMeetingEditor,
      remove: () => call('meetings:delete', { id }),
      restore: () => call('meetings:restore', { id }),
      listRoute: { name: 'meetings' },
      recordRoute: { name: 'meeting', id },
    });

  return (
    <div className="screen">
      <RecordHeader
        back={{ label: 'Danh sách hội nghị', onClick: () => void navigate({ name: 'meetings' }) }}
        status={<EditorSaveIndicator store={useMeetingEditor} />}
        title={meeting.title || 'Hội nghị chưa có tên'}
        meta={
          <>
            <Tag>{MEETING_KIND.labels[meeting.kind]}</Tag>
            <Tag color="blue">{MEETING_STATUS.labels[meeting.status]}</Tag>
            {/* A date being corrected is shown in its field, with its reason, not here as if it were stored. */}
            {isValidLocalDateTime(meeting.startAt) && <Typography.Text type="secondary">{formatLocalDateTime(meeting.startAt)}</Typography.Text>}
          </>
        }
        actions={
          <>
            <Button icon={<FileTextOutlined aria-hidden />} onClick={() => void navigate({ name: 'intake', meetingId: id })}>
              Bổ sung từ văn bản
            </Button>
            <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => void confirmDelete()}>
              Xóa hội nghị
            </Button>
          </>
        }
      />
      <ReviewOfLastTime meetingId={id} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        // Eight sections: a narrower gap keeps every tab in sight on a 1366-pixel screen.
        tabBarGutter={18}
        items={[
          { key: 'general', label: 'Thông tin chung', children: <General /> },
          { key: 'attendees', label: `Thành phần (${counts.attendees})`, children: <Attendees /> },
          { key: 'agenda', label: `Chương trình, ý kiến (${counts.agenda})`, children: <Agenda /> },
          { key: 'conclusions', label: `Kết luận (${counts.conclusions})`, children: <Conclusions /> },
          { key: 'follow-up', label: 'Theo dõi kết luận', children: <ConclusionFollowUp meetingId={id} /> },
          { key: 'awards', label: `Khen thưởng (${counts.awards})`, children: <Awards /> },
          { key: 'documents', label: 'Văn bản đã soạn', children: <MeetingDocuments meetingId={id} /> },
          { key: 'directives', label: 'Văn bản liên quan', children: <MeetingDirectives meetingId={id} /> },
        ]}
      />
    </div>
  );
}
