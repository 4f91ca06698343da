import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/ipc/contract';
import type { Meeting, MeetingInput } from '../../shared/schemas/meeting';
import { openTestCore, type TestCore } from '../support/core';
import { dumpUserTables } from '../support/db-dump';
import {
  agendaItem,
  attendee,
  award,
  conclusion,
  connectedPoint,
  createAndSaveMeeting,
  createMeeting,
  person,
  speech,
  toInput,
} from '../support/fixtures';
import { expectFailure } from '../support/results';

let core: TestCore;
afterEach(() => core?.close());

/** A meeting record with every field and every kind of row filled in. */
function fullRecord(id: number, personId: number | null): MeetingInput {
  return {
    id,
    title: 'Hội nghị tổng kết công tác Mặt trận năm 2025, triển khai nhiệm vụ năm 2026',
    kind: 'khac',
    kindOther: 'Hội nghị liên tịch',
    startAt: '2026-01-05T08:00',
    endAt: '2026-01-05T11:30',
    place: 'Hội trường Ủy ban MTTQ tỉnh',
    format: 'ket_hop',
    connectedPoints: [connectedPoint('Điểm cầu xã Tân Lập'), connectedPoint('Điểm cầu phường Hồng Gai')],
    hostName: 'Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh',
    status: 'da_hop',
    notes: 'Ghi chú dòng một.\n\nGhi chú dòng hai.',
    attendees: [
      attendee({ personId, fullName: 'Nguyễn Văn Hùng', title: 'Chủ tịch Ủy ban MTTQ tỉnh', role: 'chu_tri' }),
      attendee({ fullName: 'Trần Thị Lan', title: 'Phó Chủ tịch', role: 'dong_chu_tri' }),
      attendee({ fullName: 'Lê Văn Minh', title: 'Chuyên viên', role: 'thu_ky' }),
      attendee({ fullName: 'Phạm Thu Hà', title: 'Chủ tịch Hội LHPN tỉnh', role: 'dai_bieu', attendance: 'vang_co_ly_do', absenceReason: 'Đi công tác' }),
      attendee({ fullName: 'Đỗ Văn Tú', title: 'Giám đốc Sở Nội vụ', role: 'khach_moi', attendance: 'vang' }),
    ],
    agenda: [
      agendaItem({
        title: 'Báo cáo tổng kết năm 2025',
        presenter: 'Trần Thị Lan',
        speeches: [
          speech({ kind: 'bao_cao', speakerName: 'Trần Thị Lan', summary: 'Kết quả nổi bật.\nHạn chế.' }),
          speech({ kind: 'tham_luan', speakerName: 'Hội Nông dân tỉnh', speakerTitle: '' }),
        ],
      }),
      agendaItem({
        title: 'Phát biểu chỉ đạo',
        presenter: '',
        speeches: [speech({ kind: 'chi_dao', speakerName: 'Nguyễn Văn Hùng', speakerTitle: 'Chủ tịch' })],
      }),
      agendaItem({ title: 'Bế mạc', presenter: '', speeches: [] }),
    ],
    conclusions: [conclusion('Các tổ chức thành viên tập trung thực hiện Nghị quyết số 56-NQ/TU.'), conclusion('Giao Ban Phong trào theo dõi.')],
    awards: [
      award({ form: 'co_thi_dua', recipient: 'Ủy ban MTTQ xã Tân Lập', recipientKind: 'tap_the' }),
      award({ form: 'khac', formOther: 'Kỷ niệm chương', recipient: 'Ông Nguyễn Văn A', recipientKind: 'ca_nhan', issuer: '' }),
    ],
  };
}

function get(id: number): Meeting {
  return core.must('meetings:get', { id });
}

function rowIds(table: string, meetingId: number): Array<{ rowid: number; id: string }> {
  return core.ctx.db.prepare(`SELECT rowid, id FROM ${table} WHERE meeting_id = ? ORDER BY id`).all(meetingId) as Array<{
    rowid: number;
    id: string;
  }>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const CHILD_TABLES = ['meeting_connected_points', 'meeting_attendees', 'agenda_items', 'speeches', 'conclusions', 'awards'] as const;

describe('meetings: create and read', () => {
  it('creates a meeting with defaults for everything not given', () => {
    core = openTestCore({ now: new Date('2026-03-10T02:00:00.000Z') });
    const result = core.must('meetings:create', { title: 'Hội nghị giao ban quý I', kind: 'giao_ban', startAt: '2026-03-20T14:00' });
    expect(result).toEqual({ id: result.id, updatedAt: '2026-03-10T02:00:00.000Z' });
    expect(get(result.id)).toEqual({
      id: result.id,
      title: 'Hội nghị giao ban quý I',
      kind: 'giao_ban',
      kindOther: '',
      startAt: '2026-03-20T14:00',
      endAt: null,
      place: '',
      format: 'truc_tiep',
      connectedPoints: [],
      hostName: '',
      status: 'du_kien',
      notes: '',
      attendees: [],
      agenda: [],
      conclusions: [],
      awards: [],
      uuid: expect.stringMatching(UUID),
      createdAt: '2026-03-10T02:00:00.000Z',
      updatedAt: '2026-03-10T02:00:00.000Z',
    });
  });

  it('get of a missing meeting → NOT_FOUND', () => {
    core = openTestCore();
    expectFailure(core.call('meetings:get', { id: 404 }), 'NOT_FOUND');
  });
});

describe('meetings: save', () => {
  it('round-trips every field and every row, in order', () => {
    core = openTestCore({ now: new Date('2026-03-10T02:00:00.000Z') });
    const p = person(core, 'Nguyễn Văn Hùng', { title: 'Chủ tịch Ủy ban MTTQ tỉnh' });
    const id = createMeeting(core);
    core.setNow(new Date('2026-03-11T05:00:00.000Z'));
    const input = fullRecord(id, p.id);
    const result = core.must('meetings:save', input);
    expect(result).toEqual({ id, updatedAt: '2026-03-11T05:00:00.000Z' });
    expect(get(id)).toEqual({ ...input, uuid: expect.stringMatching(UUID), createdAt: '2026-03-10T02:00:00.000Z', updatedAt: '2026-03-11T05:00:00.000Z' });
  });

  it('keeps child ids (and their rows) across saves, updating values in place', () => {
    core = openTestCore();
    const id = createMeeting(core);
    core.must('meetings:save', fullRecord(id, null));
    const before = Object.fromEntries(CHILD_TABLES.map((t) => [t, rowIds(t, id)]));
    const first = get(id);

    const edited: MeetingInput = {
      ...toInput(first),
      attendees: first.attendees.map((a) => ({ ...a, title: `${a.title} (sửa)` })),
      agenda: first.agenda.map((item) => ({ ...item, title: `${item.title} (sửa)`, speeches: item.speeches.map((s) => ({ ...s, summary: 'Đã sửa' })) })),
      conclusions: first.conclusions.map((c) => ({ ...c, content: `${c.content} (sửa)` })),
      awards: first.awards.map((a) => ({ ...a, issuer: 'Chủ tịch UBND tỉnh' })),
      connectedPoints: first.connectedPoints.map((c) => ({ ...c, name: `${c.name} (sửa)` })),
    };
    core.must('meetings:save', edited);
    for (const table of CHILD_TABLES) expect(rowIds(table, id), table).toEqual(before[table]);
    const after = get(id);
    expect(after.attendees.map((a) => a.id)).toEqual(first.attendees.map((a) => a.id));
    expect(after.attendees[0]!.title).toBe('Chủ tịch Ủy ban MTTQ tỉnh (sửa)');
    expect(after.agenda.flatMap((i) => i.speeches.map((s) => s.summary))).toEqual(['Đã sửa', 'Đã sửa', 'Đã sửa']);
    expect(after.conclusions[1]!.content).toBe('Giao Ban Phong trào theo dõi. (sửa)');
    expect(after.awards.map((a) => a.issuer)).toEqual(['Chủ tịch UBND tỉnh', 'Chủ tịch UBND tỉnh']);
    expect(after.connectedPoints[0]!.name).toBe('Điểm cầu xã Tân Lập (sửa)');
  });

  it('deletes rows that are no longer sent, speeches of a removed agenda item included', () => {
    core = openTestCore();
    const id = createMeeting(core);
    core.must('meetings:save', fullRecord(id, null));
    const first = get(id);
    const [item0, item1, item2] = first.agenda;
    core.must('meetings:save', {
      ...toInput(first),
      attendees: [first.attendees[0]!, first.attendees[3]!],
      agenda: [{ ...item0!, speeches: [item0!.speeches[1]!] }, item2!],
      conclusions: [],
      awards: [first.awards[1]!],
      connectedPoints: [],
    });
    const after = get(id);
    expect(after.attendees.map((a) => a.fullName)).toEqual(['Nguyễn Văn Hùng', 'Phạm Thu Hà']);
    expect(after.agenda.map((i) => [i.title, i.speeches.map((s) => s.kind)])).toEqual([
      ['Báo cáo tổng kết năm 2025', ['tham_luan']],
      ['Bế mạc', []],
    ]);
    expect(after.conclusions).toEqual([]);
    expect(after.awards.map((a) => a.formOther)).toEqual(['Kỷ niệm chương']);
    expect(after.connectedPoints).toEqual([]);
    // No orphans left in the tables.
    const count = (table: string) => (core.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(CHILD_TABLES.map(count)).toEqual([0, 2, 2, 1, 0, 1]);
    expect(core.ctx.db.prepare('SELECT count(*) AS n FROM speeches WHERE agenda_item_id = ?').get(item1!.id)).toEqual({ n: 0 });
  });

  it('keeps a new order of rows, speeches moved between agenda items included', () => {
    core = openTestCore();
    const id = createMeeting(core);
    core.must('meetings:save', fullRecord(id, null));
    const first = get(id);
    const [item0, item1, item2] = first.agenda;
    const movedSpeech = item0!.speeches[0]!;
    core.must('meetings:save', {
      ...toInput(first),
      attendees: [...first.attendees].reverse(),
      agenda: [
        { ...item2!, speeches: [] },
        { ...item1!, speeches: [movedSpeech, ...item1!.speeches] },
        { ...item0!, speeches: [item0!.speeches[1]!] },
      ],
      conclusions: [...first.conclusions].reverse(),
      awards: [...first.awards].reverse(),
      connectedPoints: [...first.connectedPoints].reverse(),
    });
    const after = get(id);
    expect(after.attendees.map((a) => a.id)).toEqual([...first.attendees].reverse().map((a) => a.id));
    expect(after.agenda.map((i) => i.id)).toEqual([item2!.id, item1!.id, item0!.id]);
    expect(after.agenda[1]!.speeches.map((s) => s.id)).toEqual([movedSpeech.id, item1!.speeches[0]!.id]);
    expect(after.agenda[1]!.speeches[0]).toEqual(movedSpeech);
    expect(after.agenda[2]!.speeches.map((s) => s.id)).toEqual([item0!.speeches[1]!.id]);
    expect(after.conclusions.map((c) => c.id)).toEqual([first.conclusions[1]!.id, first.conclusions[0]!.id]);
    expect(after.awards.map((a) => a.id)).toEqual([first.awards[1]!.id, first.awards[0]!.id]);
    expect(after.connectedPoints.map((c) => c.id)).toEqual([first.connectedPoints[1]!.id, first.connectedPoints[0]!.id]);
  });

  type Stealer = (other: Meeting, mine: MeetingInput) => MeetingInput;
  const stealers: Array<[string, Stealer]> = [
    ['an attendee', (other, mine) => ({ ...mine, attendees: [...mine.attendees!, { ...other.attendees[0]!, fullName: 'Kẻ chiếm chỗ' }] })],
    ['an agenda item', (other, mine) => ({ ...mine, agenda: [...mine.agenda!, { ...other.agenda[0]!, speeches: [] }] })],
    [
      'a speech',
      (other, mine) => ({
        ...mine,
        agenda: mine.agenda!.map((item, i) => (i === 0 ? { ...item, speeches: [...item.speeches!, other.agenda[0]!.speeches[0]!] } : item)),
      }),
    ],
    ['a conclusion', (other, mine) => ({ ...mine, conclusions: [other.conclusions[0]!] })],
    ['an award', (other, mine) => ({ ...mine, awards: [other.awards[0]!] })],
    ['a connected point', (other, mine) => ({ ...mine, connectedPoints: [other.connectedPoints[0]!] })],
  ];

  it.each(stealers)('refuses %s id that belongs to another meeting → CONFLICT, nothing changes', (_label, steal) => {
    core = openTestCore();
    const a = createMeeting(core, { title: 'Hội nghị A' });
    const b = createMeeting(core, { title: 'Hội nghị B' });
    core.must('meetings:save', fullRecord(a, null));
    core.must('meetings:save', { ...fullRecord(b, null), title: 'Hội nghị B' });
    const before = dumpUserTables(core.ctx.db);
    const meetingA = get(a);
    const mine = toInput(get(b));

    expectFailure(core.call('meetings:save', { ...steal(meetingA, mine), title: 'Hội nghị B đã đổi' }), 'CONFLICT');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
    expect(get(a)).toEqual(meetingA);
    expect(get(b).title).toBe('Hội nghị B');
  });

  it('accepts an end equal to the start; an end before the start → VALIDATION', () => {
    core = openTestCore();
    const id = createMeeting(core);
    const blank = toInput(get(id));
    expect(core.call('meetings:save', { ...blank, startAt: '2026-01-05T08:00', endAt: '2026-01-05T08:00' }).ok).toBe(true);
    const before = dumpUserTables(core.ctx.db);
    const message = expectFailure(core.call('meetings:save', { ...blank, startAt: '2026-01-05T08:00', endAt: '2026-01-05T07:59' }), 'VALIDATION');
    expect(message).toContain('Giờ kết thúc phải sau giờ bắt đầu');
    expectFailure(core.call('meetings:save', { ...blank, startAt: '2026-01-05T08:00', endAt: '2026-01-04T23:00' }), 'VALIDATION');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('refuses an absence reason for someone present, and repeated row ids', () => {
    core = openTestCore();
    const id = createMeeting(core);
    const blank = toInput(get(id));
    const message = expectFailure(
      core.call('meetings:save', { ...blank, attendees: [attendee({ fullName: 'Lê Văn Minh', attendance: 'co_mat', absenceReason: 'Ốm' })] }),
      'VALIDATION',
    );
    expect(message).toContain('Lê Văn Minh');
    const row = conclusion('Kết luận');
    expect(expectFailure(core.call('meetings:save', { ...blank, conclusions: [row, { ...row, content: 'Khác' }] }), 'VALIDATION')).toContain(
      'trùng mã',
    );
    expect(get(id).attendees).toEqual([]);
  });

  it('keeps half-filled rows (autosave stores what has been typed so far), multi-line conclusions included', () => {
    core = openTestCore();
    const id = createMeeting(core);
    const blank = toInput(get(id));
    core.must('meetings:save', {
      ...blank,
      attendees: [attendee({ fullName: '', title: 'Chủ tịch' })],
      agenda: [agendaItem({ title: ' ', presenter: 'Trần Thị Lan' })],
      conclusions: [conclusion(''), conclusion('Ý một;\r\nÝ hai.')],
      awards: [award({ recipient: '' })],
      connectedPoints: [connectedPoint('')],
    });
    const saved = get(id);
    expect(saved.attendees.map((a) => [a.fullName, a.title])).toEqual([['', 'Chủ tịch']]);
    expect(saved.agenda.map((i) => [i.title, i.presenter])).toEqual([['', 'Trần Thị Lan']]);
    expect(saved.conclusions.map((c) => c.content)).toEqual(['', 'Ý một;\nÝ hai.']);
    expect(saved.awards[0]!.recipient).toBe('');
    expect(saved.connectedPoints[0]!.name).toBe('');
  });

  it('an attendee linked to a person no longer in the directory → NOT_FOUND, nothing changes', () => {
    core = openTestCore();
    const id = createMeeting(core);
    const before = dumpUserTables(core.ctx.db);
    const blank = toInput(get(id));
    expectFailure(core.call('meetings:save', { ...blank, title: 'Đổi tên', attendees: [attendee({ personId: 999 })] }), 'NOT_FOUND');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('saving a missing meeting or one in the bin → NOT_FOUND, nothing changes', () => {
    core = openTestCore();
    const id = createMeeting(core);
    const blank = toInput(get(id));
    expectFailure(core.call('meetings:save', { ...blank, id: 999 }), 'NOT_FOUND');
    core.must('meetings:delete', { id });
    const before = dumpUserTables(core.ctx.db);
    expectFailure(core.call('meetings:save', { ...blank, title: 'Sửa khi đã xóa', conclusions: [conclusion('x')] }), 'NOT_FOUND');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });
});

describe('meetings: list', () => {
  function arrange(): Record<string, number> {
    const ids: Record<string, number> = {};
    ids.tongKet2025 = createAndSaveMeeting(core, {
      title: 'Hội nghị tổng kết công tác Mặt trận năm 2025',
      kind: 'tong_ket',
      startAt: '2025-12-28T08:00',
      status: 'hoan_tat',
      place: 'Hội trường tỉnh',
      attendees: [
        attendee({ fullName: 'Nguyễn Văn Hùng', role: 'chu_tri' }),
        attendee({ fullName: 'Trần Thị Lan', role: 'dong_chu_tri' }),
        attendee({ fullName: 'Lê Văn Minh', role: 'thu_ky' }),
      ],
    });
    ids.lamViec = createAndSaveMeeting(core, {
      title: 'Buổi làm việc với Đảng ủy xã Tân Lập',
      kind: 'lam_viec',
      startAt: '2026-02-10T14:00',
      status: 'da_hop',
    });
    ids.giaoBan = createAndSaveMeeting(core, {
      title: 'Hội nghị giao ban quý I',
      kind: 'giao_ban',
      startAt: '2026-03-20T08:00',
      status: 'du_kien',
      hostName: 'Ban Thường trực',
    });
    ids.phanTram = createAndSaveMeeting(core, {
      title: 'Hội nghị sơ kết đạt 100% chỉ tiêu_quý',
      kind: 'so_ket',
      startAt: '2026-03-20T08:00',
      status: 'da_co_bien_ban',
    });
    ids.tongKet2024 = createAndSaveMeeting(core, {
      title: 'Hội nghị tổng kết năm 2024',
      kind: 'tong_ket',
      startAt: '2024-12-30T08:00',
      status: 'hoan_tat',
      place: 'Nhà văn hóa phường Hồng Gai',
    });
    return ids;
  }

  it('lists newest first (ties: the later-created first) with summary columns', () => {
    core = openTestCore();
    const ids = arrange();
    const page = core.must('meetings:list', {});
    expect(page.total).toBe(5);
    expect(page.page).toBe(1);
    expect(page.pageSize).toBe(50);
    expect(page.items.map((m) => m.id)).toEqual([ids.phanTram, ids.giaoBan, ids.lamViec, ids.tongKet2025, ids.tongKet2024]);
    const summary = page.items.find((m) => m.id === ids.tongKet2025)!;
    expect(summary).toMatchObject({
      title: 'Hội nghị tổng kết công tác Mặt trận năm 2025',
      kind: 'tong_ket',
      status: 'hoan_tat',
      startAt: '2025-12-28T08:00',
      place: 'Hội trường tỉnh',
      chairNames: 'Nguyễn Văn Hùng, Trần Thị Lan',
      attendeeCount: 3,
    });
    expect(page.items.find((m) => m.id === ids.lamViec)!.chairNames).toBe('');
  });

  it('pages: total counts every match, pages hold pageSize rows, past the end is empty', () => {
    core = openTestCore();
    const ids: number[] = [];
    for (let day = 1; day <= 7; day++) ids.push(createMeeting(core, { title: `Giao ban tuần ${day}`, startAt: `2026-04-0${day}T08:00` }));
    const newestFirst = [...ids].reverse();
    const page1 = core.must('meetings:list', { pageSize: 3 });
    const page2 = core.must('meetings:list', { pageSize: 3, page: 2 });
    const page3 = core.must('meetings:list', { pageSize: 3, page: 3 });
    const page4 = core.must('meetings:list', { pageSize: 3, page: 4 });
    expect([page1.total, page2.total, page3.total, page4.total]).toEqual([7, 7, 7, 7]);
    expect(page2.page).toBe(2);
    expect(page1.items.map((m) => m.id)).toEqual(newestFirst.slice(0, 3));
    expect(page2.items.map((m) => m.id)).toEqual(newestFirst.slice(3, 6));
    expect(page3.items.map((m) => m.id)).toEqual(newestFirst.slice(6));
    expect(page4.items).toEqual([]);
  });

  it('filters by year, kind and status, alone and together', () => {
    core = openTestCore();
    const ids = arrange();
    const listIds = (input: ChannelInput<'meetings:list'>) => core.must('meetings:list', input).items.map((m) => m.id);
    expect(listIds({ year: 2026 })).toEqual([ids.phanTram, ids.giaoBan, ids.lamViec]);
    expect(listIds({ year: 2025 })).toEqual([ids.tongKet2025]);
    expect(listIds({ year: 2023 })).toEqual([]);
    expect(core.must('meetings:list', { kind: 'tong_ket' }).items.map((m) => m.id)).toEqual([ids.tongKet2025, ids.tongKet2024]);
    expect(core.must('meetings:list', { status: 'du_kien' }).items.map((m) => m.id)).toEqual([ids.giaoBan]);
    const both = core.must('meetings:list', { kind: 'tong_ket', year: 2024, status: 'hoan_tat' });
    expect(both.items.map((m) => m.id)).toEqual([ids.tongKet2024]);
    expect(both.total).toBe(1);
  });

  it.each([
    ['hoi nghi tong ket', ['tongKet2025', 'tongKet2024']],
    ['HỘI NGHỊ TỔNG KẾT', ['tongKet2025', 'tongKet2024']],
    ['dang uy', ['lamViec']],
    ['Đảng ủy', ['lamViec']],
    ['tan lap', ['lamViec']],
    ['hong gai', ['tongKet2024']],
    ['ban thuong truc', ['giaoBan']],
    ['mat tran nam 2025', ['tongKet2025']],
    ['khong co', []],
  ])('finds %j without caring for tone marks', (text, expected) => {
    core = openTestCore();
    const ids = arrange();
    const found = core.must('meetings:list', { text }).items.map((m) => m.id);
    expect(found).toEqual(expected.map((key) => ids[key]));
  });

  it('treats % and _ in the search text literally', () => {
    core = openTestCore();
    const ids = arrange();
    const search = (text: string) => core.must('meetings:list', { text }).items.map((m) => m.id);
    expect(search('%')).toEqual([ids.phanTram]);
    expect(search('_')).toEqual([ids.phanTram]);
    expect(search('100%')).toEqual([ids.phanTram]);
    expect(search('tieu_quy')).toEqual([ids.phanTram]);
    expect(search('h_i nghi')).toEqual([]);
    expect(search('tong%2024')).toEqual([]);
  });

  it('search follows edits of the title, place and host', () => {
    core = openTestCore();
    const id = createMeeting(core, { title: 'Hội nghị A' });
    expect(core.must('meetings:list', { text: 'hiep thuong' }).total).toBe(0);
    core.must('meetings:save', { ...toInput(get(id)), title: 'Hội nghị hiệp thương lần thứ nhất' });
    expect(core.must('meetings:list', { text: 'hiep thuong' }).items.map((m) => m.id)).toEqual([id]);
    expect(core.must('meetings:list', { text: 'hoi nghi a' }).total).toBe(0);
  });

  it('lists the years that have meetings, newest first', () => {
    core = openTestCore();
    arrange();
    expect(core.must('meetings:years', undefined)).toEqual([2026, 2025, 2024]);
  });
});

describe('meetings: bin (soft delete) and restore', () => {
  it('hides a deleted meeting from list, get and years; restore brings it back with every row', () => {
    core = openTestCore();
    const keep = createMeeting(core, { title: 'Hội nghị giữ lại', startAt: '2026-02-01T08:00' });
    const id = createMeeting(core, { title: 'Hội nghị sẽ xóa', startAt: '2025-05-01T08:00' });
    core.must('meetings:save', { ...fullRecord(id, null), startAt: '2025-05-01T08:00', endAt: null });
    const before = get(id);

    expect(core.must('meetings:delete', { id })).toEqual({ id });
    expect(core.must('meetings:list', {}).items.map((m) => m.id)).toEqual([keep]);
    expect(core.must('meetings:list', { text: 'xoa' }).total).toBe(0);
    expect(core.must('meetings:years', undefined)).toEqual([2026]);
    expectFailure(core.call('meetings:get', { id }), 'NOT_FOUND');
    // The rows are still there, waiting for an undo.
    expect(core.ctx.db.prepare('SELECT count(*) AS n FROM meeting_attendees WHERE meeting_id = ?').get(id)).toEqual({ n: 5 });

    expect(core.must('meetings:restore', { id })).toEqual({ id });
    expect(get(id)).toEqual(before);
    expect(core.must('meetings:list', {}).items.map((m) => m.id)).toEqual([keep, id]);
    expect(core.must('meetings:years', undefined)).toEqual([2026, 2025]);
  });

  it('deleting twice → NOT_FOUND; restoring one not in the bin → NOT_FOUND; missing ids → NOT_FOUND', () => {
    core = openTestCore();
    const id = createMeeting(core);
    expectFailure(core.call('meetings:restore', { id }), 'NOT_FOUND');
    core.must('meetings:delete', { id });
    const before = dumpUserTables(core.ctx.db);
    expectFailure(core.call('meetings:delete', { id }), 'NOT_FOUND');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
    core.must('meetings:restore', { id });
    expectFailure(core.call('meetings:restore', { id }), 'NOT_FOUND');
    expectFailure(core.call('meetings:delete', { id: 999 }), 'NOT_FOUND');
    expectFailure(core.call('meetings:restore', { id: 999 }), 'NOT_FOUND');
  });
});

describe('home overview', () => {
  it('shows upcoming meetings from the injected clock, ascending, at most 6, without the bin', () => {
    core = openTestCore({ now: new Date('2026-03-10T09:00:00') });
    createMeeting(core, { title: 'Đã qua', startAt: '2026-03-01T08:00' });
    createMeeting(core, { title: 'Vừa qua một phút', startAt: '2026-03-10T08:59' });
    const starts = ['2026-05-01T08:00', '2026-03-10T09:00', '2026-03-20T14:00', '2027-01-05T08:00', '2026-03-11T07:30', '2026-04-02T08:00', '2026-12-01T08:00'];
    for (const startAt of starts) createMeeting(core, { title: `Sắp tới ${startAt}`, startAt });
    const binned = createMeeting(core, { title: 'Trong thùng rác', startAt: '2026-03-10T10:00' });
    core.must('meetings:delete', { id: binned });

    const overview = core.must('home:overview', undefined);
    expect(overview.upcoming.map((m) => m.startAt)).toEqual([...starts].sort().slice(0, 6));
    expect(overview.upcoming[0]!.startAt).toBe('2026-03-10T09:00');
  });

  it('moves with the clock', () => {
    core = openTestCore({ now: new Date('2026-03-10T09:00:00') });
    createMeeting(core, { startAt: '2026-03-20T08:00' });
    expect(core.must('home:overview', undefined).upcoming).toHaveLength(1);
    core.setNow(new Date('2026-03-20T08:01:00'));
    expect(core.must('home:overview', undefined).upcoming).toEqual([]);
  });

  it('shows recently edited meetings, most recent first, at most 8', () => {
    core = openTestCore({ now: new Date('2026-03-10T09:00:00') });
    const ids: number[] = [];
    for (let i = 0; i < 10; i++) {
      core.setNow(new Date(2026, 2, 10, 9, i));
      ids.push(createMeeting(core, { title: `Hội nghị ${i}`, startAt: `2026-0${(i % 9) + 1}-01T08:00` }));
    }
    // Editing an old one puts it on top.
    core.setNow(new Date(2026, 2, 10, 10, 0));
    core.must('meetings:save', { ...toInput(get(ids[0]!)), place: 'Hội trường' });
    const recent = core.must('home:overview', undefined).recentlyEdited.map((m) => m.id);
    expect(recent).toEqual([ids[0], ids[9], ids[8], ids[7], ids[6], ids[5], ids[4], ids[3]]);
  });

  it('counts this year’s meetings and active people and organisations', () => {
    core = openTestCore({ now: new Date('2026-03-10T09:00:00') });
    createMeeting(core, { startAt: '2026-01-01T00:00' });
    createMeeting(core, { startAt: '2026-12-31T23:59' });
    createMeeting(core, { startAt: '2025-12-31T23:59' });
    createMeeting(core, { startAt: '2027-01-01T00:00' });
    core.must('meetings:delete', { id: createMeeting(core, { startAt: '2026-06-01T08:00' }) });
    const org = core.must('organisations:save', { name: 'Công đoàn tỉnh', kind: 'to_chuc_thanh_vien' });
    const retired = core.must('organisations:save', { name: 'Tổ chức cũ', kind: 'khac' });
    core.must('organisations:setActive', { id: retired.id, active: false });
    person(core, 'Nguyễn Văn An', { organisationId: org.id });
    const gone = person(core, 'Trần Văn Bình');
    core.must('people:setActive', { id: gone.id, active: false });
    expect(core.must('home:overview', undefined).counts).toEqual({ meetingsThisYear: 2, people: 1, organisations: 1 });
  });
});
