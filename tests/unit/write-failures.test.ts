import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoreContext } from '../../electron/core/context';
import { openDatabase } from '../../electron/core/db/open';
import { DISK_FULL_MESSAGE, FILE_LOCKED_MESSAGE } from '../../electron/core/db/write-errors';
import { createDispatch, settledResult } from '../../electron/core/handlers/dispatch';
import { handlers } from '../../electron/core/handlers';
import { CHANNELS, type RendererApi } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/errors';
import type { MeetingInput } from '../../shared/schemas/meeting';
import { openTestCore, type TestCore } from '../support/core';
import { dumpUserTables } from '../support/db-dump';
import { createMeeting, toInput } from '../support/fixtures';
import { expectFailure } from '../support/results';

/*
 * A save that meets a full disk or a file locked by another program after start-up: said in
 * plain Vietnamese with its own code (never the generic "unexpected error"), nothing half-written,
 * the edit kept on screen and saved by itself once the disk has room or the lock is gone. Writes
 * start with BEGIN IMMEDIATE, so a second writer waits for the first instead of failing.
 */

let core: TestCore | null = null;

function db(): TestCore {
  if (!core) throw new Error('no database open');
  return core;
}

function bridge(): RendererApi {
  const api: Record<string, (input: unknown) => Promise<IpcResult<unknown>>> = {};
  for (const channel of CHANNELS) {
    api[channel] = async (input) => db().dispatchAsync(channel, structuredClone(input));
  }
  return api as unknown as RendererApi;
}
vi.stubGlobal('window', { api: bridge() });
const { useMeetingEditor, SAVE_DEBOUNCE_MS, RETRY_DELAYS_MS } = await import('../../renderer/src/store/meeting-editor');

function meetingInput(id: number): MeetingInput {
  return toInput(db().must('meetings:get', { id }));
}

/** Caps the file at the pages it has now: the next write that needs a new page meets SQLITE_FULL. */
function fillTheDisk(): void {
  const pages = db().ctx.db.pragma('page_count', { simple: true }) as number;
  db().ctx.db.pragma(`max_page_count = ${pages}`);
}

function freeTheDisk(): void {
  db().ctx.db.pragma('max_page_count = 1073741823');
}

const LONG_NOTES = 'Ý kiến thảo luận về công tác vận động quần chúng trong năm. '.repeat(300);

beforeEach(() => {
  core = openTestCore();
});
afterEach(() => {
  core?.close();
  core = null;
});

describe('a full disk during a save (SQLITE_FULL)', () => {
  it('is answered DISK_FULL with "Ổ đĩa đã đầy…", nothing written; the same save passes once there is room', () => {
    const id = createMeeting(db());
    const before = dumpUserTables(db().ctx.db);
    fillTheDisk();
    const edit = { ...meetingInput(id), notes: LONG_NOTES };
    const message = expectFailure(db().dispatch('meetings:save', edit), 'DISK_FULL');
    expect(message).toBe(DISK_FULL_MESSAGE);
    expect(message).toMatch(/^Ổ đĩa đã đầy/);
    expect(dumpUserTables(db().ctx.db)).toEqual(before);

    freeTheDisk();
    expect(db().dispatch('meetings:save', edit).ok).toBe(true);
    expect(db().must('meetings:get', { id }).notes).toBe(LONG_NOTES.trim());
  });

  it('the meeting page keeps the edit, says why, and saves it by itself once the disk has room', async () => {
    vi.useFakeTimers();
    try {
      const id = createMeeting(db());
      await useMeetingEditor.getState().load(id);
      fillTheDisk();
      useMeetingEditor.getState().update((m) => ({ ...m, notes: LONG_NOTES }));
      await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
      const state = useMeetingEditor.getState();
      expect(state.saveState).toBe('retrying');
      expect(state.saveError).toBe(DISK_FULL_MESSAGE);
      expect(state.record?.notes).toBe(LONG_NOTES);
      expect(state.hasUnsaved()).toBe(true);

      freeTheDisk();
      await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]);
      expect(useMeetingEditor.getState().saveState).toBe('saved');
      expect(db().must('meetings:get', { id }).notes).toBe(LONG_NOTES.trim());
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a lock taken by another program after start-up (SQLITE_BUSY)', () => {
  /** The app's connection with a short busy timeout, so the test does not wait 3 s. */
  function impatientDispatch() {
    const opened = openDatabase(db().file, { busyTimeoutMs: 150 });
    const ctx: CoreContext = { db: opened.db, now: () => new Date('2026-03-10T09:00:00'), appVersion: 'test', databasePath: db().file, schemaVersion: opened.schemaVersion };
    const dispatch = createDispatch(ctx, handlers);
    return { call: (channel: string, input: unknown) => settledResult(dispatch(channel, input)), close: () => opened.db.close() };
  }

  it('is answered DB_LOCKED with "Tệp dữ liệu đang bị chương trình khác khóa…", and passes once the lock is gone', () => {
    const id = createMeeting(db());
    const app = impatientDispatch();
    const other = new Database(db().file);
    try {
      other.exec('BEGIN IMMEDIATE');
      const edit = { ...meetingInput(id), place: 'Hội trường tầng 3' };
      const message = expectFailure(app.call('meetings:save', edit), 'DB_LOCKED');
      expect(message).toBe(FILE_LOCKED_MESSAGE);
      expect(message).toMatch(/^Tệp dữ liệu đang bị chương trình khác khóa/);
      other.exec('ROLLBACK');
      expect(app.call('meetings:save', edit).ok).toBe(true);
      expect(db().must('meetings:get', { id }).place).toBe('Hội trường tầng 3');
    } finally {
      if (other.inTransaction) other.exec('ROLLBACK');
      other.close();
      app.close();
    }
  });

  it('the meeting page keeps the edit while the file is locked and saves it once the lock is gone', async () => {
    const id = createMeeting(db());
    const other = new Database(db().file);
    vi.useFakeTimers();
    try {
      await useMeetingEditor.getState().load(id);
      db().ctx.db.pragma('busy_timeout = 0');
      other.exec('BEGIN IMMEDIATE');
      useMeetingEditor.getState().update((m) => ({ ...m, place: 'Nhà văn hóa khu 5' }));
      await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
      expect(useMeetingEditor.getState().saveState).toBe('retrying');
      expect(useMeetingEditor.getState().saveError).toBe(FILE_LOCKED_MESSAGE);
      expect(useMeetingEditor.getState().record?.place).toBe('Nhà văn hóa khu 5');

      other.exec('ROLLBACK');
      await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]);
      expect(useMeetingEditor.getState().saveState).toBe('saved');
      expect(db().must('meetings:get', { id }).place).toBe('Nhà văn hóa khu 5');
    } finally {
      vi.useRealTimers();
      if (other.inTransaction) other.exec('ROLLBACK');
      other.close();
    }
  });
});

/**
 * Another process that takes the write lock, says LOCKED, keeps it `holdMs`, writes a row and
 * commits. Plain better-sqlite3, as a second window or the command line would.
 */
function otherWriter(file: string, holdMs: number): { child: ChildProcess; locked: Promise<void>; done: Promise<number | null> } {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1], { timeout: 5000 });
    db.exec('BEGIN IMMEDIATE');
    db.prepare("INSERT INTO change_log (at, table_name, row_key, row_uuid, operation, fields) VALUES (?, 'meetings', '0', NULL, 'update', '[]')").run(new Date().toISOString());
    process.stdout.write('LOCKED\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[2]));
    db.exec('COMMIT');
    db.close();
  `;
  const child = spawn(process.execPath, ['-e', script, file, String(holdMs)], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('LOCKED')) resolve();
    });
    child.on('exit', () => reject(new Error('the other writer ended before taking the lock')));
  });
  const done = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, locked, done };
}

describe('two connections writing at once', () => {
  it('a save made while another process holds the write lock waits for it and succeeds (BEGIN IMMEDIATE)', async () => {
    const id = createMeeting(db());
    const edit = { ...meetingInput(id), place: 'Hội trường Ủy ban' };
    const other = otherWriter(db().file, 400);
    await other.locked;
    // A deferred transaction would read first, then fail at its first write (SQLITE_BUSY: the
    // lock cannot be waited for over a read snapshot). IMMEDIATE waits at BEGIN, within the busy timeout.
    const result = db().dispatch('meetings:save', edit);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(await other.done).toBe(0);
    expect(db().must('meetings:get', { id }).place).toBe('Hội trường Ủy ban');
    const logged = db().ctx.db.prepare("SELECT count(*) AS n FROM change_log WHERE table_name = 'meetings' AND row_key = '0'").get() as { n: number };
    expect(logged.n).toBe(1);
  });

  it('every write of the app takes the write lock before its first read', () => {
    const id = createMeeting(db());
    const statements: string[] = [];
    const original = db().ctx.db.transaction.bind(db().ctx.db);
    // Which kind of transaction each write asks for, read off better-sqlite3's own API.
    const spy = vi.spyOn(db().ctx.db, 'transaction').mockImplementation(((fn: (...args: unknown[]) => unknown) => {
      const wrapped = original(fn);
      const record = (kind: string) => (...args: unknown[]) => {
        statements.push(kind);
        return (wrapped as unknown as Record<string, (...a: unknown[]) => unknown>)[kind]!(...args);
      };
      const plain = (...args: unknown[]) => {
        statements.push('deferred');
        return wrapped(...args);
      };
      return Object.assign(plain, { deferred: record('deferred'), immediate: record('immediate'), exclusive: record('exclusive'), default: plain });
    }) as never);
    try {
      db().must('meetings:save', { ...meetingInput(id), place: 'Hội trường B' });
      db().must('organisations:save', { name: 'Hội Cựu chiến binh', kind: 'to_chuc_thanh_vien' });
      db().must('people:save', { fullName: 'Trần Văn Bình' });
    } finally {
      spy.mockRestore();
    }
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((kind) => kind !== 'immediate')).toEqual([]);
  });
});
