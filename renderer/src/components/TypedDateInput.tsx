import { createContext, forwardRef, useContext, useState, type InputHTMLAttributes } from 'react';

/** What the date field shows when nothing is being typed: the held text, or the stored date. */
export const ShownDateText = createContext('');

/**
 * The text box inside a date field's picker (antd `components.input`). The picker keeps its own
 * text, which it can only fill from a date; this box also shows text the field holds back
 * (an impossible date) after the picker was mounted again, e.g. when the page is shown again,
 * and follows the picker from the first keystroke or pick on. Nothing typed is cleared by it.
 */
export const TypedDateInput = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(function TypedDateInput(props, ref) {
  const shown = useContext(ShownDateText);
  const pickerText = typeof props.value === 'string' ? props.value : '';
  const [text, setText] = useState(shown || pickerText);
  const [seen, setSeen] = useState({ pickerText, shown });
  if (seen.pickerText !== pickerText || seen.shown !== shown) {
    setSeen({ pickerText, shown });
    setText(seen.shown !== shown ? shown : pickerText);
  }
  return (
    <input
      {...props}
      ref={ref}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        props.onChange?.(event);
      }}
    />
  );
});
