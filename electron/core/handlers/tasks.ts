import type { Handlers } from './index';
import {
  addTaskProgress,
  completeTask,
  createTask,
  createTaskFromConclusion,
  createTaskFromDirective,
  deleteTask,
  getTask,
  listTasks,
  restoreTask,
  saveTask,
} from '../services/tasks';
import { dashboardOverview, reviewOfLastTime, tasksForMeeting } from '../services/task-views';
import { exportTasksXlsx } from '../services/task-export';
import { reattachConclusion } from '../services/task-conclusions';

/** Follow-up tasks and the dashboard. The Excel export answers with a promise. */
export const taskHandlers = {
  'tasks:list': (ctx, input) => listTasks(ctx, input),
  'tasks:get': (ctx, input) => getTask(ctx, input.id),
  'tasks:create': (ctx, input) => createTask(ctx, input),
  'tasks:createFromConclusion': (ctx, input) => createTaskFromConclusion(ctx, input),
  'tasks:createFromDirective': (ctx, input) => createTaskFromDirective(ctx, input),
  'tasks:save': (ctx, input) => saveTask(ctx, input),
  'tasks:addProgress': (ctx, input) => addTaskProgress(ctx, input),
  'tasks:complete': (ctx, input) => completeTask(ctx, input),
  'tasks:delete': (ctx, input) => deleteTask(ctx, input.id),
  'tasks:restore': (ctx, input) => restoreTask(ctx, input.id),
  'tasks:forMeeting': (ctx, input) => tasksForMeeting(ctx, input.meetingId),
  'tasks:reviewOfLastTime': (ctx, input) => reviewOfLastTime(ctx, input.meetingId),
  'tasks:reattachConclusion': (ctx, input) => reattachConclusion(ctx, input),
  'tasks:exportXlsx': (ctx, input) => exportTasksXlsx(ctx, input),
  'dashboard:overview': (ctx) => dashboardOverview(ctx),
} satisfies Partial<Handlers>;
