import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { minutesDraft } from '../../electron/core/drafts/minutes';
import { plainText, type BlockNode, type OrderedListNode, type RichDoc } from '../../shared/rich-text';
import type { Meeting, MeetingInput } from '../../shared/schemas/meeting';
import { openTestCore, type TestCore } from '../support/core';
import { documentSaveInput, saveProfile } from '../support/document-store';
import { agendaItem, attendee, award, conclusion, connectedPoint, createAndSaveMeeting, person, speech } from '../support/fixtures';

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
    expect(text).toContain('Giấy khen của Ban Thường trực Ủy ban MTTQ tỉnh tặng cá nhân Nguyễn Văn An.');
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

describe('invitation drafted from a meeting', () => {
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
