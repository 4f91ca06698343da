import { Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { Person } from '../../../../shared/schemas/directory';
import { useNavigation } from '../../store/navigation';
import { StatusTag } from './StatusTag';

interface PeopleTableProps {
  people: Person[];
  loading: boolean;
  emptyText: string;
  renderActions(person: Person): ReactNode;
}

export function PeopleTable({ people, loading, emptyText, renderActions }: PeopleTableProps) {
  const columns: TableColumnsType<Person> = [
    {
      title: 'Họ và tên',
      dataIndex: 'fullName',
      key: 'fullName',
      width: 200,
      // The name opens the person's page (meetings attended with the title held, speeches, awards, tasks).
      render: (name: string, person) => (
        <Typography.Link strong onClick={() => void useNavigation.getState().navigate({ name: 'person', id: person.id })}>
          {name}
        </Typography.Link>
      ),
    },
    { title: 'Chức danh hiện nay', dataIndex: 'title', key: 'title' },
    { title: 'Cơ quan/tổ chức', dataIndex: 'organisationName', key: 'organisationName' },
    {
      title: 'Liên hệ',
      key: 'contact',
      render: (_value, person) => (
        <>
          {person.phone && <div>{person.phone}</div>}
          {person.email && <div>{person.email}</div>}
        </>
      ),
    },
    { title: 'Số hội nghị đã dự', dataIndex: 'meetingCount', key: 'meetingCount', align: 'right', width: 110 },
    {
      title: 'Trạng thái',
      dataIndex: 'active',
      key: 'active',
      width: 150,
      render: (active: boolean) => <StatusTag active={active} />,
    },
    { title: 'Thao tác', key: 'actions', width: 230, render: (_value, person) => renderActions(person) },
  ];

  return (
    <Table<Person>
      rowKey="id"
      columns={columns}
      dataSource={people}
      loading={loading}
      locale={{ emptyText: loading ? ' ' : emptyText }}
      pagination={{
        defaultPageSize: 50,
        showSizeChanger: true,
        hideOnSinglePage: true,
        showTotal: (total) => `Tổng số ${total} người`,
      }}
      size="middle"
    />
  );
}
