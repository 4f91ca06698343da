import { Button, Result } from 'antd';
import { useEffect } from 'react';
import type { AutosaveEditorStore } from '../store/autosave-editor';
import { useNavigation, type Route } from '../store/navigation';
import { autosaveWork, registerUnsavedWork } from '../store/unsaved-work';

/**
 * Opens record `id` in an autosaving editor for as long as the screen is shown: loads it, and
 * registers it with the leave guard, so that leaving the screen or closing the window writes
 * every valid edit first and asks about the ones that could not be written.
 * Returns why it could not be opened, if so; the save state is read by EditorSaveIndicator
 * itself, so that a save in progress does not re-render the screen.
 */
export function useEditorSession<T>(store: AutosaveEditorStore<T>, id: number, label: (record: T | null) => string) {
  const load = store((s) => s.load);
  useEffect(() => {
    void load(id);
    return registerUnsavedWork(autosaveWork(store, () => label(store.getState().record)));
    // `label` is read when asked, so an inline function does not reload the record.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, load, store]);
  return { loadError: store((s) => s.loadError) };
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
