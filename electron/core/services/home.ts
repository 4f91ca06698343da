import { toLocalDateTimeString } from '../../../shared/datetime';
import type { HomeOverview } from '../../../shared/ipc/contract';
import { addDays } from '../../../shared/task-dates';
import type { CoreContext } from '../context';
import { countMeetingsBetween, listRecentlyEditedMeetings, listUpcomingMeetings } from '../repositories/meetings';
import { DUE_SOON_DAYS } from '../repositories/task-list';
import { countOpenDueBetween, countOverdue } from '../repositories/task-overview';
import { taskToday } from './tasks';

/**
 * "Trang chủ": what needs doing first (tasks overdue and due within 7 days, counted exactly as the
 * dashboard and the task list's quick views count them), the meetings coming up and the records
 * edited last. The reporting duties come from `reports:duties`, the reports screen's own answer.
 */
export function homeOverview(ctx: CoreContext): HomeOverview {
  const now = ctx.now();
  const year = now.getFullYear();
  const today = taskToday(ctx);
  const count = (sql: string) => (ctx.db.prepare(sql).get() as { n: number }).n;
  return {
    upcoming: listUpcomingMeetings(ctx.db, toLocalDateTimeString(now), 6),
    recentlyEdited: listRecentlyEditedMeetings(ctx.db, 8),
    counts: {
      meetingsThisYear: countMeetingsBetween(ctx.db, `${year}-01-01`, `${year + 1}-01-01`),
      people: count('SELECT count(*) AS n FROM people WHERE active = 1'),
      organisations: count('SELECT count(*) AS n FROM organisations WHERE active = 1'),
    },
    tasks: {
      overdue: countOverdue(ctx.db, today),
      dueWithin7Days: countOpenDueBetween(ctx.db, today, addDays(today, DUE_SOON_DAYS)),
    },
  };
}
