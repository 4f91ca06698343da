/**
 * Run in a child process with TZ set (tests/unit/task-dates.test.ts): opens a real database with
 * the real handlers, makes tasks due on the given dates, sets the clock to the given instant and
 * prints what the overdue view and the task itself say. The time zone is the process's own, as on
 * a user's PC; nothing here converts zones by hand.
 */
import { openTestCore } from './core';
import { organisation } from './fixtures';

const [instant, ...dueDates] = process.argv.slice(2);
const core = openTestCore({ now: new Date(instant!) });
try {
  const lead = organisation(core, 'Hội Nông dân thành phố Hải Phòng').id;
  for (const dueDate of dueDates) core.must('tasks:create', { title: `Hạn ${dueDate}`, leadOrganisationId: lead, dueDate });
  const overdue = core.must('tasks:list', { view: 'qua_han' });
  const all = core.must('tasks:list', { sort: 'han' });
  process.stdout.write(
    JSON.stringify({
      today: overdue.today,
      overdue: overdue.items.map((task) => task.dueDate),
      daysLate: Object.fromEntries(all.items.map((task) => [task.dueDate, task.daysLate])),
    }),
  );
} finally {
  core.close();
}
