import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CoreContext } from '../../electron/core/context';
import { openDatabase } from '../../electron/core/db/open';
import { createDispatch, settledResult, type Dispatch } from '../../electron/core/handlers/dispatch';
import { handlers } from '../../electron/core/handlers';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/errors';

/** A fresh folder under the system temp dir, removed by `cleanup`. */
export function makeTempDir(prefix = 'mttq-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestCore {
  ctx: CoreContext;
  /** The real dispatcher, for channels that answer at once (all but the Word export). */
  dispatch: (channel: string, rawInput: unknown) => IpcResult<unknown>;
  /** The real dispatcher as it is: may answer with a promise. */
  dispatchAsync: Dispatch;
  /** Typed call that awaits channels answering asynchronously. */
  callAsync<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>>;
  /** Typed call through the real dispatcher (validation included). */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): IpcResult<ChannelOutput<C>>;
  /** Like `call`, but throws if the call failed: for arranging a test. */
  must<C extends Channel>(channel: C, input: ChannelInput<C>): ChannelOutput<C>;
  setNow(date: Date): void;
  dir: string;
  file: string;
  close(): void;
}

/** Opens a real database file in a temp folder with the real migrations and handler table. */
export function openTestCore(options: { now?: Date; file?: string } = {}): TestCore {
  const dir = options.file ? path.dirname(options.file) : makeTempDir();
  const file = options.file ?? path.join(dir, 'du-lieu.sqlite3');
  let now = options.now ?? new Date('2026-03-10T09:00:00');
  const opened = openDatabase(file);
  const ctx: CoreContext = {
    db: opened.db,
    now: () => now,
    appVersion: '0.0.0-test',
    databasePath: file,
    schemaVersion: opened.schemaVersion,
  };
  const dispatchAsync = createDispatch(ctx, handlers);
  const dispatch = (channel: string, input: unknown) => settledResult(dispatchAsync(channel, input));
  const call = <C extends Channel>(channel: C, input: ChannelInput<C>) =>
    dispatch(channel, input) as IpcResult<ChannelOutput<C>>;
  return {
    ctx,
    dispatch,
    dispatchAsync,
    async callAsync(channel, input) {
      return (await dispatchAsync(channel, input)) as IpcResult<ChannelOutput<typeof channel>>;
    },
    call,
    must(channel, input) {
      const result = call(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.data;
    },
    setNow(date) {
      now = date;
    },
    dir,
    file,
    close() {
      if (opened.db.open) opened.db.close();
      if (!options.file) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
