import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

/** How dates are typed and shown everywhere: day first, 24-hour clock, as Vietnamese offices write them. */
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm';
const STORAGE_FORMAT = 'YYYY-MM-DDTHH:mm';

interface DateTimeFieldProps {
  id?: string;
  /** Stored form, e.g. "2026-01-05T08:00"; null when empty. */
  value?: string | null;
  onChange?: (value: string | null) => void;
  allowClear?: boolean;
  status?: 'error';
  'aria-label'?: string;
}

/**
 * A date-and-time field that always reads "05/01/2026 08:00", whatever language Windows is in
 * (a native date input would follow the system and could show 01/05/2026 to the same user).
 */
export function DateTimeField({ id, value, onChange, allowClear = false, status, ...rest }: DateTimeFieldProps) {
  const parsed: Dayjs | null = value ? dayjs(value, STORAGE_FORMAT) : null;
  return (
    <DatePicker
      id={id}
      aria-label={rest['aria-label']}
      showTime={{ format: 'HH:mm', minuteStep: 5 }}
      format={DATE_TIME_FORMAT}
      placeholder="ngày/tháng/năm giờ:phút"
      value={parsed}
      allowClear={allowClear}
      status={status}
      needConfirm={false}
      style={{ width: '100%' }}
      onChange={(next: Dayjs | null) => onChange?.(next ? next.format(STORAGE_FORMAT) : null)}
    />
  );
}
