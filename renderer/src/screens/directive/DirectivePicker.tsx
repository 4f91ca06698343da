import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { DIRECTIVE_TYPE } from '../../../../shared/domain';
import type { DirectiveRef } from '../../../../shared/schemas/directive';
import { call } from '../../api/client';

interface DirectivePickerProps {
  id: string;
  label: string;
  value: number | null;
  /** The directive currently chosen, so its label shows before any search. */
  current: DirectiveRef | null;
  excludeId: number | null;
  onChange(value: number | null): void;
}

const optionOf = (d: DirectiveRef) => ({ value: d.id, label: `${d.numberSymbol} — ${DIRECTIVE_TYPE.labels[d.type]}${d.summary ? `: ${d.summary}` : ''}` });

/** Picks another directive of the register by typing its symbol or words of its summary. */
export function DirectivePicker({ id, label, value, current, excludeId, onChange }: DirectivePickerProps) {
  const [text, setText] = useState('');
  const [options, setOptions] = useState<Array<{ value: number; label: string }>>(current ? [optionOf(current)] : []);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      call('directives:list', { text, pageSize: 20 })
        .then((page) => {
          if (!live) return;
          const found = page.items.filter((d) => d.id !== excludeId).map(optionOf);
          const kept = current && !found.some((o) => o.value === current.id) ? [optionOf(current)] : [];
          setOptions([...kept, ...found]);
        })
        .catch(() => undefined);
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, excludeId, current]);

  return (
    <Select<number | null>
      id={id}
      aria-label={label}
      allowClear
      showSearch
      filterOption={false}
      placeholder="Gõ số ký hiệu hoặc trích yếu để tìm"
      notFoundContent="Không tìm thấy văn bản nào trong sổ"
      value={value}
      options={options}
      onSearch={setText}
      onChange={(v) => onChange(v ?? null)}
      style={{ width: '100%' }}
    />
  );
}
