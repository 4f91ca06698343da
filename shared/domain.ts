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

/**
 * Kinds of directive in the register, one per type code of Nghị định 30 (Phụ lục III) and of the
 * Party's Hướng dẫn 36, plus the state's legal documents that are cited every day (Nghị định,
 * Thông tư, Luật). TT reads Thông tri in a Party or a Front symbol (`25/TT-MTTW-BTT`) and Thông tư
 * in a state one, which is why
 * the parser maps codes to kinds per family (`shared/number-symbol-parser.ts`).
 */
export const DIRECTIVE_TYPE = labelsOf({
  nghi_quyet: 'Nghị quyết',
  quyet_dinh: 'Quyết định',
  chi_thi: 'Chỉ thị',
  ket_luan: 'Kết luận',
  quy_che: 'Quy chế',
  quy_dinh: 'Quy định',
  thong_cao: 'Thông cáo',
  thong_bao: 'Thông báo',
  thong_tri: 'Thông tri',
  huong_dan: 'Hướng dẫn',
  chuong_trinh: 'Chương trình',
  ke_hoach: 'Kế hoạch',
  phuong_an: 'Phương án',
  de_an: 'Đề án',
  du_an: 'Dự án',
  bao_cao: 'Báo cáo',
  bien_ban: 'Biên bản',
  to_trinh: 'Tờ trình',
  hop_dong: 'Hợp đồng',
  cong_dien: 'Công điện',
  ban_ghi_nho: 'Bản ghi nhớ',
  giay_uy_quyen: 'Giấy ủy quyền',
  giay_moi: 'Giấy mời',
  giay_gioi_thieu: 'Giấy giới thiệu',
  phieu_gui: 'Phiếu gửi',
  phieu_chuyen: 'Phiếu chuyển',
  phieu_bao: 'Phiếu báo',
  bo_sung: 'Văn bản bổ sung',
  nghi_dinh: 'Nghị định',
  thong_tu: 'Thông tư',
  thong_tu_lien_tich: 'Thông tư liên tịch',
  luat: 'Luật',
  cong_van: 'Công văn',
  khac: 'Văn bản khác',
});
export type DirectiveType = (typeof DIRECTIVE_TYPE.values)[number];

/** How a number-symbol is built; the family decides what a type code means. */
export const SYMBOL_FAMILY = labelsOf({
  dang: 'Văn bản của Đảng',
  nha_nuoc: 'Văn bản hành chính nhà nước',
  nha_nuoc_quy_pham: 'Văn bản quy phạm pháp luật',
  mat_tran: 'Văn bản của Mặt trận',
  cong_van: 'Công văn (không có mã loại)',
});
export type SymbolFamily = (typeof SYMBOL_FAMILY.values)[number];

/**
 * Received, issued, internal — or only cited: a document the committee names as its basis ("căn cứ
 * Nghị quyết số 43-NQ/TW…") without having received it, so with no arrival date nor number.
 */
export const DIRECTIVE_DIRECTION = labelsOf({
  den: 'Văn bản đến',
  di: 'Văn bản đi',
  noi_bo: 'Văn bản nội bộ',
  trich_dan: 'Văn bản trích dẫn',
});
export type DirectiveDirection = (typeof DIRECTIVE_DIRECTION.values)[number];

export const DIRECTIVE_STATUS = labelsOf({
  con_hieu_luc: 'Còn hiệu lực',
  het_hieu_luc: 'Hết hiệu lực',
  duoc_thay_the: 'Được thay thế',
});
export type DirectiveStatus = (typeof DIRECTIVE_STATUS.values)[number];

/** Why a meeting is linked to a directive. */
export const MEETING_DIRECTIVE_RELATION = labelsOf({
  trien_khai: 'Triển khai thực hiện',
  thao_luan: 'Thảo luận',
  trich_dan: 'Trích dẫn, căn cứ',
});
export type MeetingDirectiveRelation = (typeof MEETING_DIRECTIVE_RELATION.values)[number];

/** TM. (on behalf of), KT. (signing for the head), TL. (by order of), or a head signing in person. */
export const SIGNING_AUTHORITY = labelsOf({
  tm: 'TM. (thay mặt)',
  kt: 'KT. (ký thay)',
  tl: 'TL. (thừa lệnh)',
  none: 'Ký trực tiếp',
});
export type SigningAuthority = (typeof SIGNING_AUTHORITY.values)[number];

export const TASK_STATUS = labelsOf({
  chua_thuc_hien: 'Chưa thực hiện',
  dang_thuc_hien: 'Đang thực hiện',
  hoan_thanh: 'Hoàn thành',
  tam_dung: 'Tạm dừng',
});
export type TaskStatus = (typeof TASK_STATUS.values)[number];

export const TASK_PRIORITY = labelsOf({
  cao: 'Cao',
  trung_binh: 'Trung bình',
  thap: 'Thấp',
});
export type TaskPriority = (typeof TASK_PRIORITY.values)[number];

/** Where a task came from: a meeting conclusion, a directive, or entered on its own. */
export const TASK_SOURCE = labelsOf({
  ket_luan: 'Kết luận hội nghị',
  van_ban: 'Văn bản chỉ đạo',
  doc_lap: 'Giao trực tiếp',
});
export type TaskSource = (typeof TASK_SOURCE.values)[number];

/** Periodic duties (báo cáo định kỳ): completing one creates the next with the due date advanced. */
export const TASK_RECURRENCE = labelsOf({
  khong: 'Không lặp lại',
  hang_thang: 'Hằng tháng',
  hang_quy: 'Hằng quý',
  sau_thang: '6 tháng một lần',
  hang_nam: 'Hằng năm',
});
export type TaskRecurrence = (typeof TASK_RECURRENCE.values)[number];

/** The quick views of the task list. */
export const TASK_VIEW = labelsOf({
  tat_ca: 'Tất cả',
  qua_han: 'Quá hạn',
  den_han_7_ngay: 'Đến hạn trong 7 ngày',
});
export type TaskView = (typeof TASK_VIEW.values)[number];

export const TASK_SORT = labelsOf({
  han: 'Hạn hoàn thành',
  uu_tien: 'Mức ưu tiên',
  cap_nhat: 'Cập nhật gần nhất',
});
export type TaskSort = (typeof TASK_SORT.values)[number];

/** What a global search result opens; the order is the order of the groups when relevance ties. */
export const SEARCH_KIND = labelsOf({
  meeting: 'Hội nghị',
  directive: 'Văn bản chỉ đạo',
  document: 'Văn bản đã soạn',
  task: 'Nhiệm vụ',
  person: 'Người',
  organisation: 'Cơ quan, tổ chức',
});
export type SearchKind = (typeof SEARCH_KIND.values)[number];

/** The scope chips of the global search box. */
export const SEARCH_SCOPE = labelsOf({
  tat_ca: 'Tất cả',
  hoi_nghi: 'Hội nghị',
  van_ban: 'Văn bản',
  nhiem_vu: 'Nhiệm vụ',
  danh_ba: 'Danh bạ',
});
export type SearchScope = (typeof SEARCH_SCOPE.values)[number];

export const SEARCH_SCOPE_KINDS: Record<SearchScope, readonly SearchKind[]> = {
  tat_ca: SEARCH_KIND.values,
  hoi_nghi: ['meeting'],
  van_ban: ['directive', 'document'],
  nhiem_vu: ['task'],
  danh_ba: ['person', 'organisation'],
};
