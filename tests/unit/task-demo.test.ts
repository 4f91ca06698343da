import { afterEach, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../electron/core/demo';
import { openTestCore, type TestCore } from '../support/core';

let core: TestCore | undefined;
afterEach(() => core?.close());

describe('demo tasks', () => {
  it.each([new Date(2026, 10, 23, 9, 0), new Date(2026, 2, 10, 9, 0), new Date(2027, 0, 2, 8, 0)])(
    'seeds overdue, due-soon, done and periodic tasks around %s',
    (now) => {
      core = openTestCore({ now });
      const ids = seedDemoData(core.ctx);
      const overview = core.must('dashboard:overview', undefined);
      expect(overview.totals.overdue).toBeGreaterThanOrEqual(2);
      expect(overview.totals.dueWithin7Days).toBeGreaterThanOrEqual(2);
      expect(overview.byStatus.find((s) => s.status === 'hoan_thanh')!.count).toBeGreaterThanOrEqual(5);
      const lead = core.must('tasks:get', { id: ids.tasks.overdueFromConclusion });
      expect(lead).toMatchObject({ source: 'ket_luan', overdue: true, leadOrganisation: { id: ids.organisations.hnd } });
      const next = core.must('tasks:get', { id: ids.tasks.quarterlyReport.next });
      expect(next).toMatchObject({ previousTaskId: ids.tasks.quarterlyReport.done, recurrence: 'hang_quy', status: 'chua_thuc_hien' });
      expect(next.dueDate! >= overview.today.slice(0, 8)).toBe(true);
    },
  );
});
