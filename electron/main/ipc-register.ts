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

/**
 * True when `frameUrl` is the app's page: the same scheme and host as `appUrl` — the app's own
 * `app://bundle`, or the dev server in development. Scheme and host are compared rather than
 * `origin`, because WHATWG URLs give every non-web scheme the opaque origin "null", which would make
 * `app://anything` equal to `app://bundle`. A `file:` page is never trusted: the app is not served
 * from files any more, and any local file would share that origin.
 */
export function isAppUrl(frameUrl: string, appUrl: string): boolean {
  try {
    const frame = new URL(frameUrl);
    const app = new URL(appUrl);
    if (frame.protocol === 'file:' || app.protocol === 'file:' || app.host === '') return false;
    return frame.protocol === app.protocol && frame.host === app.host;
  } catch {
    return false;
  }
}
