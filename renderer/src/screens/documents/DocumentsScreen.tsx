import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { DOCUMENT_KIND, DOCUMENT_STATUS, REPORT_KIND, type DocumentKind, type DocumentStatus } from '../../../../shared/domain';
import { formatLocalDate } from '../../../../shared/datetime';
import type { DocumentSummary } from '../../../../shared/schemas/document';
import { useApiQuery } from '../../api/query';
import { ListError } from '../../components/ListScreen';
import { useNavigation } from '../../store/navigation';
import { NewDocumentDialog } from './NewDocumentDialog';
import { STATUS_COLOURS } from './status-colours';

export function kindLabel(doc: Pick<DocumentSummary, 'kind' | 'reportKind'>): string {
  return doc.kind === 'bao_cao' && doc.reportKind ? REPORT_KIND.labels[doc.reportKind] : DOCUMENT_KIND.labels[doc.kind];
}

export function DocumentsScreen() {
  const navigate = useNavigation((s) => s.navigate);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<DocumentKind | null>(null);
  const [status, setStatus] = useState<DocumentStatus | null>(null);
  const [page, setPage] = useState(1);
  const [newDocumentOpen, setNewDocumentOpen] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => {
      setQuery(text);
      setPage(1);
    }, 250);
    return () => clearTimeout(timer);
  }, [text]);

  // The page shown stays while the next one is read (a filter changed, another page).
  const list = useApiQuery('documents:list', { text: query, kind, status, page }, { keepPrevious: true });
  const result = list.data;

  return (
    <div className="screen">
      <div className="screen-header">
        <h1>Văn bản</h1>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setNewDocumentOpen(true)}>
          Văn bản mới
        </Button>
      </div>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input
          allowClear
          aria-label="Tìm văn bản"
          prefix={<SearchOutlined />}
          placeholder="Tìm theo trích yếu, nội dung, số ký hiệu (gõ không dấu cũng được)"
          style={{ width: 420 }}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <Select<DocumentKind | null>
          aria-label="Lọc theo loại văn bản"
          style={{ width: 220 }}
          value={kind}
          onChange={(v) => (setKind(v), setPage(1))}
          options={[{ value: null, label: 'Tất cả các loại' }, ...DOCUMENT_KIND.values.map((v) => ({ value: v, label: DOCUMENT_KIND.labels[v] }))]}
        />
        <Select<DocumentStatus | null>
          aria-label="Lọc theo trạng thái văn bản"
          style={{ width: 190 }}
          value={status}
          onChange={(v) => (setStatus(v), setPage(1))}
          options={[{ value: null, label: 'Mọi trạng thái' }, ...DOCUMENT_STATUS.values.map((v) => ({ value: v, label: DOCUMENT_STATUS.labels[v] }))]}
        />
      </Space>
      <ListError error={list.error} what="danh sách văn bản" onRetry={list.reload} />
      <Table<DocumentSummary>
        rowKey="id"
        tableLayout="fixed"
        loading={list.loading || list.refreshing}
        dataSource={result?.items ?? []}
        rowClassName={() => 'clickable-row'}
        onRow={(row) => ({ onClick: () => void navigate({ name: 'document', id: row.id }) })}
        locale={{ emptyText: 'Chưa có văn bản nào. Tạo từ một hội nghị ("Tạo biên bản") hoặc bấm "Văn bản mới".' }}
        pagination={{
          current: page,
          pageSize: result?.pageSize ?? 50,
          total: result?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `${total.toLocaleString('vi-VN')} văn bản`,
          onChange: setPage,
        }}
        columns={[
          { title: 'Ngày', dataIndex: 'documentDate', width: 110, render: (v: string) => formatLocalDate(v) },
          { title: 'Số, ký hiệu', dataIndex: 'numberSymbol', width: 170, render: (v: string) => v.trim().startsWith('/') ? <span className="muted">chưa cấp số</span> : v },
          { title: 'Loại', width: 160, render: (_v, row) => kindLabel(row) },
          { title: 'Trích yếu', dataIndex: 'summary' },
          { title: 'Hội nghị', dataIndex: 'meetingTitle', width: 220, ellipsis: { showTitle: true } },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            width: 140,
            render: (v: DocumentStatus) => <Tag color={STATUS_COLOURS[v]}>{DOCUMENT_STATUS.labels[v]}</Tag>,
          },
        ]}
      />
      <NewDocumentDialog open={newDocumentOpen} onClose={() => setNewDocumentOpen(false)} />
    </div>
  );
}
