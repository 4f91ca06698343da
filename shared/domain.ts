/**
 * Closed vocabularies of the domain: the values stored in the database and the Vietnamese
 * label a user sees for each. Keeping both side by side lets a reviewer read every label at once.
 */

function labelsOf<const T extends string>(labels: Record<T, string>): { values: [T, ...T[]]; labels: Record<T, string> } {
  const values = Object.keys(labels) as T[];
  return { values: values as [T, ...T[]], labels };
}

export const COMMITTEE_LEVEL = labelsOf({
  trung_uong: 'Trung ương',
  tinh: 'Tỉnh, thành phố',
  xa: 'Xã, phường, đặc khu',
  // District level was abolished on 1 July 2025; kept only so that old records stay readable.
  huyen: 'Huyện (trước 01/7/2025)',
});
export type CommitteeLevel = (typeof COMMITTEE_LEVEL.values)[number];
/** Levels offered for new choices; "huyen" is only shown when a record already has it. */
export const CURRENT_COMMITTEE_LEVELS: CommitteeLevel[] = ['trung_uong', 'tinh', 'xa'];

export const ORGANISATION_KIND = labelsOf({
  mat_tran: 'Ủy ban MTTQ',
  to_chuc_thanh_vien: 'Tổ chức thành viên',
  cap_uy: 'Cấp ủy, cơ quan Đảng',
  hdnd: 'Hội đồng nhân dân',
  ubnd: 'Ủy ban nhân dân',
  so_ban_nganh: 'Sở, ban, ngành',
  khac: 'Khác',
});
export type OrganisationKind = (typeof ORGANISATION_KIND.values)[number];

export const MEETING_KIND = labelsOf({
  tong_ket: 'Hội nghị tổng kết',
  so_ket: 'Hội nghị sơ kết',
  giao_ban: 'Hội nghị giao ban',
  trien_khai: 'Hội nghị triển khai',
  chuyen_de: 'Hội nghị chuyên đề',
  lam_viec: 'Buổi làm việc',
  hiep_thuong: 'Hội nghị hiệp thương',
  phan_bien: 'Hội nghị phản biện xã hội',
  khac: 'Khác',
});
export type MeetingKind = (typeof MEETING_KIND.values)[number];

export const MEETING_STATUS = labelsOf({
  du_kien: 'Dự kiến',
  da_hop: 'Đã họp',
  da_co_bien_ban: 'Đã có biên bản',
  hoan_tat: 'Hoàn tất',
});
export type MeetingStatus = (typeof MEETING_STATUS.values)[number];

export const MEETING_FORMAT = labelsOf({
  truc_tiep: 'Trực tiếp',
  truc_tuyen: 'Trực tuyến',
  ket_hop: 'Trực tiếp kết hợp trực tuyến',
});
export type MeetingFormat = (typeof MEETING_FORMAT.values)[number];

export const ATTENDEE_ROLE = labelsOf({
  chu_tri: 'Chủ trì',
  dong_chu_tri: 'Đồng chủ trì',
  thu_ky: 'Thư ký',
  dai_bieu: 'Đại biểu',
  khach_moi: 'Khách mời',
});
export type AttendeeRole = (typeof ATTENDEE_ROLE.values)[number];

export const ATTENDANCE = labelsOf({
  co_mat: 'Có mặt',
  vang_co_ly_do: 'Vắng có lý do',
  vang: 'Vắng',
});
export type Attendance = (typeof ATTENDANCE.values)[number];

export const SPEECH_KIND = labelsOf({
  bao_cao: 'Báo cáo',
  tham_luan: 'Tham luận',
  phat_bieu: 'Ý kiến phát biểu',
  chi_dao: 'Phát biểu chỉ đạo',
});
export type SpeechKind = (typeof SPEECH_KIND.values)[number];

export const AWARD_FORM = labelsOf({
  co_thi_dua: 'Cờ thi đua',
  bang_khen: 'Bằng khen',
  giay_khen: 'Giấy khen',
  khac: 'Hình thức khác',
});
export type AwardForm = (typeof AWARD_FORM.values)[number];

export const AWARD_RECIPIENT_KIND = labelsOf({
  tap_the: 'Tập thể',
  ca_nhan: 'Cá nhân',
});
export type AwardRecipientKind = (typeof AWARD_RECIPIENT_KIND.values)[number];
