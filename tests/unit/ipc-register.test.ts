import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../electron/main/app-scheme';
import { isAppUrl, registerIpc, type IpcMainLike, type IpcSenderEvent } from '../../electron/main/ipc-register';
import type { Dispatch } from '../../electron/core/handlers/dispatch';
import { CHANNELS, type Channel } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/errors';
import { openTestCore, type TestCore } from '../support/core';
import { dumpUserTables } from '../support/db-dump';
import { expectFailure } from '../support/results';

type Listener = (event: IpcSenderEvent, input: unknown) => unknown;

/** Stands in for Electron's ipcMain: records handlers and, like Electron, refuses a second one per channel. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handleCalls = 0;

  handle(channel: string, listener: Listener): void {
    this.handleCalls += 1;
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  /** What `ipcRenderer.invoke(channel, input)` from a frame at `frameUrl` would get back. */
  invoke(channel: Channel, frame: { url: string } | null, input?: unknown): IpcResult<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: frame }, input) as IpcResult<unknown>;
  }
}

const BUILT_INDEX = path.resolve('/opt/so-tay-mat-tran/resources/app.asar/out/renderer/index.html');
const FILE_URL = pathToFileURL(BUILT_INDEX).href;
const APP_URL = APP_ENTRY_URL;
const DEV_APP_URL = 'http://localhost:5173/';

let core: TestCore | undefined;
afterEach(() => {
  core?.close();
  core = undefined;
});

/** The real dispatcher, wrapped only to count how often it is reached. */
function countingDispatch(inner: Dispatch): { dispatch: Dispatch; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    dispatch: (channel, input) => {
      calls.push(channel);
      return inner(channel, input);
    },
  };
}

function setUp() {
  core = openTestCore();
  const ipcMain = new FakeIpcMain();
  const counted = countingDispatch(core.dispatch);
  const trustedUrls: string[] = [];
  registerIpc(ipcMain, counted.dispatch, (url) => {
    trustedUrls.push(url);
    return isAppUrl(url, APP_URL);
  });
  return { core, ipcMain, calls: counted.calls, checkedUrls: trustedUrls };
}

/** An input that records every property read: a refused call must not even look at it. */
function watchedInput(): { input: object; reads: string[] } {
  const reads: string[] = [];
  const input = new Proxy(
    { title: 'Hội nghị do khung lạ gửi', kind: 'tong_ket', startAt: '2026-01-05T08:00' },
    {
      get(target, key, receiver) {
        reads.push(String(key));
        return Reflect.get(target, key, receiver) as unknown;
      },
      ownKeys(target) {
        reads.push('(keys)');
        return Reflect.ownKeys(target);
      },
    },
  );
  return { input, reads };
}

describe('registerIpc', () => {
  it('registers exactly one handler per contract channel', () => {
    const { ipcMain } = setUp();
    expect(CHANNELS.length).toBeGreaterThan(0);
    expect(ipcMain.handleCalls).toBe(CHANNELS.length);
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('passes a call from the app page to the real dispatcher', () => {
    const { ipcMain, calls, core: c } = setUp();
    const profile = ipcMain.invoke('profile:get', { url: APP_URL });
    expect(profile).toEqual({ ok: true, data: null });

    const created = ipcMain.invoke('meetings:create', { url: `${APP_URL}#/meetings` }, {
      title: 'Hội nghị tổng kết năm 2025',
      kind: 'tong_ket',
      startAt: '2026-01-05T08:00',
    });
    expect(created.ok).toBe(true);
    expect(calls).toEqual(['profile:get', 'meetings:create']);
    expect(c.must('meetings:list', {}).total).toBe(1);
  });

  it('lets the dispatcher validate input from the app page (a refusal there is a validation error)', () => {
    const { ipcMain, calls } = setUp();
    const result = ipcMain.invoke('meetings:create', { url: APP_URL }, { title: '' });
    expectFailure(result, 'VALIDATION');
    expect(calls).toEqual(['meetings:create']);
  });

  it.each([
    ['another local file', pathToFileURL(path.resolve('/tmp/trang-la.html')).href],
    ['a web page', 'https://example.com/'],
    ['the dev server origin while running the built app', DEV_APP_URL],
    ['an empty url (frame already gone)', ''],
    ['about:blank (a fresh iframe)', 'about:blank'],
  ])('refuses a call from %s and never runs the handler', (_label, url) => {
    const { ipcMain, calls, core: c } = setUp();
    const before = dumpUserTables(c.ctx.db);
    const { input, reads } = watchedInput();

    const result = ipcMain.invoke('meetings:create', { url }, input);

    const message = expectFailure(result, 'UNKNOWN_CHANNEL');
    expect(message).toMatch(/từ chối/);
    expect(calls).toEqual([]);
    expect(reads).toEqual([]);
    expect(dumpUserTables(c.ctx.db)).toEqual(before);
    expect(c.must('meetings:list', {}).total).toBe(0);
  });

  it('refuses a call whose sender frame is null (destroyed or navigated away)', () => {
    const { ipcMain, calls, core: c, checkedUrls } = setUp();
    const before = dumpUserTables(c.ctx.db);
    const { input, reads } = watchedInput();

    const result = ipcMain.invoke('meetings:create', null, input);

    expectFailure(result, 'UNKNOWN_CHANNEL');
    expect(checkedUrls).toEqual(['']);
    expect(calls).toEqual([]);
    expect(reads).toEqual([]);
    expect(dumpUserTables(c.ctx.db)).toEqual(before);
  });

  it('checks the sender on every channel, reads included', () => {
    const { ipcMain, calls } = setUp();
    for (const channel of CHANNELS) {
      expectFailure(ipcMain.invoke(channel, { url: 'https://example.com/' }), 'UNKNOWN_CHANNEL');
    }
    expect(calls).toEqual([]);
  });
});

describe('isAppUrl with the app:// page of the installed app', () => {
  it('trusts the page itself, with a query or a hash route, and its other files', () => {
    expect(isAppUrl(APP_URL, APP_URL)).toBe(true);
    expect(isAppUrl(`${APP_URL}#/meetings/12`, APP_URL)).toBe(true);
    expect(isAppUrl(`${APP_URL}?lan=1#/`, APP_URL)).toBe(true);
    expect(isAppUrl('app://bundle/', APP_URL)).toBe(true);
  });

  it('does not trust another host of the same scheme (every non-web URL has the origin "null")', () => {
    expect(new URL('app://khac/index.html').origin).toBe(new URL(APP_URL).origin);
    expect(isAppUrl('app://khac/index.html', APP_URL)).toBe(false);
    expect(isAppUrl('app:///index.html', APP_URL)).toBe(false);
    expect(isAppUrl('app://bundle.example.com/index.html', APP_URL)).toBe(false);
  });

  it('never trusts a local file, even the built page itself', () => {
    expect(isAppUrl(FILE_URL, APP_URL)).toBe(false);
    expect(isAppUrl(FILE_URL, FILE_URL)).toBe(false);
    expect(isAppUrl(pathToFileURL(path.resolve('/tmp/index.html')).href, APP_URL)).toBe(false);
  });

  it('does not trust a web page whose host or path matches the app page', () => {
    expect(isAppUrl('https://bundle/index.html', APP_URL)).toBe(false);
    expect(isAppUrl('http://bundle/index.html', APP_URL)).toBe(false);
    expect(isAppUrl('http://localhost:5173/index.html', APP_URL)).toBe(false);
  });

  it.each(['', 'index.html', 'not a url', '://', 'about:blank', 'javascript:alert(1)', 'data:text/html,<b>x</b>'])(
    'does not trust %j',
    (garbage) => {
      expect(isAppUrl(garbage, APP_URL)).toBe(false);
    },
  );

  it('does not trust anything when the app url itself is unreadable', () => {
    expect(isAppUrl(APP_URL, 'not a url')).toBe(false);
  });
});

describe('isAppUrl with the dev server', () => {
  it('trusts any page of the dev server origin', () => {
    expect(isAppUrl('http://localhost:5173/', DEV_APP_URL)).toBe(true);
    expect(isAppUrl('http://localhost:5173/#/meetings/3', DEV_APP_URL)).toBe(true);
    expect(isAppUrl('http://localhost:5173/index.html?x=1', DEV_APP_URL)).toBe(true);
  });

  it.each([
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://127.0.0.1:5173/',
    'http://localhost/',
    'http://localhost:5173.example.com/',
    'http://example.com/',
    'https://example.com:5173/',
    'ws://localhost:5173/',
  ])('does not trust %s', (url) => {
    expect(isAppUrl(url, DEV_APP_URL)).toBe(false);
  });

  it('does not trust a local file or the app:// page while running from the dev server', () => {
    expect(isAppUrl(FILE_URL, DEV_APP_URL)).toBe(false);
    expect(isAppUrl(APP_URL, DEV_APP_URL)).toBe(false);
  });

  it.each(['', 'garbage', 'http//localhost:5173', 'localhost:5173'])('does not trust %j', (garbage) => {
    expect(isAppUrl(garbage, DEV_APP_URL)).toBe(false);
  });
});
