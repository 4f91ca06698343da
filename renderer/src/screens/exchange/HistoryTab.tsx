import { Alert, Table, Tag } from 'antd';
import type { ExchangeLogEntry } from '../../../../shared/schemas/exchange';
import { useApiQuery } from '../../api/query';
import { localTime, PACKAGE_KIND_LABEL } from './exchange-labels';

/** Every package written or imported here, newest first. */
export function HistoryTab() {
  const history = useApiQuery('exchange:history', undefined);
  if (history.error) return <Alert type="error" showIcon role="alert" message="Không đọc được nhật ký" description={history.error} />;
  return (
    <Table<ExchangeLogEntry>
      size="small"
      rowKey="id"
      loading={history.loading}
      dataSource={history.data ?? []}
      aria-label="Nhật ký gửi, nhận gói"
      locale={{ emptyText: 'Chưa gửi, nhận gói nào.' }}
      pagination={{ pageSize: 20, showSizeChanger: false }}
      columns={[
        { title: 'Lúc', dataIndex: 'recordedAt', width: 150, render: (v: string) => localTime(v) },
        { title: '', dataIndex: 'direction', width: 80, render: (v: ExchangeLogEntry['direction']) => <Tag color={v === 'gui' ? 'blue' : 'green'}>{v === 'gui' ? 'Gửi' : 'Nhận'}</Tag> },
        { title: 'Loại gói', dataIndex: 'kind', width: 190, render: (v: ExchangeLogEntry['kind']) => PACKAGE_KIND_LABEL[v] },
        { title: 'Nơi gửi', dataIndex: 'senderCode', width: 130 },
        { title: 'Nơi nhận', dataIndex: 'receivers', render: (v: string[]) => v.join(', ') },
        { title: 'Tệp', dataIndex: 'fileName' },
        {
          title: 'Kết quả',
          key: 'outcome',
          width: 200,
          render: (_: unknown, e: ExchangeLogEntry) =>
            e.direction === 'gui' ? `${e.added} bản ghi` : `thêm ${e.added}, đổi ${e.changed}${e.refused > 0 ? `, không nhận ${e.refused}` : ''}`,
        },
      ]}
    />
  );
}
