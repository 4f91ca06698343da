import { nameWithTitle, type MeetingSpec } from './meeting-spec';

/**
 * The three meetings reported in samples/articles, recorded the way a secretariat would:
 * dates, chairs, titles and conclusions follow the articles; speech summaries paraphrase them.
 * Who else sat in the room (and who sent apologies) is invented but plausible.
 */

const HAI_PHONG_DISTRICTS_2021 = [
  'quận Hồng Bàng',
  'quận Ngô Quyền',
  'quận Lê Chân',
  'quận Hải An',
  'quận Kiến An',
  'quận Đồ Sơn',
  'quận Dương Kinh',
  'huyện Thủy Nguyên',
  'huyện An Dương',
  'huyện An Lão',
  'huyện Kiến Thụy',
  'huyện Tiên Lãng',
  'huyện Vĩnh Bảo',
  'huyện Cát Hải',
  'huyện Bạch Long Vĩ',
];

export const TRIEN_KHAI_2021: MeetingSpec = {
  title:
    'Hội nghị trực tuyến triển khai Chương trình hành động của MTTQ thành phố và các tổ chức thành viên thực hiện Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội XVI Đảng bộ thành phố',
  kind: 'trien_khai',
  startAt: '2021-09-16T08:00',
  endAt: '2021-09-16T11:00',
  place: 'Trung tâm Hội nghị thành phố',
  format: 'truc_tuyen',
  hostName: 'Ban Thường trực Ủy ban MTTQ Việt Nam thành phố',
  status: 'hoan_tat',
  notes: 'Hội nghị được trực tuyến đến MTTQ các quận, huyện trên địa bàn thành phố.',
  connectedPoints: HAI_PHONG_DISTRICTS_2021.map((district) => `Điểm cầu Ủy ban MTTQ Việt Nam ${district}`),
  attendees: [
    { person: 'tranLuuQuang', role: 'chu_tri' },
    { person: 'nguyenVanKhanh', role: 'dong_chu_tri', titleAtMeeting: 'Chủ tịch Ủy ban MTTQ Việt Nam thành phố' },
    { person: 'tranDucManh', role: 'dai_bieu' },
    { person: 'tranThiMinhNguyet', role: 'dai_bieu', titleAtMeeting: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố' },
    { person: 'leQuangHuy', role: 'dai_bieu' },
    { person: 'phamVanToan', role: 'dai_bieu', titleAtMeeting: 'Chủ tịch Liên đoàn Lao động thành phố' },
    { person: 'dinhVanLuc', role: 'dai_bieu' },
    { person: 'nguyenThiBichNgoc', role: 'dai_bieu', titleAtMeeting: 'Chủ tịch Hội Liên hiệp Phụ nữ thành phố' },
    { person: 'luongTuanAnh', role: 'dai_bieu', titleAtMeeting: 'Bí thư Thành đoàn' },
    { person: 'trinhXuanHoa', role: 'dai_bieu', absentReason: 'Dự hội nghị của Trung ương Hội Cựu chiến binh Việt Nam' },
    { person: 'maiVanQuan', role: 'khach_moi' },
    { person: 'haThiThanhBinh', role: 'khach_moi', absentReason: 'Trực chỉ đạo công tác phòng, chống dịch Covid-19' },
    { person: 'lamThiKimOanh', role: 'khach_moi' },
    { person: 'vuThiHongNhung', role: 'thu_ky' },
  ],
  agenda: [
    {
      title: 'Tuyên bố lý do, giới thiệu đại biểu',
      presenter: nameWithTitle('vuThiHongNhung'),
    },
    {
      title: 'Báo cáo kết quả hoạt động của MTTQ thành phố và các tổ chức thành viên nhiệm kỳ 2015 - 2020',
      presenter: nameWithTitle('tranThiMinhNguyet', 'Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố'),
      speeches: [
        {
          kind: 'bao_cao',
          speaker: 'tranThiMinhNguyet',
          summary:
            'Nhiệm kỳ 2015 - 2020, MTTQ thành phố và các tổ chức thành viên chú trọng đổi mới nội dung, phương thức hoạt động để tập hợp, đoàn kết các lực lượng, xây dựng đồng thuận xã hội.\n\n' +
            'Các cuộc vận động, phong trào thi đua được triển khai có trọng tâm, trọng điểm, khơi dậy tinh thần lao động sáng tạo của Nhân dân, chung sức phát triển kinh tế, giải quyết các vấn đề xã hội, phòng chống dịch bệnh.\n\n' +
            'Công tác giám sát, phản biện xã hội, tham gia xây dựng Đảng, chính quyền được quan tâm; vai trò đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng của Nhân dân, tham gia phòng chống tham nhũng, lãng phí được tăng cường.',
        },
      ],
    },
    {
      title:
        'Triển khai Chương trình hành động của MTTQ thành phố và các tổ chức thành viên thực hiện Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội XVI Đảng bộ thành phố',
      presenter: nameWithTitle('nguyenVanKhanh', 'Chủ tịch Ủy ban MTTQ Việt Nam thành phố'),
      speeches: [
        {
          kind: 'bao_cao',
          speaker: 'nguyenVanKhanh',
          summary:
            'Chương trình hành động tập trung vào các nhiệm vụ, giải pháp chủ yếu: nâng cao hiệu quả chương trình phối hợp hành động giữa MTTQ và các tổ chức thành viên; phát huy tính sáng tạo của mỗi tổ chức trong tuyên truyền, vận động, tập hợp Nhân dân.\n\n' +
            'Chủ động xây dựng chương trình phối hợp công tác với HĐND, UBND, các sở, ngành để cụ thể hóa các mục tiêu, chỉ tiêu của Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội XVI Đảng bộ thành phố.\n\n' +
            'Tăng cường giám sát, phản biện xã hội; đấu tranh phòng, chống tham nhũng, lãng phí, tiêu cực; tiếp tục đổi mới tổ chức bộ máy, hướng về cơ sở gắn với địa bàn khu dân cư.',
        },
      ],
    },
    {
      title: 'Ý kiến tham luận của các tổ chức thành viên',
      speeches: [
        {
          kind: 'tham_luan',
          speaker: 'phamVanToan',
          summary:
            'Liên đoàn Lao động thành phố phối hợp với MTTQ chăm lo đời sống công nhân, người lao động bị ảnh hưởng bởi dịch Covid-19; đề xuất đưa nội dung giám sát thực hiện chính sách hỗ trợ người lao động vào chương trình phối hợp.',
        },
        {
          kind: 'tham_luan',
          speaker: 'dinhVanLuc',
          summary:
            'Hội Nông dân thành phố gắn phong trào nông dân sản xuất, kinh doanh giỏi với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.',
        },
      ],
    },
    {
      title: 'Phát biểu chỉ đạo của đồng chí Bí thư Thành ủy',
      presenter: nameWithTitle('tranLuuQuang'),
      speeches: [
        {
          kind: 'chi_dao',
          speaker: 'tranLuuQuang',
          summary:
            'Ghi nhận và biểu dương những thành tích MTTQ thành phố và các tổ chức thành viên đạt được trong thời gian qua.\n\n' +
            'Việc xây dựng và triển khai Chương trình hành động thực hiện Nghị quyết Đại hội Đảng các cấp vừa là yêu cầu vừa là nguyên tắc căn bản bảo đảm sự lãnh đạo toàn diện của Đảng đối với công tác Mặt trận, các đoàn thể, các hội quần chúng.\n\n' +
            'Yêu cầu đổi mới công tác tuyên truyền, sáng tạo phương thức vận động, công khai minh bạch hoạt động; phát huy tính chủ động của các tổ chức thành viên; thường xuyên kiểm tra, giám sát trong quá trình triển khai.',
        },
      ],
    },
  ],
  conclusions: [
    'MTTQ thành phố xác định rõ việc xây dựng và tổ chức triển khai Chương trình hành động thực hiện Nghị quyết Đại hội Đảng các cấp vừa là yêu cầu vừa là nguyên tắc căn bản bảo đảm sự lãnh đạo toàn diện của Đảng đối với công tác của Mặt trận, các đoàn thể, các hội quần chúng.',
    'MTTQ thành phố và các tổ chức thành viên đổi mới công tác tuyên truyền; đổi mới, sáng tạo phương thức vận động nhằm truyền cảm hứng tới người dân.',
    'Công khai, minh bạch các hoạt động của Mặt trận và các tổ chức thành viên, tạo sự đồng thuận, ủng hộ của Nhân dân.',
    'Thường xuyên phát huy tính chủ động, tích cực tham gia của các tổ chức thành viên để tạo đột phá, nâng cao chất lượng, hiệu quả trong từng lĩnh vực công tác.',
    'Trong quá trình triển khai phải thường xuyên kiểm tra, giám sát.',
    'Lãnh đạo Thành ủy tiếp tục quan tâm, tạo điều kiện để MTTQ thành phố và các tổ chức thành viên triển khai hiệu quả các chương trình, kế hoạch đã đề ra.',
  ],
};

export const GIAO_BAN_2024: MeetingSpec = {
  title:
    'Hội nghị giao ban của Thường trực Thành ủy với MTTQ và các tổ chức chính trị - xã hội thành phố 6 tháng đầu năm 2024',
  kind: 'giao_ban',
  startAt: '2024-07-03T14:00',
  endAt: '2024-07-03T16:30',
  place: 'Hội trường Thành ủy',
  format: 'truc_tiep',
  hostName: 'Thường trực Thành ủy',
  status: 'hoan_tat',
  notes: 'Đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm; triển khai các giải pháp trọng tâm 6 tháng cuối năm 2024.',
  attendees: [
    { person: 'doManhHien', role: 'chu_tri' },
    { person: 'dangBaCuong', role: 'dai_bieu' },
    { person: 'leTriVu', role: 'dai_bieu' },
    { person: 'nguyenVanKhanh', role: 'dai_bieu' },
    { person: 'tranThiMinhNguyet', role: 'dai_bieu' },
    { person: 'phamVanToan', role: 'dai_bieu', titleAtMeeting: 'Chủ tịch Liên đoàn Lao động thành phố' },
    { person: 'dinhVanLuc', role: 'dai_bieu' },
    { person: 'nguyenThiBichNgoc', role: 'dai_bieu', titleAtMeeting: 'Chủ tịch Hội Liên hiệp Phụ nữ thành phố' },
    {
      person: 'luongTuanAnh',
      role: 'dai_bieu',
      titleAtMeeting: 'Bí thư Thành đoàn',
      absentReason: 'Dự tập huấn của Trung ương Đoàn',
    },
    { person: 'trinhXuanHoa', role: 'dai_bieu' },
    { person: 'vuThiHongNhung', role: 'thu_ky' },
  ],
  agenda: [
    {
      title:
        'Báo cáo kết quả công tác 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2024 của MTTQ và các tổ chức chính trị - xã hội thành phố',
      presenter: nameWithTitle('nguyenVanKhanh'),
      speeches: [
        {
          kind: 'bao_cao',
          speaker: 'nguyenVanKhanh',
          summary:
            'Sáu tháng đầu năm 2024, MTTQ và các tổ chức chính trị - xã hội thành phố đổi mới nội dung, phương thức hoạt động, bám sát nhiệm vụ chính trị; phối hợp tuyên truyền các chương trình phát triển kinh tế - xã hội và chủ đề năm 2024 của thành phố.\n\n' +
            'Tổ chức tốt các hoạt động “tương thân tương ái”, phong trào “Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau”. Đã chỉ đạo 217/217 xã, phường, thị trấn và 14/15 quận, huyện tổ chức thành công đại hội MTTQ.\n\n' +
            'Hạn chế: việc nắm bắt tâm tư nguyện vọng Nhân dân có lúc, có nơi chưa kịp thời; giám sát, phản biện ở một số địa phương chưa chủ động, báo cáo định kỳ còn chậm; phong trào thi đua có nơi chưa đồng đều.',
        },
      ],
    },
    {
      title: 'Ý kiến của các tổ chức chính trị - xã hội và các Ban của Thành ủy',
      speeches: [
        {
          kind: 'phat_bieu',
          speaker: 'leTriVu',
          summary:
            'Đề nghị tập trung chuẩn bị chu đáo Đại hội đại biểu MTTQ Việt Nam thành phố lần thứ 15; nâng cao chất lượng nắm bắt, tổng hợp tâm tư, nguyện vọng của Nhân dân.',
        },
        {
          kind: 'phat_bieu',
          speaker: 'dangBaCuong',
          summary:
            'Đề nghị Mặt trận chú trọng giám sát người đứng đầu và những vấn đề Nhân dân quan tâm; phối hợp chặt chẽ trong công tác phòng, chống tham nhũng, tiêu cực ở cơ sở.',
        },
        {
          kind: 'tham_luan',
          speaker: 'nguyenThiBichNgoc',
          summary:
            'Hội Liên hiệp Phụ nữ thành phố báo cáo kết quả hỗ trợ phụ nữ nghèo, phụ nữ khởi nghiệp; đề xuất phối hợp với Mặt trận trong Tháng cao điểm Vì người nghèo.',
        },
      ],
    },
    {
      title: 'Kết luận hội nghị',
      presenter: nameWithTitle('doManhHien'),
      speeches: [
        {
          kind: 'chi_dao',
          speaker: 'doManhHien',
          summary:
            'Ghi nhận kết quả MTTQ và các tổ chức chính trị - xã hội thành phố đạt được trong 6 tháng qua; yêu cầu có biện pháp khắc phục hạn chế, tồn tại và tập trung thực hiện các giải pháp trong 6 tháng cuối năm.',
        },
      ],
    },
  ],
  conclusions: [
    'Có biện pháp khắc phục các hạn chế, tồn tại đã được chỉ ra; tập trung thực hiện các giải pháp trong 6 tháng cuối năm.',
    'Tổ chức thành công Đại hội đại biểu Mặt trận Tổ quốc Việt Nam thành phố lần thứ 15, nhiệm kỳ 2024 - 2029.',
    'Tiếp tục nâng cao chất lượng công tác tuyên truyền, vận động, cải tiến tin bài, ứng dụng công nghệ thông tin; huy động sự vào cuộc sâu rộng của toàn dân, nâng cao sức mạnh khối đại đoàn kết toàn dân, chung sức thực hiện thắng lợi các chỉ tiêu, nhiệm vụ kinh tế - chính trị của thành phố.',
    'Tổ chức thực hiện hiệu quả các phong trào thi đua yêu nước, các cuộc vận động do Mặt trận Tổ quốc chủ trì và các chương trình, kế hoạch phối hợp với các sở, ban, ngành liên quan.',
    'Tổ chức các hoạt động nhân Tháng cao điểm Vì người nghèo; kỷ niệm 94 năm Ngày Truyền thống Mặt trận Tổ quốc Việt Nam, Ngày hội đại đoàn kết toàn dân năm 2024.',
    'Tổ chức thành công Đại hội Hội Liên hiệp thanh niên Việt Nam thành phố lần thứ 11, nhiệm kỳ 2024 - 2029.',
    'Các tổ chức Công đoàn, Hội Nông dân, Hội Phụ nữ… tiếp tục đổi mới, nâng cao chất lượng hoạt động trên các lĩnh vực.',
  ],
};

export const KHOI_DAN_VAN_2020: MeetingSpec = {
  title: 'Hội nghị đánh giá kết quả hoạt động của Khối Dân vận tỉnh năm 2020, triển khai nhiệm vụ trọng tâm năm 2021',
  kind: 'tong_ket',
  startAt: '2020-12-21T14:00',
  endAt: '2020-12-21T17:00',
  place: 'Hội trường Tỉnh ủy',
  format: 'truc_tiep',
  hostName: 'Thường trực Tỉnh ủy',
  status: 'hoan_tat',
  attendees: [
    { person: 'nguyenTienThanh', role: 'chu_tri' },
    { person: 'dangThanhGiang', role: 'dai_bieu' },
    {
      guest: {
        fullName: 'Phạm Thị Thu Hằng',
        title: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
        organisationName: 'Ủy ban MTTQ Việt Nam tỉnh',
      },
      role: 'dai_bieu',
    },
    {
      guest: { fullName: 'Nguyễn Hữu Nghĩa', title: 'Chủ tịch Hội Nông dân tỉnh', organisationName: 'Hội Nông dân tỉnh' },
      role: 'dai_bieu',
    },
    {
      guest: {
        fullName: 'Trần Thị Thanh Vân',
        title: 'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh',
        organisationName: 'Hội Liên hiệp Phụ nữ tỉnh',
      },
      role: 'dai_bieu',
    },
    {
      guest: { fullName: 'Vũ Đình Hưng', title: 'Bí thư Tỉnh đoàn', organisationName: 'Tỉnh đoàn' },
      role: 'dai_bieu',
    },
    {
      guest: {
        fullName: 'Nguyễn Thị Thu Trang',
        title: 'Chuyên viên Ban Dân vận Tỉnh ủy',
        organisationName: 'Ban Dân vận Tỉnh ủy',
      },
      role: 'thu_ky',
    },
  ],
  agenda: [
    {
      title: 'Báo cáo kết quả hoạt động của Khối Dân vận tỉnh năm 2020, nhiệm vụ trọng tâm năm 2021',
      presenter: 'Đại diện Ban Dân vận Tỉnh ủy',
      speeches: [
        {
          kind: 'bao_cao',
          speakerName: 'Nguyễn Thị Thu Trang',
          speakerTitle: 'Chuyên viên Ban Dân vận Tỉnh ủy',
          summary:
            'Năm 2020, hoạt động của Khối Dân vận tỉnh bám sát nhiệm vụ chính trị của tỉnh và chỉ đạo của Ban Thường vụ Tỉnh ủy, đạt nhiều kết quả tích cực.\n\n' +
            'Tuyên truyền, vận động có trọng tâm, trọng điểm; tích cực vận động nhân dân thực hiện các biện pháp phòng, chống dịch Covid-19; tổ chức nhiều hoạt động chào mừng đại hội đảng bộ các cấp, hướng tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.\n\n' +
            'Triển khai sâu rộng các cuộc vận động, phong trào thi đua yêu nước; chăm lo người nghèo, bảo đảm an sinh xã hội; tham gia giữ gìn an ninh chính trị, trật tự an toàn xã hội.',
        },
      ],
    },
    {
      title: 'Ý kiến phát biểu của lãnh đạo MTTQ và các đoàn thể chính trị - xã hội tỉnh',
      speeches: [
        {
          kind: 'phat_bieu',
          speaker: 'dangThanhGiang',
          summary:
            'Làm rõ thêm kết quả phối hợp trong Khối Dân vận năm 2020 và đề xuất nhiệm vụ trọng tâm năm 2021, trong đó có phong trào thi đua “Dân vận khéo”.',
        },
        {
          kind: 'tham_luan',
          speakerName: 'Phạm Thị Thu Hằng',
          speakerTitle: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
          summary:
            'Đề xuất tập trung chuẩn bị công tác hiệp thương, giới thiệu người ứng cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026.',
        },
      ],
    },
    {
      title: 'Phát biểu kết luận',
      presenter: nameWithTitle('nguyenTienThanh'),
      speeches: [
        {
          kind: 'chi_dao',
          speaker: 'nguyenTienThanh',
          summary:
            'Ghi nhận và đánh giá cao kết quả hoạt động của Khối Dân vận tỉnh năm 2020; đề nghị các đơn vị trong Khối tập trung thực hiện các nhiệm vụ trọng tâm năm 2021.',
        },
      ],
    },
  ],
  conclusions: [
    'Các đơn vị trong Khối tập trung triển khai, quán triệt đầy đủ các chủ trương, nghị quyết, văn bản của Trung ương đến các đoàn thể; xây dựng chương trình, kế hoạch hoạt động cụ thể, sát với điều kiện của địa phương, đơn vị.',
    'Nâng cao chất lượng, hiệu quả các phong trào thi đua yêu nước, nhất là trong xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu, phong trào thi đua “Dân vận khéo”.',
    'Tiếp tục đổi mới nội dung, phương thức, nâng cao chất lượng, hiệu quả hoạt động của MTTQ và các tổ chức chính trị - xã hội; nêu cao tinh thần gương mẫu của hội viên, đoàn viên trong thực hiện nhiệm vụ chính trị của địa phương, đơn vị.',
    'Thường xuyên, chủ động nắm chắc tình hình, tư tưởng các tầng lớp nhân dân, giúp cấp ủy, chính quyền giải quyết, bảo đảm ổn định an ninh trật tự ở cơ sở.',
    'Đẩy mạnh tuyên truyền về cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026; tổ chức các bước, hội nghị hiệp thương theo quy định; vận động hội viên, đoàn viên, các tầng lớp nhân dân tích cực thực hiện quyền, nghĩa vụ và trách nhiệm của cử tri.',
    'Phối hợp triển khai thực hiện Kết luận số 03 của Ban Thường vụ Tỉnh ủy về việc rà soát đối tượng hưởng chính sách, người hoạt động kháng chiến và con đẻ của họ bị nhiễm chất độc hóa học.',
  ],
};
