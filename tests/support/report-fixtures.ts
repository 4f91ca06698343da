/**
 * A committee's records around the turn of 2025/2026 with known answers for the report of
 * "6 tháng đầu năm 2026" (01/01–30/06/2026), its previous period (6 tháng cuối năm 2025) and the
 * same period last year (6 tháng đầu năm 2025). Everything goes through the real handlers, with
 * the clock moved to the day each thing happened. Records in the bin are there to be left out.
 *
 * The expected figures are written by hand in REPORT_ANSWERS below; tests also recount them
 * with their own SQL.
 */
import type { TestCore } from './core';
import { agendaItem, attendee, award, conclusion, createAndSaveMeeting, organisation, speech } from './fixtures';
import { documentSaveInput, paragraphs, saveProfile } from './document-store';

const at = (localDateTime: string) => new Date(localDateTime);

export interface ReportWorld {
  meetings: Record<'m1' | 'm2' | 'm3' | 'm4' | 'm5' | 'm6' | 'm7' | 'm8', number>;
  directives: Record<'d1' | 'd2' | 'd3' | 'd4' | 'plan', number>;
  tasks: Record<'t1' | 't2' | 't3' | 't4' | 't5' | 't6' | 't7' | 't8' | 't9', number>;
  organisations: { farmers: number; women: number; youth: number; veterans: number };
  notices: { h2of2025: number; h1of2026: number };
}

export const FIGURE_SENTENCE = 'Quỹ “Vì người nghèo” các cấp vận động được 12,5 tỷ đồng, hỗ trợ xây mới 85 nhà Đại đoàn kết.';
export const LIMITATION_SENTENCE = 'Một số cơ sở gửi báo cáo định kỳ còn chậm, số liệu chưa đầy đủ.';

export function seedReportWorld(core: TestCore): ReportWorld {
  core.setNow(at('2025-01-02T08:00:00'));
  saveProfile(core);
  const farmers = organisation(core, 'Hội Nông dân tỉnh Quảng Ninh', { abbreviation: 'HND' }).id;
  const women = organisation(core, 'Hội Liên hiệp Phụ nữ tỉnh Quảng Ninh', { abbreviation: 'HLHPN' }).id;
  const youth = organisation(core, 'Tỉnh đoàn Quảng Ninh', { abbreviation: 'TĐ' }).id;
  const veterans = organisation(core, 'Hội Cựu chiến binh tỉnh Quảng Ninh', { abbreviation: 'HCCB' }).id;
  const chair = attendee({ fullName: 'Nguyễn Văn Hùng', title: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', role: 'chu_tri' });

  // Meetings. H1 2026 holds m2, m3, m4; m5 is the day after; m6 is in the bin; m7 is still "Dự kiến".
  core.setNow(at('2025-03-10T17:00:00'));
  const m8 = createAndSaveMeeting(core, { title: 'Hội nghị triển khai Nghị quyết năm 2025', kind: 'trien_khai', startAt: '2025-03-10T08:00', status: 'da_hop' });
  core.setNow(at('2025-12-30T17:00:00'));
  const m1 = createAndSaveMeeting(core, {
    title: 'Hội nghị giao ban quý IV năm 2025',
    kind: 'giao_ban',
    startAt: '2025-12-30T08:00',
    status: 'da_hop',
    conclusions: [conclusion('Các tổ chức thành viên hoàn thành báo cáo năm trước ngày 10/01/2026.')],
    awards: [award({ recipient: 'Ủy ban MTTQ xã Hải Sơn' })],
  });
  core.setNow(at('2026-01-02T17:00:00'));
  const m2 = createAndSaveMeeting(core, {
    title: 'Hội nghị tổng kết công tác Mặt trận năm 2025',
    kind: 'tong_ket',
    startAt: '2026-01-02T08:00',
    status: 'hoan_tat',
    attendees: [chair, attendee({ fullName: 'Trần Thị Lan', role: 'dai_bieu' })],
    agenda: [
      agendaItem({
        title: 'Báo cáo tổng kết năm 2025',
        speeches: [speech({ kind: 'bao_cao', speakerName: 'Trần Thị Lan', speakerTitle: 'Phó Chủ tịch', summary: `${FIGURE_SENTENCE} Tuy nhiên, cũng còn một số hạn chế. ${LIMITATION_SENTENCE}` })],
      }),
    ],
    conclusions: [conclusion('Hội Nông dân tỉnh chủ trì tổng kết mô hình kinh tế tập thể.'), conclusion('Văn phòng hoàn thiện hồ sơ khen thưởng.')],
    awards: [
      award({ form: 'co_thi_dua', recipient: 'Ủy ban MTTQ huyện Vân Đồn', recipientKind: 'tap_the' }),
      award({ form: 'bang_khen', recipient: 'Phạm Thị Thu, Trưởng ban Công tác Mặt trận khu 3', recipientKind: 'ca_nhan' }),
    ],
  });
  core.setNow(at('2026-02-10T17:00:00'));
  const m6 = createAndSaveMeeting(core, {
    title: 'Hội nghị triển khai đã xóa',
    kind: 'trien_khai',
    startAt: '2026-02-10T08:00',
    status: 'da_hop',
    conclusions: [conclusion('Kết luận của hội nghị đã xóa.')],
    awards: [award({ recipient: 'Đơn vị của hội nghị đã xóa' })],
  });
  core.setNow(at('2026-03-15T17:00:00'));
  const m3 = createAndSaveMeeting(core, {
    title: 'Hội nghị phản biện xã hội dự thảo Nghị quyết về chính sách hỗ trợ hộ nghèo',
    kind: 'phan_bien',
    startAt: '2026-03-15T08:00',
    status: 'da_co_bien_ban',
    conclusions: [conclusion('Tổng hợp ý kiến phản biện gửi HĐND tỉnh.')],
  });
  const m7 = createAndSaveMeeting(core, { title: 'Hội nghị giao ban tháng 4 chưa cập nhật trạng thái', kind: 'giao_ban', startAt: '2026-04-20T08:00', status: 'du_kien' });
  core.setNow(at('2026-06-30T17:00:00'));
  const m4 = createAndSaveMeeting(core, { title: 'Hội nghị giao ban quý II năm 2026', kind: 'giao_ban', startAt: '2026-06-30T14:00', status: 'da_hop' });
  core.setNow(at('2026-07-01T17:00:00'));
  const m5 = createAndSaveMeeting(core, { title: 'Hội nghị giao ban đầu quý III', kind: 'giao_ban', startAt: '2026-07-01T08:00', status: 'da_hop' });
  core.setNow(at('2026-02-11T09:00:00'));
  core.must('meetings:delete', { id: m6 });

  // Directives received: d1 on the last day of 2025, d2 on the first of 2026, d3 on 30/6, d4 in the bin.
  const incoming = (numberSymbol: string, arrivalDate: string, summary: string) =>
    core.must('directives:save', { direction: 'den', numberSymbol, arrivalDate, issuedDate: arrivalDate, summary, issuerName: 'Tỉnh ủy Quảng Ninh' }).id;
  core.setNow(at('2025-12-31T10:00:00'));
  const d1 = incoming('12-CT/TU', '2025-12-31', 'về tăng cường công tác dân vận');
  core.setNow(at('2026-01-01T10:00:00'));
  const d2 = incoming('56-NQ/TU', '2026-01-01', 'về phát triển kinh tế tập thể');
  core.setNow(at('2026-06-30T10:00:00'));
  const d3 = incoming('18-KL/TU', '2026-06-30', 'về công tác giảm nghèo');
  core.setNow(at('2026-03-03T10:00:00'));
  const d4 = incoming('20-TB/TU', '2026-03-03', 'văn bản đã xóa');
  core.must('directives:delete', { id: d4 });
  core.setNow(at('2026-01-15T10:00:00'));
  const plan = core.must('directives:save', {
    direction: 'di',
    numberSymbol: '05/KH-MTTQ-BTT',
    issuedDate: '2026-01-15',
    summary: 'thực hiện Nghị quyết số 56-NQ/TU',
    issuerName: 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh',
    guidesId: d2,
  }).id;
  core.must('meetings:linkDirective', { meetingId: m2, directiveId: d2, relation: 'trien_khai' });

  // Conclusion notices: one issued dated 31/12/2025, one dated 05/01/2026; a draft does not count.
  const notice = (date: string) => {
    core.setNow(at(`${date}T09:00:00`));
    const created = core.must('documents:createFromMeeting', { meetingId: m2, kind: 'thong_bao_ket_luan' });
    core.must('documents:save', { ...documentSaveInput(created), documentDate: date, body: paragraphs('Thông báo kết luận.') });
    core.must('documents:finalise', { id: created.id, by: 'Vũ Thị Hồng Nhung' });
    return core.must('documents:issue', { id: created.id, number: null, by: 'Vũ Thị Hồng Nhung' }).id;
  };
  const h2of2025 = notice('2025-12-31');
  const h1of2026 = notice('2026-01-05');
  core.must('documents:createFromMeeting', { meetingId: m2, kind: 'thong_bao_ket_luan' });

  // Tasks.
  const m2Conclusion = core.must('meetings:get', { id: m2 }).conclusions[0]!.id;
  const task = (now: string, input: Parameters<TestCore['must']>[1] & object) => {
    core.setNow(at(now));
    return core.must('tasks:create', input as never).id;
  };
  const complete = (now: string, id: number) => {
    core.setNow(at(now));
    core.must('tasks:complete', { id, result: 'Đã hoàn thành.', by: 'Vũ Thị Hồng Nhung' });
  };
  core.setNow(at('2026-01-02T10:00:00'));
  const t1 = core.must('tasks:createFromConclusion', { conclusionId: m2Conclusion, leadOrganisationId: farmers }).id;
  const t1Record = core.must('tasks:get', { id: t1 });
  core.must('tasks:save', {
    id: t1,
    title: t1Record.title,
    detail: '',
    leadOrganisationId: farmers,
    supportingOrganisationIds: [],
    responsiblePersonId: null,
    startDate: t1Record.startDate,
    dueDate: '2026-02-28',
    priority: 'trung_binh',
    recurrence: 'khong',
    status: 'dang_thuc_hien',
    result: '',
  });
  complete('2026-02-20T09:00:00', t1);
  const t2 = task('2025-12-20T09:00:00', { title: 'Tổng hợp báo cáo phụ nữ năm 2025', leadOrganisationId: women, startDate: '2025-12-20', dueDate: '2026-01-10' });
  complete('2026-01-15T09:00:00', t2);
  const t3 = task('2026-03-01T09:00:00', { title: 'Ra quân tình nguyện hè', leadOrganisationId: youth, startDate: '2026-03-01', dueDate: '2026-05-31' });
  const t4 = task('2026-06-30T09:00:00', { title: 'Báo cáo nhanh kết quả đối thoại', leadOrganisationId: farmers, startDate: '2026-06-30', dueDate: '2026-06-30' });
  complete('2026-07-02T09:00:00', t4);
  const t5 = task('2026-02-01T09:00:00', { title: 'Nhiệm vụ đã xóa', leadOrganisationId: veterans, startDate: '2026-02-01', dueDate: '2026-03-01' });
  core.must('tasks:delete', { id: t5 });
  const t6 = task('2026-01-05T20:00:00', { title: 'Xây dựng mô hình tự quản', leadOrganisationId: farmers });
  const t6Record = core.must('tasks:get', { id: t6 });
  core.must('tasks:save', {
    id: t6,
    title: t6Record.title,
    detail: '',
    leadOrganisationId: farmers,
    supportingOrganisationIds: [],
    responsiblePersonId: null,
    startDate: null,
    dueDate: null,
    priority: 'thap',
    recurrence: 'khong',
    status: 'tam_dung',
    result: '',
  });
  core.setNow(at('2026-01-03T09:00:00'));
  const t7Created = core.must('tasks:createFromDirective', { directiveId: d2, leadOrganisationId: women });
  const t7 = t7Created.id;
  core.must('tasks:save', {
    id: t7,
    title: t7Created.title,
    detail: '',
    leadOrganisationId: women,
    supportingOrganisationIds: [],
    responsiblePersonId: null,
    startDate: null,
    dueDate: '2026-12-31',
    priority: 'trung_binh',
    recurrence: 'khong',
    status: 'chua_thuc_hien',
    result: '',
  });
  const t8 = task('2026-06-01T09:00:00', {
    title: 'Báo cáo tình hình tư tưởng hội viên phụ nữ hằng tháng',
    leadOrganisationId: women,
    startDate: '2026-06-01',
    dueDate: '2026-06-30',
    recurrence: 'hang_thang',
  });
  const t9 = task('2025-03-01T09:00:00', { title: 'Nhiệm vụ năm trước', leadOrganisationId: veterans, startDate: '2025-03-01', dueDate: '2025-04-30' });
  complete('2025-04-10T09:00:00', t9);

  return {
    meetings: { m1, m2, m3, m4, m5, m6, m7, m8 },
    directives: { d1, d2, d3, d4, plan },
    tasks: { t1, t2, t3, t4, t5, t6, t7, t8, t9 },
    organisations: { farmers, women, youth, veterans },
    notices: { h2of2025, h1of2026 },
  };
}

/** The figures of "6 tháng đầu năm 2026" compiled on 10/7/2026, counted by hand from the records above. */
export function reportAnswers(w: ReportWorld) {
  return {
    held: [w.meetings.m2, w.meetings.m3, w.meetings.m4],
    notMarkedHeld: [w.meetings.m7],
    received: [w.directives.d2, w.directives.d3],
    conclusions: 3,
    conclusionsAssigned: 1,
    notices: [w.notices.h1of2026],
    awards: 2,
    assigned: [w.tasks.t1, w.tasks.t3, w.tasks.t4, w.tasks.t6, w.tasks.t7, w.tasks.t8],
    completed: [w.tasks.t1, w.tasks.t2],
    completedOnTime: [w.tasks.t1],
    open: [w.tasks.t3, w.tasks.t4, w.tasks.t6, w.tasks.t7, w.tasks.t8],
    overdue: [w.tasks.t3, w.tasks.t4, w.tasks.t8],
    previous: { meetingsHeld: 1, directivesReceived: 1, conclusions: 1, conclusionNotices: 1, tasksAssigned: 1, tasksCompleted: 0, tasksCompletedOnTime: 0, tasksOverdue: 0, awards: 1 },
    lastYear: { meetingsHeld: 1, directivesReceived: 0, conclusions: 0, conclusionNotices: 0, tasksAssigned: 1, tasksCompleted: 1, tasksCompletedOnTime: 1, tasksOverdue: 0, awards: 0 },
  };
}
