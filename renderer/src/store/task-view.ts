import { create } from 'zustand';
import { useTaskList, type TaskListFilter } from './list-filters';

/** Opens the task list on one quick view with every other filter cleared (from the home screen, the dashboard). */
export function showTaskView(view: TaskListFilter['view']): void {
  useTaskList.getState().setFilter({ ...useTaskList.defaults, view });
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
