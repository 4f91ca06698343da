import type { MeetingConclusion } from '../../../shared/schemas/meeting';
import { addDays, localDateOf, monthOf } from '../../../shared/task-dates';
import type { DemoCall } from './client';
import type { DemoDirectiveIds } from './directives';
import type { OrganisationKey, PersonKey } from './directory-data';

export interface DemoTaskIds {
  /** Every task created, periodic follow-ups included. */
  all: number[];
  /** Open and overdue, from a conclusion of the Hội Nông dân's last meeting: what the e2e and screenshots look at. */
  overdueFromConclusion: number;
  /** The meeting that task came from, whose page also reviews the previous meeting of its kind. */
  followUpMeeting: number | null;
  /** The quarterly report whose completion made its next occurrence. */
  quarterlyReport: { done: number; next: number };
}

interface Context {
  call: DemoCall;
  today: string;
  organisations: Record<OrganisationKey, number>;
  people: Record<PersonKey, number>;
  ids: number[];
}

function conclusionsOf(call: DemoCall, meetingId: number): { startDate: string; kind: string; conclusions: MeetingConclusion[] } {
  const meeting = call('meetings:get', { id: meetingId });
  return { startDate: meeting.startAt.slice(0, 10), kind: meeting.kind, conclusions: meeting.conclusions };
}

/** A task from a conclusion, then its fields as the secretariat filled them in afterwards. */
function fromConclusion(
  ctx: Context,
  conclusion: MeetingConclusion,
  meetingDate: string,
  plan: { lead: OrganisationKey; supporting?: OrganisationKey[]; person?: PersonKey; due: string; priority?: 'cao' | 'trung_binh' | 'thap'; paused?: boolean },
): number {
  const task = ctx.call('tasks:createFromConclusion', { conclusionId: conclusion.id, leadOrganisationId: ctx.organisations[plan.lead] });
  ctx.call('tasks:save', {
    id: task.id,
    title: task.title,
    detail: task.detail,
    leadOrganisationId: task.leadOrganisation.id,
    supportingOrganisationIds: (plan.supporting ?? []).map((key) => ctx.organisations[key]),
    responsiblePersonId: plan.person ? ctx.people[plan.person] : null,
    // A deadline set shortly after a recent meeting must not come before its start.
    startDate: plan.due < meetingDate ? plan.due : meetingDate,
    dueDate: plan.due,
    priority: plan.priority ?? 'trung_binh',
    recurrence: 'khong',
    status: plan.paused ? 'tam_dung' : 'chua_thuc_hien',
    result: '',
  });
  ctx.ids.push(task.id);
  return task.id;
}

function progress(ctx: Context, taskId: number, entries: Array<[number, string, string]>): void {
  for (const [daysAgo, note, by] of entries) {
    ctx.call('tasks:addProgress', { taskId, date: addDays(ctx.today, -daysAgo), note, by });
  }
}

function complete(ctx: Context, taskId: number, result: string, by: string): number | null {
  const { next } = ctx.call('tasks:complete', { id: taskId, result, by });
  if (next) ctx.ids.push(next.id);
  return next?.id ?? null;
}

/**
 * Follow-up tasks around `now`: the article meetings' conclusions assigned to Hội Nông dân, Hội
 * LHPN, Đoàn Thanh niên… (the old ones done), the last meetings' conclusions still being chased
 * (some overdue, one paused), two tasks implementing directives, and the periodic reports the
 * articles call "còn chậm": a quarterly one completed (which made the next quarter's) and a
 * monthly one overdue.
 */
export function seedDemoTasks(
  call: DemoCall,
  now: Date,
  organisations: Record<OrganisationKey, number>,
  people: Record<PersonKey, number>,
  meetings: { giaoBan2024: number; trienKhai2021: number; khoiDanVan2020: number; others: number[] },
  directives: DemoDirectiveIds,
): DemoTaskIds {
  const today = localDateOf(now);
  const ctx: Context = { call, today, organisations, people, ids: [] };

  // The 2024 briefing (samples/articles): assigned then, done since.
  const giaoBan = conclusionsOf(call, meetings.giaoBan2024);
  const members = fromConclusion(ctx, giaoBan.conclusions[6]!, giaoBan.startDate, {
    lead: 'hnd',
    supporting: ['ldld', 'hlhpn'],
    person: 'dinhVanLuc',
    due: '2024-12-31',
  });
  complete(ctx, members, 'Hội Nông dân tổ chức 12 lớp tập huấn chuyển đổi số cho 1.350 hội viên; Công đoàn, Hội Phụ nữ xây dựng 46 mô hình mới.', 'Đinh Văn Lực');
  const youthCongress = fromConclusion(ctx, giaoBan.conclusions[5]!, giaoBan.startDate, { lead: 'hlhtn', supporting: ['thanhDoan'], due: '2024-10-31' });
  complete(ctx, youthCongress, 'Đại hội Hội Liên hiệp thanh niên Việt Nam thành phố lần thứ 11 đã tổ chức thành công ngày 26/9/2024.', 'Vũ Thị Hồng Nhung');
  const poorMonth = fromConclusion(ctx, giaoBan.conclusions[4]!, giaoBan.startDate, { lead: 'mttq', supporting: ['hlhpn', 'hccb'], due: '2024-11-18' });
  complete(ctx, poorMonth, 'Tháng cao điểm Vì người nghèo vận động được 42,6 tỷ đồng; hỗ trợ xây mới 215 nhà Đại đoàn kết.', 'Lê Quang Huy');

  // The 2021 roll-out: the propaganda point, done by the Women's Union.
  const trienKhai = conclusionsOf(call, meetings.trienKhai2021);
  const propaganda = fromConclusion(ctx, trienKhai.conclusions[1]!, trienKhai.startDate, { lead: 'hlhpn', supporting: ['thanhDoan'], due: '2021-12-31' });
  complete(ctx, propaganda, 'Xây dựng chuyên mục "Phụ nữ Hải Phòng làm theo lời Bác" trên cổng thông tin; 100% cơ sở hội có nhóm Zalo tuyên truyền.', 'Nguyễn Thị Bích Ngọc');

  // Directives: Kết luận 03 (2020, veterans, done) and Nghị quyết 56 (farmers, under way).
  const ketLuan03 = call('tasks:createFromDirective', { directiveId: directives.ketLuan03, leadOrganisationId: organisations.hccb }).id;
  ctx.ids.push(ketLuan03);
  complete(ctx, ketLuan03, 'Đã rà soát 1.126 trường hợp; đề nghị bổ sung chế độ cho 37 người.', 'Trịnh Xuân Hòa');
  const nq56 = call('tasks:createFromDirective', { directiveId: directives.nghiQuyet56, leadOrganisationId: organisations.hnd }).id;
  ctx.ids.push(nq56);
  progress(ctx, nq56, [[40, 'Đã xây dựng kế hoạch thực hiện, gửi các cơ sở hội.', 'Đinh Văn Lực']]);

  // The latest meetings that recorded conclusions: still being chased.
  const recent = meetings.others
    .map((id) => ({ id, ...conclusionsOf(call, id) }))
    .filter((m) => m.conclusions.length > 0 && m.startDate <= today)
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
  const last = recent.at(-1);
  // The previous meeting of the same kind as the last one: its open task is "Xem lại kỳ trước" there.
  const beforeLast = recent.filter((m) => last !== undefined && m.kind === last.kind && m.id !== last.id).at(-1);
  let overdueFromConclusion = members;
  if (last) {
    overdueFromConclusion = fromConclusion(ctx, last.conclusions.at(-1)!, last.startDate, {
      lead: 'hnd',
      supporting: ['hlhpn', 'thanhDoan'],
      person: 'dinhVanLuc',
      due: addDays(today, -12),
      priority: 'cao',
    });
    progress(ctx, overdueFromConclusion, [
      [30, 'Đã gửi dự thảo chương trình phối hợp giám sát xin ý kiến các tổ chức thành viên.', 'Đinh Văn Lực'],
      [9, 'Còn 2/6 tổ chức chưa góp ý; đã đôn đốc bằng văn bản.', 'Vũ Thị Hồng Nhung'],
    ]);
    if (last.conclusions.length > 1) {
      const due = addDays(today, 3);
      const election = fromConclusion(ctx, last.conclusions[0]!, last.startDate, { lead: 'thanhDoan', supporting: ['hlhpn'], due });
      progress(ctx, election, [[5, 'Đã ra quân tuyên truyền tại 24 khu dân cư.', 'Trần Thị Minh Nguyệt']]);
    }
  }
  if (beforeLast) {
    // Left open since the previous meeting of that kind: "Xem lại kỳ trước" shows it.
    fromConclusion(ctx, beforeLast.conclusions[0]!, beforeLast.startDate, { lead: 'hccb', due: addDays(today, -3), paused: true });
  }

  // Periodic reports: the quarterly one completed (its next quarter was made), the monthly one late.
  // The day before the current quarter began: last quarter's report, completed on time.
  const [year, month] = today.split('-').map(Number) as [number, number];
  const quarterStart = `${year}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  const previousQuarterEnd = addDays(quarterStart, -1);
  const quarterly = call('tasks:create', {
    title: 'Báo cáo định kỳ kết quả thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" hằng quý',
    detail: 'Gửi Ban Thường trực Ủy ban MTTQ Việt Nam thành phố trước ngày cuối quý, kèm phụ lục số liệu.',
    leadOrganisationId: organisations.hnd,
    supportingOrganisationIds: [organisations.hlhpn, organisations.hccb],
    responsiblePersonId: people.dinhVanLuc,
    dueDate: previousQuarterEnd,
    priority: 'cao',
    recurrence: 'hang_quy',
  }).id;
  ctx.ids.push(quarterly);
  const nextQuarter = complete(ctx, quarterly, 'Đã gửi báo cáo quý đúng hạn, kèm phụ lục số liệu 21 xã, phường.', 'Đinh Văn Lực')!;

  const monthly = call('tasks:create', {
    title: 'Báo cáo định kỳ tình hình tư tưởng, nguyện vọng của hội viên phụ nữ hằng tháng',
    leadOrganisationId: organisations.hlhpn,
    responsiblePersonId: people.nguyenThiBichNgoc,
    dueDate: addDays(monthOf(today).first, -1),
    priority: 'trung_binh',
    recurrence: 'hang_thang',
  }).id;
  ctx.ids.push(monthly);

  for (const [lead, title, dueIn, priority] of [
    ['thanhDoan', 'Ra quân Chiến dịch tình nguyện Mùa đông, hỗ trợ gia đình chính sách', 5, 'cao'],
    ['hccb', 'Vận động hội viên đóng góp xây dựng nhà "Nghĩa tình đồng đội"', 20, 'trung_binh'],
    ['hlhpn', 'Sơ kết mô hình "Tổ phụ nữ tự quản đảm bảo an ninh trật tự"', 35, 'thap'],
  ] as const) {
    const id = call('tasks:create', { title, leadOrganisationId: organisations[lead], startDate: today, dueDate: addDays(today, dueIn), priority }).id;
    ctx.ids.push(id);
  }

  return { all: ctx.ids, overdueFromConclusion, followUpMeeting: last?.id ?? null, quarterlyReport: { done: quarterly, next: nextQuarter } };
}
