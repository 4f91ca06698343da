import { Select } from 'antd';
import { useState } from 'react';
import { DIRECTIVE_TYPE } from '../../../../shared/domain';
import type { DirectiveRef } from '../../../../shared/schemas/directive';
import { useApiQuery } from '../../api/query';
import { useSettled } from '../../components/useSettled';

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
  // Asked of the register once typing pauses; the previous answer stays in sight meanwhile.
  const settled = useSettled(text);
  const found = useApiQuery('directives:list', { text: settled, pageSize: 20 }, { keepPrevious: true });
  const loading = found.loading || found.refreshing || settled !== text;
  const listed = (found.data?.items ?? []).filter((d) => d.id !== excludeId).map(optionOf);
  // The directive chosen keeps its label whatever the search finds.
  const kept = current && !listed.some((o) => o.value === current.id) ? [optionOf(current)] : [];
  const options = [...kept, ...listed];

  return (
    <Select<number | null>
      id={id}
      aria-label={label}
      allowClear
      showSearch
      filterOption={false}
      placeholder="Gõ số ký hiệu hoặc trích yếu để tìm"
      loading={loading}
      notFoundContent={loading ? 'Đang tìm…' : (found.error ?? 'Không tìm thấy văn bản nào trong sổ')}
      value={value}
      options={options}
      onSearch={setText}
      onChange={(v) => onChange(v ?? null)}
      style={{ width: '100%' }}
    />
  );
}
