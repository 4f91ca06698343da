import type { ReportSectionInput, ReportTemplate } from '../../../shared/schemas/report';
import { reportTemplateSchema } from '../../../shared/schemas/report';

/**
 * The structure Front committees' periodic reports follow (the samples in ../shared/samples and
 * the reports they cite): Phần thứ nhất — the results, programme by programme, then the overall
 * assessment (ưu điểm, hạn chế, nguyên nhân); Phần thứ hai — the way ahead. Each committee edits
 * its own copy; this one is what "Khôi phục mẫu mặc định" brings back.
 *
 * Keywords route the figures quoted at meetings ("vận động được 42,6 tỷ đồng") to the programme
 * they belong to; the first section (in this order) whose keyword the sentence contains takes it.
 * A guide is what a secretary must write where no record can say it: it becomes a guided blank.
 */
const SECTIONS: ReportSectionInput[] = [
  {
    id: 'tuyen-truyen',
    part: 'ket_qua',
    title: 'Công tác tuyên truyền, vận động các tầng lớp Nhân dân',
    guide:
      'Nêu kết quả tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước; việc nắm tình hình tư tưởng, tâm trạng, nguyện vọng của Nhân dân và phản ánh, kiến nghị với cấp ủy, chính quyền.',
    keywords: ['tuyên truyền', 'tư tưởng', 'dư luận', 'nguyện vọng', 'tâm trạng', 'thông tin'],
  },
  {
    id: 'thi-dua',
    part: 'ket_qua',
    title: 'Các phong trào thi đua yêu nước và các cuộc vận động',
    guide:
      'Nêu kết quả thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” và các phong trào thi đua; mô hình, điển hình tiên tiến.',
    blocks: ['khen_thuong'],
    keywords: ['thi đua', 'cuộc vận động', 'phong trào', 'nông thôn mới', 'đô thị văn minh', 'khu dân cư', 'điển hình', 'mô hình'],
  },
  {
    id: 'an-sinh',
    part: 'ket_qua',
    title: 'Công tác an sinh xã hội, Quỹ “Vì người nghèo”',
    guide: 'Nêu số tiền, hiện vật vận động được; số nhà Đại đoàn kết xây mới, sửa chữa; hỗ trợ hộ nghèo, gia đình chính sách, người bị thiên tai.',
    keywords: ['vì người nghèo', 'an sinh', 'đại đoàn kết', 'hộ nghèo', 'cứu trợ', 'tương thân', 'nhân đạo', 'từ thiện', 'tỷ đồng', 'triệu đồng'],
  },
  {
    id: 'giam-sat',
    part: 'ket_qua',
    title: 'Công tác giám sát và phản biện xã hội',
    guide: 'Nêu số cuộc giám sát, phản biện xã hội; nội dung, kiến nghị sau giám sát và kết quả tiếp thu, giải quyết.',
    keywords: ['giám sát', 'phản biện', 'kiến nghị', 'khiếu nại', 'tố cáo'],
    meetingKinds: ['phan_bien'],
  },
  {
    id: 'xay-dung-dang',
    part: 'ket_qua',
    title: 'Tham gia xây dựng Đảng, xây dựng chính quyền',
    guide: 'Nêu kết quả góp ý xây dựng Đảng, chính quyền; tổ chức tiếp xúc cử tri; hiệp thương; tham gia phòng, chống tham nhũng, lãng phí.',
    keywords: ['xây dựng đảng', 'chính quyền', 'góp ý', 'cử tri', 'bầu cử', 'hiệp thương', 'tham nhũng', 'lãng phí', 'dân chủ'],
    meetingKinds: ['hiep_thuong'],
  },
  {
    id: 'to-chuc-bo-may',
    part: 'ket_qua',
    title: 'Công tác củng cố tổ chức, bộ máy',
    guide: 'Nêu việc kiện toàn tổ chức, cán bộ; đại hội; sắp xếp tổ chức bộ máy; bồi dưỡng, tập huấn cán bộ Mặt trận.',
    keywords: ['đại hội', 'kiện toàn', 'bộ máy', 'sắp xếp', 'cán bộ', 'tập huấn', 'hội viên', 'đoàn viên'],
  },
  {
    id: 'chi-dao-dieu-hanh',
    part: 'ket_qua',
    title: 'Công tác chỉ đạo, điều hành và tổ chức hội nghị',
    guide: '',
    blocks: ['hoi_nghi', 'van_ban_chi_dao', 'ket_luan', 'bang_so_sanh'],
  },
  {
    id: 'theo-doi-nhiem-vu',
    part: 'ket_qua',
    title: 'Theo dõi, đôn đốc thực hiện nhiệm vụ',
    guide: '',
    blocks: ['nhiem_vu'],
  },
  {
    id: 'cong-tac-khac',
    part: 'ket_qua',
    title: 'Các mặt công tác khác',
    guide: 'Nêu các kết quả khác chưa nêu ở trên (nếu có).',
    blocks: ['so_lieu_khac'],
  },
  {
    id: 'uu-diem',
    part: 'danh_gia',
    title: 'Ưu điểm',
    guide: 'Nêu những kết quả nổi bật, những việc làm được so với kế hoạch và so với kỳ trước.',
  },
  {
    id: 'han-che',
    part: 'danh_gia',
    title: 'Hạn chế',
    guide: 'Bổ sung những hạn chế khác (nếu có).',
    blocks: ['han_che'],
  },
  {
    id: 'nguyen-nhan',
    part: 'danh_gia',
    title: 'Nguyên nhân',
    guide: 'Nêu nguyên nhân khách quan và nguyên nhân chủ quan của các hạn chế.',
  },
  {
    id: 'nhiem-vu-trong-tam',
    part: 'phuong_huong',
    title: 'Nhiệm vụ trọng tâm',
    guide: 'Nêu các nhiệm vụ trọng tâm của kỳ tới theo chương trình công tác và chỉ đạo của cấp trên.',
  },
  {
    id: 'nhiem-vu-chuyen-ky',
    part: 'phuong_huong',
    title: 'Tiếp tục thực hiện các nhiệm vụ chưa hoàn thành',
    guide: '',
    blocks: ['nhiem_vu_chuyen_ky'],
  },
  {
    id: 'bao-cao-dinh-ky',
    part: 'phuong_huong',
    title: 'Thực hiện chế độ báo cáo định kỳ',
    guide: '',
    blocks: ['bao_cao_dinh_ky'],
  },
  {
    id: 'kien-nghi',
    part: 'phuong_huong',
    title: 'Đề xuất, kiến nghị',
    guide: 'Nêu đề xuất, kiến nghị với cấp ủy, chính quyền và Ủy ban MTTQ cấp trên (nếu có).',
  },
];

/** The template shipped with the app, validated like a committee's own. */
export function defaultReportTemplate(): ReportTemplate {
  return reportTemplateSchema.parse({ sections: SECTIONS });
}
