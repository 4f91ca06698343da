import { DatePicker } from 'antd';
import { readDate } from '../../../shared/date-input';
import { formatLocalDate, isValidLocalDate } from '../../../shared/datetime';
import { DateReason } from './DateReason';
import { ShownDateText, TypedDateInput } from './TypedDateInput';
import { useTypedDate } from './useTypedDate';

interface DateFieldProps {
  id?: string;
  /** Stored form "2026-01-05"; '' when empty; or text typed that could not be read (held back). */
  value: string;
  onChange(value: string): void;
  disabled?: boolean;
  /** The date may be left empty (a ✕ clears it); otherwise emptying the field is refused. */
  optional?: boolean;
  status?: 'error';
  placeholder?: string;
  'aria-label'?: string;
  /** False inside a Form.Item with rules: the form shows the reason itself. */
  showReason?: boolean;
}

/** Day first, as Vietnamese offices write dates. */
const DISPLAY = 'DD/MM/YYYY';

/**
 * For antd's range pickers (list filters, report periods), which cannot take the shared reader:
 * shown as the first, and also read when typed the other common ways ("4/1/2023", "04-01-2023").
 */
export const RANGE_FORMATS = [DISPLAY, 'D/M/YYYY', 'DD-MM-YYYY', 'D-M-YYYY', 'DD.MM.YYYY', 'D.M.YYYY', 'DD/MM/YY', 'D/M/YY'];
const COMPONENTS = { input: TypedDateInput };
const STORED = 'YYYY-MM-DD';
const read = (text: string) => readDate(text);

/**
 * A date typed as staff type it ("4/1/2023", "04-01-23", "ngày 4 tháng 1 năm 2023") or picked,
 * shown day first ("04/01/2023") whatever language Windows uses. What cannot be a date stays as
 * typed with the reason under it ("Tháng 2 năm 2023 chỉ có 28 ngày."); see useTypedDate.
 */
export function DateField({ id, value, onChange, disabled, optional = false, status, placeholder, showReason = true, ...rest }: DateFieldProps) {
  const typed = useTypedDate({
    value,
    isStored: isValidLocalDate,
    read,
    display: formatLocalDate,
    storageFormat: STORED,
    optional,
    empty: '',
    onChange: (next) => onChange(next ?? ''),
  });
  const reasonId = id ? `${id}-ly-do` : undefined;
  return (
    <div ref={typed.wrapper} className="date-field" onPointerDown={typed.onPointerDown}>
      <ShownDateText.Provider value={typed.shownText}>
        <DatePicker
          id={id}
          aria-label={rest['aria-label']}
          aria-describedby={typed.message && showReason ? reasonId : undefined}
          format={DISPLAY}
          components={COMPONENTS}
          placeholder={placeholder ?? 'ngày/tháng/năm'}
          value={typed.pickerValue}
          allowClear={optional}
          disabled={disabled}
          status={typed.message ? 'error' : status}
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
