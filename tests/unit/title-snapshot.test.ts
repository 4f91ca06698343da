import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/core';
import { attendee, createAndSaveMeeting, organisation, person, toInput } from '../support/fixtures';

let core: TestCore;
afterEach(() => core?.close());

/**
 * A meeting records the title a person held at that meeting. Changing the directory later must
 * never rewrite the past; a new meeting takes today's title from the directory.
 */
describe('attendee titles are snapshots', () => {
  it('meeting A keeps title X after the directory changes to Y; meeting B picks Y', () => {
    core = openTestCore();
    const oldOrg = organisation(core, 'Hội Nông dân tỉnh');
    const newOrg = organisation(core, 'Ủy ban MTTQ tỉnh');
    const p = person(core, 'Nguyễn Văn Hùng', { title: 'Phó Chủ tịch Hội Nông dân tỉnh', organisationId: oldOrg.id });

    // Meeting A: the attendee row is filled from the directory as it is today (what the renderer does).
    const fromDirectory = (id: number) => {
      const current = core.must('people:list', { includeInactive: true }).find((x) => x.id === id)!;
      return attendee({ personId: current.id, fullName: current.fullName, title: current.title, organisationName: current.organisationName });
    };
    const meetingA = createAndSaveMeeting(core, { title: 'Hội nghị A', startAt: '2025-06-01T08:00', attendees: [fromDirectory(p.id)] });

    // The person is promoted and moves; the organisation is renamed too.
    core.must('people:save', { id: p.id, fullName: 'Nguyễn Văn Hùng', title: 'Chủ tịch Ủy ban MTTQ tỉnh', organisationId: newOrg.id });
    core.must('organisations:save', { id: oldOrg.id, name: 'Hội Nông dân tỉnh Quảng Ninh', kind: 'to_chuc_thanh_vien' });

    const a = core.must('meetings:get', { id: meetingA });
    expect(a.attendees[0]).toMatchObject({
      personId: p.id,
      fullName: 'Nguyễn Văn Hùng',
      title: 'Phó Chủ tịch Hội Nông dân tỉnh',
      organisationName: 'Hội Nông dân tỉnh',
    });

    const meetingB = createAndSaveMeeting(core, { title: 'Hội nghị B', startAt: '2026-03-01T08:00', attendees: [fromDirectory(p.id)] });
    const b = core.must('meetings:get', { id: meetingB });
    expect(b.attendees[0]).toMatchObject({ personId: p.id, title: 'Chủ tịch Ủy ban MTTQ tỉnh', organisationName: 'Ủy ban MTTQ tỉnh' });

    // Re-saving meeting A unchanged (autosave) keeps X as well.
    core.must('meetings:save', toInput(core.must('meetings:get', { id: meetingA })));
    expect(core.must('meetings:get', { id: meetingA }).attendees[0]!.title).toBe('Phó Chủ tịch Hội Nông dân tỉnh');
    // Both meetings count for the person.
    expect(core.must('people:list', { text: 'hung' })[0]!.meetingCount).toBe(2);
  });

  it('merging organisations and deactivating the person does not touch recorded titles', () => {
    core = openTestCore();
    const keep = organisation(core, 'Hội Liên hiệp Phụ nữ tỉnh');
    const dup = organisation(core, 'Hội Phụ nữ tỉnh');
    const p = person(core, 'Trần Thị Lan', { title: 'Chủ tịch', organisationId: dup.id });
    const id = createAndSaveMeeting(core, {
      attendees: [attendee({ personId: p.id, fullName: 'Trần Thị Lan', title: 'Chủ tịch Hội Phụ nữ tỉnh', organisationName: 'Hội Phụ nữ tỉnh' })],
    });
    const before = core.must('meetings:get', { id });
    core.must('organisations:merge', { keepId: keep.id, mergeId: dup.id });
    core.must('people:setActive', { id: p.id, active: false });
    expect(core.must('meetings:get', { id })).toEqual(before);
  });
});
