import { FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Select, Table, Tag } from 'antd';
import { MEETING_KIND, MEETING_STATUS, type MeetingKind, type MeetingStatus } from '../../../../shared/domain';
import { formatLocalDateTime } from '../../../../shared/datetime';
import type { MeetingSummary } from '../../../../shared/schemas/meeting';
import { useApiQuery } from '../../api/query';
import { ListError, ListScreen, ListSearch, ListToolbar } from '../../components/ListScreen';
import { isFiltered, useMeetingList } from '../../store/list-filters';
import { useNavigation } from '../../store/navigation';
import { useUi } from '../../store/ui';

const PAGE_SIZE = 50;

const STATUS_COLOURS: Record<MeetingStatus, string> = {
  du_kien: 'gold',
  da_hop: 'blue',
  da_co_bien_ban: 'cyan',
  hoan_tat: 'green',
};

/** Newest first, filtered on the server one page at a time, so 5,000 meetings stay quick. */
export function MeetingsScreen() {
  const { filter, page, setFilter, setPage, reset } = useMeetingList();
  const navigate = useNavigation((s) => s.navigate);
  const openNewMeeting = useUi((s) => s.openNewMeeting);
  const years = useApiQuery('meetings:years', undefined).data ?? [];
  const list = useApiQuery('meetings:list', { ...filter, page, pageSize: PAGE_SIZE }, { keepPrevious: true });
  const filtered = isFiltered(filter, useMeetingList.defaults);

  return (
    <ListScreen
      title="Hội nghị"
      actions={
        <>
          <Button icon={<FileTextOutlined />} onClick={() => void navigate({ name: 'intake', meetingId: null })}>
            Nhập từ văn bản
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={openNewMeeting}>
            Hội nghị mới
          </Button>
        </>
      }
    >
      <ListToolbar filtered={filtered} onReset={reset}>
        <ListSearch
          label="Tìm hội nghị"
          placeholder="Tìm theo tên, địa điểm (gõ không dấu cũng được)"
          style={{ width: 380 }}
          value={filter.text}
          onSearch={(text) => setFilter({ text })}
        />
        <Select<number | null>
          aria-label="Lọc theo năm"
          style={{ width: 170 }}
          value={filter.year}
          onChange={(year) => setFilter({ year })}
          options={[{ value: null, label: 'Tất cả các năm' }, ...years.map((y) => ({ value: y, label: `Năm ${y}` }))]}
        />
        <Select<MeetingKind | null>
          aria-label="Lọc theo loại"
          style={{ width: 240 }}
          value={filter.kind}
          onChange={(kind) => setFilter({ kind })}
          options={[{ value: null, label: 'Tất cả các loại' }, ...MEETING_KIND.values.map((v) => ({ value: v, label: MEETING_KIND.labels[v] }))]}
        />
        <Select<MeetingStatus | null>
          aria-label="Lọc theo trạng thái"
          style={{ width: 190 }}
          value={filter.status}
          onChange={(status) => setFilter({ status })}
          options={[{ value: null, label: 'Mọi trạng thái' }, ...MEETING_STATUS.values.map((v) => ({ value: v, label: MEETING_STATUS.labels[v] }))]}
        />
      </ListToolbar>
      <ListError error={list.error} what="danh sách hội nghị" onRetry={list.reload} />
      <Table<MeetingSummary>
        rowKey="id"
        loading={list.loading || list.refreshing}
        dataSource={list.data?.items ?? []}
        rowClassName={() => 'clickable-row'}
        onRow={(row) => ({ onClick: () => void navigate({ name: 'meeting', id: row.id }) })}
        locale={{
          emptyText: filtered ? 'Không có hội nghị nào khớp với điều kiện lọc.' : 'Chưa có hội nghị nào. Bấm "Hội nghị mới" để bắt đầu.',
        }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `${total.toLocaleString('vi-VN')} hội nghị`,
          onChange: setPage,
        }}
        columns={[
          { title: 'Thời gian', dataIndex: 'startAt', width: 170, render: (v: string) => formatLocalDateTime(v) },
          { title: 'Tên hội nghị', dataIndex: 'title' },
          { title: 'Loại', dataIndex: 'kind', width: 210, render: (v: MeetingKind) => MEETING_KIND.labels[v] },
          { title: 'Chủ trì', dataIndex: 'chairNames', width: 200 },
          { title: 'Số đại biểu', dataIndex: 'attendeeCount', width: 110, align: 'right' },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            width: 150,
            render: (v: MeetingStatus) => <Tag color={STATUS_COLOURS[v]}>{MEETING_STATUS.labels[v]}</Tag>,
          },
        ]}
      />
    </ListScreen>
  );
}
