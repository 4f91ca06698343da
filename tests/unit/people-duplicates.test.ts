/**
 * Issue 8: a duplicate person was accepted without a word. Through the real dispatcher on a real
 * file: a new (or renamed) person whose name folds to one already in the directory, with nothing
 * recorded to tell them apart, is refused with PERSON_DUPLICATE naming them — until the user
 * confirms; namesakes of two organisations are two people; "Nhập từ văn bản" links such a person
 * instead of adding them again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/ipc/contract';
import type { IntakeApplyInput } from '../../shared/schemas/intake';
import { openTestCore, type TestCore } from '../support/core';
import { dumpUserTables } from '../support/db-dump';
import { organisation, person } from '../support/fixtures';
import { expectFailure } from '../support/results';

let core: TestCore;
afterEach(() => core?.close());

type PersonInput = ChannelInput<'people:save'>;
const save = (input: PersonInput) => core.call('people:save', input);
const duplicatesOf = (result: ReturnType<typeof save>) => (!result.ok && result.error.details?.kind === 'people' ? result.error.details.people.map((p) => p.id) : null);

describe('a new person the directory may already have', () => {
  it('is refused, naming the person there, with nothing written; saved once the user confirms', () => {
    core = openTestCore();
    const hnd = organisation(core, 'Hội Nông dân tỉnh');
    const an = person(core, 'Nguyễn Văn An', { title: 'Chủ tịch', organisationId: hnd.id });
    const before = dumpUserTables(core.ctx.db);
    // Typed without tone marks, in capitals, with stray spaces: the same name.
    const typed: PersonInput = { fullName: '  NGUYEN  van an ', title: 'Phó Chủ tịch', organisationId: hnd.id, phone: '0912 345 678' };
    const result = save(typed);
    expect(expectFailure(result, 'PERSON_DUPLICATE')).toBe('Đã có người tên Nguyễn Văn An (Chủ tịch, Hội Nông dân tỉnh) trong danh bạ.');
    expect(duplicatesOf(result)).toEqual([an.id]);
    expect(dumpUserTables(core.ctx.db)).toEqual(before);

    const added = core.must('people:save', { ...typed, confirmDuplicate: true });
    expect(added).toMatchObject({ fullName: 'NGUYEN van an', organisationId: hnd.id, phone: '0912 345 678' });
    expect(core.must('people:list', { includeInactive: true })).toHaveLength(2);
  });

  it('namesakes of two different organisations are two people: no question', () => {
    core = openTestCore();
    const hnd = organisation(core, 'Hội Nông dân tỉnh');
    const doan = organisation(core, 'Tỉnh đoàn');
    const an = person(core, 'Nguyễn Văn An', { title: 'Chủ tịch', organisationId: hnd.id });
    expect(core.must('people:save', { fullName: 'Nguyễn Văn An', title: 'Chủ tịch', organisationId: doan.id }).organisationName).toBe('Tỉnh đoàn');
    // The one of the same organisation is still asked about.
    expect(duplicatesOf(save({ fullName: 'Nguyễn Văn An', title: 'Ủy viên', organisationId: hnd.id }))).toEqual([an.id]);
  });

  it('without an organisation on one side, the title decides: the same title or none is a question, another title is someone else', () => {
    core = openTestCore();
    const hnd = organisation(core, 'Hội Nông dân tỉnh');
    const an = person(core, 'Nguyễn Văn An', { title: 'Chủ tịch Hội Nông dân tỉnh', organisationId: hnd.id });
    expect(duplicatesOf(save({ fullName: 'Nguyễn Văn An' }))).toEqual([an.id]);
    expect(duplicatesOf(save({ fullName: 'Nguyễn Văn An', title: 'chủ tịch hội nông dân tỉnh' }))).toEqual([an.id]);
    expect(core.must('people:save', { fullName: 'Nguyễn Văn An', title: 'Bí thư Chi bộ khu phố 3' }).title).toBe('Bí thư Chi bộ khu phố 3');
    // Nothing but the name on either side: nothing tells them apart.
    const bare = person(core, 'Lê Thị Hoa');
    expect(expectFailure(save({ fullName: 'Le Thi Hoa' }), 'PERSON_DUPLICATE')).toBe('Đã có người tên Lê Thị Hoa (chưa ghi chức vụ, đơn vị) trong danh bạ.');
    expect(duplicatesOf(save({ fullName: 'Le Thi Hoa' }))).toEqual([bare.id]);
  });

  it('names someone no longer in use too, and every namesake there, same organisation first', () => {
    core = openTestCore();
    const hnd = organisation(core, 'Hội Nông dân tỉnh');
    const retired = person(core, 'Trần Văn Bình', { title: 'Phó Chủ tịch' });
    core.must('people:setActive', { id: retired.id, active: false });
    const current = person(core, 'Trần Văn Bình', { title: 'Chủ tịch', organisationId: hnd.id });
    const result = save({ fullName: 'Trần Văn Bình', organisationId: hnd.id });
    expect(expectFailure(result, 'PERSON_DUPLICATE')).toBe(
      'Đã có 2 người tên Trần Văn Bình trong danh bạ: Trần Văn Bình (Chủ tịch, Hội Nông dân tỉnh); Trần Văn Bình (Phó Chủ tịch, đã ngừng sử dụng).',
    );
    expect(duplicatesOf(result)).toEqual([current.id, retired.id]);
  });
});

describe('an edit', () => {
  it('renaming someone into a namesake of the same organisation asks first; the confirmed rename is saved', () => {
    core = openTestCore();
    const hnd = organisation(core, 'Hội Nông dân tỉnh');
    const an = person(core, 'Nguyễn Văn An', { title: 'Chủ tịch', organisationId: hnd.id });
    const typo = person(core, 'Nguyễn Văn Anh', { title: 'Chủ tịch', organisationId: hnd.id });
    const rename: PersonInput = { id: typo.id, fullName: 'Nguyễn Văn An', title: 'Chủ tịch', organisationId: hnd.id };
    const result = save(rename);
    expectFailure(result, 'PERSON_DUPLICATE');
    expect(duplicatesOf(result)).toEqual([an.id]);
    expect(core.must('people:save', { ...rename, confirmDuplicate: true }).fullName).toBe('Nguyễn Văn An');
  });

  it('that leaves name, title and organisation as they were is never asked about, even with a namesake there', () => {
    core = openTestCore();
    const first = person(core, 'Phạm Thị Lan');
    expectFailure(save({ fullName: 'Phạm Thị Lan' }), 'PERSON_DUPLICATE');
    const second = person(core, 'Phạm Thị Lan', { confirmDuplicate: true });
    expect(core.must('people:save', { id: second.id, fullName: 'Phạm Thị Lan', phone: '0203 3821 234' }).phone).toBe('0203 3821 234');
    expect(core.must('people:save', { id: first.id, fullName: 'Phạm Thị Lan', email: 'lan@example.vn' }).email).toBe('lan@example.vn');
    // Typed again without tone marks, the name is the same name: still no question.
    expect(core.must('people:save', { id: second.id, fullName: 'Pham Thi Lan', phone: '0203 3821 234' }).fullName).toBe('Pham Thi Lan');
  });
});

describe('"Nhập từ văn bản"', () => {
  const meetingWith = (attendees: IntakeApplyInput['attendees']): IntakeApplyInput => ({
    meetingId: null,
    header: { title: 'Hội nghị giao ban quý I', kind: 'giao_ban', startAt: '2026-03-05T08:00' },
    attendees,
  });

  it('links someone the directory may already have instead of adding them again; a namesake told apart is added', () => {
    core = openTestCore();
    const hnd = organisation(core, 'Hội Nông dân thành phố');
    const doan = organisation(core, 'Thành đoàn');
    // Two namesakes: the reading could not choose, so the review sent the person as new.
    const farmer = person(core, 'Lê Trí Vũ', { title: 'Chủ tịch', organisationId: hnd.id });
    person(core, 'Lê Trí Vũ', { title: 'Bí thư', organisationId: doan.id });
    const result = core.must(
      'intake:apply',
      meetingWith([
        { fullName: 'Lê Trí Vũ', title: 'Chủ tịch Hội Nông dân thành phố', organisationName: 'Hội Nông dân thành phố', role: 'dai_bieu', personId: null, addToDirectory: true },
      ]),
    );
    expect(core.must('meetings:get', { id: result.meetingId }).attendees.map((a) => a.personId)).toEqual([farmer.id]);
    expect(result.added.people).toBe(0);
    expect(core.must('people:list', { text: 'le tri vu', includeInactive: true })).toHaveLength(2);

    // No organisation, and a title neither of them holds: a third Lê Trí Vũ.
    const other = core.must('intake:apply', meetingWith([{ fullName: 'Lê Trí Vũ', title: 'Phó Chủ tịch UBND thành phố', role: 'dai_bieu', addToDirectory: true }]));
    expect(other.added.people).toBe(1);
    expect(core.must('people:list', { text: 'le tri vu', includeInactive: true })).toHaveLength(3);
  });
});
