import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Select, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import {
  DIRECTIVE_DIRECTION,
  DIRECTIVE_STATUS,
  DIRECTIVE_TYPE,
  type DirectiveDirection,
  type DirectiveStatus,
  type DirectiveType,
} from '../../../../shared/domain';
import { formatLocalDate } from '../../../../shared/datetime';
import { formatSymbolNumber } from '../../../../shared/number-symbol-parser';
import type { DirectivePage, DirectiveSummary } from '../../../../shared/schemas/directive';
import { call, errorMessage } from '../../api/client';
import { useNavigation } from '../../store/navigation';
import { DirectionTag, StatusTag } from './directive-tags';

const all = <T,>(label: string, values: readonly T[], labels: Record<string, string>) => [
  { value: null, label },
  ...values.map((v) => ({ value: v, label: labels[String(v)] ?? String(v) })),
];

/** The register: every directive received, issued or kept internally, newest first. */
export function DirectivesScreen() {
  const navigate = useNavigation((s) => s.navigate);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [direction, setDirection] = useState<DirectiveDirection | null>(null);
  const [type, setType] = useState<DirectiveType | null>(null);
  const [status, setStatus] = useState<DirectiveStatus | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [years, setYears] = useState<number[]>([]);
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<DirectivePage | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('directives:years', undefined).then(setYears, () => setYears([]));
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => {
      setQuery(text);
      setPage(1);
    }, 250);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    let current = true;
    call('directives:list', { text: query, direction, type, status, year, page })
      .then((r) => current && (setResult(r), setError(null)))
      .catch((e: unknown) => current && setError(errorMessage(e)));
    return () => {
      current = false;
    };
  }, [query, direction, type, status, year, page]);

  const filtered = query !== '' || direction !== null || type !== null || status !== null || year !== null;

  return (
    <div className="screen">
      <div className="screen-header">
        <h1>Văn bản chỉ đạo</h1>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate({ name: 'directive', id: null })}>
          Đăng ký văn bản
        </Button>
      </div>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input
          allowClear
          aria-label="Tìm văn bản chỉ đạo"
          prefix={<SearchOutlined />}
          placeholder="Tìm số ký hiệu, trích yếu, cơ quan (gõ không dấu được)"
          style={{ width: 360 }}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <Select<DirectiveDirection | null>
          aria-label="Lọc theo hướng văn bản"
          style={{ width: 160 }}
          value={direction}
          onChange={(v) => (setDirection(v), setPage(1))}
          options={all('Đến, đi và nội bộ', DIRECTIVE_DIRECTION.values, DIRECTIVE_DIRECTION.labels)}
        />
        <Select<DirectiveType | null>
          aria-label="Lọc theo loại văn bản"
          style={{ width: 160 }}
          showSearch
          optionFilterProp="label"
          value={type}
          onChange={(v) => (setType(v), setPage(1))}
          options={all('Tất cả các loại', DIRECTIVE_TYPE.values, DIRECTIVE_TYPE.labels)}
        />
        <Select<DirectiveStatus | null>
          aria-label="Lọc theo hiệu lực"
          style={{ width: 150 }}
          value={status}
          onChange={(v) => (setStatus(v), setPage(1))}
          options={all('Mọi hiệu lực', DIRECTIVE_STATUS.values, DIRECTIVE_STATUS.labels)}
        />
        <Select<number | null>
          aria-label="Lọc theo năm"
          style={{ width: 120 }}
          value={year}
          onChange={(v) => (setYear(v), setPage(1))}
          options={[{ value: null, label: 'Mọi năm' }, ...years.map((y) => ({ value: y, label: `Năm ${y}` }))]}
        />
      </Space>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Table<DirectiveSummary>
        rowKey="id"
        tableLayout="fixed"
        dataSource={result?.items ?? []}
        rowClassName={() => 'clickable-row'}
        onRow={(row) => ({ onClick: () => void navigate({ name: 'directive', id: row.id }) })}
        locale={{
          emptyText: filtered
            ? 'Không có văn bản nào khớp với điều kiện lọc.'
            : 'Sổ chưa có văn bản nào. Bấm "Đăng ký văn bản" để vào sổ văn bản đến, đi hoặc nội bộ.',
        }}
        pagination={{
          current: page,
          pageSize: result?.pageSize ?? 50,
          total: result?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `${total.toLocaleString('vi-VN')} văn bản`,
          onChange: setPage,
        }}
        columns={[
          { title: 'Số ký hiệu', dataIndex: 'numberSymbol', width: 172, render: (v: string) => <strong>{v}</strong> },
          { title: 'Loại', dataIndex: 'type', width: 100, render: (v: DirectiveType) => DIRECTIVE_TYPE.labels[v] },
          { title: 'Cơ quan ban hành', dataIndex: 'issuerLabel', width: 160, ellipsis: { showTitle: true } },
          { title: 'Ngày', dataIndex: 'issuedDate', width: 114, render: (v: string | null) => (v ? formatLocalDate(v) : '') },
          { title: 'Trích yếu', dataIndex: 'summary', ellipsis: { showTitle: true } },
          { title: 'Hướng', dataIndex: 'direction', width: 92, render: (v: DirectiveDirection) => <DirectionTag direction={v} /> },
          {
            title: 'Số đến',
            width: 104,
            render: (_v, row) =>
              row.arrivalNumber === null ? '' : (
                <span title={row.arrivalDate ? `Ngày đến ${formatLocalDate(row.arrivalDate)}` : undefined}>
                  {formatSymbolNumber(row.arrivalNumber)}
                  {row.arrivalDate && <span className="muted"> · {formatLocalDate(row.arrivalDate).slice(0, 5)}</span>}
                </span>
              ),
          },
          { title: 'Trạng thái', dataIndex: 'status', width: 124, render: (v: DirectiveStatus) => <StatusTag status={v} /> },
        ]}
      />
    </div>
  );
}
