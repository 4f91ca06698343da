import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

interface DateFieldProps {
  id?: string;
  /** Stored form "2026-01-05". */
  value: string;
  onChange(value: string): void;
  disabled?: boolean;
}

/** A date typed and shown day first ("05/01/2026"), whatever language Windows uses. */
export function DateField({ id, value, onChange, disabled }: DateFieldProps) {
  const parsed: Dayjs | null = value ? dayjs(value, 'YYYY-MM-DD') : null;
  return (
    <DatePicker
      id={id}
      format="DD/MM/YYYY"
      placeholder="ngày/tháng/năm"
      value={parsed}
      allowClear={false}
      disabled={disabled}
      style={{ width: '100%' }}
      onChange={(next: Dayjs | null) => next && onChange(next.format('YYYY-MM-DD'))}
    />
  );
}
