import { z } from 'zod';
import { contract, type Channel } from '../../../shared/ipc/contract';
// Vietnamese for zod's own messages, the same in the renderer (see shared/schemas/messages.ts).
import '../../../shared/schemas/messages';
import { INTERNAL_ERROR_MESSAGE, type IpcResult } from '../../../shared/ipc/errors';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { describeWriteFailure } from '../db/write-errors';
import type { Handlers } from './index';

/** Most channels answer at once; a few (Word export) answer with a promise. */
export type DispatchResult = IpcResult<unknown> | Promise<IpcResult<unknown>>;
export type Dispatch = (channel: string, rawInput: unknown) => DispatchResult;

/** For callers that only use channels answering at once (demo data, benchmark, unit tests). */
export function settledResult(result: DispatchResult): IpcResult<unknown> {
  if (result instanceof Promise) throw new Error('This channel answers asynchronously; await it.');
  return result;
}

export interface DispatchOptions {
  /** Where unexpected errors go. Only the error's name and stack are passed: never the user's data. */
  logError?: (channel: string, error: unknown) => void;
}

/** When the input cannot even be checked. Nothing was written. */
export const UNCHECKABLE_INPUT_MESSAGE =
  'Dữ liệu gửi lên có cấu trúc không đọc được (lồng nhau quá sâu hoặc hỏng), nên chưa được lưu. Dữ liệu đã lưu trước đó vẫn an toàn.';

function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export function formatValidationError(error: z.ZodError): string {
  const messages = [...new Set(error.issues.map((issue) => issue.message))];
  const shown = messages.slice(0, 3).join(' ');
  return messages.length > 3 ? `${shown} (và ${messages.length - 3} lỗi khác)` : shown;
}

/**
 * The single entry point for every IPC call (Electron's and the e2e bridge's alike):
 * validates the input against the contract, runs the handler, and turns every failure into
 * `{ code, message }` with a Vietnamese message. Invalid input never reaches a handler.
 */
export function createDispatch(ctx: CoreContext, table: Handlers, options: DispatchOptions = {}): Dispatch {
  return (channelName, rawInput) => {
    if (!isChannel(channelName)) {
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Yêu cầu không hợp lệ.' } };
    }
    const fail = (error: unknown): IpcResult<never> => {
      if (error instanceof AppError) return { ok: false, error: error.toShape() };
      options.logError?.(channelName, error);
      // A full disk or a lock taken by another program after start-up: said as such, and retried by the renderer.
      const passing = describeWriteFailure(error);
      if (passing) return { ok: false, error: passing.toShape() };
      return { ok: false, error: { code: 'INTERNAL', message: INTERNAL_ERROR_MESSAGE } };
    };
    // Validation runs inside the boundary too: an input that makes the check itself throw (a
    // getter that throws, a structure no schema foresaw) is refused in Vietnamese, never thrown.
    let parsed: z.ZodSafeParseResult<unknown>;
    try {
      parsed = contract[channelName].input.safeParse(rawInput);
    } catch (error) {
      options.logError?.(channelName, error);
      return { ok: false, error: { code: 'VALIDATION', message: UNCHECKABLE_INPUT_MESSAGE } };
    }
    if (!parsed.success) {
      return { ok: false, error: { code: 'VALIDATION', message: formatValidationError(parsed.error) } };
    }
    try {
      const handler = table[channelName] as (ctx: CoreContext, input: unknown) => unknown;
      const data = handler(ctx, parsed.data);
      if (data instanceof Promise) return data.then((value: unknown) => ({ ok: true as const, data: value }), fail);
      return { ok: true, data };
    } catch (error) {
      return fail(error);
    }
  };
}
