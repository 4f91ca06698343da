import { Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { Person } from '../../../../shared/schemas/directory';
import { useNavigation } from '../../store/navigation';
import { TwoLines } from '../../components/TwoLines';
import { StatusTag } from './StatusTag';

interface PeopleTableProps {
  people: Person[];
  loading: boolean;
  emptyText: string;
  /** The page shown, remembered with the list's filters. */
  page: number;
  onPageChange(page: number): void;
  renderActions(person: Person): ReactNode;
}

export function PeopleTable({ people, loading, emptyText, page, onPageChange, renderActions }: PeopleTableProps) {
  // Fixed widths for the short columns, the rest to the title: at 1366 pixels a row is one or two lines.
  const columns: TableColumnsType<Person> = [
    {
      title: 'Họ và tên',
      dataIndex: 'fullName',
      key: 'fullName',
      width: 230,
      // The name opens the person's page (meetings attended with the title held, speeches, awards, tasks).
      render: (name: string, person) => (
        <>
          <Typography.Link strong onClick={() => void useNavigation.getState().navigate({ name: 'person', id: person.id })}>
            {name}
          </Typography.Link>
          {!person.active && <StatusTag active={false} />}
          {(person.phone || person.email) && (
            <Typography.Text type="secondary" ellipsis={{ tooltip: true }} style={{ display: 'block', fontSize: 13 }}>
              {[person.phone, person.email].filter(Boolean).join(' · ')}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: 'Chức danh hiện nay', dataIndex: 'title', key: 'title', render: (title: string) => <TwoLines text={title} /> },
    {
      title: 'Cơ quan, tổ chức',
      dataIndex: 'organisationName',
      key: 'organisationName',
      width: 250,
      render: (organisation: string) => <TwoLines text={organisation} />,
    },
    { title: 'Hội nghị đã dự', dataIndex: 'meetingCount', key: 'meetingCount', align: 'right', width: 100 },
    { title: 'Thao tác', key: 'actions', width: 130, render: (_value, person) => renderActions(person) },
  ];

  return (
    <Table<Person>
      rowKey="id"
      tableLayout="fixed"
      columns={columns}
      dataSource={people}
      loading={loading}
      locale={{ emptyText: loading ? ' ' : emptyText }}
      pagination={{
        current: page,
        pageSize: 50,
        onChange: onPageChange,
        showSizeChanger: false,
        hideOnSinglePage: true,
        showTotal: (total) => `Tổng số ${total} người`,
      }}
      size="middle"
    />
  );
}
