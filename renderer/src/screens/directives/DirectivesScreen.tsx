import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Table } from 'antd';
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
import type { DirectiveSummary } from '../../../../shared/schemas/directive';
import { useApiQuery } from '../../api/query';
import { ListError, ListScreen, ListSearch, ListToolbar } from '../../components/ListScreen';
import { isFiltered, useDirectiveList } from '../../store/list-filters';
import { useNavigation } from '../../store/navigation';
import { TwoLines } from '../../components/TwoLines';
import { DirectionTag, StatusTag } from './directive-tags';

const all = <T,>(label: string, values: readonly T[], labels: Record<string, string>) => [
  { value: null, label },
  ...values.map((v) => ({ value: v, label: labels[String(v)] ?? String(v) })),
];

/** The register: every directive received, issued, kept internally or only cited, newest first. */
export function DirectivesScreen() {
  const navigate = useNavigation((s) => s.navigate);
  const { filter, page, setFilter, setPage, reset } = useDirectiveList();
  const years = useApiQuery('directives:years', undefined).data ?? [];
  const list = useApiQuery('directives:list', { ...filter, page }, { keepPrevious: true });
  const filtered = isFiltered(filter, useDirectiveList.defaults);

  return (
    <ListScreen
      title="Văn bản chỉ đạo"
      actions={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate({ name: 'directive', id: null })}>
          Đăng ký văn bản
        </Button>
      }
    >
      <ListToolbar filtered={filtered} onReset={reset}>
        <ListSearch
          label="Tìm văn bản chỉ đạo"
          placeholder="Tìm số ký hiệu, trích yếu, cơ quan (gõ không dấu được)"
          style={{ width: 360 }}
          value={filter.text}
          onSearch={(text) => setFilter({ text })}
        />
        <Select<DirectiveDirection | null>
          aria-label="Lọc theo hướng văn bản"
          style={{ width: 160 }}
          value={filter.direction}
          onChange={(direction) => setFilter({ direction })}
          options={all('Mọi hướng', DIRECTIVE_DIRECTION.values, DIRECTIVE_DIRECTION.labels)}
        />
        <Select<DirectiveType | null>
          aria-label="Lọc theo loại văn bản"
          style={{ width: 160 }}
          showSearch
          optionFilterProp="label"
          value={filter.type}
          onChange={(type) => setFilter({ type })}
          options={all('Tất cả các loại', DIRECTIVE_TYPE.values, DIRECTIVE_TYPE.labels)}
        />
        <Select<DirectiveStatus | null>
          aria-label="Lọc theo hiệu lực"
          style={{ width: 150 }}
          value={filter.status}
          onChange={(status) => setFilter({ status })}
          options={all('Mọi hiệu lực', DIRECTIVE_STATUS.values, DIRECTIVE_STATUS.labels)}
        />
        <Select<number | null>
          aria-label="Lọc theo năm"
          style={{ width: 120 }}
          value={filter.year}
          onChange={(year) => setFilter({ year })}
          options={[{ value: null, label: 'Mọi năm' }, ...years.map((y) => ({ value: y, label: `Năm ${y}` }))]}
        />
      </ListToolbar>
      <ListError error={list.error} what="sổ văn bản chỉ đạo" onRetry={list.reload} />
      <Table<DirectiveSummary>
        rowKey="id"
        tableLayout="fixed"
        loading={list.loading || list.refreshing}
        dataSource={list.data?.items ?? []}
        rowClassName={() => 'clickable-row'}
        onRow={(row) => ({ onClick: () => void navigate({ name: 'directive', id: row.id }) })}
        locale={{
          emptyText: filtered
            ? 'Không có văn bản nào khớp với điều kiện lọc.'
            : 'Sổ chưa có văn bản nào. Bấm "Đăng ký văn bản" để vào sổ văn bản đến, đi, nội bộ hoặc văn bản trích dẫn.',
        }}
        pagination={{
          current: page,
          pageSize: list.data?.pageSize ?? 50,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `${total.toLocaleString('vi-VN')} văn bản`,
          onChange: setPage,
        }}
        columns={[
          { title: 'Số ký hiệu', dataIndex: 'numberSymbol', width: 172, render: (v: string) => <strong>{v}</strong> },
          { title: 'Loại', dataIndex: 'type', width: 100, render: (v: DirectiveType) => DIRECTIVE_TYPE.labels[v] },
          { title: 'Nơi ban hành', dataIndex: 'issuerLabel', width: 150, render: (v: string) => <TwoLines text={v} /> },
          { title: 'Ngày', dataIndex: 'issuedDate', width: 110, render: (v: string | null) => (v ? formatLocalDate(v) : '') },
          // The summary is what the register is read for: the widest column, two lines before "…".
          { title: 'Trích yếu', dataIndex: 'summary', render: (v: string) => <TwoLines text={v} /> },
          { title: 'Hướng', dataIndex: 'direction', width: 92, render: (v: DirectiveDirection) => <DirectionTag direction={v} /> },
          {
            title: 'Số đến',
            width: 104,
            render: (_v, row) =>
              // Only a document received has an arrival number; one only cited says so instead of an empty cell.
              row.direction === 'trich_dan' ? (
                <span className="muted" title="Văn bản trích dẫn: Ủy ban không nhận bản gốc nên không có số đến, ngày đến">
                  Không có
                </span>
              ) : row.arrivalNumber === null ? '' : (
                <span title={row.arrivalDate ? `Ngày đến ${formatLocalDate(row.arrivalDate)}` : undefined}>
                  {formatSymbolNumber(row.arrivalNumber)}
                  {row.arrivalDate && <span className="muted"> · {formatLocalDate(row.arrivalDate).slice(0, 5)}</span>}
                </span>
              ),
          },
          { title: 'Trạng thái', dataIndex: 'status', width: 124, render: (v: DirectiveStatus) => <StatusTag status={v} /> },
        ]}
      />
    </ListScreen>
  );
}
