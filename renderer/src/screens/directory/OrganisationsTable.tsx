import { Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { ORGANISATION_KIND, type OrganisationKind } from '../../../../shared/domain';
import type { Organisation } from '../../../../shared/schemas/directory';
import { StatusTag } from './StatusTag';

interface OrganisationsTableProps {
  organisations: Organisation[];
  loading: boolean;
  emptyText: string;
  /** The page shown, remembered with the list's filters. */
  page: number;
  onPageChange(page: number): void;
  renderActions(organisation: Organisation): ReactNode;
}

export function OrganisationsTable({ organisations, loading, emptyText, page, onPageChange, renderActions }: OrganisationsTableProps) {
  const columns: TableColumnsType<Organisation> = [
    {
      title: 'Tên',
      dataIndex: 'name',
      key: 'name',
      render: (name: string, organisation) => (
        <>
          <strong>{name}</strong>
          {!organisation.active && <StatusTag active={false} />}
        </>
      ),
    },
    {
      title: 'Loại',
      dataIndex: 'kind',
      key: 'kind',
      width: 190,
      render: (kind: OrganisationKind) => ORGANISATION_KIND.labels[kind],
    },
    { title: 'Viết tắt', dataIndex: 'abbreviation', key: 'abbreviation', width: 130 },
    { title: 'Số người', dataIndex: 'peopleCount', key: 'peopleCount', align: 'right', width: 90 },
    { title: 'Thao tác', key: 'actions', width: 130, render: (_value, organisation) => renderActions(organisation) },
  ];

  return (
    <Table<Organisation>
      rowKey="id"
      tableLayout="fixed"
      columns={columns}
      dataSource={organisations}
      loading={loading}
      locale={{ emptyText: loading ? ' ' : emptyText }}
      pagination={{
        current: page,
        pageSize: 50,
        onChange: onPageChange,
        showSizeChanger: false,
        hideOnSinglePage: true,
        showTotal: (total) => `Tổng số ${total} cơ quan, tổ chức`,
      }}
      size="middle"
    />
  );
}
