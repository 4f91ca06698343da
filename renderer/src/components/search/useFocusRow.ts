import { useEffect } from 'react';
import { useRecordFocus, type FocusTarget } from '../../store/record-focus';

const TRIES = 30;
const EVERY_MS = 60;

/**
 * Once the row `find` looks for is on screen (the tab opened, the rows drawn), scrolls it to the
 * middle and marks it for a moment; gives up quietly after about two seconds.
 */
export function useFocusRow(target: FocusTarget | null, find: (target: FocusTarget) => Element | null): void {
  const clear = useRecordFocus((s) => s.clear);
  useEffect(() => {
    if (!target) return;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const attempt = () => {
      const element = find(target);
      if (element instanceof HTMLElement) {
        element.scrollIntoView({ block: 'center' });
        element.classList.add('search-focus');
        setTimeout(() => element.classList.remove('search-focus'), 2400);
        clear();
        return;
      }
      tries += 1;
      if (tries < TRIES) timer = setTimeout(attempt, EVERY_MS);
      else clear();
    };
    timer = setTimeout(attempt, 0);
    return () => {
      if (timer) clearTimeout(timer);
    };
  }, [target, find, clear]);
}

/** A row of a meeting: table rows carry `data-row-key`, speeches and conclusions `data-row-id`. */
export function findMeetingRow(target: FocusTarget): Element | null {
  if (!target.partId) return null;
  const id = CSS.escape(target.partId);
  return document.querySelector(`[data-row-key="${id}"], [data-row-id="${id}"]`);
}

/** The n-th paragraph or heading of the document editor, counted as the index counts them. */
export function findDocumentParagraph(target: FocusTarget): Element | null {
  const index = Number(target.partId);
  if (!Number.isInteger(index)) return null;
  const blocks = document.querySelectorAll('.ProseMirror p, .ProseMirror h1, .ProseMirror h2, .ProseMirror h3');
  return blocks.item(index);
}
