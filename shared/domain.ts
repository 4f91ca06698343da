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

export const DOCUMENT_KIND = labelsOf({
  bien_ban: 'Biên bản hội nghị',
  thong_bao_ket_luan: 'Thông báo kết luận',
  bao_cao: 'Báo cáo',
  ke_hoach: 'Kế hoạch',
  giay_moi: 'Giấy mời',
  cong_van: 'Công văn',
});
export type DocumentKind = (typeof DOCUMENT_KIND.values)[number];

/** Type code in the number-symbol (Phụ lục III, Nghị định 30/2020); a letter (công văn) has none. */
export const DOCUMENT_TYPE_CODE: Record<DocumentKind, string | null> = {
  bien_ban: 'BB',
  thong_bao_ket_luan: 'TB',
  bao_cao: 'BC',
  ke_hoach: 'KH',
  giay_moi: 'GM',
  cong_van: null,
};

/** The type name printed as the document's title; a letter has "V/v …" under its number instead. */
export const DOCUMENT_TYPE_NAME: Record<DocumentKind, string | null> = {
  bien_ban: 'BIÊN BẢN',
  thong_bao_ket_luan: 'THÔNG BÁO',
  bao_cao: 'BÁO CÁO',
  ke_hoach: 'KẾ HOẠCH',
  giay_moi: 'GIẤY MỜI',
  cong_van: null,
};

export const REPORT_KIND = labelsOf({
  ket_qua: 'Báo cáo kết quả',
  so_ket: 'Báo cáo sơ kết',
  tong_ket: 'Báo cáo tổng kết',
});
export type ReportKind = (typeof REPORT_KIND.values)[number];

export const DOCUMENT_STATUS = labelsOf({
  ban_nhap: 'Bản nháp',
  da_hoan_thien: 'Đã hoàn thiện',
  da_ban_hanh: 'Đã ban hành',
});
export type DocumentStatus = (typeof DOCUMENT_STATUS.values)[number];

/** TM. (on behalf of), KT. (signing for the head), TL. (by order of), or a head signing in person. */
export const SIGNING_AUTHORITY = labelsOf({
  tm: 'TM. (thay mặt)',
  kt: 'KT. (ký thay)',
  tl: 'TL. (thừa lệnh)',
  none: 'Ký trực tiếp',
});
export type SigningAuthority = (typeof SIGNING_AUTHORITY.values)[number];
