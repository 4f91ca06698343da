import { create } from 'zustand';

/**
 * Where a record should open: the row a search result (or a person's page) pointed at — an
 * attendee, a speech, a conclusion, an award, a document's paragraph. The record's screen picks
 * its tab from it, scrolls the row into view, marks it for a moment, then clears it.
 */
export interface FocusTarget {
  kind: 'meeting' | 'document';
  id: number;
  part: string;
  partId: string | null;
}

interface RecordFocusState {
  target: FocusTarget | null;
  focus(target: FocusTarget | null): void;
  clear(): void;
}

export const useRecordFocus = create<RecordFocusState>((set) => ({
  target: null,
  focus(target) {
    set({ target });
  },
  clear() {
    set({ target: null });
  },
}));

/** The meeting tab that shows a part. */
export function meetingTabOf(part: string): string {
  switch (part) {
    case 'attendee':
      return 'attendees';
    case 'agenda':
    case 'speech':
      return 'agenda';
    case 'conclusion':
      return 'conclusions';
    case 'award':
      return 'awards';
    default:
      return 'general';
  }
}
