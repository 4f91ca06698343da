import { CalendarOutlined, EditOutlined, FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Skeleton, Space, Tag } from 'antd';
import { MEETING_KIND, MEETING_STATUS } from '../../../../shared/domain';
import { formatLocalDateTime } from '../../../../shared/datetime';
import type { MeetingSummary } from '../../../../shared/schemas/meeting';
import { useApiQuery } from '../../api/query';
import { Panel } from '../../components/Panel';
import { RecordList } from '../../components/RecordList';
import { routeToHash, useNavigation } from '../../store/navigation';
import { useProfile } from '../../store/profile';
import { useUi } from '../../store/ui';
import { BackupWarning } from '../backups/BackupWarning';
import { AttentionRow } from './AttentionRow';
import { ReportingDutiesCard } from './ReportingDutiesCard';

function timeAgo(iso: string): string {
  const minutes = Math.round((Date.now() - new Date(iso).getTime()) / 60000);
  if (minutes < 1) return 'vừa xong';
  if (minutes < 60) return `${minutes} phút trước`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} giờ trước`;
  const d = new Date(iso);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

function MeetingList({ items, empty, extra }: { items: MeetingSummary[]; empty: string; extra: (m: MeetingSummary) => string }) {
  const navigate = useNavigation((s) => s.navigate);
  return (
    <RecordList
      empty={empty}
      items={items.map((m) => {
        const route = { name: 'meeting', id: m.id } as const;
        return {
          key: m.id,
          title: m.title,
          description: `${MEETING_KIND.labels[m.kind]} · ${extra(m)}${m.place ? ` · ${m.place}` : ''}`,
          aside: <Tag>{MEETING_STATUS.labels[m.status]}</Tag>,
          open: { href: routeToHash(route), onOpen: () => void navigate(route) },
        };
      })}
    />
  );
}

export function HomeScreen() {
  // Read again after every write anywhere in the app (the query layer), so the figures are never stale.
  const { data: overview, error } = useApiQuery('home:overview', undefined);
  const profile = useProfile((s) => s.profile);
  const openNewMeeting = useUi((s) => s.openNewMeeting);
  const navigate = useNavigation((s) => s.navigate);

  return (
    <div className="screen">
      <div className="screen-header">
        <div>
          <h1>Trang chủ</h1>
          <span className="text-secondary">{profile?.committeeName}</span>
        </div>
        <Space>
          <Button icon={<FileTextOutlined />} onClick={() => void navigate({ name: 'intake', meetingId: null })}>
            Nhập từ văn bản
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={openNewMeeting}>
            Hội nghị mới
          </Button>
        </Space>
      </div>
      <BackupWarning />
      {error && <Alert type="error" showIcon message={error} />}
      {!overview && !error && <Skeleton active />}
      {overview && (
        <>
          <AttentionRow overview={overview} />
          <ReportingDutiesCard />
          <div className="home-columns">
            <Panel title={<><CalendarOutlined /> Hội nghị sắp tới</>}>
              <MeetingList items={overview.upcoming} empty="Chưa có hội nghị nào sắp diễn ra." extra={(m) => formatLocalDateTime(m.startAt)} />
            </Panel>
            <Panel title={<><EditOutlined /> Sửa gần đây</>}>
              <MeetingList items={overview.recentlyEdited} empty="Chưa có hồ sơ nào." extra={(m) => `sửa ${timeAgo(m.updatedAt)}`} />
            </Panel>
          </div>
        </>
      )}
    </div>
  );
}
