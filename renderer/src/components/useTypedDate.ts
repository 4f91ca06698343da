import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { DateReading } from '../../../shared/date-input';

/**
 * What a date field does with typed text, shared by DateField and DateTimeField.
 *
 * antd's picker parses typed text with one strict format and, on blur, silently puts back the
 * old value when it cannot. Here the text is read by the shared reader (shared/date-input.ts)
 * on Enter and on blur, and the picker keeps what was typed (`preserveInvalidOnBlur`, and
 * TypedDateInput once it is mounted again):
 * - read → the stored form is handed on ("4/1/2023" → "2023-01-04") and shown "04/01/2023";
 * - not read → the typed text itself is handed on and stays on screen with the reason under the
 *   field. The form's schema refuses that text with the same reason, so an autosaving editor
 *   holds it back (every other edit is saved) and the leave guard asks, as for an emptied title;
 *   an antd Form's rules refuse it and show the reason themselves.
 * The field is never cleared behind the user's back.
 */
export interface TypedDateOptions {
  /** The stored form, '' / null when empty, or text that could not be read (held back). */
  value: string | null;
  /** Whether `value` is in the stored form. */
  isStored(value: string): boolean;
  /** The shared reader, given what the field holds now (for a date-time: its date and time). */
  read(text: string, lastStored: string | null): DateReading;
  /** How a stored value is shown: "05/01/2026", "05/01/2026 08:00". */
  display(stored: string): string;
  /** dayjs format of the stored form, to give the picker its value. */
  storageFormat: string;
  /** An empty field is a value (no date); otherwise emptying it is refused like bad text. */
  optional: boolean;
  /** Empty text is handed on as this. */
  empty: '' | null;
  onChange(next: string | null): void;
}

export function useTypedDate(options: TypedDateOptions) {
  const { value, isStored, read, display, storageFormat, optional, empty, onChange } = options;
  const wrapper = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const lastStored = useRef<string | null>(null);
  const stored = value !== null && value !== '' && isStored(value) ? value : null;
  if (stored !== null) lastStored.current = stored;
  const held = value !== null && value !== '' && stored === null ? value : null;
  const [emptied, setEmptied] = useState(false);
  const replaced = useRef<string | null | undefined>(undefined);

  // While text is held back the picker keeps the last stored date, so it never resets the text.
  const base = stored ?? lastStored.current;
  const pickerValue: Dayjs | null = base !== null ? dayjs(base, storageFormat) : null;

  const shownText = held ?? (stored !== null ? display(stored) : '');
  let message: string | null = null;
  if (held !== null) {
    const reading = read(held, lastStored.current);
    message = reading.ok ? null : reading.message;
  } else if (emptied && !optional && stored === null) {
    const reading = read('', null);
    message = reading.ok ? null : reading.message;
  }

  /** Reads what was typed and hands on the stored form, or the text itself when it cannot be read. */
  const commit = (text: string): void => {
    // Closing its calendar, the picker hands back the date it still has (it learns the new value
    // only after this render, from an effect that a busy machine may run much later): that echo
    // is not a pick, and must not replace what was typed. It is ignored until the user next
    // works the field — a key, a click, the calendar opened — so no timer decides it.
    replaced.current = base;
    const typed = text.trim();
    if (typed === shownText.trim()) return;
    if (typed === '') {
      setEmptied(true);
      onChange(empty);
      return;
    }
    setEmptied(false);
    const reading = read(typed, lastStored.current);
    onChange(reading.ok ? reading.value : typed);
  };

  const inputText = () => wrapper.current?.querySelector('input')?.value ?? '';

  return {
    wrapper,
    pickerValue,
    /** What the field shows when nothing is being typed (for TypedDateInput). */
    shownText,
    message,
    /** A value picked on the calendar. */
    onPick(next: Dayjs | null) {
      const picked = next ? next.format(storageFormat) : empty;
      if (replaced.current !== undefined && picked === (replaced.current ?? empty)) return;
      if (picked === value) return;
      setEmptied(false);
      onChange(picked);
    },
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      if (event.key !== 'Enter') {
        replaced.current = undefined;
        return;
      }
      // The picker would open its calendar on Enter: the typed text is read instead.
      event.preventDefault();
      commit(inputText());
      // Closed either way: a reason stays under the field, and the calendar no longer covers the form.
      setOpen(false);
    },
    onBlur(event: FocusEvent<HTMLElement>) {
      const next = event.relatedTarget as HTMLElement | null;
      // Focus moving into the picker's own calendar is not leaving the field.
      if (next && (wrapper.current?.contains(next) || next.closest('.ant-picker-dropdown'))) return;
      commit(inputText());
    },
    /** On the field's frame: a click there (the ✕, the input) is the user's own. */
    onPointerDown() {
      replaced.current = undefined;
    },
    open,
    onOpenChange(next: boolean) {
      if (next) replaced.current = undefined;
      setOpen(next);
    },
  };
}
