import { useCallback, useState } from 'react';
import { useAction } from '../../api/query';
import { useDocumentEditor } from '../../store/document-editor';

/**
 * A drawer that shows what is stored of the document being drafted (its versions, the page as it
 * will be exported). The query layer cannot write the editor's edits before it reads, so the drawer
 * opens only once they are written: its read, an ordinary query enabled while it is open, then
 * includes the last keystrokes. Writing them is one save, a few milliseconds (the button shows it).
 */
export function useStoredDocumentDrawer() {
  const [open, setOpen] = useState(false);
  const storing = useAction(() => useDocumentEditor.getState().flush());
  const { run, reset } = storing;
  const show = useCallback(async () => {
    reset();
    await run();
    setOpen(true);
  }, [run, reset]);
  const close = useCallback(() => setOpen(false), []);
  return { open, show, close, storing: storing.busy, error: storing.error };
}
