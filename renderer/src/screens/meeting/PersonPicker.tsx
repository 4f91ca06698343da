import { UsergroupAddOutlined } from '@ant-design/icons';
import { Select, Space } from 'antd';
import { useState } from 'react';
import type { Person } from '../../../../shared/schemas/directory';
import { useApiQuery } from '../../api/query';
import { useSettled } from '../../components/useSettled';

interface PersonPickerProps {
  /** People already on the list, not offered again. */
  excludeIds: Set<number>;
  onPick(person: Person): void;
}

/** Searches the directory as the user types (without diacritics is fine) and adds the person picked. */
export function PersonPicker({ excludeIds, onPick }: PersonPickerProps) {
  const [text, setText] = useState('');
  // Asked of the directory once typing pauses; the previous answer stays in sight meanwhile.
  const settled = useSettled(text);
  const found = useApiQuery('people:list', { text: settled }, { keepPrevious: true });
  const people = found.data ?? [];
  const loading = found.loading || found.refreshing || settled !== text;

  const options = people
    .filter((p) => !excludeIds.has(p.id))
    .slice(0, 50)
    .map((p) => ({
      value: p.id,
      label: [p.fullName, p.title, p.organisationName].filter(Boolean).join(' — '),
    }));

  return (
    <Space>
      <UsergroupAddOutlined />
      <Select<number>
        aria-label="Thêm từ danh bạ"
        showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
        value={null}
        placeholder="Thêm từ danh bạ: gõ tên để tìm…"
        style={{ width: 460 }}
        loading={loading}
        options={options}
        notFoundContent={loading ? 'Đang tìm…' : 'Không tìm thấy ai. Hãy thêm vào danh bạ hoặc thêm người ngoài danh bạ.'}
        onSelect={(id: number) => {
          const person = people.find((p) => p.id === id);
          if (person) onPick(person);
          setText('');
        }}
      />
    </Space>
  );
}
