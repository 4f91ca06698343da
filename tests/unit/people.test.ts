import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/core';
import { dumpUserTables } from '../support/db-dump';
import { attendee, createAndSaveMeeting, organisation, person } from '../support/fixtures';
import { expectFailure } from '../support/results';

let core: TestCore;
afterEach(() => core?.close());

const fullNames = (list: Array<{ fullName: string }>) => list.map((p) => p.fullName);

describe('people: save and update', () => {
  it('creates a person with every field and the organisation’s name', () => {
    core = openTestCore({ now: new Date('2026-03-10T02:00:00.000Z') });
    const org = organisation(core, 'Hội Nông dân tỉnh');
    const saved = core.must('people:save', {
      fullName: 'Nguyễn Văn An',
      title: 'Chủ tịch Hội Nông dân tỉnh',
      organisationId: org.id,
      phone: '+84 (203) 382-1234',
      email: 'an.nv@example.vn',
    });
    expect(saved).toEqual({
      id: saved.id,
      fullName: 'Nguyễn Văn An',
      title: 'Chủ tịch Hội Nông dân tỉnh',
      organisationId: org.id,
      organisationName: 'Hội Nông dân tỉnh',
      phone: '+84 (203) 382-1234',
      email: 'an.nv@example.vn',
      active: true,
      meetingCount: 0,
      updatedAt: '2026-03-10T02:00:00.000Z',
    });
    expect(core.must('people:list', {})).toEqual([saved]);
  });

  it('a person without an organisation has an empty organisation name', () => {
    core = openTestCore();
    const saved = person(core, 'Trần Thị Bình');
    expect(saved.organisationId).toBeNull();
    expect(saved.organisationName).toBe('');
  });

  it('updates in place', () => {
    core = openTestCore();
    const org = organisation(core, 'Công đoàn tỉnh');
    const p = person(core, 'Lê Văn Cường', { title: 'Phó Chủ tịch' });
    core.setNow(new Date('2026-07-01T00:00:00.000Z'));
    const updated = core.must('people:save', { id: p.id, fullName: 'Lê Văn Cường', title: 'Chủ tịch', organisationId: org.id });
    expect(updated).toMatchObject({ id: p.id, title: 'Chủ tịch', organisationName: 'Công đoàn tỉnh', updatedAt: '2026-07-01T00:00:00.000Z' });
    expect(core.must('people:list', {})).toHaveLength(1);
  });

  it('updating a missing id or pointing at a missing organisation → NOT_FOUND, nothing written', () => {
    core = openTestCore();
    const p = person(core, 'Lê Văn Cường');
    const before = dumpUserTables(core.ctx.db);
    expectFailure(core.call('people:save', { id: 999, fullName: 'Người ma' }), 'NOT_FOUND');
    expectFailure(core.call('people:save', { id: p.id, fullName: 'Lê Văn Cường', organisationId: 999 }), 'NOT_FOUND');
    expectFailure(core.call('people:save', { fullName: 'Người mới', organisationId: 999 }), 'NOT_FOUND');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('checks phone and e-mail', () => {
    core = openTestCore();
    expect(expectFailure(core.call('people:save', { fullName: 'A', phone: '0912 abc' }), 'VALIDATION')).toContain('Số điện thoại');
    expect(expectFailure(core.call('people:save', { fullName: 'A', email: 'khong-phai-thu' }), 'VALIDATION')).toContain('thư điện tử');
    expect(core.must('people:list', { includeInactive: true })).toEqual([]);
  });

  it('stores names in NFC with tidy spaces', () => {
    core = openTestCore();
    const saved = person(core, '  Nguyễn\u00A0Thị   Hồng\u200B '.normalize('NFD'), { title: 'Bí thư\u202FĐảng ủy' });
    expect(saved.fullName).toBe('Nguyễn Thị Hồng');
    expect(saved.fullName).toBe(saved.fullName.normalize('NFC'));
    expect(saved.title).toBe('Bí thư Đảng ủy');
  });
});

describe('people: list', () => {
  function arrange() {
    const hnd = organisation(core, 'Hội Nông dân tỉnh', { abbreviation: 'HND' });
    const cd = organisation(core, 'Công đoàn tỉnh');
    const an = person(core, 'Nguyễn Văn An', { title: 'Bí thư Đảng ủy xã', organisationId: hnd.id });
    const binh = person(core, 'Trần Thị Bình', { title: 'Chủ tịch', organisationId: cd.id });
    const dung = person(core, 'Đặng Văn Dũng', { title: 'Phó Chủ tịch', organisationId: hnd.id });
    const giang = person(core, 'Lê Thị Giang', { title: 'Tỷ lệ 100%_đạt' });
    return { hnd, cd, an, binh, dung, giang };
  }

  it('orders by name, hides inactive people unless asked, and puts them last', () => {
    core = openTestCore();
    const { binh } = arrange();
    core.must('people:setActive', { id: binh.id, active: false });
    const active = fullNames(core.must('people:list', {}));
    expect([...active].sort()).toEqual(['Lê Thị Giang', 'Nguyễn Văn An', 'Đặng Văn Dũng'].sort());
    // (Where a name starting with Đ lands is SQLite's NOCASE byte order, not Vietnamese order; not asserted.)
    expect(active.filter((name) => !name.startsWith('Đ'))).toEqual(['Lê Thị Giang', 'Nguyễn Văn An']);
    const all = core.must('people:list', { includeInactive: true });
    expect(all.map((p) => p.active)).toEqual([true, true, true, false]);
    expect(all[3]!.fullName).toBe('Trần Thị Bình');
  });

  it.each([
    ['nguyen van', ['Nguyễn Văn An']],
    ['NGUYEN', ['Nguyễn Văn An']],
    ['dang uy', ['Nguyễn Văn An']],
    ['Đảng ủy', ['Nguyễn Văn An']],
    ['dang', ['Nguyễn Văn An', 'Đặng Văn Dũng']],
    ['hoi nong dan', ['Nguyễn Văn An', 'Đặng Văn Dũng']],
    ['hnd', ['Nguyễn Văn An', 'Đặng Văn Dũng']],
    ['chu tich', ['Trần Thị Bình', 'Đặng Văn Dũng']],
    ['cong doan', ['Trần Thị Bình']],
    ['khong ai', []],
  ])('finds %j without caring for tone marks → %j', (text, expected) => {
    core = openTestCore();
    arrange();
    expect(fullNames(core.must('people:list', { text })).sort()).toEqual([...expected].sort());
  });

  it('treats % and _ in the search text literally', () => {
    core = openTestCore();
    arrange();
    expect(fullNames(core.must('people:list', { text: '%' }))).toEqual(['Lê Thị Giang']);
    expect(fullNames(core.must('people:list', { text: '_' }))).toEqual(['Lê Thị Giang']);
    expect(fullNames(core.must('people:list', { text: '100%_dat' }))).toEqual(['Lê Thị Giang']);
    expect(fullNames(core.must('people:list', { text: 'n_uyen' }))).toEqual([]);
  });

  it('filters by organisation, alone or with text', () => {
    core = openTestCore();
    const { hnd, cd } = arrange();
    // Vietnamese alphabetical order: Đ comes right after D, long before N.
    expect(fullNames(core.must('people:list', { organisationId: hnd.id }))).toEqual(['Đặng Văn Dũng', 'Nguyễn Văn An']);
    expect(fullNames(core.must('people:list', { organisationId: cd.id }))).toEqual(['Trần Thị Bình']);
    expect(fullNames(core.must('people:list', { organisationId: hnd.id, text: 'dung' }))).toEqual(['Đặng Văn Dũng']);
  });

  it('setActive switches both ways; a missing id → NOT_FOUND', () => {
    core = openTestCore();
    const p = person(core, 'Nguyễn Văn An');
    expect(core.must('people:setActive', { id: p.id, active: false }).active).toBe(false);
    expect(core.must('people:list', {})).toEqual([]);
    expect(core.must('people:setActive', { id: p.id, active: true }).active).toBe(true);
    expect(fullNames(core.must('people:list', {}))).toEqual(['Nguyễn Văn An']);
    expectFailure(core.call('people:setActive', { id: 999, active: true }), 'NOT_FOUND');
  });
});

describe('people: merge', () => {
  it('moves meeting attendances to the person kept; the snapshot name and title stay; the duplicate is gone', () => {
    core = openTestCore();
    const keep = person(core, 'Nguyễn Văn Bình', { title: 'Chủ tịch Ủy ban MTTQ tỉnh' });
    const dup = person(core, 'Nguyễn Văn Bình (trùng)', { title: 'Phó Chủ tịch' });
    const other = person(core, 'Lê Thị Cúc');
    const dupRow = attendee({ personId: dup.id, fullName: 'Nguyễn Văn Bình', title: 'Phó Chủ tịch Ủy ban MTTQ tỉnh', role: 'chu_tri' });
    const otherRow = attendee({ personId: other.id, fullName: 'Lê Thị Cúc', title: 'Ủy viên' });
    const meetingId = createAndSaveMeeting(core, { attendees: [dupRow, otherRow] });
    const meetingBefore = core.must('meetings:get', { id: meetingId });

    const merged = core.must('people:merge', { keepId: keep.id, mergeId: dup.id });
    expect(merged.id).toBe(keep.id);
    expect(merged.meetingCount).toBe(1);
    expect(merged.title).toBe('Chủ tịch Ủy ban MTTQ tỉnh');
    expect(core.must('people:list', { includeInactive: true }).map((p) => p.id).sort()).toEqual([keep.id, other.id].sort());

    const meeting = core.must('meetings:get', { id: meetingId });
    expect(meeting.attendees).toEqual([
      { ...meetingBefore.attendees[0]!, personId: keep.id },
      meetingBefore.attendees[1]!,
    ]);
    expect(meeting.attendees[0]!.fullName).toBe('Nguyễn Văn Bình');
    expect(meeting.attendees[0]!.title).toBe('Phó Chủ tịch Ủy ban MTTQ tỉnh');
    expect(meeting.updatedAt).toBe(meetingBefore.updatedAt);
  });

  it('re-points attendances in meetings that are in the bin too', () => {
    core = openTestCore();
    const keep = person(core, 'Trần Văn Dũng');
    // Entered twice on purpose: the user said "Vẫn thêm" to the directory's question.
    const dup = person(core, 'Trần Văn Dũng ', { confirmDuplicate: true });
    expect(dup.id).not.toBe(keep.id);
    const meetingId = createAndSaveMeeting(core, { attendees: [attendee({ personId: dup.id, fullName: 'Trần Văn Dũng' })] });
    core.must('meetings:delete', { id: meetingId });
    core.must('people:merge', { keepId: keep.id, mergeId: dup.id });
    core.must('meetings:restore', { id: meetingId });
    expect(core.must('meetings:get', { id: meetingId }).attendees[0]!.personId).toBe(keep.id);
  });

  it('merging with a missing person → NOT_FOUND, nothing changes; with itself → VALIDATION', () => {
    core = openTestCore();
    const p = person(core, 'Nguyễn Văn An');
    const before = dumpUserTables(core.ctx.db);
    expectFailure(core.call('people:merge', { keepId: p.id, mergeId: 999 }), 'NOT_FOUND');
    expectFailure(core.call('people:merge', { keepId: 999, mergeId: p.id }), 'NOT_FOUND');
    expectFailure(core.call('people:merge', { keepId: p.id, mergeId: p.id }), 'VALIDATION');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });
});

describe('people: delete', () => {
  it('a person recorded in a meeting → IN_USE, nothing deleted', () => {
    core = openTestCore();
    const p = person(core, 'Nguyễn Văn An');
    createAndSaveMeeting(core, { attendees: [attendee({ personId: p.id, fullName: 'Nguyễn Văn An' })] });
    createAndSaveMeeting(core, { attendees: [attendee({ personId: p.id, fullName: 'Nguyễn Văn An' })] });
    const before = dumpUserTables(core.ctx.db);
    const message = expectFailure(core.call('people:delete', { id: p.id }), 'IN_USE');
    expect(message).toContain('Nguyễn Văn An');
    expect(message).toContain('2 hội nghị');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('a person recorded only in a meeting in the bin → IN_USE (restoring must bring the link back)', () => {
    core = openTestCore();
    const p = person(core, 'Nguyễn Văn An');
    const meetingId = createAndSaveMeeting(core, { attendees: [attendee({ personId: p.id, fullName: 'Nguyễn Văn An' })] });
    core.must('meetings:delete', { id: meetingId });
    expectFailure(core.call('people:delete', { id: p.id }), 'IN_USE');
    core.must('meetings:restore', { id: meetingId });
    expect(core.must('meetings:get', { id: meetingId }).attendees[0]!.personId).toBe(p.id);
  });

  it('a person no meeting refers to is deleted; the meeting count follows saves', () => {
    core = openTestCore();
    const p = person(core, 'Nguyễn Văn An');
    const other = person(core, 'Lê Thị Cúc');
    const row = attendee({ personId: p.id, fullName: 'Nguyễn Văn An' });
    const meetingId = createAndSaveMeeting(core, { attendees: [row] });
    expect(core.must('people:list', { text: 'nguyen van an' })[0]!.meetingCount).toBe(1);
    // Removing the person from the meeting frees them.
    const meeting = core.must('meetings:get', { id: meetingId });
    core.must('meetings:save', { ...meeting, attendees: [] });
    expect(core.must('people:list', { text: 'nguyen van an' })[0]!.meetingCount).toBe(0);
    expect(core.must('people:delete', { id: p.id })).toEqual({ id: p.id });
    expect(core.must('people:list', { includeInactive: true }).map((x) => x.id)).toEqual([other.id]);
  });

  it('deleting a missing person → NOT_FOUND', () => {
    core = openTestCore();
    expectFailure(core.call('people:delete', { id: 5 }), 'NOT_FOUND');
  });
});
