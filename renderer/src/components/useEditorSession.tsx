import { Button, Result } from 'antd';
import { useEffect } from 'react';
import type { AutosaveEditorStore } from '../store/autosave-editor';
import { useNavigation, type Route } from '../store/navigation';

/**
 * Opens record `id` in an autosaving editor for as long as the screen is shown: loads it, and makes
 * leaving the screen write whatever is still pending first. Returns what the screen shows about it.
 */
export function useEditorSession<T>(store: AutosaveEditorStore<T>, id: number) {
  const load = store((s) => s.load);
  const setLeaveGuard = useNavigation((s) => s.setLeaveGuard);
  useEffect(() => {
    void load(id);
    setLeaveGuard(() => store.getState().flush());
    return () => setLeaveGuard(null);
  }, [id, load, setLeaveGuard, store]);
  return {
    loadError: store((s) => s.loadError),
    saveState: store((s) => s.saveState),
    saveError: store((s) => s.saveError),
    lastSavedAt: store((s) => s.lastSavedAt),
  };
}

/** What a screen shows when its record could not be opened, with the way back to the list. */
export function LoadFailed({ title, message, backLabel, backRoute }: { title: string; message: string; backLabel: string; backRoute: Route }) {
  const navigate = useNavigation((s) => s.navigate);
  return (
    <Result
      status="warning"
      title={title}
      subTitle={message}
      extra={<Button onClick={() => void navigate(backRoute)}>{backLabel}</Button>}
    />
  );
}
