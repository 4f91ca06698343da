import { Empty, Table, Tag, Typography } from 'antd';
import { formatInstant } from '../../../../shared/datetime';
import { DOCUMENT_STATUS } from '../../../../shared/domain';
import type { ReportListItem } from '../../../../shared/schemas/report';
import { useNavigation } from '../../store/navigation';
import { STATUS_COLOURS } from '../documents/status-colours';

function capital(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** The reports compiled so far, newest period first; a row opens the report in the document editor. */
export function ReportList({ items }: { items: ReportListItem[] }) {
  const navigate = useNavigation((s) => s.navigate);
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa soạn báo cáo nào từ dữ liệu." />;
  return (
    <Table<ReportListItem>
      rowKey="documentId"
      size="small"
      dataSource={items}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      onRow={(row) => ({ onClick: () => void navigate({ name: 'document', id: row.documentId }), className: 'clickable-row' })}
      columns={[
        { title: 'Kỳ báo cáo', key: 'period', width: 190, render: (_, row) => <strong>{capital(row.period.label)}</strong> },
        { title: 'Trích yếu', dataIndex: 'summary', ellipsis: true },
        { title: 'Số', dataIndex: 'numberSymbol', width: 150 },
        {
          title: 'Trạng thái',
          key: 'status',
          width: 130,
          render: (_, row) => <Tag color={STATUS_COLOURS[row.status]}>{DOCUMENT_STATUS.labels[row.status]}</Tag>,
        },
        {
          title: 'Số liệu',
          key: 'figures',
          width: 190,
          render: (_, row) =>
            row.frozenAt ? (
              <Typography.Text>Đã chốt {formatInstant(row.frozenAt)}</Typography.Text>
            ) : (
              <Typography.Text type="secondary">Tổng hợp {formatInstant(row.compiledAt)}</Typography.Text>
            ),
        },
      ]}
    />
  );
}
