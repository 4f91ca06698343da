import { Space, Switch } from 'antd';
import { useId } from 'react';

interface ShowInactiveSwitchProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}

/** A switch with its visible label, e.g. "Hiện cả người đã ngừng sử dụng". */
export function ShowInactiveSwitch({ label, checked, onChange }: ShowInactiveSwitchProps) {
  const id = useId();
  return (
    <Space size={8}>
      <Switch id={id} checked={checked} onChange={onChange} aria-label={label} />
      <label htmlFor={id} style={{ cursor: 'pointer' }}>
        {label}
      </label>
    </Space>
  );
}
