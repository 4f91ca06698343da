import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/core';
import { createTask, taskDirectory } from '../support/task-fixtures';

let core: TestCore;
afterEach(() => core?.close());

describe('the home screen’s overview', () => {
  it('counts the open tasks overdue and due within 7 days as the task list’s quick views do, and follows the clock', () => {
    core = openTestCore({ now: new Date('2026-03-10T09:00:00') });
    const { farmers, women } = taskDirectory(core);
    createTask(core, { leadOrganisationId: farmers, title: 'Quá hạn từ hôm qua', dueDate: '2026-03-09' });
    createTask(core, { leadOrganisationId: women, title: 'Quá hạn từ tháng trước', dueDate: '2026-02-10' });
    createTask(core, { leadOrganisationId: farmers, title: 'Hạn hôm nay', dueDate: '2026-03-10' });
    createTask(core, { leadOrganisationId: women, title: 'Hạn sau 7 ngày', dueDate: '2026-03-17' });
    createTask(core, { leadOrganisationId: farmers, title: 'Hạn sau 8 ngày', dueDate: '2026-03-18' });
    createTask(core, { leadOrganisationId: farmers, title: 'Chưa đặt hạn' });
    const done = createTask(core, { leadOrganisationId: women, title: 'Đã xong, hạn đã qua', dueDate: '2026-03-01' });
    core.must('tasks:complete', { id: done.id, result: 'Đã hoàn thành.' });

    const home = core.must('home:overview', undefined);
    expect(home.tasks).toEqual({ overdue: 2, dueWithin7Days: 2 });
    // The same figures as the lists the home screen links to.
    expect(home.tasks.overdue).toBe(core.must('tasks:list', { view: 'qua_han' }).total);
    expect(home.tasks.dueWithin7Days).toBe(core.must('tasks:list', { view: 'den_han_7_ngay' }).total);

    // Eight days on, "Hạn hôm nay" and "Hạn sau 7 ngày" are late too; "Hạn sau 8 ngày" is due today.
    core.setNow(new Date('2026-03-18T09:00:00'));
    expect(core.must('home:overview', undefined).tasks).toEqual({ overdue: 4, dueWithin7Days: 1 });
  });
});
