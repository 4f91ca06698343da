import { randomUUID } from 'node:crypto';
import type { ChannelInput } from '../../shared/ipc/contract';
import type { Meeting, MeetingInput } from '../../shared/schemas/meeting';
import type { TestCore } from './core';

type AttendeeInput = NonNullable<MeetingInput['attendees']>[number];
type AgendaInput = NonNullable<MeetingInput['agenda']>[number];
type SpeechInput = NonNullable<AgendaInput['speeches']>[number];
type ConclusionInput = NonNullable<MeetingInput['conclusions']>[number];
type AwardInput = NonNullable<MeetingInput['awards']>[number];
type PointInput = NonNullable<MeetingInput['connectedPoints']>[number];

export function attendee(overrides: Partial<AttendeeInput> = {}): AttendeeInput {
  return {
    id: randomUUID(),
    personId: null,
    fullName: 'Nguyễn Văn An',
    title: 'Ủy viên Ban Thường trực',
    organisationName: 'Ủy ban MTTQ tỉnh',
    role: 'dai_bieu',
    attendance: 'co_mat',
    absenceReason: '',
    ...overrides,
  };
}

export function speech(overrides: Partial<SpeechInput> = {}): SpeechInput {
  return {
    id: randomUUID(),
    kind: 'phat_bieu',
    speakerName: 'Trần Thị Bình',
    speakerTitle: 'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh',
    summary: 'Đề nghị tăng cường phối hợp.',
    ...overrides,
  };
}

export function agendaItem(overrides: Partial<AgendaInput> = {}): AgendaInput {
  return { id: randomUUID(), title: 'Báo cáo tổng kết công tác năm 2025', presenter: 'Phó Chủ tịch', speeches: [], ...overrides };
}

export function conclusion(content: string): ConclusionInput {
  return { id: randomUUID(), content };
}

export function award(overrides: Partial<AwardInput> = {}): AwardInput {
  return {
    id: randomUUID(),
    form: 'bang_khen',
    formOther: '',
    recipient: 'Ủy ban MTTQ xã Tân Lập',
    recipientKind: 'tap_the',
    issuer: 'Ủy ban Trung ương MTTQ Việt Nam',
    ...overrides,
  };
}

export function connectedPoint(name: string): PointInput {
  return { id: randomUUID(), name };
}

/** Turns a meeting read back from `meetings:get` into the input `meetings:save` takes. */
export function toInput(meeting: Meeting): MeetingInput {
  const { createdAt: _createdAt, updatedAt: _updatedAt, ...input } = meeting;
  return input;
}

/** Creates a meeting and returns its id. */
export function createMeeting(
  core: TestCore,
  overrides: Partial<ChannelInput<'meetings:create'>> = {},
): number {
  return core.must('meetings:create', {
    title: 'Hội nghị tổng kết công tác Mặt trận năm 2025',
    kind: 'tong_ket',
    startAt: '2026-01-05T08:00',
    ...overrides,
  }).id;
}

/** Creates a meeting, then saves it with `changes` applied to the blank record; returns the id. */
export function createAndSaveMeeting(
  core: TestCore,
  changes: Partial<MeetingInput> & Partial<ChannelInput<'meetings:create'>> = {},
): number {
  const id = createMeeting(core, {
    ...(changes.title === undefined ? {} : { title: changes.title }),
    ...(changes.kind === undefined ? {} : { kind: changes.kind }),
    ...(changes.startAt === undefined ? {} : { startAt: changes.startAt }),
  });
  const blank = core.must('meetings:get', { id });
  core.must('meetings:save', { ...toInput(blank), ...changes, id });
  return id;
}

export function organisation(core: TestCore, name: string, overrides: Partial<ChannelInput<'organisations:save'>> = {}) {
  return core.must('organisations:save', { name, kind: 'to_chuc_thanh_vien', abbreviation: '', ...overrides });
}

export function person(core: TestCore, fullName: string, overrides: Partial<ChannelInput<'people:save'>> = {}) {
  return core.must('people:save', { fullName, title: '', organisationId: null, phone: '', email: '', ...overrides });
}
