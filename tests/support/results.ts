import { expect } from 'vitest';
import type { ErrorCode, IpcResult } from '../../shared/ipc/errors';
import { expectVietnameseMessage } from './vietnamese';

/** Asserts the call failed with `code` and a Vietnamese message; returns the message. */
export function expectFailure<T>(result: IpcResult<T>, code: ErrorCode): string {
  if (result.ok) throw new Error(`expected failure ${code}, got success: ${JSON.stringify(result.data)}`);
  expect(result.error.code, result.error.message).toBe(code);
  expectVietnameseMessage(result.error.message);
  return result.error.message;
}
