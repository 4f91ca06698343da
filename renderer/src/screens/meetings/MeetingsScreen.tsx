import { FileTextOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { MEETING_KIND, MEETING_STATUS, type MeetingKind, type MeetingStatus } from '../../../../shared/domain';
import { formatLocalDateTime } from '../../../../shared/datetime';
import type { MeetingPage, MeetingSummary } from '../../../../shared/schemas/meeting';
import { call, errorMessage } from '../../api/client';
import { useMeetingList } from '../../store/meeting-list';
import { useNavigation } from '../../store/navigation';
import { useUi } from '../../store/ui';

const STATUS_COLOURS: Record<MeetingStatus, string> = {
  du_kien: 'gold',
  da_hop: 'blue',
  da_co_bien_ban: 'cyan',
  hoan_tat: 'green',
};

/** Newest first, filtered on the server one page at a time, so 5,000 meetings stay quick. */
export function MeetingsScreen() {
  const filter = useMeetingList((s) => s.filter);
  const setFilter = useMeetingList((s) => s.setFilter);
  const navigate = useNavigation((s) => s.navigate);
  const openNewMeeting = useUi((s) => s.openNewMeeting);
  const [textDraft, setTextDraft] = useState(filter.text);
  const [page, setPage] = useState<MeetingPage | null>(null);
  const [years, setYears] = useState<number[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    call('meetings:years', undefined).then(setYears, () => setYears([]));
  }, []);

  // Typing waits a moment before searching, so each keystroke does not start a query.
  useEffect(() => {
    const timer = setTimeout(() => {
      if (textDraft !== filter.text) setFilter({ text: textDraft, page: 1 });
    }, 250);
    return () => clearTimeout(timer);
  }, [textDraft, filter.text, setFilter]);

  useEffect(() => {
    let current = true;
    setLoading(true);
    call('meetings:list', filter)
      .then((result) => {
        if (!current) return;
        setPage(result);
        setError(null);
      })
      .catch((e: unknown) => current && setError(errorMessage(e)))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [filter]);

  return (
    <div className="screen">
      <div className="screen-header">
        <h1>Hội nghị</h1>
        <Space>
          <Button icon={<FileTextOutlined />} onClick={() => void navigate({ name: 'intake', meetingId: null })}>
            Nhập từ văn bản
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={openNewMeeting}>
            Hội nghị mới
          </Button>
        </Space>
      </div>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input
          allowClear
          aria-label="Tìm hội nghị"
          prefix={<SearchOutlined />}
          placeholder="Tìm theo tên, địa điểm (gõ không dấu cũng được)"
          style={{ width: 380 }}
          value={textDraft}
          onChange={(e) => setTextDraft(e.target.value)}
        />
        <Select<number | null>
          aria-label="Lọc theo năm"
          style={{ width: 170 }}
          value={filter.year}
          onChange={(year) => setFilter({ year, page: 1 })}
          options={[{ value: null, label: 'Tất cả các năm' }, ...years.map((y) => ({ value: y, label: `Năm ${y}` }))]}
        />
        <Select<MeetingKind | null>
          aria-label="Lọc theo loại"
          style={{ width: 240 }}
          value={filter.kind}
          onChange={(kind) => setFilter({ kind, page: 1 })}
          options={[{ value: null, label: 'Tất cả các loại' }, ...MEETING_KIND.values.map((v) => ({ value: v, label: MEETING_KIND.labels[v] }))]}
        />
        <Select<MeetingStatus | null>
          aria-label="Lọc theo trạng thái"
          style={{ width: 190 }}
          value={filter.status}
          onChange={(status) => setFilter({ status, page: 1 })}
          options={[{ value: null, label: 'Mọi trạng thái' }, ...MEETING_STATUS.values.map((v) => ({ value: v, label: MEETING_STATUS.labels[v] }))]}
        />
      </Space>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Table<MeetingSummary>
        rowKey="id"
        loading={loading}
        dataSource={page?.items ?? []}
        rowClassName={() => 'clickable-row'}
        onRow={(row) => ({ onClick: () => void navigate({ name: 'meeting', id: row.id }) })}
        locale={{
          emptyText: filter.text || filter.year || filter.kind || filter.status
            ? 'Không có hội nghị nào khớp với điều kiện lọc.'
            : 'Chưa có hội nghị nào. Bấm "Hội nghị mới" để bắt đầu.',
        }}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: page?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `${total.toLocaleString('vi-VN')} hội nghị`,
          onChange: (p) => setFilter({ page: p }),
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
    </div>
  );
}
