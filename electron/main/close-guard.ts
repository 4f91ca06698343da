import type { FlushOutcome } from '../../shared/ipc/events';

/**
 * What happens when the user closes the window, apart from Electron so that it is tested in
 * Node (tests/unit/close-guard.test.ts). The page is asked to write every pending edit:
 * - it answers that everything is stored: the window closes;
 * - it names edits it could not store (refused, or the save failed): the user chooses to stay
 *   or to close anyway — a failed flush is never taken for a finished one;
 * - it has not answered after `patienceMs` (a save waiting for a lock held by another program,
 *   a slow disk): the user is told it is still saving and chooses to wait or to close; the
 *   question goes away by itself when the answer arrives. Nothing is closed without asking.
 */
export interface CloseGuardDeps {
  /** Sends the flush request to the page. */
  requestFlush(): void;
  /** Subscribes to the page's answer; returns the unsubscribe function. */
  onFlushed(listener: (outcome: FlushOutcome) => void): () => void;
  /** "Some edits could not be saved": resolves true to close anyway. */
  askCloseWithUnsaved(unsaved: string): Promise<boolean>;
  /** "Still saving": resolves true to close anyway, false to wait. Aborted when the answer arrives. */
  askCloseWhileSaving(signal: AbortSignal): Promise<boolean>;
  /** Closes the window for good (the guard lets that close through). */
  close(): void;
  /** The page is gone (crashed): nothing to wait for. */
  isPageGone(): boolean;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
  /** How long to wait for the answer before telling the user (the database's busy timeout). */
  patienceMs: number;
}

export interface CloseGuard {
  /** Called on the window's 'close' event: true lets the close happen, false prevents it. */
  onCloseRequested(): boolean;
}

export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  let allowClose = false;
  let waiting = false;
  let stillSavingQuestion: AbortController | null = null;
  let unsubscribe: (() => void) | null = null;
  let timer: unknown = null;

  function closeNow(): void {
    stop();
    allowClose = true;
    deps.close();
  }

  function stop(): void {
    waiting = false;
    unsubscribe?.();
    unsubscribe = null;
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
    stillSavingQuestion?.abort();
    stillSavingQuestion = null;
  }

  function askWhileSaving(): void {
    if (stillSavingQuestion) return;
    const controller = new AbortController();
    stillSavingQuestion = controller;
    void deps.askCloseWhileSaving(controller.signal).then((closeAnyway) => {
      if (controller.signal.aborted) return; // the answer came: handled there
      stillSavingQuestion = null;
      if (closeAnyway) closeNow();
      // Waiting: the page's answer decides; closing again asks again.
    });
  }

  function onAnswer(outcome: FlushOutcome): void {
    if (!waiting) return;
    stop();
    if (!outcome.unsaved) {
      closeNow();
      return;
    }
    void deps.askCloseWithUnsaved(outcome.unsaved).then((closeAnyway) => {
      if (closeAnyway) closeNow();
    });
  }

  return {
    onCloseRequested() {
      if (allowClose || deps.isPageGone()) return true;
      if (waiting) {
        // Closing again while the page is still saving: say so (again) rather than nothing.
        if (timer === null) askWhileSaving();
        return false;
      }
      waiting = true;
      unsubscribe = deps.onFlushed(onAnswer);
      timer = deps.setTimer(() => {
        timer = null;
        if (waiting) askWhileSaving();
      }, deps.patienceMs);
      deps.requestFlush();
      return false;
    },
  };
}
