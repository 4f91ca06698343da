import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCloseGuard, type CloseGuard } from '../../electron/main/close-guard';
import type { FlushOutcome } from '../../shared/ipc/events';

/*
 * The window's close logic (electron/main/close-guard.ts) with a page that answers when the
 * test says, as a page whose save is waiting for a lock would. Only the timers are fake.
 */

let answer: ((outcome: FlushOutcome) => void) | null;
let flushRequests: number;
let closed: number;
let unsavedQuestions: string[];
let savingQuestions: AbortSignal[];
let replyUnsaved: (closeAnyway: boolean) => void;
let replySaving: (closeAnyway: boolean) => void;
let guard: CloseGuard;

beforeEach(() => {
  vi.useFakeTimers();
  answer = null;
  flushRequests = 0;
  closed = 0;
  unsavedQuestions = [];
  savingQuestions = [];
  guard = createCloseGuard({
    requestFlush: () => {
      flushRequests += 1;
    },
    onFlushed: (listener) => {
      answer = listener;
      return () => {
        answer = null;
      };
    },
    askCloseWithUnsaved: (unsaved) =>
      new Promise((resolve) => {
        unsavedQuestions.push(unsaved);
        replyUnsaved = resolve;
      }),
    askCloseWhileSaving: (signal) =>
      new Promise((resolve) => {
        savingQuestions.push(signal);
        replySaving = resolve;
        signal.addEventListener('abort', () => resolve(false));
      }),
    close: () => {
      closed += 1;
      // Electron emits 'close' again; the guard lets it through.
      expect(guard.onCloseRequested()).toBe(true);
    },
    isPageGone: () => false,
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    patienceMs: 3000,
  });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('closing the window', () => {
  it('closes once the page says everything is stored', async () => {
    expect(guard.onCloseRequested()).toBe(false);
    expect(flushRequests).toBe(1);
    answer!({ unsaved: null });
    await vi.advanceTimersByTimeAsync(0);
    expect(closed).toBe(1);
  });

  it('asks when the page could not store something, and stays if the user says so', async () => {
    guard.onCloseRequested();
    answer!({ unsaved: 'Hội nghị «Tổng kết»: Hãy nhập tên hội nghị.' });
    await vi.advanceTimersByTimeAsync(0);
    expect(unsavedQuestions).toEqual(['Hội nghị «Tổng kết»: Hãy nhập tên hội nghị.']);
    replyUnsaved(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(closed).toBe(0);

    // Closing again asks the page again.
    expect(guard.onCloseRequested()).toBe(false);
    expect(flushRequests).toBe(2);
    answer!({ unsaved: 'Hội nghị «Tổng kết»: Hãy nhập tên hội nghị.' });
    await vi.advanceTimersByTimeAsync(0);
    replyUnsaved(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(closed).toBe(1);
  });

  it('never closes by itself while a save is still running (a lock held longer than the busy timeout)', async () => {
    guard.onCloseRequested();
    await vi.advanceTimersByTimeAsync(3000);
    // Told it is still saving, and asked: nothing is closed meanwhile.
    expect(savingQuestions).toHaveLength(1);
    expect(closed).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(closed).toBe(0);

    // The save gets through: the question goes away and the window closes.
    answer!({ unsaved: null });
    await vi.advanceTimersByTimeAsync(0);
    expect(savingQuestions[0]!.aborted).toBe(true);
    expect(closed).toBe(1);
  });

  it('reports a slow save that then fails as unsaved, not as done', async () => {
    guard.onCloseRequested();
    await vi.advanceTimersByTimeAsync(5000);
    answer!({ unsaved: 'Văn bản «Biên bản»: Tệp dữ liệu đang bị chương trình khác khóa.' });
    await vi.advanceTimersByTimeAsync(0);
    expect(closed).toBe(0);
    expect(unsavedQuestions).toHaveLength(1);
  });

  it('closes while saving only when the user chooses to', async () => {
    guard.onCloseRequested();
    await vi.advanceTimersByTimeAsync(3000);
    replySaving(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(closed).toBe(0);
    // Pressing × again while still saving asks again instead of doing nothing.
    expect(guard.onCloseRequested()).toBe(false);
    expect(savingQuestions).toHaveLength(2);
    replySaving(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(closed).toBe(1);
  });
});
