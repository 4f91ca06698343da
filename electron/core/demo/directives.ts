import type { ChannelInput } from '../../../shared/ipc/contract';
import { toLocalDateTimeString } from '../../../shared/datetime';
import type { DemoCall } from './client';
import type { OrganisationKey } from './directory-data';

/**
 * A small register around the article meetings: the Party resolution and conclusion the
 * articles cite, state decisions, the committee's own reports and letters, and incoming letters
 * dated this month (so the register and the dashboard have something recent), linked to the
 * meetings that implement or discussed them.
 */

export interface DemoDirectiveIds {
  nghiQuyet56: number;
  ketLuan03: number;
  /** Every directive created, in the order created. */
  all: number[];
}

interface Meetings {
  trienKhai2021: number;
  giaoBan2024: number;
  khoiDanVan2020: number;
}

type Save = ChannelInput<'directives:save'>;

/** A date in the month of `now`, on `day` (kept within the month's first days so it is never ahead). */
function thisMonth(now: Date, day: number): string {
  const today = toLocalDateTimeString(now).slice(0, 10);
  const candidate = `${today.slice(0, 8)}${String(day).padStart(2, '0')}`;
  return candidate > today ? today : candidate;
}

export function seedDemoDirectives(
  call: DemoCall,
  organisations: Record<OrganisationKey, number>,
  meetings: Meetings,
  now: Date,
): DemoDirectiveIds {
  const save = (input: Save) => call('directives:save', input).id;

  const chuongTrinh05 = save({
    direction: 'di',
    numberSymbol: '05/CTr-MTTQ-BTT',
    issuerOrganisationId: organisations.mttq,
    issuedDate: '2021-09-10',
    signer: 'Nguyễn Tiến Thành',
    summary: 'Chương trình hành động của MTTQ thành phố và các tổ chức thành viên thực hiện Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội XVI Đảng bộ thành phố',
  });
  const ketLuan03 = save({
    direction: 'den',
    numberSymbol: 'Số: 03-KL/TU',
    issuerOrganisationId: organisations.tinhUy,
    issuerName: 'Ban Thường vụ Tỉnh ủy',
    issuedDate: '2020-10-12',
    arrivalDate: '2020-10-15',
    summary:
      'Về việc rà soát đối tượng hưởng chính sách, người hoạt động kháng chiến và con đẻ của họ bị nhiễm chất độc hóa học',
  });
  const nghiQuyet56 = save({
    direction: 'den',
    numberSymbol: '56-NQ/TU',
    issuerName: 'BCH Đảng bộ Thành phố',
    issuedDate: '2021-12-15',
    arrivalDate: '2021-12-20',
    signer: 'Trần Lưu Quang',
    summary: 'Về tăng cường sự lãnh đạo của Đảng đối với công tác Mặt trận và các đoàn thể chính trị - xã hội thành phố',
  });
  const quyDinhCu = save({
    direction: 'den',
    numberSymbol: '05-QĐi/TU',
    issuerOrganisationId: organisations.thanhUy,
    issuedDate: '2019-04-02',
    arrivalDate: '2019-04-08',
    summary: 'Quy định về chế độ thông tin, báo cáo của các cơ quan, đơn vị trong hệ thống chính trị thành phố',
    status: 'het_hieu_luc',
  });
  const quyDinhMoi = save({
    direction: 'den',
    numberSymbol: '08-QĐi/TU',
    issuerOrganisationId: organisations.thanhUy,
    issuedDate: '2023-06-20',
    arrivalDate: '2023-06-26',
    summary: 'Quy định về chế độ thông tin, báo cáo định kỳ trong hệ thống chính trị thành phố',
    replacesId: quyDinhCu,
  });
  const nghiQuyetHdnd = save({
    direction: 'den',
    numberSymbol: '12/2024/NQ-HĐND',
    issuerOrganisationId: organisations.hdnd,
    issuedDate: '2024-07-10',
    arrivalDate: '2024-07-16',
    summary: 'Quy định mức hỗ trợ hoạt động của Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng',
  });
  const quyetDinh757 = save({
    direction: 'den',
    numberSymbol: '757/QĐ-UBND',
    issuerOrganisationId: organisations.ubnd,
    issuedDate: '2024-03-22',
    arrivalDate: '2024-03-27',
    summary: 'Ban hành Kế hoạch thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"',
    guidesId: nghiQuyet56,
  });
  const baoCao12 = save({
    direction: 'di',
    numberSymbol: '12/BC-MTTQ-BTT',
    issuerOrganisationId: organisations.mttq,
    issuedDate: '2024-07-01',
    signer: 'Nguyễn Tiến Thành',
    summary: 'Kết quả công tác Mặt trận 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2024',
  });
  const congVanDonDoc = save({
    direction: 'noi_bo',
    numberSymbol: '249/MTTQ-BTT',
    issuerOrganisationId: organisations.mttq,
    issuedDate: '2024-07-05',
    summary: 'V/v đôn đốc các tổ chức thành viên gửi báo cáo định kỳ đúng hạn',
  });
  const congVanUbnd = save({
    direction: 'den',
    numberSymbol: '1234/UBND-VP',
    issuerOrganisationId: organisations.ubnd,
    issuedDate: thisMonth(now, 1),
    arrivalDate: thisMonth(now, 3),
    summary: 'V/v góp ý dự thảo Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm nay',
  });
  const congVanSoNoiVu = save({
    direction: 'den',
    numberSymbol: '456/SNV-TCBC',
    issuerOrganisationId: organisations.soNoiVu,
    issuedDate: thisMonth(now, 2),
    arrivalDate: thisMonth(now, 5),
    summary: 'V/v báo cáo số lượng cán bộ, công chức Mặt trận và các đoàn thể sau sắp xếp',
  });

  call('meetings:linkDirective', { meetingId: meetings.trienKhai2021, directiveId: chuongTrinh05, relation: 'trien_khai' });
  call('meetings:linkDirective', { meetingId: meetings.khoiDanVan2020, directiveId: ketLuan03, relation: 'trien_khai' });
  call('meetings:linkDirective', { meetingId: meetings.giaoBan2024, directiveId: nghiQuyet56, relation: 'trien_khai' });
  call('meetings:linkDirective', { meetingId: meetings.giaoBan2024, directiveId: quyDinhMoi, relation: 'thao_luan' });
  call('meetings:linkDirective', { meetingId: meetings.giaoBan2024, directiveId: baoCao12, relation: 'trich_dan' });

  return {
    nghiQuyet56,
    ketLuan03,
    all: [
      chuongTrinh05,
      ketLuan03,
      nghiQuyet56,
      quyDinhCu,
      quyDinhMoi,
      nghiQuyetHdnd,
      quyetDinh757,
      baoCao12,
      congVanDonDoc,
      congVanUbnd,
      congVanSoNoiVu,
    ],
  };
}
