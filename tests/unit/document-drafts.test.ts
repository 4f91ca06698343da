import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { minutesDraft } from '../../electron/core/drafts/minutes';
import { awardLine } from '../../electron/core/drafts/proceedings';
import { plainText, type BlockNode, type OrderedListNode, type RichDoc } from '../../shared/rich-text';
import type { Meeting, MeetingInput } from '../../shared/schemas/meeting';
import { openTestCore, type TestCore } from '../support/core';
import { documentSaveInput, saveProfile } from '../support/document-store';
import { agendaItem, attendee, award, conclusion, connectedPoint, createAndSaveMeeting, organisation, person, speech } from '../support/fixtures';
import { toSaveInput } from '../support/task-fixtures';

let core: TestCore;
beforeEach(() => {
  core = openTestCore({ now: new Date('2026-01-02T09:00:00') });
  saveProfile(core);
});
afterEach(() => core?.close());

const lines = (doc: RichDoc) => plainText(doc).split('\n');
const lineStarting = (doc: RichDoc, start: string) => lines(doc).find((line) => line.startsWith(start));

/** The ordered list right after the paragraph ending with `lead`. */
function listAfter(doc: RichDoc, lead: string): OrderedListNode {
  const index = doc.content.findIndex((block) => block.type === 'paragraph' && plainText({ type: 'doc', content: [block] }).endsWith(lead));
  expect(index, `no paragraph ending with ${lead}`).toBeGreaterThanOrEqual(0);
  const list = doc.content[index + 1] as BlockNode;
  expect(list.type).toBe('orderedList');
  return list as OrderedListNode;
}

const itemTexts = (list: OrderedListNode) => list.content.map((item) => plainText({ type: 'doc', content: item.content }));

/** 20 members (chair, secretary, 16 delegates present; 2 excused) and 3 guests (1 excused). */
function yearEndMeeting(overrides: Partial<MeetingInput> = {}): number {
  const delegates = Array.from({ length: 16 }, (_, i) =>
    attendee({ fullName: `Đại biểu Số ${i + 1}`, title: `Ủy viên Ủy ban MTTQ tỉnh ${i + 1}` }),
  );
  return createAndSaveMeeting(core, {
    title: 'Hội nghị tổng kết công tác Mặt trận năm 2025',
    kind: 'tong_ket',
    startAt: '2026-01-05T08:00',
    endAt: '2026-01-05T11:30',
    place: 'Hội trường Ủy ban MTTQ Việt Nam tỉnh',
    hostName: 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh',
    attendees: [
      attendee({ fullName: 'Nguyễn Văn Hùng', title: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', role: 'chu_tri' }),
      attendee({ fullName: 'Phạm Thu Hà', title: 'Chánh Văn phòng', role: 'thu_ky' }),
      ...delegates,
      attendee({ fullName: 'Lê Văn Bình', attendance: 'vang_co_ly_do', absenceReason: 'Đi công tác tại Hà Nội' }),
      attendee({ fullName: 'Trần Thị Cúc', attendance: 'vang_co_ly_do', absenceReason: 'Ốm' }),
      attendee({ fullName: 'Đỗ Văn Khách', title: 'Giám đốc Sở Nội vụ', role: 'khach_moi' }),
      attendee({ fullName: 'Hoàng Thị Mời', title: 'Phó Giám đốc Sở Tài chính', role: 'khach_moi' }),
      attendee({ fullName: 'Vũ Văn Vắng', title: 'Giám đốc Công an tỉnh', role: 'khach_moi', attendance: 'vang_co_ly_do', absenceReason: 'Họp Ban Thường vụ' }),
    ],
    agenda: [
      agendaItem({
        title: 'Báo cáo tổng kết công tác Mặt trận năm 2025',
        presenter: 'Trần Thị Lan, Phó Chủ tịch',
        speeches: [
          speech({ kind: 'bao_cao', speakerName: 'Trần Thị Lan', speakerTitle: 'Phó Chủ tịch Ủy ban MTTQ tỉnh', summary: 'Năm 2025 đạt nhiều kết quả.\nCòn một số hạn chế.' }),
        ],
      }),
      agendaItem({
        title: 'Thảo luận',
        presenter: '',
        speeches: [speech({ kind: 'phat_bieu', speakerName: 'Đại biểu Số 1', speakerTitle: 'Chủ tịch Hội Nông dân tỉnh', summary: 'Đề nghị tăng cường phối hợp.' })],
      }),
    ],
    conclusions: [conclusion('Đánh giá cao kết quả năm 2025'), conclusion('Các tổ chức thành viên xây dựng kế hoạch năm 2026.'), conclusion('  ')],
    awards: [award(), award({ form: 'giay_khen', recipient: 'Nguyễn Văn An', recipientKind: 'ca_nhan', issuer: 'Ban Thường trực Ủy ban MTTQ tỉnh' })],
    ...overrides,
  });
}

describe('minutes drafted from a meeting', () => {
  it('opens with the time written out, the place, the host and the meeting', () => {
    const doc = core.must('documents:createFromMeeting', { meetingId: yearEndMeeting(), kind: 'bien_ban' });
    expect(lines(doc.body)[0]).toBe(
      'Vào lúc 08 giờ 00 phút, ngày 05 tháng 01 năm 2026, tại Hội trường Ủy ban MTTQ Việt Nam tỉnh, ' +
        'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh tổ chức Hội nghị tổng kết công tác Mặt trận năm 2025.',
    );
    expect(doc.kind).toBe('bien_ban');
    expect(doc.summary).toBe('Hội nghị tổng kết công tác Mặt trận năm 2025');
    expect(doc.documentDate).toBe('2026-01-05');
    expect(doc.numberSymbol).toBe('     /BB-MTTQ-BTT');
    expect(doc.status).toBe('ban_nhap');
    expect(doc.header).toEqual({ parentBody: 'ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NINH', issuingBody: 'BAN THƯỜNG TRỰC' });
    expect(doc.placeName).toBe('Quảng Ninh');
    expect(doc.minutesSigners).toEqual({ secretaryName: 'Phạm Thu Hà', chairName: 'Nguyễn Văn Hùng' });
    expect(doc.signature).toEqual({
      authority: 'tm',
      authorityBody: 'BAN THƯỜNG TRỰC',
      principalTitle: '',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'Nguyễn Văn Hùng',
    });
  });

  it('writes the attendance sentence: present x/y, excused with reasons, guests counted apart', () => {
    const doc = core.must('documents:createFromMeeting', { meetingId: yearEndMeeting(), kind: 'bien_ban' });
    expect(lineStarting(doc.body, 'Thành phần tham dự:')).toBe(
      'Thành phần tham dự: có mặt 18/20 đồng chí; vắng 02 đồng chí có lý do (đồng chí Lê Văn Bình: đi công tác tại Hà Nội; ' +
        'đồng chí Trần Thị Cúc: ốm); khách mời: có mặt 02/03 đồng chí, vắng 01 đồng chí có lý do (đồng chí Vũ Văn Vắng: họp Ban Thường vụ).',
    );
    // The label is bold, the count is not.
    const paragraph = doc.body.content.find((b) => b.type === 'paragraph' && plainText({ type: 'doc', content: [b] }).startsWith('Thành phần'));
    expect(paragraph).toMatchObject({ content: [{ text: 'Thành phần tham dự:', marks: [{ type: 'bold' }] }, { text: expect.stringMatching(/^ có mặt/) }] });
  });

  it('pads small counts and names those absent without a reason; all guests present is one count', () => {
    const id = createAndSaveMeeting(core, {
      attendees: [
        attendee({ fullName: 'Nguyễn Văn Hùng', role: 'chu_tri' }),
        attendee({ fullName: 'Lê Thị Mai' }),
        attendee({ fullName: 'Trần Văn Tư', attendance: 'vang' }),
        attendee({ fullName: 'Khách Một', role: 'khach_moi' }),
        attendee({ fullName: 'Khách Hai', role: 'khach_moi' }),
      ],
    });
    const doc = core.must('documents:createFromMeeting', { meetingId: id, kind: 'bien_ban' });
    expect(lineStarting(doc.body, 'Thành phần tham dự:')).toBe(
      'Thành phần tham dự: có mặt 02/03 đồng chí; vắng 01 đồng chí không có lý do (đồng chí Trần Văn Tư); khách mời: 02 đồng chí.',
    );
  });

  it('lists each attendee with the title held at the meeting, not the directory title of today', () => {
    const p = person(core, 'Lê Thị Mai', { title: 'Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh' });
    const id = createAndSaveMeeting(core, {
      attendees: [
        attendee({ personId: p.id, fullName: 'Lê Thị Mai', title: 'Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh', role: 'chu_tri' }),
        attendee({ fullName: 'Phạm Thu Hà', title: 'Chánh Văn phòng', role: 'thu_ky' }),
      ],
      agenda: [agendaItem({ speeches: [speech({ speakerName: 'Lê Thị Mai', speakerTitle: 'Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh', summary: 'Ý kiến.' })] })],
      conclusions: [conclusion('Thống nhất.')],
    });
    // She is promoted afterwards: the directory changes, the meeting's record does not.
    core.must('people:save', { id: p.id, fullName: 'Lê Thị Mai', title: 'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh', organisationId: null, phone: '', email: '' });
    const doc = core.must('documents:createFromMeeting', { meetingId: id, kind: 'bien_ban' });
    const text = plainText(doc.body);
    expect(text).toContain('Đồng chí Lê Thị Mai, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh;');
    expect(text).toContain('Chủ trì: đồng chí Lê Thị Mai, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.');
    expect(text).toContain('Thư ký: đồng chí Phạm Thu Hà, Chánh Văn phòng.');
    expect(text).toContain('Đồng chí Lê Thị Mai, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh phát biểu: Ý kiến.');
    expect(text).toContain('Đồng chí Lê Thị Mai, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh kết luận:');
    expect(text).not.toMatch(/Lê Thị Mai, Chủ tịch/);
  });

  it('records the agenda, the proceedings in order, numbered conclusions, awards and the closing line', () => {
    const doc = core.must('documents:createFromMeeting', { meetingId: yearEndMeeting(), kind: 'bien_ban' });
    const text = lines(doc.body);
    const at = (line: string) => {
      const index = text.indexOf(line);
      expect(index, line).toBeGreaterThanOrEqual(0);
      return index;
    };
    const order = [
      at('Chủ trì: đồng chí Nguyễn Văn Hùng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.'),
      at('Nội dung:'),
      at('Báo cáo tổng kết công tác Mặt trận năm 2025;'),
      at('1. Báo cáo tổng kết công tác Mặt trận năm 2025'),
      at('Đồng chí Trần Thị Lan, Phó Chủ tịch Ủy ban MTTQ tỉnh trình bày báo cáo: Năm 2025 đạt nhiều kết quả.'),
      at('Còn một số hạn chế.'),
      at('2. Thảo luận'),
      at('Đồng chí Đại biểu Số 1, Chủ tịch Hội Nông dân tỉnh phát biểu: Đề nghị tăng cường phối hợp.'),
      at('Đồng chí Nguyễn Văn Hùng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh kết luận:'),
      at('Khen thưởng:'),
      at('Hội nghị kết thúc vào 11 giờ 30 phút, ngày 05 tháng 01 năm 2026./.'),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The presenter also gives the report, so no separate "Trình bày" line.
    expect(text.some((line) => line.startsWith('Trình bày:'))).toBe(false);
    expect(text[text.length - 1]).toBe('Hội nghị kết thúc vào 11 giờ 30 phút, ngày 05 tháng 01 năm 2026./.');

    const conclusions = listAfter(doc.body, 'kết luận:');
    expect(conclusions.attrs).toEqual({ start: 1, type: '1' });
    // Blank conclusions are left out; a missing full stop is added.
    expect(itemTexts(conclusions)).toEqual(['Đánh giá cao kết quả năm 2025.', 'Các tổ chức thành viên xây dựng kế hoạch năm 2026.']);

    expect(text).toContain('Bằng khen của Ủy ban Trung ương MTTQ Việt Nam tặng tập thể Ủy ban MTTQ xã Tân Lập;');
    expect(text).toContain('Giấy khen của Ban Thường trực Ủy ban MTTQ tỉnh tặng đồng chí Nguyễn Văn An.');
  });

  it('writes a March date without a leading zero on the month, and the end time in the closing line', () => {
    const id = yearEndMeeting({ startAt: '2026-03-04T14:00', endAt: '2026-03-04T16:05' });
    const doc = core.must('documents:createFromMeeting', { meetingId: id, kind: 'bien_ban' });
    expect(lines(doc.body)[0]).toMatch(/^Vào lúc 14 giờ 00 phút, ngày 04 tháng 3 năm 2026, tại /);
    expect(lines(doc.body).at(-1)).toBe('Hội nghị kết thúc vào 16 giờ 05 phút, ngày 04 tháng 3 năm 2026./.');
    expect(doc.documentDate).toBe('2026-03-04');
  });

  it('leaves out what was not recorded, and leaves the end hour to fill in', () => {
    const id = createAndSaveMeeting(core, { startAt: '2026-12-09T07:30', endAt: null });
    const doc = core.must('documents:createFromMeeting', { meetingId: id, kind: 'bien_ban' });
    expect(lines(doc.body)).toEqual([
      'Vào lúc 07 giờ 30 phút, ngày 09 tháng 12 năm 2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh tổ chức Hội nghị tổng kết công tác Mặt trận năm 2025.',
      'Hội nghị kết thúc vào …… giờ …… phút, ngày 09 tháng 12 năm 2026./.',
    ]);
    expect(doc.minutesSigners).toEqual({ secretaryName: '', chairName: '' });
  });

  it('describes an online meeting with its connected points', () => {
    const id = yearEndMeeting({
      format: 'truc_tuyen',
      connectedPoints: [connectedPoint('Điểm cầu xã Tân Lập'), connectedPoint('Điểm cầu phường Hồng Gai')],
    });
    const doc = core.must('documents:createFromMeeting', { meetingId: id, kind: 'bien_ban' });
    expect(lines(doc.body)[0]).toBe(
      'Vào lúc 08 giờ 00 phút, ngày 05 tháng 01 năm 2026, tại Hội trường Ủy ban MTTQ Việt Nam tỉnh (điểm cầu chính), ' +
        'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh tổ chức Hội nghị tổng kết công tác Mặt trận năm 2025 theo hình thức trực tuyến, ' +
        'kết nối đến 02 điểm cầu (Điểm cầu xã Tân Lập; Điểm cầu phường Hồng Gai).',
    );
  });

  it('is a pure function of the meeting: the same meeting gives the same body', () => {
    const meeting = core.must('meetings:get', { id: yearEndMeeting() }) as Meeting;
    const profile = core.must('profile:get', undefined)!;
    expect(minutesDraft({ meeting, profile, today: '2026-01-02' })).toEqual(minutesDraft({ meeting, profile, today: '2026-01-02' }));
  });

  it('stores NFC text even when the meeting was typed in NFD', () => {
    const id = yearEndMeeting({ title: 'Hội nghị Ủy ban'.normalize('NFD') });
    const doc = core.must('documents:createFromMeeting', { meetingId: id, kind: 'bien_ban' });
    const json = JSON.stringify(doc);
    expect(json).toBe(json.normalize('NFC'));
  });
});

describe('minutes: awards', () => {
  const line = (overrides: Parameters<typeof award>[0]) => awardLine(award(overrides) as Meeting['awards'][number]);

  it('reads right for every shape of recipient: one body, one person, counts, plurals, lists, the kind word typed', () => {
    const byCentre = { issuer: 'Ủy ban Trung ương MTTQ Việt Nam' };
    expect(line({ ...byCentre, recipient: 'Ủy ban MTTQ xã Tân Lập' })).toBe('Bằng khen của Ủy ban Trung ương MTTQ Việt Nam tặng tập thể Ủy ban MTTQ xã Tân Lập');
    expect(line({ ...byCentre, recipient: 'Bùi Thị Thanh Hương, Trưởng Ban Phong trào', recipientKind: 'ca_nhan' })).toBe(
      'Bằng khen của Ủy ban Trung ương MTTQ Việt Nam tặng đồng chí Bùi Thị Thanh Hương, Trưởng Ban Phong trào',
    );
    // The first real use: "tặng tập thể 07 tập thể…", "tặng tập thể Các tập thể…".
    expect(line({ ...byCentre, recipient: '07 tập thể có thành tích xuất sắc' })).toBe(
      'Bằng khen của Ủy ban Trung ương MTTQ Việt Nam tặng 07 tập thể có thành tích xuất sắc',
    );
    expect(line({ ...byCentre, recipient: 'Các tập thể có thành tích xuất sắc trong phong trào thi đua' })).toBe(
      'Bằng khen của Ủy ban Trung ương MTTQ Việt Nam tặng các tập thể có thành tích xuất sắc trong phong trào thi đua',
    );
    expect(line({ ...byCentre, recipient: '15 cá nhân tiêu biểu', recipientKind: 'ca_nhan' })).toBe('Bằng khen của Ủy ban Trung ương MTTQ Việt Nam tặng 15 cá nhân tiêu biểu');
    expect(line({ ...byCentre, recipient: 'Các cá nhân tiêu biểu', recipientKind: 'ca_nhan' })).toBe('Bằng khen của Ủy ban Trung ương MTTQ Việt Nam tặng các cá nhân tiêu biểu');
    expect(line({ ...byCentre, recipient: 'Tập thể Ban Công tác Mặt trận khu dân cư số 5' })).toBe(
      'Bằng khen của Ủy ban Trung ương MTTQ Việt Nam tặng tập thể Ban Công tác Mặt trận khu dân cư số 5',
    );
    expect(line({ ...byCentre, recipient: 'Ông Nguyễn Văn Tư, doanh nhân', recipientKind: 'ca_nhan' })).toBe(
      'Bằng khen của Ủy ban Trung ương MTTQ Việt Nam tặng ông Nguyễn Văn Tư, doanh nhân',
    );
    expect(line({ ...byCentre, recipient: 'Ủy ban MTTQ phường Hồng Bàng; Ủy ban MTTQ phường Lê Chân.' })).toBe(
      'Bằng khen của Ủy ban Trung ương MTTQ Việt Nam tặng 02 tập thể: Ủy ban MTTQ phường Hồng Bàng, Ủy ban MTTQ phường Lê Chân',
    );
    expect(line({ ...byCentre, recipient: 'Nguyễn Văn An, Chủ tịch; Trần Thị Bình; Lê Văn Cường', recipientKind: 'ca_nhan' })).toBe(
      'Bằng khen của Ủy ban Trung ương MTTQ Việt Nam tặng 03 cá nhân: Nguyễn Văn An, Chủ tịch; Trần Thị Bình; Lê Văn Cường',
    );
    expect(line({ form: 'giay_khen', issuer: '', recipient: 'Chi hội Nông dân thôn Đông' })).toBe('Giấy khen tặng tập thể Chi hội Nông dân thôn Đông');
    for (const text of [line({ recipient: '07 tập thể' }), line({ recipient: 'Các tập thể' }), line({ recipient: 'Tập thể A' })]) {
      expect(text).not.toMatch(/tặng tập thể (\d|[Cc]ác|[Tt]ập thể)/);
    }
  });

  it('records the awards under the agenda item that handed them out, not as an empty heading after the conclusions', () => {
    const id = createAndSaveMeeting(core, {
      attendees: [attendee({ fullName: 'Nguyễn Văn Hùng', role: 'chu_tri' }), attendee({ fullName: 'Phạm Thu Hà', title: 'Chánh Văn phòng', role: 'thu_ky' })],
      agenda: [
        agendaItem({ title: 'Báo cáo tổng kết công tác Mặt trận năm 2025', presenter: '' }),
        agendaItem({ title: 'Trao khen thưởng cho các tập thể, cá nhân có thành tích xuất sắc', presenter: 'Phạm Thu Hà, Chánh Văn phòng' }),
        agendaItem({ title: 'Phát biểu bế mạc', presenter: '' }),
      ],
      conclusions: [conclusion('Các tổ chức thành viên xây dựng kế hoạch năm 2026.')],
      awards: [award({ recipient: '07 tập thể' }), award({ form: 'giay_khen', recipient: 'Nguyễn Văn An', recipientKind: 'ca_nhan' })],
    });
    const text = lines(core.must('documents:createFromMeeting', { meetingId: id, kind: 'bien_ban' }).body);
    const item = text.indexOf('2. Trao khen thưởng cho các tập thể, cá nhân có thành tích xuất sắc');
    expect(text.slice(item + 1, item + 5)).toEqual([
      'Công bố quyết định khen thưởng: Phạm Thu Hà, Chánh Văn phòng.',
      'Hội nghị đã trao tặng các hình thức khen thưởng sau:',
      'Bằng khen của Ủy ban Trung ương MTTQ Việt Nam tặng 07 tập thể;',
      'Giấy khen của Ủy ban Trung ương MTTQ Việt Nam tặng đồng chí Nguyễn Văn An.',
    ]);
    expect(text[item + 5]).toBe('3. Phát biểu bế mạc');
    expect(text).not.toContain('Khen thưởng:');
    // Each award is said once.
    expect(text.filter((l) => l.includes('tặng 07 tập thể'))).toHaveLength(1);
  });

  it('keeps a part of their own after the conclusions when no agenda item handed them out', () => {
    const text = lines(core.must('documents:createFromMeeting', { meetingId: yearEndMeeting(), kind: 'bien_ban' }).body);
    expect(text.indexOf('Khen thưởng:')).toBeGreaterThan(text.findIndex((l) => l.endsWith('kết luận:')));
    expect(text[text.indexOf('Khen thưởng:') + 1]).toBe('Hội nghị đã trao tặng các hình thức khen thưởng sau:');
  });
});

describe('minutes: who attended', () => {
  // Fresh rows each time: attendee ids are unique across meetings.
  const leaders = () => [
    attendee({ fullName: 'Nguyễn Văn Khanh', title: 'Chủ tịch Ủy ban MTTQ Việt Nam thành phố', role: 'chu_tri' }),
    attendee({ fullName: 'Trần Thị Minh Nguyệt', title: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố' }),
    attendee({ fullName: 'Lê Quang Huy', title: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố' }),
    attendee({ fullName: 'Đinh Văn Lực', title: 'Chủ tịch Hội Nông dân thành phố' }),
    attendee({ fullName: 'Phạm Văn Toàn', title: 'Chủ tịch Liên đoàn Lao động thành phố' }),
    attendee({ fullName: 'Vũ Thị Hồng Nhung', title: 'Chánh Văn phòng', role: 'thu_ky' }),
  ];

  it('names who attended a conference without a count when the list is not a roll call', () => {
    // A city's year-end review: six leaders entered, hundreds in the hall; nobody recorded absent.
    const id = createAndSaveMeeting(core, { kind: 'tong_ket', attendees: [...leaders(), attendee({ fullName: 'Lê Trí Vũ', title: 'Trưởng Ban Dân vận Thành ủy', role: 'khach_moi' })] });
    const doc = core.must('documents:createFromMeeting', { meetingId: id, kind: 'bien_ban' });
    const text = lines(doc.body);
    expect(plainText(doc.body)).not.toMatch(/có mặt|\d+\/\d+ đồng chí|khách mời: \d/);
    const at = text.indexOf('Thành phần tham dự:');
    expect(text.slice(at, at + 8)).toEqual([
      'Thành phần tham dự:',
      'Đồng chí Nguyễn Văn Khanh, Chủ tịch Ủy ban MTTQ Việt Nam thành phố;',
      'Đồng chí Trần Thị Minh Nguyệt, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố;',
      'Đồng chí Lê Quang Huy, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố;',
      'Đồng chí Đinh Văn Lực, Chủ tịch Hội Nông dân thành phố;',
      'Đồng chí Phạm Văn Toàn, Chủ tịch Liên đoàn Lao động thành phố;',
      'Đồng chí Vũ Thị Hồng Nhung, Chánh Văn phòng.',
      'Khách mời:',
    ]);
  });

  it('a guest who sent apologies is counted among the guests only, never turning the members into "có mặt 06/06"', () => {
    const id = createAndSaveMeeting(core, {
      kind: 'tong_ket',
      attendees: [
        ...leaders(),
        attendee({ fullName: 'Lê Trí Vũ', title: 'Trưởng Ban Dân vận Thành ủy', role: 'khach_moi' }),
        attendee({ fullName: 'Trần Đức Mạnh', role: 'khach_moi', attendance: 'vang_co_ly_do', absenceReason: 'Dự họp Ban Thường vụ Thành ủy' }),
      ],
    });
    const text = lines(core.must('documents:createFromMeeting', { meetingId: id, kind: 'bien_ban' }).body);
    expect(text.join('\n')).not.toMatch(/06\/06|có mặt 0\d\/0\d đồng chí;/);
    const at = text.indexOf('Thành phần tham dự:');
    expect(text[at + 1]).toBe('Đồng chí Nguyễn Văn Khanh, Chủ tịch Ủy ban MTTQ Việt Nam thành phố;');
    expect(text.slice(at + 7, at + 9)).toEqual([
      'Khách mời: có mặt 01/02 đồng chí, vắng 01 đồng chí có lý do (đồng chí Trần Đức Mạnh: dự họp Ban Thường vụ Thành ủy):',
      'Đồng chí Lê Trí Vũ, Trưởng Ban Dân vận Thành ủy.',
    ]);
  });

  it('counts a roll call: a briefing of the standing board, or a list that records someone absent', () => {
    const briefing = createAndSaveMeeting(core, { kind: 'giao_ban', attendees: leaders() });
    expect(lineStarting(core.must('documents:createFromMeeting', { meetingId: briefing, kind: 'bien_ban' }).body, 'Thành phần tham dự:')).toBe(
      'Thành phần tham dự: có mặt 06/06 đồng chí.',
    );
    const conference = createAndSaveMeeting(core, {
      kind: 'tong_ket',
      attendees: [...leaders(), attendee({ fullName: 'Trịnh Xuân Hòa', attendance: 'vang_co_ly_do', absenceReason: 'Đi công tác' })],
    });
    expect(lineStarting(core.must('documents:createFromMeeting', { meetingId: conference, kind: 'bien_ban' }).body, 'Thành phần tham dự:')).toBe(
      'Thành phần tham dự: có mặt 06/07 đồng chí; vắng 01 đồng chí có lý do (đồng chí Trịnh Xuân Hòa: đi công tác).',
    );
  });
});

describe('conclusion notice drafted from a meeting', () => {
  it('has the summary, the opening, "kết luận như sau:", numbered conclusions and the closing', () => {
    const doc = core.must('documents:createFromMeeting', { meetingId: yearEndMeeting(), kind: 'thong_bao_ket_luan' });
    expect(doc.summary).toBe(
      'Kết luận của đồng chí Nguyễn Văn Hùng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh tại Hội nghị tổng kết công tác Mặt trận năm 2025',
    );
    expect(doc.numberSymbol).toBe('     /TB-MTTQ-BTT');
    const text = lines(doc.body);
    expect(text[0]).toMatch(
      /^Ngày 05 tháng 01 năm 2026, tại Hội trường Ủy ban MTTQ Việt Nam tỉnh, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh tổ chức Hội nghị tổng kết công tác Mặt trận năm 2025\. Đồng chí Nguyễn Văn Hùng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị\. Tham dự hội nghị có các đồng chí: Đại biểu Số 1, Ủy viên Ủy ban MTTQ tỉnh 1; /,
    );
    // 16 delegates and 2 guests present besides the chair and the secretary: 8 named, 10 summed up.
    expect(text[0]).toMatch(/ và 10 đại biểu khác\.$/);
    expect(text[1]).toBe(
      'Sau khi nghe báo cáo tổng kết công tác Mặt trận năm 2025, ý kiến phát biểu của các đại biểu, đồng chí Nguyễn Văn Hùng kết luận như sau:',
    );
    expect(itemTexts(listAfter(doc.body, 'kết luận như sau:'))).toEqual([
      'Đánh giá cao kết quả năm 2025.',
      'Các tổ chức thành viên xây dựng kế hoạch năm 2026.',
    ]);
    expect(text.at(-1)).toBe('Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh thông báo để các cơ quan, đơn vị biết, thực hiện./.');
    expect(doc.recipients.at(-1)).toBe('Lưu: VT, MTTQ.');
    expect(doc.recipients).toContain('Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam (để b/c);');
    expect(doc.recipients).toContain('Thường trực Tỉnh ủy (để b/c);');
    expect(doc.signature.authority).toBe('tm');
  });

  it('keeps one empty numbered item to fill when nothing was concluded yet', () => {
    const doc = core.must('documents:createFromMeeting', { meetingId: createAndSaveMeeting(core), kind: 'thong_bao_ket_luan' });
    expect(doc.summary).toBe('Kết luận tại Hội nghị tổng kết công tác Mặt trận năm 2025');
    const list = listAfter(doc.body, 'hội nghị thống nhất kết luận như sau:');
    expect(list.content).toHaveLength(1);
    // What the draft produced can be saved back unchanged.
    expect(core.call('documents:save', documentSaveInput(doc)).ok).toBe(true);
  });
});

describe('conclusion notice: the tasks given from its conclusions', () => {
  /** A city meeting with four conclusions, three of them given as tasks from "Giao nhiệm vụ". */
  function meetingWithTasks() {
    const farmers = organisation(core, 'Hội Nông dân thành phố', { abbreviation: 'HND' }).id;
    const labour = organisation(core, 'Liên đoàn Lao động thành phố', { abbreviation: 'LĐLĐ' }).id;
    const women = organisation(core, 'Hội Liên hiệp Phụ nữ thành phố', { abbreviation: 'HLHPN' }).id;
    const youth = organisation(core, 'Thành đoàn', { abbreviation: 'TĐ' }).id;
    const meetingId = createAndSaveMeeting(core, {
      kind: 'so_ket',
      startAt: '2024-06-10T08:00',
      attendees: [attendee({ fullName: 'Nguyễn Văn Khanh', title: 'Chủ tịch Ủy ban MTTQ Việt Nam thành phố', role: 'chu_tri' })],
      conclusions: [
        conclusion('Đánh giá cao kết quả 6 tháng đầu năm 2024.'),
        conclusion('Đẩy mạnh chuyển đổi số trong hoạt động của hội viên nông dân'),
        conclusion('Tổ chức các hoạt động nhân Tháng cao điểm Vì người nghèo.'),
        conclusion('Báo cáo định kỳ kết quả thực hiện cuộc vận động.'),
      ],
    });
    const ids = core.must('meetings:get', { id: meetingId }).conclusions.map((c) => c.id);
    const give = (conclusionId: string, lead: number, change: { supporting?: number[]; dueDate?: string | null; title?: string; recurrence?: 'khong' | 'hang_quy' }) => {
      const task = core.must('tasks:createFromConclusion', { conclusionId, leadOrganisationId: lead });
      return core.must('tasks:save', {
        ...toSaveInput(task),
        supportingOrganisationIds: change.supporting ?? [],
        startDate: '2024-06-10',
        dueDate: change.dueDate ?? null,
        title: change.title ?? task.title,
        recurrence: change.recurrence ?? 'khong',
      });
    };
    give(ids[1]!, farmers, { supporting: [labour, women], dueDate: '2024-06-30' });
    give(ids[2]!, women, { dueDate: '2024-11-18' });
    give(ids[2]!, youth, { title: 'Ra quân tình nguyện hỗ trợ hộ nghèo', dueDate: '2025-01-05' });
    const quarterly = give(ids[3]!, farmers, { dueDate: '2024-09-30', recurrence: 'hang_quy' });
    // Completing the quarter makes the next occurrence, of the same conclusion: it is the same duty, said once.
    expect(core.must('tasks:complete', { id: quarterly.id, result: 'Đã báo cáo quý III.', by: 'Vũ Thị Hồng Nhung' }).next).not.toBeNull();
    return meetingId;
  }

  it('says for each conclusion given as a task who leads, who supports and by when', () => {
    const doc = core.must('documents:createFromMeeting', { meetingId: meetingWithTasks(), kind: 'thong_bao_ket_luan' });
    expect(itemTexts(listAfter(doc.body, 'kết luận như sau:'))).toEqual([
      'Đánh giá cao kết quả 6 tháng đầu năm 2024.',
      'Đẩy mạnh chuyển đổi số trong hoạt động của hội viên nông dân. Giao Hội Nông dân thành phố chủ trì, phối hợp với ' +
        'Liên đoàn Lao động thành phố, Hội Liên hiệp Phụ nữ thành phố thực hiện; hoàn thành trước ngày 30/6/2024.',
      'Tổ chức các hoạt động nhân Tháng cao điểm Vì người nghèo. Giao Hội Liên hiệp Phụ nữ thành phố chủ trì thực hiện; ' +
        'hoàn thành trước ngày 18/11/2024. Giao Thành đoàn chủ trì ra quân tình nguyện hỗ trợ hộ nghèo; hoàn thành trước ngày 05/01/2025.',
      'Báo cáo định kỳ kết quả thực hiện cuộc vận động. Giao Hội Nông dân thành phố chủ trì thực hiện hằng quý; kỳ đầu hoàn thành trước ngày 30/9/2024.',
    ]);
    // The minutes record what the chair said, not the assignments made afterwards.
    const minutes = core.must('documents:createFromMeeting', { meetingId: doc.meetingId!, kind: 'bien_ban' });
    expect(plainText(minutes.body)).not.toContain('Giao Hội Nông dân');
  });

  it('a task deleted, or given after the draft, shows on "Làm mới từ hội nghị"; a conclusion naming its lead gets only the date', () => {
    const farmers = organisation(core, 'Hội Nông dân thành phố', { abbreviation: 'HND' }).id;
    const meetingId = createAndSaveMeeting(core, {
      conclusions: [conclusion('Giao Hội Nông dân thành phố chủ trì tổng kết mô hình “Chi hội nông dân kiểu mẫu”.'), conclusion('Tăng cường giám sát ở cơ sở.')],
    });
    const doc = core.must('documents:createFromMeeting', { meetingId, kind: 'thong_bao_ket_luan' });
    expect(plainText(doc.body)).not.toMatch(/Hoàn thành trước|chủ trì thực hiện/);
    const [named, plain] = core.must('meetings:get', { id: meetingId }).conclusions;
    const first = core.must('tasks:createFromConclusion', { conclusionId: named!.id, leadOrganisationId: farmers });
    core.must('tasks:save', { ...toSaveInput(first), dueDate: '2026-03-31' });
    const dropped = core.must('tasks:createFromConclusion', { conclusionId: plain!.id, leadOrganisationId: farmers });
    core.must('tasks:delete', { id: dropped.id });
    const refreshed = core.must('documents:refreshFromMeeting', { id: doc.id });
    expect(itemTexts(listAfter(refreshed.body, 'kết luận như sau:'))).toEqual([
      'Giao Hội Nông dân thành phố chủ trì tổng kết mô hình “Chi hội nông dân kiểu mẫu”. Hoàn thành trước ngày 31/3/2026.',
      'Tăng cường giám sát ở cơ sở.',
    ]);
  });
});

describe('invitation drafted from a meeting', () => {
  it('is dated the day it is drafted, also for a meeting already held, and keeps a chosen date on refresh', () => {
    // Recorded after the fact (the first real use): the meeting was on 05/01/2026, it is now 20/01/2026.
    core.setNow(new Date('2026-01-20T09:00:00'));
    const doc = core.must('documents:createFromMeeting', { meetingId: yearEndMeeting(), kind: 'giay_moi' });
    expect(doc.documentDate).toBe('2026-01-20');
    expect(lines(doc.body)).toContain('Thời gian: 08 giờ 00 phút, Thứ Hai, ngày 05 tháng 01 năm 2026.');
    // The secretary dates it as it was really sent; "Làm mới từ hội nghị" leaves that date alone.
    core.must('documents:save', { ...documentSaveInput(doc), documentDate: '2025-12-29' });
    core.setNow(new Date('2026-01-21T09:00:00'));
    expect(core.must('documents:refreshFromMeeting', { id: doc.id }).documentDate).toBe('2025-12-29');
  });

  it('is dated the day chosen in "Tạo giấy mời", which only an invitation may choose', () => {
    const meetingId = yearEndMeeting();
    const doc = core.must('documents:createFromMeeting', { meetingId, kind: 'giay_moi', documentDate: '2025-12-29' });
    expect(doc.documentDate).toBe('2025-12-29');
    // The text still states the meeting's own day.
    expect(lines(doc.body)).toContain('Thời gian: 08 giờ 00 phút, Thứ Hai, ngày 05 tháng 01 năm 2026.');
    expect(core.must('documents:createFromMeeting', { meetingId, kind: 'giay_moi', documentDate: null }).documentDate).toBe('2026-01-02');

    const refused = (input: unknown) => {
      const result = core.dispatch('documents:createFromMeeting', input);
      expect(result.ok).toBe(false);
      return result.ok ? '' : result.error.message;
    };
    expect(refused({ meetingId, kind: 'giay_moi', documentDate: '2026-02-30' })).toBe('Tháng 2 năm 2026 chỉ có 28 ngày.');
    expect(refused({ meetingId, kind: 'bien_ban', documentDate: '2026-01-05' })).toBe(
      'Chỉ giấy mời được chọn ngày khi tạo; biên bản và thông báo kết luận mang ngày của hội nghị.',
    );
  });

  it('invites to the meeting with the weekday, time, place and agenda, dated before the meeting', () => {
    const doc = core.must('documents:createFromMeeting', { meetingId: yearEndMeeting(), kind: 'giay_moi' });
    expect(doc.numberSymbol).toBe('     /GM-MTTQ-BTT');
    expect(doc.documentDate).toBe('2026-01-02');
    expect(lines(doc.body).slice(0, 5)).toEqual([
      'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh trân trọng kính mời:',
      'Đồng chí: ……………………………………………………………………',
      'Tới dự: Hội nghị tổng kết công tác Mặt trận năm 2025.',
      'Thời gian: 08 giờ 00 phút, Thứ Hai, ngày 05 tháng 01 năm 2026.',
      'Địa điểm: Hội trường Ủy ban MTTQ Việt Nam tỉnh.',
    ]);
    expect(lines(doc.body)).toContain('Nội dung:');
    expect(lines(doc.body).at(-1)).toMatch(/\.\/\.$/);
    expect(doc.recipients).toEqual(['Như trên;', 'Lưu: VT, MTTQ.']);
  });
});

describe('drafts and the meeting stay apart', () => {
  it('editing the draft never changes the meeting', () => {
    const meetingId = yearEndMeeting();
    const before = core.must('meetings:get', { id: meetingId });
    const doc = core.must('documents:createFromMeeting', { meetingId, kind: 'bien_ban' });
    core.must('documents:save', { ...documentSaveInput(doc), summary: 'Đã sửa', body: { type: 'doc', content: [{ type: 'paragraph' }] } });
    expect(core.must('meetings:get', { id: meetingId })).toEqual(before);
  });

  it('refuses a meeting that does not exist or is in the bin, and a committee without a profile', () => {
    const meetingId = yearEndMeeting();
    core.must('meetings:delete', { id: meetingId });
    expect(core.call('documents:createFromMeeting', { meetingId, kind: 'bien_ban' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const fresh = openTestCore();
    try {
      const id = createAndSaveMeeting(fresh);
      const result = fresh.call('documents:createFromMeeting', { meetingId: id, kind: 'bien_ban' });
      expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Thông tin Ủy ban') } });
    } finally {
      fresh.close();
    }
  });
});
