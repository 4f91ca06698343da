import { useEffect } from 'react';
import { useMeetingEditor } from '../store/meeting-editor';
import { useNavigation } from '../store/navigation';
import { useUi } from '../store/ui';

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
    });
    const offFlush = events.onFlushRequest(() => useMeetingEditor.getState().flush());
    return () => {
      offMenu();
      offFlush();
    };
  }, []);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void useMeetingEditor.getState().flush();
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => document.removeEventListener('visibilitychange', onHidden);
  }, []);
}
