import { BrowserWindow, screen } from 'electron';
import { fileURLToPath } from 'node:url';
import { EVENT_CHANNELS } from '../../shared/ipc/events';
import { lockDownWindow } from './security';
import { fitToScreens, loadWindowState, MIN_WINDOW_SIZE, saveWindowState } from './window-state';

export interface MainWindowOptions {
  preloadPath: string;
  /** The dev server URL in development, the built index.html otherwise. */
  appUrl: string;
  windowStateFile: string;
  isAppUrl: (url: string) => boolean;
  onFlushed: (listener: () => void) => () => void;
}

/** How long closing waits for the renderer to write pending edits before closing anyway. */
const FLUSH_TIMEOUT_MS = 3000;

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const saved = fitToScreens(
    loadWindowState(options.windowStateFile),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    x: saved.x,
    y: saved.y,
    width: saved.width,
    height: saved.height,
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
  if (saved.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  // Before closing: remember the window's place, and let the renderer save what is being typed.
  let flushed = false;
  window.on('close', (event) => {
    saveWindowState(options.windowStateFile, {
      ...window.getNormalBounds(),
      maximized: window.isMaximized(),
    });
    if (flushed || window.webContents.isCrashed()) return;
    event.preventDefault();
    const finish = () => {
      if (flushed) return;
      flushed = true;
      unsubscribe();
      clearTimeout(timer);
      window.close();
    };
    const unsubscribe = options.onFlushed(finish);
    const timer = setTimeout(finish, FLUSH_TIMEOUT_MS);
    window.webContents.send(EVENT_CHANNELS.flushRequest);
  });

  if (options.appUrl.startsWith('file:')) void window.loadFile(fileURLToPath(options.appUrl));
  else void window.loadURL(options.appUrl);
  return window;
}
