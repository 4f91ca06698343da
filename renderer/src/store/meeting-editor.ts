import { meetingInput, type Meeting } from '../../../shared/schemas/meeting';
import { call } from '../api/client';
import { createAutosaveEditor } from './autosave-editor';
import { toSavePayload } from './meeting-payload';

export { SAVE_DEBOUNCE_MS, SAVE_MAX_WAIT_MS, RETRY_DELAYS_MS, type SaveState } from './autosave-editor';

/** The meeting being edited, saved as the user types (see autosave-editor.ts for the timing). */
export const useMeetingEditor = createAutosaveEditor<Meeting, Meeting>({
  fetch: (id) => call('meetings:get', { id }),
  payloadOf: toSavePayload,
  schema: meetingInput,
  send: (payload, baseUpdatedAt) => call('meetings:save', { ...payload, baseUpdatedAt }),
  updatedAtOf: (meeting) => meeting.updatedAt,
});
