import { create } from 'zustand';
import type { Meeting } from '../../../shared/schemas/meeting';
import { call, errorMessage } from '../api/client';
import { toSavePayload } from './meeting-payload';

/**
 * The meeting being edited, with autosave.
 *
 * Every change marks the record dirty and schedules a save: 400 ms after the last keystroke,
 * and never more than 1 s after the first unsaved change, so that a crash loses at most about
 * a second of typing. One save is in flight at a time; changes made meanwhile are saved next.
 */
export const SAVE_DEBOUNCE_MS = 400;
export const SAVE_MAX_WAIT_MS = 1000;

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

interface MeetingEditorState {
  meeting: Meeting | null;
  loadError: string | null;
  saveState: SaveState;
  saveError: string | null;
  lastSavedAt: string | null;
  /** Increases on every edit; a save knows whether edits arrived while it was in flight. */
  revision: number;
  savedRevision: number;
  load(id: number): Promise<void>;
  update(change: (meeting: Meeting) => Meeting): void;
  flush(): Promise<void>;
  reset(): void;
}

let debounceTimer: ReturnType<typeof setTimeout> | null = null;
let maxWaitTimer: ReturnType<typeof setTimeout> | null = null;
let inFlight: Promise<void> | null = null;

function clearTimers(): void {
  if (debounceTimer) clearTimeout(debounceTimer);
  if (maxWaitTimer) clearTimeout(maxWaitTimer);
  debounceTimer = null;
  maxWaitTimer = null;
}

export const useMeetingEditor = create<MeetingEditorState>((set, get) => {
  async function saveNow(): Promise<void> {
    clearTimers();
    if (inFlight) {
      await inFlight;
      return get().revision > get().savedRevision ? saveNow() : undefined;
    }
    const { meeting, revision, savedRevision } = get();
    if (!meeting || revision === savedRevision) return;
    set({ saveState: 'saving' });
    inFlight = (async () => {
      try {
        const result = await call('meetings:save', toSavePayload(meeting));
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

  return {
    meeting: null,
    loadError: null,
    saveState: 'saved',
    saveError: null,
    lastSavedAt: null,
    revision: 0,
    savedRevision: 0,
    async load(id) {
      await get().flush();
      set({ meeting: null, loadError: null, saveState: 'saved', saveError: null, revision: 0, savedRevision: 0 });
      try {
        const meeting = await call('meetings:get', { id });
        set({ meeting, lastSavedAt: meeting.updatedAt });
      } catch (error) {
        set({ loadError: errorMessage(error) });
      }
    },
    update(change) {
      const { meeting, revision } = get();
      if (!meeting) return;
      set({ meeting: change(meeting), revision: revision + 1, saveState: 'pending' });
      schedule();
    },
    async flush() {
      await saveNow();
    },
    reset() {
      clearTimers();
      set({ meeting: null, loadError: null, saveState: 'saved', saveError: null, revision: 0, savedRevision: 0 });
    },
  };
});
