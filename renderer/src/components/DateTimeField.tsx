import { DatePicker } from 'antd';
import { readDateTime } from '../../../shared/date-input';
import { formatLocalDate, isValidLocalDateTime } from '../../../shared/datetime';
import { DateReason } from './DateReason';
import { ShownDateText, TypedDateInput } from './TypedDateInput';
import { useTypedDate } from './useTypedDate';

/** Day first, as Vietnamese offices write dates. */
const DISPLAY = 'DD/MM/YYYY HH:mm';
const COMPONENTS = { input: TypedDateInput };
const STORED = 'YYYY-MM-DDTHH:mm';
/** The time a date typed alone takes when the field held none: meetings usually open at eight. */
export const USUAL_START = '08:00';

interface DateTimeFieldProps {
  id?: string;
  /** Stored form, e.g. "2026-01-05T08:00"; null when empty; or text typed that could not be read. */
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The field may be left empty (a ✕ clears it); otherwise emptying it is refused. */
  allowClear?: boolean;
  status?: 'error';
  'aria-label'?: string;
  /** False inside a Form.Item with rules: the form shows the reason itself. */
  showReason?: boolean;
}

/** "05/01/2026 08:00" from "2026-01-05T08:00". */
export function displayDateTime(stored: string): string {
  return `${formatLocalDate(stored)} ${stored.slice(11, 16)}`;
}

/** A date typed alone keeps the time the field held; a time typed alone ("8h30") keeps its date. */
function read(text: string, lastStored: string | null) {
  return readDateTime(text, { date: lastStored?.slice(0, 10) ?? null, time: lastStored?.slice(11, 16) ?? USUAL_START });
}

/**
 * A date-and-time field that always reads "05/01/2026 08:00", whatever language Windows is in
 * (a native date input would follow the system and could show 01/05/2026 to the same user).
 * Typed as staff type it: "4/1/2023 8:30", "4/1/2023 8h30", "8h30" (the same day). What cannot
 * be read stays as typed with the reason under it; see useTypedDate.
 */
export function DateTimeField({ id, value = null, onChange, allowClear = false, status, showReason = true, ...rest }: DateTimeFieldProps) {
  const typed = useTypedDate({
    value,
    isStored: isValidLocalDateTime,
    read,
    display: displayDateTime,
    storageFormat: STORED,
    optional: allowClear,
    empty: allowClear ? null : '',
    onChange: (next) => onChange?.(next),
  });
  const reasonId = id ? `${id}-ly-do` : undefined;
  return (
    <div ref={typed.wrapper} className="date-field" onPointerDown={typed.onPointerDown}>
      <ShownDateText.Provider value={typed.shownText}>
        <DatePicker
          id={id}
          aria-label={rest['aria-label']}
          aria-describedby={typed.message && showReason ? reasonId : undefined}
          showTime={{ format: 'HH:mm', minuteStep: 5 }}
          format={DISPLAY}
          components={COMPONENTS}
          placeholder="ngày/tháng/năm giờ:phút"
          value={typed.pickerValue}
          allowClear={allowClear}
          status={typed.message ? 'error' : status}
          needConfirm={false}
          preserveInvalidOnBlur
          open={typed.open}
          onOpenChange={typed.onOpenChange}
          onKeyDown={typed.onKeyDown}
          onBlur={typed.onBlur}
          style={{ width: '100%' }}
          onChange={typed.onPick}
        />
      </ShownDateText.Provider>
      {showReason && <DateReason id={reasonId} message={typed.message} />}
    </div>
  );
}
