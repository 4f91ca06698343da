import type { MeetingKind, OrganisationKind } from '../../shared/domain';

/**
 * Word lists for the benchmark's generated records. They follow the vocabulary of the sample
 * articles so that text filters ("giao ban", "tổng kết", a place name) match a realistic share
 * of rows rather than all or none of them.
 */

/** Unique after accent folding, so generated organisation names never collide. */
export const PLACES = [
  'An Lão', 'Tiên Lãng', 'Vĩnh Bảo', 'Kiến Thụy', 'Thủy Nguyên', 'Hồng Bàng', 'Ngô Quyền', 'Lê Chân',
  'Hải An', 'Kiến An', 'Đồ Sơn', 'Dương Kinh', 'An Dương', 'Cát Hải', 'Bạch Đằng', 'Lưu Kiếm',
  'Quang Trung', 'Trần Phú', 'Nam Sách', 'Thanh Hà', 'Kim Thành', 'Tứ Kỳ', 'Gia Lộc', 'Ninh Giang',
  'Thanh Miện', 'Cẩm Giàng', 'Bình Giang', 'Chí Linh', 'Kinh Môn', 'Thạch Khôi', 'Tân Hưng', 'Việt Khê',
  'Nam Đồng', 'Ái Quốc', 'Thượng Đạt', 'An Phụ', 'Hiệp Sơn', 'Phú Thái', 'Lai Khê', 'Trại Cau',
] as const;

export interface OrganisationType {
  name: string;
  kind: OrganisationKind;
  abbreviation: string;
  /** Positions held in such a body, used to write people's titles. */
  roles: readonly string[];
}

export const ORGANISATION_TYPES: readonly OrganisationType[] = [
  { name: 'Ủy ban MTTQ Việt Nam', kind: 'mat_tran', abbreviation: 'MTTQ', roles: ['Chủ tịch', 'Phó Chủ tịch', 'Ủy viên Ban Thường trực', 'Ủy viên'] },
  { name: 'Hội Nông dân', kind: 'to_chuc_thanh_vien', abbreviation: 'HND', roles: ['Chủ tịch', 'Phó Chủ tịch', 'Ủy viên Ban Chấp hành'] },
  { name: 'Hội Liên hiệp Phụ nữ', kind: 'to_chuc_thanh_vien', abbreviation: 'HLHPN', roles: ['Chủ tịch', 'Phó Chủ tịch', 'Ủy viên Ban Chấp hành'] },
  { name: 'Hội Cựu chiến binh', kind: 'to_chuc_thanh_vien', abbreviation: 'HCCB', roles: ['Chủ tịch', 'Phó Chủ tịch'] },
  { name: 'Đoàn Thanh niên', kind: 'to_chuc_thanh_vien', abbreviation: 'ĐTN', roles: ['Bí thư', 'Phó Bí thư'] },
  { name: 'Công đoàn', kind: 'to_chuc_thanh_vien', abbreviation: 'CĐ', roles: ['Chủ tịch', 'Phó Chủ tịch'] },
  { name: 'Đảng ủy', kind: 'cap_uy', abbreviation: 'ĐU', roles: ['Bí thư', 'Phó Bí thư', 'Phó Bí thư Thường trực', 'Ủy viên Ban Thường vụ'] },
  { name: 'Hội đồng nhân dân', kind: 'hdnd', abbreviation: 'HĐND', roles: ['Chủ tịch', 'Phó Chủ tịch', 'Trưởng Ban Kinh tế - Xã hội'] },
  { name: 'Ủy ban nhân dân', kind: 'ubnd', abbreviation: 'UBND', roles: ['Chủ tịch', 'Phó Chủ tịch', 'Chánh Văn phòng'] },
  { name: 'Phòng Văn hóa - Xã hội', kind: 'so_ban_nganh', abbreviation: 'VHXH', roles: ['Trưởng phòng', 'Phó Trưởng phòng', 'Chuyên viên'] },
  { name: 'Trường Trung học cơ sở', kind: 'khac', abbreviation: 'THCS', roles: ['Hiệu trưởng', 'Phó Hiệu trưởng'] },
  { name: 'Trạm Y tế', kind: 'khac', abbreviation: 'TYT', roles: ['Trạm trưởng', 'Y sĩ'] },
];

export const SURNAMES = [
  'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ',
  'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Phan', 'Trịnh', 'Mai', 'Lương', 'Đoàn', 'Cao', 'Tạ', 'Lưu',
] as const;
export const MIDDLE_NAMES = [
  'Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Quang', 'Hữu', 'Thu', 'Ngọc', 'Hải', 'Xuân', 'Kim', 'Tuấn', 'Hồng', 'Bá', 'Thị Thu',
] as const;
export const GIVEN_NAMES = [
  'Anh', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hòa', 'Hùng', 'Hương', 'Huyền', 'Khánh',
  'Lan', 'Linh', 'Long', 'Mai', 'Minh', 'Nam', 'Nga', 'Ngọc', 'Nhung', 'Phong', 'Phúc', 'Phương', 'Quân', 'Sơn',
  'Tâm', 'Thảo', 'Thắng', 'Thành', 'Thủy', 'Trang', 'Trung', 'Tùng', 'Vân', 'Việt', 'Yến', 'Hiến', 'Cường', 'Vũ',
] as const;

export const TOPICS = [
  'công tác Mặt trận',
  'cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”',
  'phong trào “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”',
  'công tác giám sát và phản biện xã hội',
  'Quỹ “Vì người nghèo”',
  'cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”',
  'công tác dân vận',
  'Chương trình phối hợp và thống nhất hành động',
  'công tác bảo đảm an sinh xã hội',
  'công tác tiếp công dân, giải quyết khiếu nại, tố cáo',
  'phong trào thi đua “Dân vận khéo”',
  'chương trình xây dựng nhà Đại đoàn kết',
  'công tác tuyên truyền, vận động Nhân dân',
  'thực hiện dân chủ ở cơ sở',
] as const;

export const DIRECTIVES = [
  'Nghị quyết số 43-NQ/TW của Bộ Chính trị về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc',
  'Chỉ thị số 18-CT/TW của Ban Bí thư',
  'Quyết định số 217-QĐ/TW về giám sát và phản biện xã hội của Mặt trận',
  'Quyết định số 218-QĐ/TW về Mặt trận góp ý xây dựng Đảng, xây dựng chính quyền',
  'Nghị quyết số 56-NQ/TU của Ban Chấp hành Đảng bộ thành phố',
  'Kết luận số 120-KL/TW của Ban Bí thư',
  'Hướng dẫn số 36-HD/VPTW của Văn phòng Trung ương Đảng',
  'Nghị quyết số 337/2021/NQ-HĐND của HĐND thành phố',
] as const;

export const DRAFTS = [
  'Nghị quyết của HĐND thành phố về chính sách hỗ trợ người cao tuổi',
  'Đề án phát triển nhà ở xã hội trên địa bàn thành phố',
  'Kế hoạch sử dụng đất năm tới',
  'Kế hoạch xây dựng nông thôn mới kiểu mẫu',
  'Đề án sắp xếp đơn vị hành chính cấp xã',
  'Nghị quyết quy định mức thu học phí',
] as const;

export const PLACES_OF_MEETING = [
  'Hội trường Ủy ban MTTQ Việt Nam thành phố',
  'Phòng họp số 1, Ủy ban MTTQ Việt Nam thành phố',
  'Phòng họp số 2, Ủy ban MTTQ Việt Nam thành phố',
  'Trung tâm Hội nghị thành phố',
  'Hội trường Thành ủy',
] as const;

export const HOSTS = ['Ban Thường trực Ủy ban MTTQ Việt Nam thành phố', 'Thường trực Thành ủy', 'Ban Dân vận Thành ủy'] as const;

export const KIND_WEIGHTS: ReadonlyArray<readonly [MeetingKind, number]> = [
  ['giao_ban', 25],
  ['lam_viec', 20],
  ['trien_khai', 12],
  ['chuyen_de', 10],
  ['so_ket', 8],
  ['tong_ket', 8],
  ['phan_bien', 7],
  ['hiep_thuong', 5],
  ['khac', 5],
];

export const OTHER_KINDS = [
  ['Lễ phát động', 'Lễ phát động Tháng cao điểm “Vì người nghèo” năm {y}'],
  ['Gặp mặt', 'Gặp mặt chức sắc, chức việc các tôn giáo nhân dịp Tết năm {y}'],
  ['Hội nghị biểu dương', 'Hội nghị biểu dương gương điển hình tiên tiến năm {y}'],
] as const;

export const ABSENCE_REASONS = [
  'Đi công tác',
  'Dự họp tại Thành ủy',
  'Nghỉ ốm',
  'Trùng lịch tiếp công dân',
  'Dự tập huấn tại Trung ương',
] as const;

export const AGENDA_TITLES = [
  'Tuyên bố lý do, giới thiệu đại biểu',
  'Báo cáo kết quả thực hiện nhiệm vụ',
  'Thảo luận, tham luận',
  'Ý kiến của các tổ chức thành viên',
  'Phát biểu chỉ đạo',
  'Kết luận hội nghị',
  'Thông qua dự thảo chương trình phối hợp',
  'Trao khen thưởng',
] as const;

export const SPEECH_SENTENCES = [
  'Ghi nhận kết quả các tổ chức thành viên đạt được trong thời gian qua.',
  'Việc nắm bắt tâm tư nguyện vọng nhân dân có lúc, có nơi còn chưa kịp thời.',
  'Đề nghị tăng cường giám sát người đứng đầu và những vấn đề nhân dân quan tâm.',
  'Phong trào thi đua có nơi phát động chưa đồng đều; báo cáo định kỳ còn chậm.',
  'Đề xuất bổ sung kinh phí hỗ trợ hộ nghèo xây nhà Đại đoàn kết.',
  'Chủ động phối hợp tổ chức các hoạt động tuyên truyền nhân các ngày lễ lớn.',
  'Đổi mới nội dung, phương thức hoạt động, hướng về cơ sở, địa bàn khu dân cư.',
] as const;

export const CONCLUSION_SENTENCES = [
  'Các tổ chức thành viên xây dựng kế hoạch cụ thể, gửi Ban Thường trực trước ngày 20 hằng tháng.',
  'Tập trung khắc phục các hạn chế, tồn tại đã được chỉ ra.',
  'Nâng cao chất lượng công tác tuyên truyền, vận động, ứng dụng công nghệ thông tin.',
  'Tổ chức thực hiện hiệu quả các phong trào thi đua yêu nước, các cuộc vận động do Mặt trận chủ trì.',
  'Văn phòng tổng hợp ý kiến, hoàn thiện dự thảo báo cáo trình Ban Thường trực.',
  'Ban Dân chủ - Pháp luật chủ trì xây dựng kế hoạch giám sát chuyên đề.',
  'Thường xuyên nắm chắc tình hình, tư tưởng các tầng lớp nhân dân, kịp thời phản ánh với cấp ủy.',
] as const;
