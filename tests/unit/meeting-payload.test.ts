import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { toSavePayload } from '../../renderer/src/store/meeting-payload';
import type { Meeting } from '../../shared/schemas/meeting';
import { openTestCore, type TestCore } from '../support/core';
import { createMeeting, person } from '../support/fixtures';

type Attendee = Meeting['attendees'][number];
type AgendaItem = Meeting['agenda'][number];
type Speech = AgendaItem['speeches'][number];
type Conclusion = Meeting['conclusions'][number];
type Award = Meeting['awards'][number];
type Point = Meeting['connectedPoints'][number];

// Rows as the editor adds them: every text empty, every choice at its first value.
const blankAttendee = (o: Partial<Attendee> = {}): Attendee => ({
  id: randomUUID(),
  personId: null,
  fullName: '',
  title: '',
  organisationName: '',
  role: 'dai_bieu',
  attendance: 'co_mat',
  absenceReason: '',
  ...o,
});
const blankSpeech = (o: Partial<Speech> = {}): Speech => ({
  id: randomUUID(),
  kind: 'phat_bieu',
  speakerName: '',
  speakerTitle: '',
  summary: '',
  ...o,
});
const blankAgendaItem = (o: Partial<AgendaItem> = {}): AgendaItem => ({
  id: randomUUID(),
  title: '',
  presenter: '',
  speeches: [],
  ...o,
});
const blankConclusion = (content = ''): Conclusion => ({ id: randomUUID(), content });
const blankAward = (o: Partial<Award> = {}): Award => ({
  id: randomUUID(),
  form: 'bang_khen',
  formOther: '',
  recipient: '',
  recipientKind: 'tap_the',
  issuer: '',
  ...o,
});
const blankPoint = (name = ''): Point => ({ id: randomUUID(), name });

const ids = (rows: Array<{ id: string }>) => rows.map((row) => row.id);

let core: TestCore;
afterEach(() => core?.close());

/** A meeting as `meetings:get` returns it, the way the editor holds it. */
function loadedMeeting(): Meeting {
  core = openTestCore();
  return core.must('meetings:get', { id: createMeeting(core) });
}

describe('toSavePayload', () => {
  it('drops a blank row of every kind', () => {
    const meeting: Meeting = {
      ...loadedMeeting(),
      connectedPoints: [blankPoint(), blankPoint('   ')],
      attendees: [blankAttendee(), blankAttendee({ fullName: ' ', title: '\t' })],
      agenda: [blankAgendaItem(), blankAgendaItem({ title: '  ', speeches: [blankSpeech(), blankSpeech({ summary: '\n' })] })],
      conclusions: [blankConclusion(), blankConclusion('  \n ')],
      awards: [blankAward(), blankAward({ recipient: ' ' })],
    };
    const payload = toSavePayload(meeting);
    expect(payload.connectedPoints).toEqual([]);
    expect(payload.attendees).toEqual([]);
    expect(payload.agenda).toEqual([]);
    expect(payload.conclusions).toEqual([]);
    expect(payload.awards).toEqual([]);
  });

  it('keeps a row as soon as any one of its texts is filled, in order and with its id', () => {
    const meeting = loadedMeeting();
    const points = [blankPoint(), blankPoint('Điểm cầu xã Tân Lập'), blankPoint()];
    const attendees = [
      blankAttendee({ fullName: 'Nguyễn Văn Hùng' }),
      blankAttendee(),
      blankAttendee({ title: 'Chủ tịch Hội Nông dân' }),
      blankAttendee({ organisationName: 'Hội Cựu chiến binh' }),
      blankAttendee({ attendance: 'vang_co_ly_do', absenceReason: 'Ốm' }),
    ];
    const agenda = [
      blankAgendaItem({ title: 'Báo cáo tổng kết' }),
      blankAgendaItem(),
      blankAgendaItem({ presenter: 'Phó Chủ tịch' }),
    ];
    const conclusions = [blankConclusion('Giao Ban Phong trào theo dõi.'), blankConclusion()];
    const awards = [
      blankAward({ recipient: 'Ủy ban MTTQ xã Tân Lập' }),
      blankAward({ form: 'khac', formOther: 'Kỷ niệm chương' }),
      blankAward(),
      blankAward({ issuer: 'Ủy ban Trung ương MTTQ Việt Nam' }),
    ];
    const payload = toSavePayload({ ...meeting, connectedPoints: points, attendees, agenda, conclusions, awards });

    expect(payload.connectedPoints).toEqual([points[1]]);
    expect(ids(payload.attendees)).toEqual(ids([attendees[0]!, attendees[2]!, attendees[3]!, attendees[4]!]));
    expect(ids(payload.agenda)).toEqual(ids([agenda[0]!, agenda[2]!]));
    expect(payload.conclusions).toEqual([conclusions[0]]);
    expect(ids(payload.awards)).toEqual(ids([awards[0]!, awards[1]!, awards[3]!]));
    expect(payload.attendees[0]).toEqual(attendees[0]);
  });

  it('keeps an attendee picked from the directory even before any text shows', () => {
    const meeting = loadedMeeting();
    const linked = blankAttendee({ personId: 7 });
    expect(toSavePayload({ ...meeting, attendees: [blankAttendee(), linked] }).attendees).toEqual([linked]);
  });

  it('keeps an agenda item that has only speeches, and drops its blank speeches', () => {
    const meeting = loadedMeeting();
    const spoken = blankSpeech({ speakerName: 'Trần Thị Lan' });
    const summaryOnly = blankSpeech({ summary: 'Đề nghị tăng cường phối hợp.' });
    const titleOnly = blankSpeech({ speakerTitle: 'Chủ tịch Hội LHPN tỉnh' });
    const item = blankAgendaItem({ speeches: [blankSpeech(), spoken, blankSpeech({ speakerName: '  ' }), summaryOnly, titleOnly] });
    const onlyBlankSpeeches = blankAgendaItem({ speeches: [blankSpeech(), blankSpeech()] });

    const payload = toSavePayload({ ...meeting, agenda: [item, onlyBlankSpeeches] });

    expect(ids(payload.agenda)).toEqual([item.id]);
    expect(payload.agenda[0]!.speeches).toEqual([spoken, summaryOnly, titleOnly]);
  });

  it('drops blank speeches from an item that has a title', () => {
    const meeting = loadedMeeting();
    const item = blankAgendaItem({ title: 'Bế mạc', speeches: [blankSpeech()] });
    expect(toSavePayload({ ...meeting, agenda: [item] }).agenda).toEqual([{ ...item, speeches: [] }]);
  });

  it('leaves the meeting on screen untouched and keeps the header fields', () => {
    const meeting: Meeting = {
      ...loadedMeeting(),
      place: 'Hội trường',
      notes: '',
      attendees: [blankAttendee()],
      agenda: [blankAgendaItem({ title: 'Khai mạc', speeches: [blankSpeech()] })],
    };
    const copy = structuredClone(meeting);
    const payload = toSavePayload(meeting);
    expect(meeting).toEqual(copy);
    const { connectedPoints, attendees, agenda, conclusions, awards, ...header } = payload;
    const { connectedPoints: _p, attendees: _a, agenda: _g, conclusions: _c, awards: _w, ...screenHeader } = meeting;
    expect(header).toEqual(screenHeader);
    expect([connectedPoints, attendees, conclusions, awards].map((rows) => rows.length)).toEqual([0, 0, 0, 0]);
    expect(agenda[0]!.speeches).toEqual([]);
  });

  it('produces a payload the real save handler accepts, with every row saved under its own id', () => {
    const meeting = loadedMeeting();
    const directoryPerson = person(core, 'Nguyễn Văn Hùng', { title: 'Chủ tịch Ủy ban MTTQ tỉnh' });
    const screen: Meeting = {
      ...meeting,
      place: 'Hội trường Ủy ban MTTQ tỉnh',
      format: 'truc_tuyen',
      connectedPoints: [blankPoint('Điểm cầu xã Tân Lập'), blankPoint()],
      attendees: [
        blankAttendee({ personId: directoryPerson.id }),
        blankAttendee(),
        blankAttendee({ title: 'Giám đốc Sở Nội vụ' }),
        blankAttendee({ fullName: 'Phạm Thu Hà', attendance: 'vang_co_ly_do', absenceReason: 'Đi công tác' }),
      ],
      agenda: [
        blankAgendaItem({ speeches: [blankSpeech(), blankSpeech({ kind: 'tham_luan', speakerName: 'Hội Nông dân tỉnh' })] }),
        blankAgendaItem(),
        blankAgendaItem({ title: 'Bế mạc', speeches: [blankSpeech()] }),
      ],
      conclusions: [blankConclusion(), blankConclusion('Các tổ chức thành viên tập trung thực hiện.')],
      awards: [blankAward(), blankAward({ issuer: 'Ủy ban Trung ương MTTQ Việt Nam' })],
    };
    const payload = toSavePayload(screen);

    const saved = core.call('meetings:save', payload);
    expect(saved, saved.ok ? '' : saved.error.message).toMatchObject({ ok: true, data: { id: meeting.id } });

    const back = core.must('meetings:get', { id: meeting.id });
    expect(back.place).toBe('Hội trường Ủy ban MTTQ tỉnh');
    expect(ids(back.connectedPoints)).toEqual(ids(payload.connectedPoints));
    expect(ids(back.attendees)).toEqual(ids(payload.attendees));
    expect(back.attendees.map((a) => a.personId)).toEqual([directoryPerson.id, null, null]);
    expect(ids(back.agenda)).toEqual(ids(payload.agenda));
    expect(back.agenda.map((item) => ids(item.speeches))).toEqual(payload.agenda.map((item) => ids(item.speeches)));
    expect(ids(back.conclusions)).toEqual(ids(payload.conclusions));
    expect(ids(back.awards)).toEqual(ids(payload.awards));
    expect(back.conclusions[0]!.content).toBe('Các tổ chức thành viên tập trung thực hiện.');

    // Saving the same screen again (autosave does) changes nothing.
    core.must('meetings:save', toSavePayload(screen));
    const again = core.must('meetings:get', { id: meeting.id });
    expect({ ...again, updatedAt: '' }).toEqual({ ...back, updatedAt: '' });
  });
});
