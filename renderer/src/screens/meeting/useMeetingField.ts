import type { Meeting } from '../../../../shared/schemas/meeting';
import { useMeetingEditor } from '../../store/meeting-editor';

type HeaderKey = Exclude<keyof Meeting, 'attendees' | 'agenda' | 'conclusions' | 'awards' | 'connectedPoints'>;

/** Reads one header field of the meeting being edited and returns a setter that autosaves. */
export function useMeetingField<K extends HeaderKey>(key: K): [Meeting[K], (value: Meeting[K]) => void] {
  const value = useMeetingEditor((s) => s.record![key]);
  const update = useMeetingEditor((s) => s.update);
  return [value, (next) => update((meeting) => ({ ...meeting, [key]: next }))];
}
