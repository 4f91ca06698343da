// A stand-in for the `electron` module that records what the main process asks of it, so the built
// out/main/index.js can be executed in plain Node. When the app has started (or quit), it exercises
// what was registered — the app:// handler, an IPC channel from a trusted and an untrusted frame —
// and writes everything to the JSON file named by FAKE_ELECTRON_REPORT, then ends the process.
import fs from 'node:fs';
import path from 'node:path';

const userData = process.env.FAKE_ELECTRON_USER_DATA;
const reportFile = process.env.FAKE_ELECTRON_REPORT;
if (!userData || !reportFile) throw new Error('FAKE_ELECTRON_USER_DATA and FAKE_ELECTRON_REPORT must be set');

const record = {
  switches: [],
  privilegedSchemes: [],
  protocolHandlers: [],
  permissionHandlers: [],
  ipcChannels: [],
  ipcListeners: [],
  windows: [],
  menu: null,
  errorBoxes: [],
  messageBoxes: [],
  quitCalls: 0,
  appEvents: [],
  protocolResponses: [],
  ipcCalls: [],
};
const appListeners = new Map();
const ipcHandlers = new Map();
const protocolHandlers = new Map();
const menuClicks = new Map();

function on(map, event, listener) {
  if (!map.has(event)) map.set(event, []);
  map.get(event).push(listener);
}

export const app = {
  isPackaged: true,
  commandLine: { appendSwitch: (name, value) => record.switches.push([name, value ?? null]) },
  requestSingleInstanceLock: () => true,
  on(event, listener) {
    record.appEvents.push(event);
    on(appListeners, event, listener);
    return app;
  },
  // Start-up may wait on a dialog or a restore (a damaged file): the report is made once a window
  // exists or quit was asked for.
  whenReady: () =>
    new Promise((resolve) =>
      setTimeout(() => {
        resolve();
        const settled = () => {
          // A test of what happens after the window opens (the check of the data file) asks for longer.
          if (record.windows.length > 0 || record.quitCalls > 0) setTimeout(finish, Number(process.env.FAKE_ELECTRON_SETTLE_MS ?? 200));
          else setTimeout(settled, 20);
        };
        settled();
      }, 5),
    ),
  getPath(name) {
    if (name === 'userData') return userData;
    return path.join(userData, `_${name}`);
  },
  getVersion: () => JSON.parse(fs.readFileSync(path.resolve('package.json'), 'utf8')).version,
  getAppPath: () => path.resolve('.'),
  quit() {
    record.quitCalls += 1;
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    record.privilegedSchemes.push(...schemes);
  },
  handle(scheme, handler) {
    record.protocolHandlers.push(scheme);
    protocolHandlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler) {
      let granted = null;
      handler(null, 'media', (answer) => (granted = answer));
      record.permissionHandlers.push({ kind: 'request', grantsMedia: granted });
    },
    setPermissionCheckHandler(handler) {
      record.permissionHandlers.push({ kind: 'check', grantsNotifications: handler(null, 'notifications') });
    },
  },
};

export const ipcMain = {
  handle(channel, listener) {
    if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
    record.ipcChannels.push(channel);
    ipcHandlers.set(channel, listener);
  },
  on(channel) {
    record.ipcListeners.push(channel);
  },
  off() {},
};

class FakeWebContents {
  constructor(owner) {
    this.owner = owner;
  }
  setWindowOpenHandler(handler) {
    this.owner.recorded.windowOpen = handler({ url: 'https://example.com/' }).action;
  }
  on(event) {
    this.owner.recorded.webContentsEvents.push(event);
  }
  send(channel) {
    this.owner.recorded.sent.push(channel);
  }
  isCrashed() {
    return false;
  }
  reload() {
    this.owner.recorded.reloads = (this.owner.recorded.reloads ?? 0) + 1;
  }
}

export class BrowserWindow {
  static all = [];
  static getAllWindows() {
    return BrowserWindow.all;
  }
  constructor(options) {
    this.recorded = { options, loadedUrl: null, events: [], webContentsEvents: [], sent: [], windowOpen: null };
    this.webContents = new FakeWebContents(this);
    record.windows.push(this.recorded);
    BrowserWindow.all.push(this);
  }
  loadURL(url) {
    this.recorded.loadedUrl = url;
    return Promise.resolve();
  }
  loadFile(file) {
    this.recorded.loadedUrl = `loadFile:${file}`;
    return Promise.resolve();
  }
  on(event) {
    this.recorded.events.push(event);
    return this;
  }
  once(event) {
    this.recorded.events.push(`once:${event}`);
    return this;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  close() {}
}

function describeMenu(items) {
  for (const item of items) if (item.label && typeof item.click === 'function') menuClicks.set(item.label, item.click);
  return items.map((item) => ({
    label: item.label ?? null,
    role: item.role ?? null,
    type: item.type ?? null,
    accelerator: item.accelerator ?? null,
    submenu: Array.isArray(item.submenu) ? describeMenu(item.submenu) : null,
  }));
}

export const Menu = {
  buildFromTemplate: (template) => ({ template: describeMenu(template) }),
  setApplicationMenu(menu) {
    record.menu = menu.template;
  },
};

export const dialog = {
  showErrorBox(title, content) {
    record.errorBoxes.push({ title, content });
  },
  async showMessageBox(...args) {
    const options = args.length > 1 ? args[1] : args[0];
    record.messageBoxes.push({ title: options.title ?? null, message: options.message, detail: options.detail ?? null });
    return { response: 0 };
  },
  showMessageBoxSync: () => 0,
  showSaveDialog: async () => ({ canceled: true }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
};

export const shell = {
  openPath: async () => '',
  showItemInFolder() {},
};

export const screen = { getAllDisplays: () => [] };
export const contextBridge = { exposeInMainWorld() {} };
export const ipcRenderer = { invoke() {}, on() {}, off() {}, send() {} };

export default { app, protocol, session, ipcMain, BrowserWindow, Menu, dialog, shell, screen };

async function exercise() {
  menuClicks.get('Giới thiệu')?.();
  const appUrl = record.windows[0]?.loadedUrl ?? null;
  const handler = protocolHandlers.get('app');
  if (handler) {
    for (const url of ['app://bundle/index.html', 'app://bundle/../../package.json', 'app://bundle/nothing-here.js']) {
      const response = await handler(new Request(url));
      record.protocolResponses.push({
        url,
        status: response.status,
        contentType: response.headers.get('content-type'),
        csp: response.headers.get('content-security-policy'),
        bodyStart: (await response.text()).slice(0, 200),
      });
    }
  }
  const info = ipcHandlers.get('app:info');
  if (info && appUrl) {
    record.ipcCalls.push({ from: appUrl, result: await info({ senderFrame: { url: appUrl } }, undefined) });
    record.ipcCalls.push({
      from: 'file:///tmp/evil.html',
      result: await info({ senderFrame: { url: 'file:///tmp/evil.html' } }, undefined),
    });
  }
}

// After start-up has run: exercise, report, then close like Electron would (will-quit listeners
// close the database). A main process that never asks for 'ready' is reported after 20 s.
let finished = false;
async function finish() {
  if (finished) return;
  finished = true;
  try {
    await exercise();
  } catch (error) {
    record.exerciseError = String(error?.stack ?? error);
  }
  for (const listener of appListeners.get('will-quit') ?? []) listener({ preventDefault() {} });
  fs.writeFileSync(reportFile, JSON.stringify(record, null, 2));
  process.exit(0);
}
setTimeout(finish, 20_000).unref();
