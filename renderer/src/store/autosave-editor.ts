import type { z } from 'zod';
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { ApiError, errorMessage } from '../api/client';
import { describeRefused, splitRefused, type RefusedPart } from './refused-parts';

/**
 * A record being edited, with autosave — shared by the meeting page and the document editor.
 *
 * Every change marks the record dirty and schedules a save: 400 ms after the last keystroke,
 * and never more than 1 s after the first unsaved change, so that a crash loses at most about
 * a second of typing. One save is in flight at a time; changes made meanwhile are saved next.
 *
 * Nothing typed is dropped:
 * - a part of the record the schema refuses (an emptied title) is held back with its reason and
 *   every other edit is saved (`refused`);
 * - a save that fails for a reason that may pass (the file locked by another program, a full
 *   disk, the bridge) is tried again after 1, 2, 4 … 30 s, and the screen says when (`retrying`);
 * - "saved" is shown only when everything on screen is stored.
 */
export const SAVE_DEBOUNCE_MS = 400;
export const SAVE_MAX_WAIT_MS = 1000;
/** Waits before each new attempt after a failed save; the last one repeats. */
export const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 16_000, 30_000] as const;

export type SaveState = 'saved' | 'pending' | 'saving' | 'refused' | 'retrying';

/** Errors that another attempt with the same data cannot get past: the user must change something. */
const REFUSAL_CODES = new Set(['VALIDATION', 'CONFLICT', 'DUPLICATE', 'PERSON_DUPLICATE', 'NOT_FOUND', 'IN_USE', 'STALE']);

export function isRefusal(error: unknown): boolean {
  return error instanceof ApiError && REFUSAL_CODES.has(error.code);
}

export interface AutosaveEditorState<T> {
  record: T | null;
  loadError: string | null;
  saveState: SaveState;
  /** Why something is not stored (Vietnamese), while `saveState` is 'refused' or 'retrying'. */
  saveError: string | null;
  /** The parts held back, so their fields can be marked. */
  refused: RefusedPart[];
  /** When the next attempt starts (ms since the epoch), while retrying. */
  retryAt: number | null;
  lastSavedAt: string | null;
  /** Increases on every edit; a save knows whether edits arrived while it was in flight. */
  revision: number;
  /** The revision whose every part is stored. */
  savedRevision: number;
  /** True while an action replaces the content (restore, refresh, status step): the editor is read-only. */
  replacing: boolean;
  /** A newer version was stored since this one was opened (STALE): the save waits for "Tải lại". */
  stale: boolean;
  load(id: number): Promise<void>;
  update(change: (record: T) => T): void;
  /**
   * Like `update`, for an edit too costly to build on every keystroke (a whole rich-text body):
   * it counts at once (unsaved, "Đang lưu…", the autosave timing, the leave guard) and `change`
   * is applied only when the record is next needed — a save, leaving, a replacement, another
   * edit. A later edit with the same `key` takes the place of an earlier one not yet applied.
   */
  updateLater(key: string, change: (record: T) => T): void;
  /** Puts a record the server returned on screen, as saved. Use `replaceWith` when edits may be pending. */
  replace(record: T): void;
  /**
   * Replaces the content by what `action` returns, without losing what is on screen: edits are
   * written first; what cannot be written, and anything typed while `action` runs, is handed to
   * `keep` (a version in the history) — or, without `keep`, the action is not run.
   */
  replaceWith(action: () => Promise<T>, options: ReplaceOptions<T>): Promise<T>;
  /** Writes every edit that can be written now. */
  flush(): Promise<void>;
  /** Like flush; then says what is still not stored (Vietnamese), or null when everything is. */
  flushForLeave(): Promise<string | null>;
  /** Starts the next attempt now instead of waiting. */
  retryNow(): Promise<void>;
  /**
   * "Tải lại" after a stale save: opens the newest stored version and puts back on it every field
   * the user changed here (what was typed wins over the other change for that field), then saves.
   */
  reloadKeepingEdits(): Promise<void>;
  hasUnsaved(): boolean;
  reset(): void;
}

export interface ReplaceOptions<T> {
  /** Keeps the record as it is on screen (e.g. as a document version) before it is replaced. */
  keep?(record: T): Promise<void>;
  /**
   * Given: edits that could not be written stop the action, with this sentence and the reason
   * (finalising must lock what is on screen). Otherwise they are handed to `keep` first.
   */
  unsavedMessage?: string;
}

export interface AutosaveEditorOptions<T, P> {
  fetch(id: number): Promise<T>;
  /** What a save sends (e.g. without blank rows). */
  payloadOf(record: T): P;
  /** The save channel's input schema, the one the main process checks: refused parts are held back. */
  schema: z.ZodType;
  /**
   * Sends the payload. `baseUpdatedAt` is the version the edits were made on (as loaded, or as
   * the previous save answered): the main process refuses the save when a newer one is stored.
   */
  send(payload: P, baseUpdatedAt: string | null): Promise<{ updatedAt: string }>;
  updatedAtOf(record: T): string;
}

export type AutosaveEditorStore<T> = UseBoundStore<StoreApi<AutosaveEditorState<T>>>;

export function createAutosaveEditor<T, P>(options: AutosaveEditorOptions<T, P>): AutosaveEditorStore<T> {
  let debounceTimer: ReturnType<typeof setTimeout> | null = null;
  let maxWaitTimer: ReturnType<typeof setTimeout> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  /** The payload the server last accepted: refused parts are sent with these values. */
  let storedPayload: P | null = null;
  /** The revision last sent and answered (stored, partly stored or refused): not sent again as is. */
  let answeredRevision = 0;
  let attempts = 0;
  /** Increases on load/reset so that an answer for a record no longer shown is ignored. */
  let session = 0;
  let loadedId: number | null = null;
  /** Edits counted but not yet applied to `record` (updateLater), by key. */
  const deferred = new Map<string, (record: T) => T>();

  function clearTimers(): void {
    if (debounceTimer) clearTimeout(debounceTimer);
    if (maxWaitTimer) clearTimeout(maxWaitTimer);
    if (retryTimer) clearTimeout(retryTimer);
    debounceTimer = null;
    maxWaitTimer = null;
    retryTimer = null;
  }

  return create<AutosaveEditorState<T>>((set, get) => {
    /** Applies the edits made with updateLater: the record is about to be read. */
    function settle(): void {
      if (deferred.size === 0) return;
      const changes = [...deferred.values()];
      deferred.clear();
      const { record } = get();
      if (record) set({ record: changes.reduce<T>((current, change) => change(current), record) });
    }

    function stateAfterAnswer(): void {
      const s = get();
      if (s.revision > answeredRevision) return; // newer edits: the loop goes on
      if (s.saveState === 'retrying') return;
      if (s.refused.length > 0) set({ saveState: 'refused' });
      else if (s.revision === s.savedRevision) set({ saveState: 'saved', saveError: null });
    }

    function scheduleRetry(reason: string): void {
      const delay = RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length - 1)] ?? 30_000;
      attempts += 1;
      const retryAt = Date.now() + delay;
      set({ saveState: 'retrying', saveError: reason, retryAt });
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = setTimeout(() => {
        retryTimer = null;
        void saveNow();
      }, delay);
    }

    async function sendOnce(): Promise<void> {
      settle();
      const { record, revision } = get();
      if (!record || storedPayload === null) return;
      const mySession = session;
      const payload = options.payloadOf(record);
      const { storable, refused } = splitRefused(options.schema, payload, storedPayload);
      const reason = refused.length > 0 ? describeRefused(refused) : null;
      if (storable === null || JSON.stringify(storable) === JSON.stringify(storedPayload)) {
        // Nothing the server would accept has changed: say what is held back, send nothing.
        answeredRevision = revision;
        if (refused.length > 0) set({ refused, saveError: reason, retryAt: null });
        else set({ refused: [], saveError: null, retryAt: null, savedRevision: revision });
        return;
      }
      set({ saveState: 'saving', retryAt: null });
      try {
        const result = await options.send(storable, get().lastSavedAt);
        if (mySession !== session) return;
        storedPayload = storable;
        answeredRevision = revision;
        attempts = 0;
        set({
          lastSavedAt: result.updatedAt,
          refused,
          saveError: reason,
          retryAt: null,
          ...(refused.length === 0 ? { savedRevision: revision } : {}),
          ...(get().saveState === 'retrying' ? { saveState: 'saving' as const } : {}),
        });
      } catch (error) {
        if (mySession !== session) return;
        const message = errorMessage(error);
        if (error instanceof ApiError && error.code === 'STALE') {
          // Someone (another window, the CLI) stored a newer version: nothing is overwritten, and
          // nothing typed is dropped; "Tải lại" brings the newer version with these edits on it.
          answeredRevision = revision;
          set({ stale: true, refused: [{ path: [], message }], saveError: message, retryAt: null });
        } else if (isRefusal(error)) {
          // The main process refused what the schema let through (a rule of its own): nothing is
          // stored; the next edit tries again. Trying the same data again cannot help.
          answeredRevision = revision;
          set({ refused: [{ path: [], message }], saveError: message, retryAt: null });
        } else {
          scheduleRetry(message);
        }
      }
    }

    async function saveNow(): Promise<void> {
      if (debounceTimer) clearTimeout(debounceTimer);
      if (maxWaitTimer) clearTimeout(maxWaitTimer);
      debounceTimer = null;
      maxWaitTimer = null;
      if (inFlight) {
        await inFlight;
        return needsSending() ? saveNow() : undefined;
      }
      if (!needsSending()) return;
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      inFlight = sendOnce().finally(() => {
        inFlight = null;
      });
      await inFlight;
      if (needsSending() && get().saveState !== 'retrying') return saveNow();
      stateAfterAnswer();
    }

    function needsSending(): boolean {
      const s = get();
      if (!s.record || s.replacing) return false;
      return s.revision > answeredRevision || s.saveState === 'retrying';
    }

    function schedule(): void {
      if (get().replacing) return;
      if (debounceTimer) clearTimeout(debounceTimer);
      debounceTimer = setTimeout(() => void saveNow(), SAVE_DEBOUNCE_MS);
      maxWaitTimer ??= setTimeout(() => void saveNow(), SAVE_MAX_WAIT_MS);
    }

    function unsavedReason(): string | null {
      const s = get();
      if (!s.record || s.revision === s.savedRevision) return null;
      return s.saveError ?? 'Một số thay đổi chưa được lưu.';
    }

    const blank = {
      record: null,
      loadError: null,
      saveState: 'saved' as const,
      saveError: null,
      refused: [],
      retryAt: null,
      revision: 0,
      savedRevision: 0,
      replacing: false,
      stale: false,
    };

    function startSession(): void {
      clearTimers();
      deferred.clear();
      session += 1;
      storedPayload = null;
      answeredRevision = 0;
      attempts = 0;
      loadedId = null;
    }

    return {
      ...blank,
      lastSavedAt: null,
      async load(id) {
        await get().flush();
        startSession();
        set(blank);
        const mySession = session;
        loadedId = id;
        try {
          const record = await options.fetch(id);
          if (mySession !== session) return;
          storedPayload = options.payloadOf(record);
          set({ record, lastSavedAt: options.updatedAtOf(record) });
        } catch (error) {
          if (mySession === session) set({ loadError: errorMessage(error) });
        }
      },
      update(change) {
        settle();
        const { record, revision, saveState } = get();
        if (!record) return;
        set({
          record: change(record),
          revision: revision + 1,
          // While retrying the screen keeps saying so until an attempt succeeds.
          saveState: saveState === 'retrying' ? 'retrying' : 'pending',
        });
        schedule();
      },
      updateLater(key, change) {
        const { record, revision, saveState } = get();
        if (!record) return;
        deferred.set(key, change);
        set({ revision: revision + 1, saveState: saveState === 'retrying' ? 'retrying' : 'pending' });
        schedule();
      },
      replace(record) {
        clearTimers();
        // What is put on screen takes the place of edits not yet applied (replaceWith keeps them first).
        deferred.clear();
        storedPayload = options.payloadOf(record);
        const { revision } = get();
        answeredRevision = revision;
        attempts = 0;
        set({
          record,
          revision,
          savedRevision: revision,
          saveState: 'saved',
          saveError: null,
          stale: false,
          refused: [],
          retryAt: null,
          lastSavedAt: options.updatedAtOf(record),
        });
      },
      async replaceWith(action, replaceOptions) {
        await saveNow();
        set({ replacing: true });
        clearTimers();
        try {
          settle();
          if (get().revision !== get().savedRevision) {
            // A status step must not lock or number something other than what is on screen.
            if (replaceOptions.unsavedMessage !== undefined || !replaceOptions.keep) {
              throw new ApiError({
                code: 'VALIDATION',
                message: `${replaceOptions.unsavedMessage ?? 'Còn thay đổi chưa lưu được.'} ${get().saveError ?? ''}`.trim(),
              });
            }
            await replaceOptions.keep(get().record!);
          }
          const before = get().revision;
          const next = await action();
          // Typed while the action ran: kept too, so the new content never silently covers it.
          settle();
          if (get().revision !== before && replaceOptions.keep) await replaceOptions.keep(get().record!);
          set({ replacing: false });
          get().replace(next);
          return next;
        } finally {
          if (get().replacing) {
            set({ replacing: false });
            if (get().revision > answeredRevision) schedule();
          }
        }
      },
      async flush() {
        await saveNow();
      },
      async flushForLeave() {
        try {
          await saveNow();
        } catch (error) {
          return errorMessage(error);
        }
        return unsavedReason();
      },
      async reloadKeepingEdits() {
        settle();
        const { record } = get();
        if (!record || loadedId === null || storedPayload === null) return;
        const typed = options.payloadOf(record) as Record<string, unknown>;
        const stored = storedPayload as Record<string, unknown>;
        const changed = Object.keys(typed).filter((key) => JSON.stringify(typed[key]) !== JSON.stringify(stored[key]));
        const fresh = await options.fetch(loadedId);
        get().replace(fresh);
        set({ stale: false });
        if (changed.length === 0) return;
        const mine = record as Record<string, unknown>;
        get().update((latest) => {
          const merged = { ...(latest as Record<string, unknown>) };
          for (const key of changed) merged[key] = mine[key];
          return merged as T;
        });
      },
      async retryNow() {
        if (retryTimer) clearTimeout(retryTimer);
        retryTimer = null;
        await saveNow();
      },
      hasUnsaved() {
        const s = get();
        return s.record !== null && s.revision !== s.savedRevision;
      },
      reset() {
        startSession();
        set(blank);
      },
    };
  });
}
