/**
 * Electron start-up: the only place that wires the plain-Node core to Electron.
 * Everything it calls (database, handlers, window state) is tested in Node without Electron.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { CoreContext } from '../core/context';
import { openDatabase } from '../core/db/open';
import { describeOpenFailure } from '../core/db/open-errors';
import { createDispatch } from '../core/handlers/dispatch';
import { attachBackupService } from '../core/backup/for-context';
import { damagedName, findLatestGoodBackup, openBackupInstead } from '../core/backup/recover';
import { startBackupRuntime } from '../core/backup/runtime';
import { formatBackupTime } from '../../shared/schemas/backup';
import { handlers } from '../core/handlers';
import { startSearchIndexing } from '../core/services/search';
import { EVENT_CHANNELS, readFlushOutcome } from '../../shared/ipc/events';
import { APP_ENTRY_URL, APP_SCHEME } from './app-scheme';
import { serveAppFiles } from './app-protocol';
import { isAppUrl, registerIpc } from './ipc-register';
import { aboutDetail, buildMenu } from './menu';
import { dataPaths } from './paths';
import { lockDownSession } from './security';
import { electronPlatform } from './platform';
import { createMainWindow } from './window';
import { checkDataFileAfterStart } from './damage-watch';

const here = path.dirname(fileURLToPath(import.meta.url));
const isDev = !app.isPackaged;
const rendererDir = path.join(here, '../renderer');
// In development electron-vite serves the page (with hot reload); otherwise it comes from app://.
const appUrl = isDev && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : APP_ENTRY_URL;
const isOwnPage = (url: string) => isAppUrl(url, appUrl);

// Chromium's own words (context menus, date pickers) in Vietnamese whatever language Windows uses.
app.commandLine.appendSwitch('lang', 'vi');

let mainWindow: BrowserWindow | null = null;

// Must happen before 'ready': a standard, secure scheme gets its own origin, so the CSP's 'self' is
// the app's pages and nothing else on the disk.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

if (!app.requestSingleInstanceLock()) {
  // Another window of the app is open: it gets the focus (below) and this process ends.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

/**
 * Opens the data file. A damaged one is offered to be replaced by the newest good backup: the
 * damaged file is then kept under another name, never overwritten. Null when the app must quit.
 */
async function openData(paths: ReturnType<typeof dataPaths>) {
  const open = () => openDatabase(paths.databaseFile, { backupDir: paths.backupDir, appVersion: app.getVersion() });
  try {
    return open();
  } catch (error) {
    const reason = describeOpenFailure(error, paths.databaseFile);
    const damaged = reason.code === 'DB_CORRUPT' || reason.code === 'DB_EMPTY';
    const good = damaged ? await findLatestGoodBackup(paths.backupDir).catch(() => null) : null;
    if (!good && reason.code === 'DB_EMPTY') return startAfresh(paths, reason.message);
    if (!good) {
      dialog.showErrorBox('Không mở được dữ liệu của ứng dụng', reason.message);
      return null;
    }
    const empty = reason.code === 'DB_EMPTY';
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      title: empty ? 'Tệp dữ liệu bị trống' : 'Tệp dữ liệu bị hỏng',
      message: empty ? 'Tệp dữ liệu của ứng dụng trống rỗng (0 byte): mọi ghi chép trong đó không còn.' : 'Tệp dữ liệu của ứng dụng bị hỏng nên không mở được.',
      detail:
        `Bản sao lưu tốt gần nhất được tạo lúc ${formatBackupTime(good.manifest.createdAt)}. ` +
        'Nếu mở bản sao lưu này, những gì ghi sau thời điểm đó sẽ không có. ' +
        'Tệp bị hỏng được giữ lại nguyên vẹn (đổi tên, không ghi đè, không xóa) để cán bộ tin học có thể xem lại.',
      buttons: ['Mở bản sao lưu này', 'Thoát'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    });
    if (response !== 0) return null;
    try {
      await openBackupInstead({ databasePath: paths.databaseFile, attachmentsDir: paths.attachmentsDir }, good, new Date());
      return open();
    } catch (second) {
      dialog.showErrorBox('Không mở được bản sao lưu', describeOpenFailure(second, paths.databaseFile).message);
      return null;
    }
  }
}

/**
 * A data file of 0 bytes and no backup to bring back: nothing is left to save, so the user may
 * start with a new, empty database. The empty file is still kept under another name, so that what
 * happened to it can be looked into.
 */
async function startAfresh(paths: ReturnType<typeof dataPaths>, why: string) {
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: 'Tệp dữ liệu bị trống',
    message: 'Tệp dữ liệu của ứng dụng trống rỗng (0 byte) và chưa có bản sao lưu nào để mở lại.',
    detail: `${why}\n\nCó thể bắt đầu với dữ liệu mới; tệp trống được giữ lại dưới tên khác. Nếu dữ liệu cũ còn ở máy khác hoặc trong tệp "Xuất toàn bộ dữ liệu", hãy thoát và nhập lại từ đó.`,
    buttons: ['Bắt đầu với dữ liệu mới', 'Thoát'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (response !== 0) return null;
  try {
    const keptAs = damagedName(paths.databaseFile, new Date());
    fs.renameSync(paths.databaseFile, keptAs);
    // Whatever journal was left beside it belongs to the empty file, not to the new database.
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(`${paths.databaseFile}${suffix}`)) fs.renameSync(`${paths.databaseFile}${suffix}`, `${keptAs}${suffix}`);
    }
    return openDatabase(paths.databaseFile, { backupDir: paths.backupDir, appVersion: app.getVersion() });
  } catch (error) {
    dialog.showErrorBox('Không mở được dữ liệu của ứng dụng', describeOpenFailure(error, paths.databaseFile).message);
    return null;
  }
}

async function start(): Promise<void> {
  const paths = dataPaths(app.getPath('userData'));
  const opened = await openData(paths);
  if (!opened) {
    app.quit();
    return;
  }
  const ctx: CoreContext = {
    db: opened.db,
    now: () => new Date(),
    appVersion: app.getVersion(),
    databasePath: paths.databaseFile,
    schemaVersion: opened.schemaVersion,
    platform: electronPlatform(() => mainWindow),
    searchIndexInBackground: true,
  };
  const backups = attachBackupService(ctx, { backupRoot: paths.backupDir, open: { appVersion: app.getVersion() } });
  const runtime = startBackupRuntime(ctx, backups);
  // A search index to build (first start after an update…) is built in slices while the window works.
  startSearchIndexing(ctx);
  // On quit: the last backup when anything changed, then the database is closed. Capped, so a
  // stuck USB stick never keeps the app from closing.
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    const cap = new Promise((resolve) => setTimeout(resolve, 30_000));
    void Promise.race([runtime.beforeQuit().catch(() => undefined), cap]).finally(() => app.quit());
  });
  app.on('will-quit', () => {
    runtime.stop();
    if (ctx.db.open) ctx.db.close();
  });

  lockDownSession(session.defaultSession);
  serveAppFiles(protocol, rendererDir);
  const dispatch = createDispatch(ctx, handlers, {
    // Only the channel and the error's name and stack: documents are sensitive and never logged.
    logError: (channel, error) =>
      console.error(`[ipc] ${channel} failed:`, error instanceof Error ? `${error.name}\n${error.stack}` : typeof error),
  });
  registerIpc(ipcMain, dispatch, isOwnPage);

  mainWindow = createMainWindow({
    preloadPath: path.join(here, '../preload/index.cjs'),
    appUrl,
    isAppUrl: isOwnPage,
    onFlushed: (listener) => {
      const handler = (_event: unknown, outcome: unknown) => listener(readFlushOutcome(outcome));
      ipcMain.on(EVENT_CHANNELS.flushed, handler);
      return () => ipcMain.off(EVENT_CHANNELS.flushed, handler);
    },
  });
  const window = mainWindow;
  window.on('closed', () => {
    mainWindow = null;
  });
  // Every page of the file read once, in a worker, while the window opens: damage inside the file
  // that opening it did not touch is told now, not the day a meeting will not open.
  void checkDataFileAfterStart({ databasePath: paths.databaseFile, backupDir: paths.backupDir, backups, window: () => mainWindow });
  Menu.setApplicationMenu(
    buildMenu(window, {
      isDev,
      openDataFolder: () => void shell.openPath(paths.dataDir),
      showAbout: () =>
        void dialog.showMessageBox(window, {
          type: 'info',
          title: 'Giới thiệu',
          message: `Sổ tay Mặt trận — phiên bản ${app.getVersion()}`,
          detail: aboutDetail({ schemaVersion: ctx.schemaVersion, databaseFile: paths.databaseFile }),
          buttons: ['Đóng'],
        }),
    }),
  );
}
