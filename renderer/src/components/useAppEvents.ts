import { useEffect } from 'react';
import type { FlushOutcome } from '../../../shared/ipc/events';
import { useDocumentEditor } from '../store/document-editor';
import { useMeetingEditor } from '../store/meeting-editor';
import { useNavigation } from '../store/navigation';
import { useUi } from '../store/ui';

/** Writes whatever is still pending in every open editor, and says what could not be saved. */
async function flushAllEditors(): Promise<FlushOutcome> {
  await Promise.all([useMeetingEditor.getState().flush(), useDocumentEditor.getState().flush()]);
  const refused = [useMeetingEditor.getState(), useDocumentEditor.getState()]
    .filter((editor) => editor.saveState === 'error' && editor.saveError)
    .map((editor) => editor.saveError!);
  return { unsaved: refused.length > 0 ? refused.join(' ') : null };
}

/**
 * Listens to the main process: menu commands navigate, and a flush request (sent before
 * the window closes) writes the meeting being edited. Also saves when the page is hidden.
 */
export function useAppEvents(): void {
  useEffect(() => {
    const events = window.appEvents;
    if (!events) return;
    const offMenu = events.onMenuCommand((command) => {
      const { navigate } = useNavigation.getState();
      if (command === 'new-meeting') useUi.getState().openNewMeeting();
      else if (command === 'go-home') void navigate({ name: 'home' });
      else if (command === 'go-meetings') void navigate({ name: 'meetings' });
      else if (command === 'go-directory') void navigate({ name: 'directory', tab: 'people' });
      else if (command === 'go-profile') void navigate({ name: 'profile' });
      else if (command === 'open-backups') void navigate({ name: 'backups' });
      else if (command === 'open-bin') void navigate({ name: 'bin' });
    });
    const offFlush = events.onFlushRequest(flushAllEditors);
    return () => {
      offMenu();
      offFlush();
    };
  }, []);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flushAllEditors();
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => document.removeEventListener('visibilitychange', onHidden);
  }, []);
}
