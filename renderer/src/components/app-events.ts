import type { FlushOutcome } from '../../../shared/ipc/events';
import { useNavigation } from '../store/navigation';
import { useUi } from '../store/ui';
import { describeUnsaved, flushAllWork } from '../store/unsaved-work';

/**
 * Before the window closes: every editor and form writes what it can (the same leave guard as
 * changing page), and the window is told what could not be written, so that it asks. A flush
 * that fails is reported as unsaved, never as done.
 */
export async function flushBeforeClose(): Promise<FlushOutcome> {
  return { unsaved: describeUnsaved(await flushAllWork()) };
}

/**
 * Listens to the main process: menu commands navigate, and a flush request (sent before the
 * window closes) writes every open editor and form. Also saves when the page is hidden.
 * Started by main.tsx before anything is drawn, not in an effect: a command that arrives while
 * the first screen is still being drawn is acted on, not lost. Everything here goes through the
 * stores, which exist from the start.
 */
export function listenToAppEvents(): () => void {
  const events = window.appEvents;
  const offMenu = events?.onMenuCommand((command) => {
    const { navigate } = useNavigation.getState();
    if (command === 'new-meeting') useUi.getState().openNewMeeting();
    else if (command === 'go-home') void navigate({ name: 'home' });
    else if (command === 'go-meetings') void navigate({ name: 'meetings' });
    else if (command === 'go-directory') void navigate({ name: 'directory', tab: 'people' });
    else if (command === 'go-profile') void navigate({ name: 'profile' });
    else if (command === 'open-backups') void navigate({ name: 'backups' });
    else if (command === 'open-bin') void navigate({ name: 'bin' });
  });
  const offFlush = events?.onFlushRequest(flushBeforeClose);
  const onHidden = () => {
    if (document.visibilityState === 'hidden') void flushAllWork();
  };
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    offMenu?.();
    offFlush?.();
    document.removeEventListener('visibilitychange', onHidden);
  };
}
