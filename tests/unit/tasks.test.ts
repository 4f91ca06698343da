import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/core';
import { dumpUserTables } from '../support/db-dump';
import { conclusion, createAndSaveMeeting, person, toInput } from '../support/fixtures';
import { expectFailure } from '../support/results';
import { createTask, taskDirectory, toSaveInput, type TaskDirectory } from '../support/task-fixtures';

let core: TestCore;
let orgs: TaskDirectory;

beforeEach(() => {
  core = openTestCore({ now: new Date(2026, 2, 10, 9, 0) }); // 10/03/2026, local time
  orgs = taskDirectory(core);
});
afterEach(() => core.close());

describe('task rules', () => {
  it('refuses a task without a lead organisation, in Vietnamese, writing nothing', () => {
    const before = dumpUserTables(core.ctx.db);
    const message = expectFailure(core.call('tasks:create', { title: 'Báo cáo quý I' } as never), 'VALIDATION');
    expect(message).toBe('Hãy chọn đơn vị chủ trì thực hiện nhiệm vụ.');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('refuses a due date before the start date, and a periodic task without a due date', () => {
    const before = dumpUserTables(core.ctx.db);
    expect(
      expectFailure(
        core.call('tasks:create', { title: 'Báo cáo', leadOrganisationId: orgs.farmers, startDate: '2026-03-10', dueDate: '2026-03-01' }),
        'VALIDATION',
      ),
    ).toBe('Hạn hoàn thành không được trước ngày bắt đầu.');
    expect(
      expectFailure(core.call('tasks:create', { title: 'Báo cáo', leadOrganisationId: orgs.farmers, recurrence: 'hang_quy' }), 'VALIDATION'),
    ).toBe('Nhiệm vụ lặp lại định kỳ phải có hạn hoàn thành.');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('refuses an unknown lead or supporting organisation without leaving half a task', () => {
    const before = dumpUserTables(core.ctx.db);
    expectFailure(core.call('tasks:create', { title: 'Báo cáo', leadOrganisationId: 9999 }), 'NOT_FOUND');
    // The task row would be written before the supporting rows: the transaction must undo it.
    expectFailure(
      core.call('tasks:create', { title: 'Báo cáo', leadOrganisationId: orgs.farmers, supportingOrganisationIds: [orgs.women, 9999] }),
      'NOT_FOUND',
    );
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('keeps a save that breaks a rule from changing anything', () => {
    const task = createTask(core, { leadOrganisationId: orgs.farmers, supportingOrganisationIds: [orgs.women], dueDate: '2026-03-31' });
    const before = dumpUserTables(core.ctx.db);
    expectFailure(core.call('tasks:save', { ...toSaveInput(task), startDate: '2026-04-01' }), 'VALIDATION');
    expectFailure(core.call('tasks:save', { ...toSaveInput(task), supportingOrganisationIds: [orgs.youth, 4242] }), 'NOT_FOUND');
    expect(
      expectFailure(core.call('tasks:save', { ...toSaveInput(task), status: 'hoan_thanh' }), 'VALIDATION'),
    ).toContain('nút "Hoàn thành"');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('saves every field and reads it back', () => {
    const officer = person(core, 'Phạm Thị Thu', { organisationId: orgs.farmers }).id;
    const task = createTask(core, { leadOrganisationId: orgs.farmers });
    const saved = core.must('tasks:save', {
      ...toSaveInput(task),
      title: 'Tuyên truyền cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam"',
      detail: 'Tổ chức 05 hội nghị chuyên đề ở cơ sở.',
      supportingOrganisationIds: [orgs.youth, orgs.women, orgs.youth],
      responsiblePersonId: officer,
      startDate: '2026-03-01',
      dueDate: '2026-06-30',
      priority: 'cao',
      status: 'dang_thuc_hien',
    });
    expect(saved).toMatchObject({
      detail: 'Tổ chức 05 hội nghị chuyên đề ở cơ sở.',
      supportingOrganisationIds: [orgs.women, orgs.youth].sort((a, b) => a - b),
      responsiblePersonName: 'Phạm Thị Thu',
      dueDate: '2026-06-30',
      priority: 'cao',
      status: 'dang_thuc_hien',
      overdue: false,
      source: 'doc_lap',
    });
    expect(saved.supportingOrganisations.map((o) => o.name)).toEqual([
      'Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Hải Phòng',
      'Hội Liên hiệp Phụ nữ thành phố Hải Phòng',
    ]);
  });
});

describe('a task from a meeting conclusion', () => {
  function meetingWith(...contents: string[]) {
    const meetingId = createAndSaveMeeting(core, { conclusions: contents.map(conclusion) });
    const meeting = core.must('meetings:get', { id: meetingId });
    return { meetingId, meeting, conclusionIds: meeting.conclusions.map((c) => c.id) };
  }

  it('takes title and detail from the text, the meeting, and the lead organisation it names first', () => {
    const text =
      'Đề nghị Hội Nông dân chủ trì, phối hợp với Hội LHPN và Đoàn Thanh niên tổ chức tập huấn chuyển đổi số cho hội viên trước ngày 30/6.';
    const { meetingId, conclusionIds } = meetingWith(text);
    const task = core.must('tasks:createFromConclusion', { conclusionId: conclusionIds[0]! });
    expect(task).toMatchObject({
      title: text,
      detail: text,
      source: 'ket_luan',
      meetingId,
      conclusionId: conclusionIds[0],
      conclusionText: text,
      leadOrganisation: { id: orgs.farmers },
      status: 'chua_thuc_hien',
      startDate: '2026-03-10',
      dueDate: null,
    });
    // "Hội LHPN" is not in the directory's words; "Đoàn Thanh niên" is the start of a longer name.
    expect(task.supportingOrganisationIds).toEqual([]);
  });

  it('puts its tasks back under a conclusion restored by "Hoàn tác" through the write path: stamped, logged, found again', () => {
    const text = 'Giao Hội Nông dân thành phố tổ chức hội thi nhà nông đua tài trước ngày 30/9.';
    const { meetingId, meeting, conclusionIds } = meetingWith(text);
    const task = core.must('tasks:createFromConclusion', { conclusionId: conclusionIds[0]! });
    // The conclusion removed from the meeting: the task stays with the meeting, cut loose.
    const removed = core.must('meetings:save', { ...toInput(meeting), conclusions: [], baseUpdatedAt: meeting.updatedAt });
    expect(core.must('tasks:get', { id: task.id }).conclusionId).toBeNull();
    // "Hoàn tác": the conclusion comes back with its id, then its tasks are put back under it.
    core.must('meetings:save', { ...toInput(core.must('meetings:get', { id: meetingId })), conclusions: meeting.conclusions, baseUpdatedAt: removed.updatedAt });
    const before = core.must('tasks:get', { id: task.id });
    const lastLogged = (core.ctx.db.prepare('SELECT coalesce(max(id), 0) AS n FROM change_log').get() as { n: number }).n;

    expect(core.must('tasks:reattachConclusion', { conclusionId: conclusionIds[0]!, taskIds: [task.id, task.id] })).toEqual({ reattached: 1 });
    const after = core.must('tasks:get', { id: task.id });
    expect(after.conclusionId).toBe(conclusionIds[0]);
    expect(after.updatedAt > before.updatedAt).toBe(true);
    const logged = core.ctx.db
      .prepare("SELECT table_name AS tableName, row_key AS rowKey, operation, fields FROM change_log WHERE id > ? AND table_name = 'tasks'")
      .all(lastLogged) as Array<{ tableName: string; rowKey: string; operation: string; fields: string }>;
    expect(logged).toEqual([{ tableName: 'tasks', rowKey: String(task.id), operation: 'update', fields: expect.stringContaining('conclusion_id') }]);
    // Already attached: a second undo changes nothing and logs nothing.
    expect(core.must('tasks:reattachConclusion', { conclusionId: conclusionIds[0]!, taskIds: [task.id] })).toEqual({ reattached: 0 });
  });

  it('takes the lead organisation given, and names the others from the text as supporting', () => {
    const { conclusionIds } = meetingWith('Hội Cựu chiến binh và Hội Nông dân thành phố Hải Phòng phối hợp vận động xây nhà Đại đoàn kết.');
    const task = core.must('tasks:createFromConclusion', { conclusionId: conclusionIds[0]!, leadOrganisationId: orgs.farmers });
    expect(task.leadOrganisation.id).toBe(orgs.farmers);
    expect(task.supportingOrganisationIds).toEqual([orgs.veterans]);
  });

  it('asks for the lead organisation when the text names none, and refuses an empty conclusion', () => {
    const { conclusionIds } = meetingWith('Các tổ chức thành viên tập trung thực hiện tốt các phong trào thi đua.', '');
    const before = dumpUserTables(core.ctx.db);
    expect(expectFailure(core.call('tasks:createFromConclusion', { conclusionId: conclusionIds[0]! }), 'VALIDATION')).toContain(
      'Hãy chọn đơn vị chủ trì',
    );
    expectFailure(core.call('tasks:createFromConclusion', { conclusionId: conclusionIds[1]!, leadOrganisationId: orgs.women }), 'VALIDATION');
    expectFailure(core.call('tasks:createFromConclusion', { conclusionId: crypto.randomUUID() }), 'NOT_FOUND');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('keeps its meeting when the conclusion is later removed from the meeting', () => {
    const { meetingId, meeting, conclusionIds } = meetingWith('Hội Nông dân tổng kết mô hình kinh tế tập thể.', 'Kết luận thứ hai.');
    const task = core.must('tasks:createFromConclusion', { conclusionId: conclusionIds[0]! });
    core.must('meetings:save', { ...toInput(meeting), conclusions: meeting.conclusions.slice(1) });
    const after = core.must('tasks:get', { id: task.id });
    expect(after).toMatchObject({ meetingId, conclusionId: null, conclusionText: null, source: 'ket_luan' });
    const followUp = core.must('tasks:forMeeting', { meetingId });
    expect(followUp.conclusions.map((c) => c.tasks.length)).toEqual([0]);
    expect(followUp.detached.map((t) => t.id)).toEqual([task.id]);
  });

  it('answers "kết luận này đã giao cho ai, đến đâu" per conclusion, in order', () => {
    const { meetingId, conclusionIds } = meetingWith('Hội Nông dân làm A.', 'Hội Liên hiệp Phụ nữ thành phố Hải Phòng làm B.', 'Chưa giao.');
    const a = core.must('tasks:createFromConclusion', { conclusionId: conclusionIds[0]! });
    const b1 = core.must('tasks:createFromConclusion', { conclusionId: conclusionIds[1]! });
    const b2 = core.must('tasks:createFromConclusion', { conclusionId: conclusionIds[1]!, leadOrganisationId: orgs.youth });
    core.must('tasks:complete', { id: a.id, result: 'Đã tổ chức 3 lớp tập huấn.', by: 'Vũ Thị Hồng Nhung' });
    const followUp = core.must('tasks:forMeeting', { meetingId });
    expect(followUp.conclusions.map((c) => [c.content, c.tasks.map((t) => [t.id, t.leadOrganisation.id, t.status])])).toEqual([
      ['Hội Nông dân làm A.', [[a.id, orgs.farmers, 'hoan_thanh']]],
      [
        'Hội Liên hiệp Phụ nữ thành phố Hải Phòng làm B.',
        [
          [b1.id, orgs.women, 'chua_thuc_hien'],
          [b2.id, orgs.youth, 'chua_thuc_hien'],
        ],
      ],
      ['Chưa giao.', []],
    ]);
  });
});

describe('progress, completion and the bin', () => {
  it('logs progress (the first entry starts the task) and refuses a date in the future', () => {
    const task = createTask(core, { leadOrganisationId: orgs.farmers });
    const logged = core.must('tasks:addProgress', { taskId: task.id, date: '2026-03-09', note: 'Đã ban hành kế hoạch.', by: 'Lê Văn Tâm' });
    expect(logged.status).toBe('dang_thuc_hien');
    expect(logged.progress.map((p) => [p.date, p.note, p.by])).toEqual([['2026-03-09', 'Đã ban hành kế hoạch.', 'Lê Văn Tâm']]);
    expect(logged.latestProgress).toBe('Đã ban hành kế hoạch.');
    expect(expectFailure(core.call('tasks:addProgress', { taskId: task.id, date: '2026-03-11', note: 'Ngày mai' }), 'VALIDATION')).toContain(
      'sau ngày hôm nay',
    );
  });

  it('completes with the result, once; a done task takes no more progress; it can be reopened', () => {
    const task = createTask(core, { leadOrganisationId: orgs.farmers, dueDate: '2026-03-01' });
    expect(task.overdue).toBe(true);
    expect(task.daysLate).toBe(9);
    const { task: done, next } = core.must('tasks:complete', { id: task.id, result: 'Đã hoàn thành, báo cáo gửi Ban Thường trực.', by: 'Lê Văn Tâm' });
    expect(next).toBeNull();
    expect(done).toMatchObject({ status: 'hoan_thanh', overdue: false, daysLate: 0, completedBy: 'Lê Văn Tâm' });
    expect(done.completedAt).not.toBeNull();
    expectFailure(core.call('tasks:complete', { id: task.id, result: 'Lần nữa' }), 'CONFLICT');
    expectFailure(core.call('tasks:addProgress', { taskId: task.id, date: '2026-03-10', note: 'Thêm' }), 'CONFLICT');
    const reopened = core.must('tasks:save', { ...toSaveInput(done), status: 'dang_thuc_hien' });
    expect(reopened).toMatchObject({ status: 'dang_thuc_hien', completedAt: null, overdue: true, result: done.result });
  });

  it('moves a task to the bin and brings it back', () => {
    const task = createTask(core, { leadOrganisationId: orgs.farmers });
    core.must('tasks:delete', { id: task.id });
    expect(core.must('tasks:list', {}).total).toBe(0);
    expectFailure(core.call('tasks:get', { id: task.id }), 'NOT_FOUND');
    core.must('tasks:restore', { id: task.id });
    expect(core.must('tasks:list', {}).items.map((t) => t.id)).toEqual([task.id]);
    expectFailure(core.call('tasks:restore', { id: task.id }), 'NOT_FOUND');
  });
});

describe('periodic tasks', () => {
  it('completing a monthly report due on the last day creates the next one on the last day of each month', () => {
    const first = createTask(core, {
      title: 'Báo cáo định kỳ tình hình nhân dân hằng tháng',
      leadOrganisationId: orgs.farmers,
      supportingOrganisationIds: [orgs.women],
      startDate: '2026-01-20',
      dueDate: '2026-01-31',
      recurrence: 'hang_thang',
      priority: 'cao',
    });
    const dues: string[] = [first.dueDate!];
    let current = first;
    for (let i = 0; i < 4; i += 1) {
      const { next } = core.must('tasks:complete', { id: current.id, result: `Đã gửi báo cáo kỳ ${i + 1}.` });
      expect(next).not.toBeNull();
      expect(next).toMatchObject({
        title: first.title,
        status: 'chua_thuc_hien',
        priority: 'cao',
        recurrence: 'hang_thang',
        previousTaskId: current.id,
        supportingOrganisationIds: [orgs.women],
        progress: [],
        result: '',
      });
      expect(core.must('tasks:get', { id: current.id }).nextTaskId).toBe(next!.id);
      dues.push(next!.dueDate!);
      current = next!;
    }
    expect(dues).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31']);
    expect(current.startDate).toBe('2026-05-20');
  });

  it('quarterly from a date the user moved keeps the new day; completing again after reopening makes no second copy', () => {
    const task = createTask(core, { leadOrganisationId: orgs.youth, dueDate: '2026-03-31', recurrence: 'hang_quy' });
    const moved = core.must('tasks:save', { ...toSaveInput(task), dueDate: '2026-03-25' });
    const { task: done, next } = core.must('tasks:complete', { id: moved.id, result: 'Đã gửi báo cáo quý I.' });
    expect(next!.dueDate).toBe('2026-06-25');
    core.must('tasks:save', { ...toSaveInput(done), status: 'dang_thuc_hien' });
    const again = core.must('tasks:complete', { id: moved.id, result: 'Gửi lại báo cáo quý I.' });
    expect(again.next!.id).toBe(next!.id);
    expect(core.must('tasks:list', {}).total).toBe(2);
  });

  it('yearly from 29/02 of a leap year', () => {
    core.setNow(new Date(2024, 1, 1, 9, 0));
    const task = createTask(core, { leadOrganisationId: orgs.veterans, dueDate: '2024-02-29', recurrence: 'hang_nam' });
    const { next } = core.must('tasks:complete', { id: task.id, result: 'Xong.' });
    expect(next!.dueDate).toBe('2025-02-28');
    const { next: after } = core.must('tasks:complete', { id: next!.id, result: 'Xong.' });
    const { next: leap } = core.must('tasks:complete', { id: after!.id, result: 'Xong.' });
    expect([after!.dueDate, leap!.dueDate]).toEqual(['2026-02-28', '2027-02-28']);
    const { next: back } = core.must('tasks:complete', { id: leap!.id, result: 'Xong.' });
    expect(back!.dueDate).toBe('2028-02-29');
  });
});

describe('review of last time', () => {
  it('lists the open tasks from the conclusions of the previous meeting of the same kind', () => {
    const older = createAndSaveMeeting(core, {
      title: 'Giao ban tháng 1',
      kind: 'giao_ban',
      startAt: '2026-01-08T08:00',
      conclusions: [conclusion('Hội Nông dân rà soát hộ nghèo.')],
    });
    const previous = createAndSaveMeeting(core, {
      title: 'Giao ban tháng 2',
      kind: 'giao_ban',
      startAt: '2026-02-05T08:00',
      conclusions: [conclusion('Hội Nông dân báo cáo mô hình.'), conclusion('Hội Cựu chiến binh vận động quỹ.'), conclusion('Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Hải Phòng ra quân.')],
    });
    // Another kind in between does not count as "last time".
    createAndSaveMeeting(core, { title: 'Sơ kết', kind: 'so_ket', startAt: '2026-02-20T08:00', conclusions: [conclusion('Hội Nông dân sơ kết.')] });
    const current = createAndSaveMeeting(core, { title: 'Giao ban tháng 3', kind: 'giao_ban', startAt: '2026-03-05T08:00' });
    const later = createAndSaveMeeting(core, { title: 'Giao ban tháng 4', kind: 'giao_ban', startAt: '2026-04-02T08:00' });

    const olderTask = core.must('tasks:createFromConclusion', { conclusionId: core.must('meetings:get', { id: older }).conclusions[0]!.id });
    const [c1, c2, c3] = core.must('meetings:get', { id: previous }).conclusions;
    const open = core.must('tasks:createFromConclusion', { conclusionId: c1!.id });
    const done = core.must('tasks:createFromConclusion', { conclusionId: c2!.id });
    const late = core.must('tasks:createFromConclusion', { conclusionId: c3!.id });
    core.must('tasks:save', { ...toSaveInput(late), startDate: '2026-02-05', dueDate: '2026-03-01', status: 'tam_dung' });
    core.must('tasks:complete', { id: done.id, result: 'Đã vận động được 120 triệu đồng.' });
    // A task entered alone for that meeting's subject is not from its conclusions.
    createTask(core, { leadOrganisationId: orgs.farmers });

    const review = core.must('tasks:reviewOfLastTime', { meetingId: current });
    expect(review.previousMeeting).toEqual({ id: previous, title: 'Giao ban tháng 2', startAt: '2026-02-05T08:00' });
    expect(review.tasks.map((t) => [t.id, t.status, t.overdue, t.daysLate])).toEqual([
      [late.id, 'tam_dung', true, 9],
      [open.id, 'chua_thuc_hien', false, 0],
    ]);
    expect(review.tasks.map((t) => t.id)).not.toContain(olderTask.id);

    // The previous meeting in the bin: the one before it is "last time".
    core.must('meetings:delete', { id: previous });
    expect(core.must('tasks:reviewOfLastTime', { meetingId: current }).previousMeeting?.id).toBe(older);
    expect(core.must('tasks:reviewOfLastTime', { meetingId: later }).previousMeeting?.id).toBe(current);
    expect(core.must('tasks:reviewOfLastTime', { meetingId: older })).toMatchObject({ previousMeeting: null, tasks: [] });
  });
});

describe('the directory and tasks', () => {
  it('refuses to delete an organisation or a person a task names, and merging moves the tasks', () => {
    const officer = person(core, 'Phạm Thị Thu', { organisationId: orgs.women }).id;
    const duplicate = core.must('organisations:save', { name: 'Hội Nông dân TP Hải Phòng', kind: 'to_chuc_thanh_vien' }).id;
    const a = createTask(core, { leadOrganisationId: duplicate, supportingOrganisationIds: [orgs.women], responsiblePersonId: officer });
    const b = createTask(core, { leadOrganisationId: orgs.women, supportingOrganisationIds: [duplicate, orgs.farmers] });
    const c = createTask(core, { leadOrganisationId: orgs.farmers, supportingOrganisationIds: [duplicate] });
    expect(expectFailure(core.call('organisations:delete', { id: duplicate }), 'IN_USE')).toContain('3 nhiệm vụ');
    expect(expectFailure(core.call('people:delete', { id: officer }), 'IN_USE')).toContain('phụ trách 1 nhiệm vụ');
    core.must('organisations:merge', { keepId: orgs.farmers, mergeId: duplicate });
    expect(core.must('tasks:get', { id: a.id }).leadOrganisation.id).toBe(orgs.farmers);
    expect(core.must('tasks:get', { id: b.id }).supportingOrganisationIds).toEqual([orgs.farmers]);
    // The kept organisation led it already: it is not also listed as supporting.
    expect(core.must('tasks:get', { id: c.id }).supportingOrganisationIds).toEqual([]);
  });
});
