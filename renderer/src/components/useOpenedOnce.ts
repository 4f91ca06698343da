import { useState } from 'react';

/**
 * True from the first time `open` is true, and from then on: a dialog or drawer loaded lazily is
 * mounted (its code fetched) only when it is first opened, and stays mounted so that it can close
 * with its animation and keep its leave guard while open.
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}
