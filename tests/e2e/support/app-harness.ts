/**
 * Runs the built renderer in Debian's Chromium with `window.api` wired to the real handler
 * table over a real database file. The page cannot tell this bridge from Electron's preload:
 * both expose one method per contract channel and hand the raw input to the same dispatcher.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { CoreContext, Platform } from '../../../electron/core/context';
import { openDatabase } from '../../../electron/core/db/open';
import { createDispatch } from '../../../electron/core/handlers/dispatch';
import { handlers } from '../../../electron/core/handlers';
import { CHANNELS } from '../../../shared/ipc/contract';
import type { FlushOutcome, MenuCommand } from '../../../shared/ipc/events';
import { attachBackupService } from '../../../electron/core/backup/for-context';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const RENDERER_DIR = path.join(ROOT, 'out', 'renderer');
/**
 * A made-up origin: requests to it are answered from out/renderer, nothing touches the network.
 * HTTPS so that the page is a secure context, as Electron's file:// page is (crypto.randomUUID needs it).
 */
export const APP_ORIGIN = 'https://app.mttq.invalid';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--lang=vi-VN',
];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * The page-side half of the bridge, as source text: a function passed to Playwright would be
 * serialised after the TypeScript loader has rewritten it (helpers such as __name), which the
 * page does not have.
 */
function bridgeScript(channels: readonly string[]): string {
  return `(() => {
  const channels = ${JSON.stringify(channels)};
  // Looked up per call: the binding is installed alongside, not necessarily before, this script.
  const invoke = (channel, input) => window.__mttqInvoke(channel, input);
  const api = {};
  for (const channel of channels) api[channel] = (input) => invoke(channel, input);
  const flushListeners = [];
  const menuListeners = [];
  window.api = api;
  window.appEvents = {
    onMenuCommand: (listener) => {
      menuListeners.push(listener);
      return () => menuListeners.splice(menuListeners.indexOf(listener), 1);
    },
    onFlushRequest: (listener) => {
      flushListeners.push(listener);
      return () => flushListeners.splice(flushListeners.indexOf(listener), 1);
    },
  };
  window.__mttqFlush = () => Promise.all(flushListeners.map((listener) => listener()));
  // What clicking an item of the app's menu does in Electron: the main process sends the command.
  window.__mttqMenu = (command) => menuListeners.forEach((listener) => listener(command));
})();`;
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` first.');
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export interface AppSession {
  page: Page;
  core: CoreContext;
  databaseFile: string;
  /** Lets the page write pending edits, as Electron asks before closing the window. */
  flush(): Promise<FlushOutcome[]>;
  /** Clicks an item of the app's menu (Electron sends the command to the page). */
  menu(command: MenuCommand): Promise<void>;
  close(): Promise<void>;
}

/**
 * Stands in for the native save dialog and the file manager, as Joplin's tests replace
 * dialog.showSaveDialog: a test says which path the "user" picks, or null to cancel.
 */
export class TestPlatform implements Platform {
  nextSavePath: string | null = null;
  readonly offeredNames: string[] = [];
  readonly shownFiles: string[] = [];

  async chooseSavePath(defaultFileName: string): Promise<string | null> {
    this.offeredNames.push(defaultFileName);
    return this.nextSavePath;
  }

  showInFolder(filePath: string): void {
    this.shownFiles.push(filePath);
  }

  /** The paths the "user" picks in the next open dialog; empty means cancel. */
  nextOpenFiles: string[] = [];
  readonly openedFiles: string[] = [];

  async chooseOpenFiles(): Promise<string[]> {
    return this.nextOpenFiles;
  }

  /** The package the "user" picks in the next "Nhận gói" dialog; null means cancel. */
  nextOpenPackage: string | null = null;

  async chooseOpenPackage(): Promise<string | null> {
    return this.nextOpenPackage;
  }

  async openFile(filePath: string): Promise<void> {
    this.openedFiles.push(filePath);
  }

  /** The folder, backup file and export path the "user" picks next; null means cancel. */
  nextFolder: string | null = null;
  nextBackupFile: string | null = null;
  nextExportPath: string | null = null;

  async chooseFolder(): Promise<string | null> {
    return this.nextFolder;
  }

  async chooseBackupFile(): Promise<string | null> {
    return this.nextBackupFile;
  }

  async chooseExportPath(): Promise<string | null> {
    return this.nextExportPath;
  }
}

export interface OpenAppOptions {
  databaseFile: string;
  /** The clock the handlers see (the renderer keeps the browser's). */
  now?: () => Date;
  viewport?: { width: number; height: number };
  platform?: Platform;
}

/** Opens the app on `databaseFile` in a new browser context, like starting the desktop app. */
export async function openApp(browser: Browser, options: OpenAppOptions): Promise<AppSession> {
  const opened = openDatabase(options.databaseFile);
  const core: CoreContext = {
    db: opened.db,
    now: options.now ?? (() => new Date()),
    appVersion: '0.1.0-e2e',
    databasePath: options.databaseFile,
    schemaVersion: opened.schemaVersion,
    platform: options.platform ?? new TestPlatform(),
    // As in the app: the search index is built in the background, searches never wait for it.
    searchIndexInBackground: true,
  };
  // Backups beside the database, as in the app (a restore swaps core.db under the same context).
  attachBackupService(core);
  const dispatch = createDispatch(core, handlers, {
    logError: (channel, error) => console.error(`[e2e ipc] ${channel}`, error),
  });
  const context: BrowserContext = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 860 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  await context.route(`${APP_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = path.resolve(RENDERER_DIR, relative);
    if (!file.startsWith(RENDERER_DIR) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      status: 200,
      body: fs.readFileSync(file),
      headers: { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' },
    });
  });
  // Anything else (there should be nothing) is refused rather than sent to the network.
  await context.route(/^(?!https:\/\/app\.mttq\.invalid\/)/, (route) => route.abort());
  await context.exposeBinding('__mttqInvoke', (_source, channel: string, input: unknown) => dispatch(channel, input));
  await context.addInitScript({ content: bridgeScript(CHANNELS) });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(`${APP_ORIGIN}/index.html`);
  return {
    page,
    core,
    databaseFile: options.databaseFile,
    async flush() {
      return page.evaluate(() => (window as unknown as { __mttqFlush: () => Promise<FlushOutcome[]> }).__mttqFlush());
    },
    async menu(command) {
      await page.evaluate((name) => (window as unknown as { __mttqMenu: (c: string) => void }).__mttqMenu(name), command);
    },
    async close() {
      await context.close();
      if (core.db.open) core.db.close();
      if (consoleErrors.length > 0) throw new Error(`Lỗi trong trang: ${consoleErrors.join('\n')}`);
    },
  };
}
