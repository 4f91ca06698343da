import { addDays, localDateOf } from '../../../shared/task-dates';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { createDemoCall, type DemoCall } from './client';
import type { DemoDirectiveIds } from './directives';

/**
 * Both sides of the exchange for the demo. The city's committee (the province level of the
 * two-tier local government) has a code and five wards below it, and has given them the tasks of
 * its plan for this year and of Nghị quyết 56; `demo --as CODE` makes the database of one of those
 * wards, with the city as its committee above — so a package written by one demo imports into the
 * other as it would between two real offices.
 */

export const DEMO_OWN_CODE = 'MTTQ-HP';
export const DEMO_PROVINCE_NAME = 'Ủy ban MTTQ Việt Nam thành phố Hải Phòng';

export const DEMO_COMMUNES = [
  { code: 'MTTQ-HP-HB', place: 'phường Hồng Bàng', chair: 'Phạm Thị Thu' },
  { code: 'MTTQ-HP-NQ', place: 'phường Ngô Quyền', chair: 'Đoàn Văn Tùng' },
  { code: 'MTTQ-HP-LC', place: 'phường Lê Chân', chair: 'Vũ Văn Nam' },
  { code: 'MTTQ-HP-HA', place: 'phường Hải An', chair: 'Nguyễn Thị Mai' },
  { code: 'MTTQ-HP-KA', place: 'phường Kiến An', chair: 'Trần Quốc Bảo' },
] as const;

export interface DemoAssignedDirective {
  id: number;
  numberSymbol: string;
  summary: string;
  /** The codes of the committees below given tasks on it. */
  below: string[];
}

export interface DemoExchangeIds {
  committees: { own: string; below: string[] };
  /** The city's plan for this year, sent down to all five wards. */
  plan: number;
  assigned: DemoAssignedDirective[];
}

/** The last day of the quarter holding `date`. */
function quarterEnd(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const endMonth = Math.floor((month - 1) / 3) * 3 + 3;
  return addDays(`${endMonth === 12 ? year + 1 : year}-${String(endMonth === 12 ? 1 : endMonth + 1).padStart(2, '0')}-01`, -1);
}

export function seedDemoExchange(call: DemoCall, now: Date, directives: DemoDirectiveIds): DemoExchangeIds {
  const today = localDateOf(now);
  const year = today.slice(0, 4);
  const ids = new Map<string, number>();
  for (const commune of DEMO_COMMUNES) {
    ids.set(commune.code, call('committees:save', { name: `Ủy ban MTTQ Việt Nam ${commune.place}`, code: commune.code, relation: 'cap_duoi' }).id);
  }
  const all = DEMO_COMMUNES.map((c) => ids.get(c.code)!);
  const plan = call('directives:save', {
    direction: 'di',
    numberSymbol: '118/KH-MTTQ-BTT',
    issuedDate: `${today.slice(0, 8)}01` > today ? today : `${today.slice(0, 8)}01`,
    signer: 'Nguyễn Văn Khánh',
    summary: `Triển khai Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm ${year} ở các phường, xã`,
  }).id;
  call('exchange:saveAssignments', {
    directiveId: plan,
    tasks: [
      {
        title: 'Tổ chức hội nghị triển khai Kế hoạch đến Ban Công tác Mặt trận các khu dân cư',
        lead: 'Ban Thường trực Ủy ban MTTQ',
        dueDate: addDays(today, 14),
        priority: 'cao',
        committeeIds: all,
      },
      {
        title: 'Báo cáo kết quả thực hiện Cuộc vận động hằng quý, kèm phụ lục số liệu',
        lead: 'Ban Thường trực Ủy ban MTTQ',
        detail: 'Gửi Ban Thường trực Ủy ban MTTQ Việt Nam thành phố trước ngày cuối quý.',
        dueDate: quarterEnd(today),
        recurrence: 'hang_quy',
        committeeIds: all,
      },
      {
        title: 'Xây dựng mô hình điểm "Khu dân cư kiểu mẫu" và báo cáo kết quả',
        lead: 'Hội Nông dân, Hội Liên hiệp Phụ nữ',
        dueDate: addDays(today, 45),
        priority: 'trung_binh',
        committeeIds: [ids.get('MTTQ-HP-HB')!, ids.get('MTTQ-HP-LC')!],
      },
    ],
  });
  const nq56Below = ['MTTQ-HP-NQ', 'MTTQ-HP-HA', 'MTTQ-HP-KA'];
  call('exchange:saveAssignments', {
    directiveId: directives.nghiQuyet56,
    tasks: [
      {
        title: 'Quán triệt, triển khai Nghị quyết 56-NQ/TU đến Ban Công tác Mặt trận các khu dân cư',
        lead: 'Ban Thường trực Ủy ban MTTQ',
        dueDate: addDays(today, -5),
        priority: 'cao',
        committeeIds: nq56Below.map((code) => ids.get(code)!),
      },
    ],
  });
  const describe = (id: number, below: readonly string[]): DemoAssignedDirective => {
    const directive = call('directives:get', { id });
    return { id, numberSymbol: directive.numberSymbol, summary: directive.summary, below: [...below] };
  };
  return {
    committees: { own: DEMO_OWN_CODE, below: DEMO_COMMUNES.map((c) => c.code) },
    plan,
    assigned: [describe(plan, DEMO_COMMUNES.map((c) => c.code)), describe(directives.nghiQuyet56, nq56Below)],
  };
}

export interface CommuneDemoIds {
  committees: { own: string; above: string };
  organisations: Record<'committee' | 'farmers' | 'women' | 'youth' | 'veterans', number>;
  tasks: number[];
}

/**
 * The database of one ward below the demo city: its profile with the code, the city as the
 * committee above, its own Front committee and member organisations, its leaders, one task of
 * its own. Nothing from the city yet: that arrives in a package.
 */
export function seedCommuneDemo(ctx: CoreContext, code: string): CommuneDemoIds {
  const count = ctx.db.prepare('SELECT (SELECT count(*) FROM organisations) + (SELECT count(*) FROM meetings) AS n').get() as { n: number };
  if (count.n > 0) throw new AppError('CONFLICT', 'Chỉ tạo được dữ liệu mẫu trong một tệp dữ liệu trống.');
  const call = createDemoCall(ctx);
  const known = DEMO_COMMUNES.find((c) => c.code === code);
  const place = known?.place ?? `phường ${code}`;
  const name = `Ủy ban MTTQ Việt Nam ${place}`;
  const short = place.replace(/^(phường|xã) /, '');
  const chair = known?.chair ?? 'Nguyễn Văn An';
  call('profile:save', {
    committeeName: name,
    parentBody: name.toLocaleUpperCase('vi'),
    placeName: short,
    level: 'xa',
    abbreviation: 'MTTQ-BTT',
    committeeCode: code,
    chair: { fullName: chair, title: `Chủ tịch Ủy ban MTTQ Việt Nam ${place}` },
    deputies: [{ fullName: 'Lê Thị Hằng', title: `Phó Chủ tịch Ủy ban MTTQ Việt Nam ${place}` }],
  });
  const org = (orgName: string, kind: 'mat_tran' | 'to_chuc_thanh_vien', abbreviation: string) =>
    call('organisations:save', { name: orgName, kind, abbreviation }).id;
  const organisations = {
    committee: org(name, 'mat_tran', 'MTTQ'),
    farmers: org(`Hội Nông dân ${place}`, 'to_chuc_thanh_vien', 'HND'),
    women: org(`Hội Liên hiệp Phụ nữ ${place}`, 'to_chuc_thanh_vien', 'HLHPN'),
    youth: org(`Đoàn Thanh niên Cộng sản Hồ Chí Minh ${place}`, 'to_chuc_thanh_vien', 'ĐTN'),
    veterans: org(`Hội Cựu chiến binh ${place}`, 'to_chuc_thanh_vien', 'HCCB'),
  };
  call('people:save', { fullName: chair, title: `Chủ tịch Ủy ban MTTQ Việt Nam ${place}`, organisationId: organisations.committee });
  call('people:save', { fullName: 'Lê Thị Hằng', title: `Phó Chủ tịch Ủy ban MTTQ Việt Nam ${place}`, organisationId: organisations.committee });
  call('people:save', { fullName: 'Đỗ Văn Hải', title: `Chủ tịch Hội Nông dân ${place}`, organisationId: organisations.farmers });
  call('committees:save', { name: DEMO_PROVINCE_NAME, code: DEMO_OWN_CODE, relation: 'cap_tren' });
  const today = localDateOf(ctx.now());
  const own = call('tasks:create', {
    title: 'Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các khu dân cư',
    leadOrganisationId: organisations.committee,
    supportingOrganisationIds: [organisations.women, organisations.youth],
    startDate: today,
    dueDate: addDays(today, 30),
  }).id;
  return { committees: { own: code, above: DEMO_OWN_CODE }, organisations, tasks: [own] };
}
