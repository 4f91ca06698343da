import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TaskRecord } from '../../shared/schemas/task';
import { openTestCore, type TestCore } from '../support/core';
import { conclusion, createAndSaveMeeting } from '../support/fixtures';
import { createTask, taskDirectory, toSaveInput, type TaskDirectory } from '../support/task-fixtures';

let core: TestCore;
let orgs: TaskDirectory;
let tasks: Record<string, TaskRecord>;
let meetingId: number;

/** Today is Tuesday 10/03/2026 (local time); the week runs 09/03–15/03. */
beforeEach(() => {
  core = openTestCore({ now: new Date(2026, 2, 10, 9, 0) });
  orgs = taskDirectory(core);
  meetingId = createAndSaveMeeting(core, {
    title: 'Hội nghị giao ban quý I',
    kind: 'giao_ban',
    conclusions: [conclusion('Hội Nông dân thành phố Hải Phòng chủ trì tổ chức Hội thi nhà nông đua tài.')],
  });
  const fromConclusion = core.must('tasks:createFromConclusion', {
    conclusionId: core.must('meetings:get', { id: meetingId }).conclusions[0]!.id,
  });
  tasks = {
    contest: core.must('tasks:save', { ...toSaveInput(fromConclusion), dueDate: '2026-03-12', priority: 'thap' }),
    lateReport: createTask(core, {
      title: 'Báo cáo định kỳ công tác dân vận quý I',
      leadOrganisationId: orgs.women,
      supportingOrganisationIds: [orgs.farmers],
      startDate: '2026-01-01',
      dueDate: '2026-03-05',
      priority: 'cao',
    }),
    longLate: createTask(core, { title: 'Khảo sát đời sống hội viên', leadOrganisationId: orgs.youth, startDate: '2025-11-01', dueDate: '2025-12-31' }),
    done: createTask(core, { title: 'Tổng kết phong trào "Đền ơn đáp nghĩa"', leadOrganisationId: orgs.veterans, startDate: '2026-01-01', dueDate: '2026-02-28' }),
    soon: createTask(core, { title: 'Gửi danh sách đề nghị khen thưởng', leadOrganisationId: orgs.youth, dueDate: '2026-03-17', priority: 'cao' }),
    later: createTask(core, { title: 'Đại hội điểm cấp cơ sở', leadOrganisationId: orgs.farmers, dueDate: '2026-03-18' }),
    undated: createTask(core, { title: 'Cập nhật danh bạ hội viên', leadOrganisationId: orgs.women }),
  };
  core.must('tasks:complete', { id: tasks.done!.id, result: 'Đã tổng kết, khen thưởng 12 tập thể.' });
});
afterEach(() => core.close());

const ids = (page: { items: Array<{ id: number }> }) => page.items.map((t) => t.id);
const id = (name: string) => tasks[name]!.id;

describe('the task list', () => {
  it('sorts by due date (done tasks after the open ones, no date last), by priority, or by last update', () => {
    expect(ids(core.must('tasks:list', {}))).toEqual(['longLate', 'lateReport', 'contest', 'soon', 'later', 'undated', 'done'].map(id));
    expect(ids(core.must('tasks:list', { sort: 'uu_tien' }))).toEqual(['lateReport', 'soon', 'longLate', 'done', 'later', 'undated', 'contest'].map(id));
    core.setNow(new Date(2026, 2, 10, 10, 0));
    core.must('tasks:addProgress', { taskId: id('soon'), date: '2026-03-10', note: 'Đã nhận danh sách của 8/10 cơ sở.' });
    expect(ids(core.must('tasks:list', { sort: 'cap_nhat' }))[0]).toBe(id('soon'));
  });

  it('"Quá hạn": open tasks due before today, with days late; "Đến hạn trong 7 ngày": today to today + 7', () => {
    const overdue = core.must('tasks:list', { view: 'qua_han' });
    expect(ids(overdue)).toEqual(['longLate', 'lateReport'].map(id));
    expect(overdue.items.map((t) => t.daysLate)).toEqual([69, 5]);
    expect(ids(core.must('tasks:list', { view: 'den_han_7_ngay' }))).toEqual(['contest', 'soon'].map(id));
    core.setNow(new Date(2026, 2, 11, 0, 1));
    expect(ids(core.must('tasks:list', { view: 'den_han_7_ngay' }))).toEqual(['contest', 'soon', 'later'].map(id));
  });

  it('filters by organisation (lead or supporting), status, source, due range, meeting and text without diacritics', () => {
    expect(ids(core.must('tasks:list', { organisationId: orgs.farmers }))).toEqual(['lateReport', 'contest', 'later'].map(id));
    expect(ids(core.must('tasks:list', { status: 'hoan_thanh' }))).toEqual([id('done')]);
    expect(ids(core.must('tasks:list', { source: 'ket_luan' }))).toEqual([id('contest')]);
    expect(ids(core.must('tasks:list', { meetingId }))).toEqual([id('contest')]);
    expect(ids(core.must('tasks:list', { dueFrom: '2026-03-01', dueTo: '2026-03-17' }))).toEqual(['lateReport', 'contest', 'soon'].map(id));
    expect(ids(core.must('tasks:list', { text: 'bao cao dinh ky' }))).toEqual([id('lateReport')]);
    expect(ids(core.must('tasks:list', { text: 'ĐỀN ƠN' }))).toEqual([id('done')]);
    expect(ids(core.must('tasks:list', { text: 'khen thuong 12' }))).toEqual([id('done')]); // the result is searched too
    expect(ids(core.must('tasks:list', { text: '100%_' }))).toEqual([]);
    expect(ids(core.must('tasks:list', { view: 'qua_han', organisationId: orgs.farmers }))).toEqual([id('lateReport')]);
  });

  it('pages, with the total of the whole filter', () => {
    const first = core.must('tasks:list', { pageSize: 3 });
    const third = core.must('tasks:list', { pageSize: 3, page: 3 });
    expect([first.total, first.items.length, third.items.length]).toEqual([7, 3, 1]);
    expect(third.today).toBe('2026-03-10');
  });

  it('shows the list row with names, the latest progress and overdue', () => {
    core.must('tasks:addProgress', { taskId: id('lateReport'), date: '2026-03-02', note: 'Đã tổng hợp số liệu 12/15 xã.' });
    core.must('tasks:addProgress', { taskId: id('lateReport'), date: '2026-03-09', note: 'Đang xin ý kiến Thường trực.' });
    const row = core.must('tasks:list', { view: 'qua_han' }).items[1]!;
    expect(row).toMatchObject({
      leadOrganisation: { id: orgs.women, name: 'Hội Liên hiệp Phụ nữ thành phố Hải Phòng' },
      supportingOrganisations: [{ id: orgs.farmers, name: 'Hội Nông dân thành phố Hải Phòng' }],
      latestProgress: 'Đang xin ý kiến Thường trực.',
      status: 'dang_thuc_hien',
      overdue: true,
      daysLate: 5,
    });
  });
});

function addDirective(symbol: string, arrivalDate: string | null, direction: 'den' | 'di', deleted = false): void {
  core.ctx.db
    .prepare(
      `INSERT INTO directives (direction, family, number_symbol, symbol_key, type, summary, arrival_number, arrival_date,
         arrival_year, search_text, created_at, updated_at, deleted_at)
       VALUES (?, 'dang', ?, ?, 'nghi_quyet', 'Về tăng cường công tác dân vận', ?, ?, ?, '', '2026-01-01', '2026-01-01', ?)`,
    )
    .run(
      direction,
      symbol,
      symbol,
      arrivalDate === null ? null : Number(symbol.split('-')[0]),
      arrivalDate,
      arrivalDate === null ? null : Number(arrivalDate.slice(0, 4)),
      deleted ? '2026-03-02' : null,
    );
}

describe('the dashboard', () => {
  it('counts tasks by status and by lead organisation (open / overdue / done), lists overdue and this week', () => {
    const overview = core.must('dashboard:overview', undefined);
    expect(overview.today).toBe('2026-03-10');
    expect(overview.week).toEqual({ monday: '2026-03-09', sunday: '2026-03-15' });
    expect(overview.byStatus).toEqual([
      { status: 'chua_thuc_hien', count: 6 },
      { status: 'dang_thuc_hien', count: 0 },
      { status: 'hoan_thanh', count: 1 },
      { status: 'tam_dung', count: 0 },
    ]);
    const counts = Object.fromEntries(overview.byOrganisation.map((o) => [o.organisationId, [o.open, o.overdue, o.done]]));
    expect(counts).toEqual({
      [orgs.farmers]: [2, 0, 0],
      [orgs.women]: [1, 1, 0],
      [orgs.youth]: [1, 1, 0],
      [orgs.veterans]: [0, 0, 1],
    });
    expect(overview.byOrganisation.at(-1)!.organisationId).toBe(orgs.veterans);
    expect(overview.totals).toEqual({ open: 6, overdue: 2, dueWithin7Days: 2, doneThisMonth: 1 });
    expect(ids({ items: overview.overdue })).toEqual(['longLate', 'lateReport'].map(id));
    expect(ids({ items: overview.dueThisWeek })).toEqual([id('contest')]);
  });

  it('keeps its per-organisation counts (migration 009) equal to a count of the tasks through saves, lead changes, completion, the bin and a merge', async () => {
    const counted = () =>
      core.ctx.db
        .prepare('SELECT lead_organisation_id AS org, status, count(*) AS n FROM tasks WHERE deleted_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2')
        .all();
    const kept = () => core.ctx.db.prepare('SELECT lead_organisation_id AS org, status, n FROM task_counts ORDER BY 1, 2').all();
    const check = () => expect(kept()).toEqual(counted());
    check();
    const moved = core.must('tasks:save', { ...toSaveInput(core.must('tasks:get', { id: id('later') })), leadOrganisationId: orgs.veterans, status: 'tam_dung' });
    check();
    core.must('tasks:complete', { id: id('soon'), result: 'Đã gửi.' });
    core.must('tasks:delete', { id: id('undated') });
    check();
    expect(core.must('dashboard:overview', undefined).byStatus.find((s) => s.status === 'tam_dung')!.count).toBe(1);
    core.must('tasks:restore', { id: id('undated') });
    check();
    core.must('tasks:delete', { id: moved.id });
    const emptied = await core.callAsync('bin:empty', { confirmed: true });
    expect(emptied).toMatchObject({ ok: true, data: { removed: 1 } });
    check();
    core.must('organisations:merge', { keepId: orgs.farmers, mergeId: orgs.youth });
    check();
    const overview = core.must('dashboard:overview', undefined);
    expect(overview.byOrganisation.find((o) => o.organisationId === orgs.youth)).toBeUndefined();
    // Farmers now also lead the youth union's overdue survey and its done task.
    expect(overview.byOrganisation.find((o) => o.organisationId === orgs.farmers)).toMatchObject({ open: 1, overdue: 1, done: 1 });
  });

  it('counts incoming directives by arrival date in this month only', () => {
    addDirective('12-NQ/TU', '2026-03-01', 'den');
    addDirective('13-CT/TU', '2026-03-10', 'den');
    addDirective('14-KL/TU', '2026-02-28', 'den');
    addDirective('15-TB/TU', '2026-04-01', 'den');
    addDirective('16-HD/TU', '2026-03-05', 'den', true);
    addDirective('17-NQ/TU', null, 'di');
    const { directivesThisMonth } = core.must('dashboard:overview', undefined);
    expect(directivesThisMonth.count).toBe(2);
    expect(directivesThisMonth.latest.map((d) => [d.numberSymbol, d.arrivalDate])).toEqual([
      ['13-CT/TU', '2026-03-10'],
      ['12-NQ/TU', '2026-03-01'],
    ]);
  });

  it('a task becomes overdue on the dashboard the day after its due date, without being saved again', () => {
    core.setNow(new Date(2026, 2, 13, 0, 5));
    const overview = core.must('dashboard:overview', undefined);
    expect(overview.totals.overdue).toBe(3);
    expect(overview.overdue.find((t) => t.id === id('contest'))).toMatchObject({ overdue: true, daysLate: 1 });
  });
});
