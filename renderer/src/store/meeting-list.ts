import { create } from 'zustand';
import type { MeetingKind, MeetingStatus } from '../../../shared/domain';

export interface MeetingListFilter {
  text: string;
  year: number | null;
  kind: MeetingKind | null;
  status: MeetingStatus | null;
  page: number;
  pageSize: number;
}

/** Kept in the store so that coming back from a meeting shows the list as it was left. */
interface MeetingListState {
  filter: MeetingListFilter;
  setFilter(patch: Partial<MeetingListFilter>): void;
}

export const useMeetingList = create<MeetingListState>((set) => ({
  filter: { text: '', year: null, kind: null, status: null, page: 1, pageSize: 50 },
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
}));
