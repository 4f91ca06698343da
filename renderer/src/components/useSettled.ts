import { useEffect, useState } from 'react';

/** `value` once it has stopped changing for `delayMs`: a word typed asks once, not once per key. */
export function useSettled<T>(value: T, delayMs = 200): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
