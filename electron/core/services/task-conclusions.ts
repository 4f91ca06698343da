import type { CoreContext } from '../context';
import { attachTaskToConclusion, findLiveConclusion } from '../repositories/task-record';
import { taskErrors } from './task-messages';
import { writeTransaction } from '../db/write/transaction';

/**
 * Removing a conclusion from a meeting leaves its tasks with the meeting (conclusion_id becomes
 * NULL, migration 004). The page warns first and offers "Hoàn tác": the conclusion comes back
 * with the same id, and this puts its tasks back under it. Only tasks of the same meeting that
 * are not attached elsewhere are touched.
 */
export function reattachConclusion(ctx: CoreContext, input: { conclusionId: string; taskIds: number[] }): { reattached: number } {
  const at = ctx.now().toISOString();
  return writeTransaction(ctx.db, () => {
    const conclusion = findLiveConclusion(ctx.db, input.conclusionId);
    if (!conclusion) throw taskErrors.conclusionNotFound();
    let reattached = 0;
    for (const id of new Set(input.taskIds)) reattached += attachTaskToConclusion(ctx.db, id, conclusion, at);
    return { reattached };
  });
}
