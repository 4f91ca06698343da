import { create } from 'zustand';
import type { TaskFilterInput } from '../../../shared/schemas/task';

/**
 * The task list's filter, kept outside the screen so that the dashboard and a meeting page can
 * open the list on a view ("Quá hạn", one organisation) and the list is as the user left it.
 * (Lists reload after edits by themselves: the query layer refreshes them after every write.)
 */
interface TaskViewState {
  filter: Required<Omit<TaskFilterInput, 'meetingId'>>;
  page: number;
  setFilter(change: Partial<TaskViewState['filter']>): void;
  setPage(page: number): void;
}

export const DEFAULT_TASK_FILTER: TaskViewState['filter'] = {
  view: 'tat_ca',
  organisationId: null,
  status: null,
  source: null,
  dueFrom: null,
  dueTo: null,
  text: '',
  sort: 'han',
};

export const useTaskView = create<TaskViewState>((set) => ({
  filter: DEFAULT_TASK_FILTER,
  page: 1,
  setFilter(change) {
    set((s) => ({ filter: { ...s.filter, ...change }, page: 1 }));
  },
  setPage(page) {
    set({ page });
  },
}));

/** Opens the task list on one quick view with every other filter cleared (from the home screen, the dashboard). */
export function showTaskView(view: TaskViewState['filter']['view']): void {
  useTaskView.getState().setFilter({ ...DEFAULT_TASK_FILTER, view });
}

/** Which task the drawer shows (null: closed). One drawer for the whole app. */
interface TaskDrawerState {
  openId: number | null;
  open(id: number): void;
  close(): void;
}

export const useTaskDrawer = create<TaskDrawerState>((set) => ({
  openId: null,
  open(id) {
    set({ openId: id });
  },
  close() {
    set({ openId: null });
  },
}));
