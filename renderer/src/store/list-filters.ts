import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { DirectiveDirection, DirectiveStatus, DirectiveType, MeetingKind, MeetingStatus } from '../../../shared/domain';
import type { TaskFilterInput } from '../../../shared/schemas/task';

/**
 * What each of the four list screens (meetings, directives, tasks, directory) is showing: its
 * filters and its page, kept outside the screen so that coming back from a record — or from any
 * other screen — shows the list as it was left. Every list keeps its own; all are built the same way.
 */
export interface ListView<F> {
  filter: F;
  page: number;
  /** Changing a filter goes back to the first page: the old page may no longer exist. */
  setFilter(change: Partial<F>): void;
  setPage(page: number): void;
  /** "Bỏ lọc": every filter back to what the list shows at first. */
  reset(): void;
}

export type ListViewStore<F> = UseBoundStore<StoreApi<ListView<F>>>;

export function createListView<F extends object>(defaults: F): ListViewStore<F> & { defaults: F } {
  const store = create<ListView<F>>((set) => ({
    filter: defaults,
    page: 1,
    setFilter: (change) => set((s) => ({ filter: { ...s.filter, ...change }, page: 1 })),
    setPage: (page) => set({ page }),
    reset: () => set({ filter: defaults, page: 1 }),
  }));
  return Object.assign(store, { defaults });
}

/** True when some filter differs from the list's first view (the shell then offers "Bỏ lọc"). */
export function isFiltered<F extends object>(filter: F, defaults: F): boolean {
  return (Object.keys(defaults) as Array<keyof F>).some((key) => filter[key] !== defaults[key]);
}

export const useMeetingList = createListView<{
  text: string;
  year: number | null;
  kind: MeetingKind | null;
  status: MeetingStatus | null;
}>({ text: '', year: null, kind: null, status: null });

export const useDirectiveList = createListView<{
  text: string;
  direction: DirectiveDirection | null;
  type: DirectiveType | null;
  status: DirectiveStatus | null;
  year: number | null;
}>({ text: '', direction: null, type: null, status: null, year: null });

export type TaskListFilter = Required<Omit<TaskFilterInput, 'meetingId'>>;

export const useTaskList = createListView<TaskListFilter>({
  view: 'tat_ca',
  organisationId: null,
  status: null,
  source: null,
  dueFrom: null,
  dueTo: null,
  text: '',
  sort: 'han',
});

export const usePeopleList = createListView<{ text: string; organisationId: number | null; includeInactive: boolean }>({
  text: '',
  organisationId: null,
  includeInactive: false,
});

export const useOrganisationList = createListView<{ includeInactive: boolean }>({ includeInactive: false });
