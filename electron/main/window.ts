import { BrowserWindow, dialog } from 'electron';
import { EVENT_CHANNELS, type FlushOutcome } from '../../shared/ipc/events';
import { lockDownWindow } from './security';

export interface MainWindowOptions {
  preloadPath: string;
  /** The dev server URL in development, app://bundle/index.html otherwise. */
  appUrl: string;
  isAppUrl: (url: string) => boolean;
  onFlushed: (listener: (outcome: FlushOutcome) => void) => () => void;
}

/** The smallest window the screens are laid out for. */
export const MIN_WINDOW_SIZE = { width: 900, height: 600 };

/** How long closing waits for the renderer to write pending edits before closing anyway. */
const FLUSH_TIMEOUT_MS = 3000;

/** Electron keeps the window's size, place and maximised state under this name (Electron ≥ 44). */
export const MAIN_WINDOW_NAME = 'so-tay-mat-tran-main';

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    // Electron saves and restores the bounds and display mode itself, and moves a window whose
    // monitor has been unplugged back onto a screen — what window-state.ts used to do by hand.
    name: MAIN_WINDOW_NAME,
    windowStatePersistence: true,
    width: 1280,
    height: 820,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Sổ tay Mặt trận',
    backgroundColor: '#f5f5f5',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  lockDownWindow(window, options.isAppUrl);
  window.once('ready-to-show', () => window.show());

  // Before closing, let the renderer save what is being typed.
  // If some edit could not be saved (the page says why), the user chooses to stay or to close.
  let allowClose = false;
  let waiting = false;
  window.on('close', (event) => {
    if (allowClose || window.webContents.isCrashed()) return;
    event.preventDefault();
    if (waiting) return;
    waiting = true;
    const finish = (outcome: FlushOutcome) => {
      if (!waiting) return;
      waiting = false;
      unsubscribe();
      clearTimeout(timer);
      if (outcome.unsaved && !confirmCloseWithUnsaved(window, outcome.unsaved)) return;
      allowClose = true;
      window.close();
    };
    const unsubscribe = options.onFlushed(finish);
    // A page that does not answer (hung) must not keep the window open forever; autosave has
    // already written everything older than a second.
    const timer = setTimeout(() => finish({ unsaved: null }), FLUSH_TIMEOUT_MS);
    window.webContents.send(EVENT_CHANNELS.flushRequest);
  });

  void window.loadURL(options.appUrl);
  return window;
}

/** True when the user chooses to close anyway. */
function confirmCloseWithUnsaved(window: BrowserWindow, unsaved: string): boolean {
  const choice = dialog.showMessageBoxSync(window, {
    type: 'warning',
    title: 'Còn thay đổi chưa lưu',
    message: 'Một số thay đổi chưa lưu được.',
    detail: `${unsaved}\n\nNếu đóng bây giờ, các thay đổi này sẽ mất.`,
    buttons: ['Ở lại để sửa', 'Vẫn đóng'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return choice === 1;
}
