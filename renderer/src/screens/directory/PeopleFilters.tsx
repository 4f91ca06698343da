import { Select } from 'antd';
import type { Organisation } from '../../../../shared/schemas/directory';
import { ListSearch } from '../../components/ListScreen';
import { filterByMatch, matchOption } from '../../components/pickers';
import { usePeopleList } from '../../store/list-filters';
import { ShowInactiveSwitch } from './ShowInactiveSwitch';

/** The search box, organisation filter and "show retired" switch above the people table (remembered in usePeopleList). */
export function PeopleFilters({ organisations }: { organisations: Organisation[] }) {
  const filter = usePeopleList((s) => s.filter);
  const setFilter = usePeopleList((s) => s.setFilter);
  return (
    <>
      <ListSearch
        label="Tìm người"
        placeholder="Tìm họ tên, chức danh, cơ quan (có dấu hay không đều được)"
        value={filter.text}
        onSearch={(text) => setFilter({ text })}
        style={{ flex: '1 1 260px', maxWidth: 400 }}
      />
      <Select<number>
        aria-label="Lọc theo cơ quan, tổ chức"
        placeholder="Tất cả cơ quan, tổ chức"
        allowClear
        value={filter.organisationId ?? undefined}
        onChange={(id) => setFilter({ organisationId: id ?? null })}
        options={organisations.map((o) => matchOption(o.id, o.name, { text: o.name, also: [o.abbreviation] }))}
        showSearch={{ filterOption: filterByMatch }}
        notFoundContent="Không có cơ quan, tổ chức nào khớp."
        style={{ flex: '0 1 260px' }}
      />
      <ShowInactiveSwitch
        label="Hiện cả người đã ngừng sử dụng"
        checked={filter.includeInactive}
        onChange={(includeInactive) => setFilter({ includeInactive })}
      />
    </>
  );
}
