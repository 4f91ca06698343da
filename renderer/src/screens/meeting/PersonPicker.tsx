import { UsergroupAddOutlined } from '@ant-design/icons';
import { Select, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { Person } from '../../../../shared/schemas/directory';
import { call } from '../../api/client';

interface PersonPickerProps {
  /** People already on the list, not offered again. */
  excludeIds: Set<number>;
  onPick(person: Person): void;
}

/** Searches the directory as the user types (without diacritics is fine) and adds the person picked. */
export function PersonPicker({ excludeIds, onPick }: PersonPickerProps) {
  const [text, setText] = useState('');
  const [people, setPeople] = useState<Person[]>([]);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    setLoading(true);
    const timer = setTimeout(() => {
      call('people:list', { text })
        .then((found) => {
          if (ticket === latest.current) setPeople(found);
        })
        .catch(() => {
          if (ticket === latest.current) setPeople([]);
        })
        .finally(() => {
          if (ticket === latest.current) setLoading(false);
        });
    }, 200);
    return () => clearTimeout(timer);
  }, [text]);

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
