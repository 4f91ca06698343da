import { SearchOutlined } from '@ant-design/icons';
import { Input, Select } from 'antd';
import type { Organisation } from '../../../../shared/schemas/directory';
import { filterByMatch, matchOption } from '../../components/pickers';
import { ShowInactiveSwitch } from './ShowInactiveSwitch';

interface PeopleFiltersProps {
  text: string;
  onTextChange(text: string): void;
  organisationId: number | null;
  onOrganisationChange(id: number | null): void;
  organisations: Organisation[];
  includeInactive: boolean;
  onIncludeInactiveChange(value: boolean): void;
}

/** The search box, organisation filter and "show retired" switch above the people table. */
export function PeopleFilters(props: PeopleFiltersProps) {
  return (
    <>
      <Input
        aria-label="Tìm người"
        placeholder="Tìm họ tên, chức danh, cơ quan (có dấu hay không đều được)"
        prefix={<SearchOutlined />}
        allowClear
        value={props.text}
        onChange={(e) => props.onTextChange(e.target.value)}
        style={{ flex: '1 1 280px', maxWidth: 440 }}
      />
      <Select<number>
        aria-label="Lọc theo cơ quan, tổ chức"
        placeholder="Tất cả cơ quan, tổ chức"
        allowClear
        value={props.organisationId ?? undefined}
        onChange={(id) => props.onOrganisationChange(id ?? null)}
        options={props.organisations.map((o) => matchOption(o.id, o.name, { text: o.name, also: [o.abbreviation] }))}
        showSearch={{ filterOption: filterByMatch }}
        notFoundContent="Không có cơ quan, tổ chức nào khớp."
        style={{ flex: '0 1 280px' }}
      />
      <ShowInactiveSwitch
        label="Hiện cả người đã ngừng sử dụng"
        checked={props.includeInactive}
        onChange={props.onIncludeInactiveChange}
      />
    </>
  );
}
