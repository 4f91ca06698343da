import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { errorMessage } from '../api/client';

/**
 * A record being edited, with autosave — shared by the meeting page and the document editor.
 *
 * Every change marks the record dirty and schedules a save: 400 ms after the last keystroke,
 * and never more than 1 s after the first unsaved change, so that a crash loses at most about
 * a second of typing. One save is in flight at a time; changes made meanwhile are saved next.
 */
export const SAVE_DEBOUNCE_MS = 400;
export const SAVE_MAX_WAIT_MS = 1000;

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export interface AutosaveEditorState<T> {
  record: T | null;
  loadError: string | null;
  saveState: SaveState;
  saveError: string | null;
  lastSavedAt: string | null;
  /** Increases on every edit; a save knows whether edits arrived while it was in flight. */
  revision: number;
  savedRevision: number;
  load(id: number): Promise<void>;
  update(change: (record: T) => T): void;
  /** Puts a record the server returned (after finalising, restoring…) on screen, as saved. */
  replace(record: T): void;
  flush(): Promise<void>;
  reset(): void;
}

export interface AutosaveEditorOptions<T> {
  fetch(id: number): Promise<T>;
  /**
   * Saves the record. `baseUpdatedAt` is the version the edits were made on (as loaded, or as
   * the previous save answered): the main process refuses the save when a newer one is stored.
   */
  save(record: T, baseUpdatedAt: string | null): Promise<{ updatedAt: string }>;
  updatedAtOf(record: T): string;
}

export type AutosaveEditorStore<T> = UseBoundStore<StoreApi<AutosaveEditorState<T>>>;

export function createAutosaveEditor<T>(options: AutosaveEditorOptions<T>): AutosaveEditorStore<T> {
  let debounceTimer: ReturnType<typeof setTimeout> | null = null;
  let maxWaitTimer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;

  function clearTimers(): void {
    if (debounceTimer) clearTimeout(debounceTimer);
    if (maxWaitTimer) clearTimeout(maxWaitTimer);
    debounceTimer = null;
    maxWaitTimer = null;
  }

  return create<AutosaveEditorState<T>>((set, get) => {
    async function saveNow(): Promise<void> {
      clearTimers();
      if (inFlight) {
        await inFlight;
        return get().revision > get().savedRevision ? saveNow() : undefined;
      }
      const { record, revision, savedRevision, lastSavedAt } = get();
      if (!record || revision === savedRevision) return;
      set({ saveState: 'saving' });
      inFlight = (async () => {
        try {
          const result = await options.save(record, lastSavedAt);
          set({ savedRevision: revision, lastSavedAt: result.updatedAt, saveError: null });
        } catch (error) {
          // Nothing is lost: the edits stay on screen and are sent again with the next change.
          set({ saveError: errorMessage(error) });
        } finally {
          inFlight = null;
        }
      })();
      await inFlight;
      const after = get();
      if (after.saveError) set({ saveState: 'error' });
      else if (after.revision > after.savedRevision) await saveNow();
      else set({ saveState: 'saved' });
    }

    function schedule(): void {
      if (debounceTimer) clearTimeout(debounceTimer);
      debounceTimer = setTimeout(() => void saveNow(), SAVE_DEBOUNCE_MS);
      maxWaitTimer ??= setTimeout(() => void saveNow(), SAVE_MAX_WAIT_MS);
    }

    const blank = { record: null, loadError: null, saveState: 'saved' as const, saveError: null, revision: 0, savedRevision: 0 };

    return {
      ...blank,
      lastSavedAt: null,
      async load(id) {
        await get().flush();
        set(blank);
        try {
          const record = await options.fetch(id);
          set({ record, lastSavedAt: options.updatedAtOf(record) });
        } catch (error) {
          set({ loadError: errorMessage(error) });
        }
      },
      update(change) {
        const { record, revision } = get();
        if (!record) return;
        set({ record: change(record), revision: revision + 1, saveState: 'pending' });
        schedule();
      },
      replace(record) {
        clearTimers();
        const { revision } = get();
        set({ record, revision, savedRevision: revision, saveState: 'saved', saveError: null, lastSavedAt: options.updatedAtOf(record) });
      },
      async flush() {
        await saveNow();
      },
      reset() {
        clearTimers();
        set(blank);
      },
    };
  });
}
