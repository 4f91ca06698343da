import type { Dispatch } from '../core/handlers/dispatch';
import { CHANNELS } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/errors';

/** The part of an IPC event we look at: which frame sent it. */
export interface IpcSenderEvent {
  senderFrame: { url: string } | null;
}

/** The slice of Electron's ipcMain we use; tests and the e2e bridge pass their own. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderEvent, input: unknown) => unknown): void;
}

const REFUSED: IpcResult<never> = {
  ok: false,
  error: { code: 'UNKNOWN_CHANNEL', message: 'Yêu cầu không đến từ cửa sổ của ứng dụng nên bị từ chối.' },
};

/**
 * Registers one handler per contract channel. A call from any frame other than the app's own
 * page (a stray iframe, a navigated page) is refused before its input is even read.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  dispatch: Dispatch,
  isTrustedSender: (frameUrl: string) => boolean,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url)) return REFUSED;
      return dispatch(channel, input);
    });
  }
}

/** True when `frameUrl` is the app's page: the same file, or the dev server's origin. */
export function isAppUrl(frameUrl: string, appUrl: string): boolean {
  try {
    const frame = new URL(frameUrl);
    const app = new URL(appUrl);
    if (app.protocol === 'file:') {
      // The host matters too: file://server/… is a network share (UNC path on Windows), not our file.
      return frame.protocol === 'file:' && frame.host === app.host && frame.pathname === app.pathname;
    }
    return frame.origin === app.origin;
  } catch {
    return false;
  }
}
