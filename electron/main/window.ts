import { BrowserWindow, dialog } from 'electron';
import { EVENT_CHANNELS, type FlushOutcome } from '../../shared/ipc/events';
import { createCloseGuard } from './close-guard';
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

/**
 * How long closing waits for the page's answer before saying it is still saving: the database's
 * busy timeout, the longest a save waits for a lock held by another program.
 */
const FLUSH_PATIENCE_MS = 3000;

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

  // Before closing, the page writes what is being typed; closing waits for it, and asks when
  // something could not be written or the save is still waiting (close-guard.ts).
  const guard = createCloseGuard({
    requestFlush: () => window.webContents.send(EVENT_CHANNELS.flushRequest),
    onFlushed: options.onFlushed,
    askCloseWithUnsaved: (unsaved) => confirmCloseWithUnsaved(window, unsaved),
    askCloseWhileSaving: (signal) => confirmCloseWhileSaving(window, signal),
    close: () => window.close(),
    isPageGone: () => window.webContents.isCrashed(),
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    patienceMs: FLUSH_PATIENCE_MS,
  });
  window.on('close', (event) => {
    if (!guard.onCloseRequested()) event.preventDefault();
  });

  void window.loadURL(options.appUrl);
  return window;
}

/** True when the user chooses to close anyway. Asynchronous: the main process keeps answering saves meanwhile. */
async function confirmCloseWithUnsaved(window: BrowserWindow, unsaved: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'warning',
    title: 'Còn thay đổi chưa lưu',
    message: 'Một số thay đổi chưa lưu được.',
    detail: `${unsaved}\n\nNếu đóng bây giờ, các thay đổi này sẽ mất.`,
    buttons: ['Ở lại để sửa', 'Vẫn đóng'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return response === 1;
}

/** True when the user chooses to close before the save has finished. Goes away once it has. */
async function confirmCloseWhileSaving(window: BrowserWindow, signal: AbortSignal): Promise<boolean> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'info',
    title: 'Đang lưu dữ liệu',
    message: 'Ứng dụng vẫn đang lưu những gì bạn vừa nhập.',
    detail:
      'Có thể tệp dữ liệu đang bị một chương trình khác (phần mềm sao lưu, diệt virus) tạm khóa. ' +
      'Cửa sổ sẽ tự đóng khi lưu xong. Nếu đóng ngay, những thay đổi cuối cùng có thể mất.',
    buttons: ['Chờ lưu xong', 'Vẫn đóng'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
    signal,
  });
  return response === 1;
}
