import type { Handlers } from './index';
import { applyIntake, readIntakeDocx, readIntakeText } from '../services/intake';

/** Pre-filling a meeting from a text or a Word file (issue 11). Reading a .docx answers with a promise. */
export const intakeHandlers = {
  'intake:readText': (ctx, input) => readIntakeText(ctx, input),
  'intake:readDocx': (ctx, input) => readIntakeDocx(ctx, input),
  'intake:apply': (ctx, input) => applyIntake(ctx, input),
} satisfies Partial<Handlers>;
