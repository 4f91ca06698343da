import type { Handlers } from './index';
import { deleteTaskGroup, getDirectiveAssignments, saveAssignments } from '../exchange/assignments';
import { committeeDirectory, removeCommittee, saveCommittee } from '../exchange/committees';
import { assignmentMatrix } from '../exchange/matrix';
import {
  exchangeHistory,
  exportDown,
  exportMatrixXlsx,
  importChosenPackage,
  openPackage,
  reportCandidates,
  reportUp,
  taskOrigin,
} from '../exchange/service';

/** Exchange with the committees above and below. Writing, opening and importing packages answer with a promise. */
export const exchangeHandlers = {
  'committees:list': (ctx) => committeeDirectory(ctx),
  'committees:save': (ctx, input) => saveCommittee(ctx, input),
  'committees:remove': (ctx, input) => removeCommittee(ctx, input.id),
  'exchange:assignments': (ctx, input) => getDirectiveAssignments(ctx, input.directiveId),
  'exchange:saveAssignments': (ctx, input) => saveAssignments(ctx, input),
  'exchange:deleteTaskGroup': (ctx, input) => deleteTaskGroup(ctx, input.directiveId, input.group),
  'exchange:exportDown': (ctx, input) => exportDown(ctx, input.directiveId, input.committeeIds),
  'exchange:reportCandidates': (ctx) => reportCandidates(ctx),
  'exchange:reportUp': (ctx, input) => reportUp(ctx, input.documentIds),
  'exchange:openPackage': (ctx) => openPackage(ctx),
  'exchange:import': (ctx, input) => importChosenPackage(ctx, input.token),
  'exchange:matrix': (ctx, input) => assignmentMatrix(ctx, input.directiveId),
  'exchange:exportMatrixXlsx': (ctx, input) => exportMatrixXlsx(ctx, input.directiveId),
  'exchange:history': (ctx) => exchangeHistory(ctx),
  'exchange:taskOrigin': (ctx, input) => taskOrigin(ctx, input.id),
} satisfies Partial<Handlers>;
