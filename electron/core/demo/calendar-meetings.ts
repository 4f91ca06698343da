import { toLocalDateTimeString } from '../../../shared/datetime';
import type { AttendeeSpec, MeetingSpec } from './meeting-spec';
import { nameWithTitle } from './meeting-spec';

/**
 * Invented meetings of 2025–2026 so that lists, filters and the home page look like a real
 * year of work. Their state follows the injected clock: a meeting still ahead of `now` is
 * "Dự kiến" and has no speeches, conclusions or awards yet.
 */

const MTTQ_HALL = 'Hội trường Ủy ban MTTQ Việt Nam thành phố';
const HOST = 'Ban Thường trực Ủy ban MTTQ Việt Nam thành phố';

const STANDING_BOARD: AttendeeSpec[] = [
  { person: 'nguyenVanKhanh', role: 'chu_tri' },
  { person: 'tranThiMinhNguyet', role: 'dai_bieu' },
  { person: 'leQuangHuy', role: 'dai_bieu' },
  { person: 'nguyenThiBichNgoc', role: 'dai_bieu' },
  { person: 'phamVanToan', role: 'dai_bieu' },
];

const MEMBER_LEADERS: AttendeeSpec[] = [
  { person: 'dinhVanLuc', role: 'dai_bieu' },
  { person: 'luongTuanAnh', role: 'dai_bieu' },
  { person: 'trinhXuanHoa', role: 'dai_bieu' },
];

const FRONT_DEPARTMENTS: AttendeeSpec[] = [
  { person: 'hoangMinhTuan', role: 'dai_bieu' },
  { person: 'buiThiThanhHuong', role: 'dai_bieu' },
  { person: 'ngoDucThang', role: 'dai_bieu' },
];

const SECRETARY: AttendeeSpec = { person: 'vuThiHongNhung', role: 'thu_ky' };
const JUNIOR_SECRETARY: AttendeeSpec = { person: 'doThiLanAnh', role: 'thu_ky' };

function fixedMeetings(): MeetingSpec[] {
  return [
    {
      title: 'Hội nghị tổng kết công tác Mặt trận năm 2024, triển khai nhiệm vụ năm 2025',
      kind: 'tong_ket',
      startAt: '2025-01-09T08:00',
      endAt: '2025-01-09T11:30',
      place: MTTQ_HALL,
      format: 'truc_tiep',
      hostName: HOST,
      status: 'hoan_tat',
      attendees: [
        ...STANDING_BOARD,
        ...MEMBER_LEADERS,
        { person: 'leTriVu', role: 'khach_moi' },
        { person: 'tranDucManh', role: 'khach_moi', absentReason: 'Dự họp Ban Thường vụ Thành ủy' },
        ...FRONT_DEPARTMENTS,
        SECRETARY,
      ],
      agenda: [
        {
          title: 'Báo cáo tổng kết công tác Mặt trận năm 2024, phương hướng nhiệm vụ năm 2025',
          presenter: nameWithTitle('tranThiMinhNguyet'),
          speeches: [
            {
              kind: 'bao_cao',
              speaker: 'tranThiMinhNguyet',
              summary:
                'Năm 2024, Ủy ban MTTQ Việt Nam thành phố tổ chức thành công Đại hội đại biểu lần thứ 15; Quỹ “Vì người nghèo” các cấp hỗ trợ xây mới, sửa chữa nhà Đại đoàn kết cho hộ nghèo; hoạt động giám sát, phản biện xã hội đi vào chiều sâu.',
            },
          ],
        },
        {
          title: 'Trao khen thưởng cho các tập thể, cá nhân có thành tích xuất sắc năm 2024',
          presenter: nameWithTitle('vuThiHongNhung'),
        },
      ],
      conclusions: [
        'Các tổ chức thành viên xây dựng kế hoạch công tác năm 2025, gửi Ban Thường trực trước ngày 20/01/2025.',
        'Ban Phong trào chủ trì tham mưu kế hoạch triển khai cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” năm 2025.',
        'Văn phòng tổng hợp đề xuất khen thưởng, hoàn thiện hồ sơ trình cấp có thẩm quyền.',
      ],
      awards: [
        {
          form: 'co_thi_dua',
          recipient: 'Ủy ban MTTQ Việt Nam quận Lê Chân',
          recipientKind: 'tap_the',
          issuer: 'Ủy ban Trung ương MTTQ Việt Nam',
        },
        {
          form: 'bang_khen',
          recipient: 'Bùi Thị Thanh Hương, Trưởng Ban Phong trào Ủy ban MTTQ Việt Nam thành phố',
          recipientKind: 'ca_nhan',
          issuer: 'Ủy ban Trung ương MTTQ Việt Nam',
        },
        {
          form: 'giay_khen',
          recipient: 'Ban Công tác Mặt trận tổ dân phố số 5, phường Trại Cau, quận Lê Chân',
          recipientKind: 'tap_the',
          issuer: 'Ban Thường trực Ủy ban MTTQ Việt Nam thành phố',
        },
      ],
    },
    {
      title: 'Buổi làm việc với Ban Thường trực Ủy ban MTTQ Việt Nam quận Lê Chân về công tác giám sát quý I năm 2025',
      kind: 'lam_viec',
      startAt: '2025-03-20T14:00',
      endAt: '2025-03-20T16:30',
      place: 'Trụ sở Ủy ban MTTQ Việt Nam quận Lê Chân',
      format: 'truc_tiep',
      hostName: HOST,
      status: 'da_co_bien_ban',
      attendees: [
        { person: 'leQuangHuy', role: 'chu_tri' },
        { person: 'hoangMinhTuan', role: 'dai_bieu' },
        { person: 'phanVanSon', role: 'dai_bieu', titleAtMeeting: 'Chủ tịch Ủy ban MTTQ Việt Nam quận Lê Chân' },
        JUNIOR_SECRETARY,
      ],
      agenda: [
        {
          title: 'Báo cáo kết quả giám sát quý I năm 2025 của Ủy ban MTTQ Việt Nam quận Lê Chân',
          presenter: nameWithTitle('phanVanSon', 'Chủ tịch Ủy ban MTTQ Việt Nam quận Lê Chân'),
        },
      ],
      conclusions: [
        'Ủy ban MTTQ Việt Nam quận Lê Chân hoàn thiện báo cáo giám sát việc giải quyết kiến nghị cử tri, gửi Ban Dân chủ - Pháp luật trước ngày 05/4/2025.',
      ],
    },
    {
      title: 'Hội nghị phản biện xã hội dự thảo Nghị quyết của HĐND thành phố quy định chính sách hỗ trợ người có công với cách mạng',
      kind: 'phan_bien',
      startAt: '2025-04-15T08:00',
      endAt: '2025-04-15T11:00',
      place: MTTQ_HALL,
      format: 'truc_tiep',
      hostName: HOST,
      status: 'hoan_tat',
      attendees: [
        { person: 'tranThiMinhNguyet', role: 'chu_tri' },
        { person: 'doanThiHaiYen', role: 'khach_moi' },
        { person: 'maiVanQuan', role: 'khach_moi' },
        { person: 'taQuangVinh', role: 'khach_moi' },
        { person: 'trinhXuanHoa', role: 'dai_bieu' },
        { person: 'hoangMinhTuan', role: 'dai_bieu' },
        SECRETARY,
      ],
      agenda: [
        {
          title: 'Trình bày tóm tắt dự thảo Nghị quyết',
          presenter: nameWithTitle('maiVanQuan'),
          speeches: [
            {
              kind: 'phat_bieu',
              speaker: 'trinhXuanHoa',
              summary: 'Đề nghị bổ sung đối tượng thân nhân liệt sĩ đang hưởng trợ cấp hằng tháng vào phạm vi hỗ trợ.',
            },
            {
              kind: 'phat_bieu',
              speaker: 'taQuangVinh',
              summary: 'Làm rõ nguồn kinh phí và lộ trình thực hiện để bảo đảm cân đối ngân sách thành phố.',
            },
          ],
        },
      ],
      conclusions: [
        'Ban Dân chủ - Pháp luật tổng hợp ý kiến phản biện, dự thảo văn bản phản biện gửi HĐND thành phố.',
        'Đề nghị cơ quan soạn thảo tiếp thu, giải trình các ý kiến về đối tượng và nguồn kinh phí.',
      ],
    },
    {
      title:
        'Hội nghị chuyên đề về sắp xếp tổ chức bộ máy MTTQ và các tổ chức chính trị - xã hội khi thực hiện mô hình chính quyền địa phương hai cấp',
      kind: 'chuyen_de',
      startAt: '2025-06-10T08:00',
      endAt: '2025-06-10T11:30',
      place: MTTQ_HALL,
      format: 'ket_hop',
      hostName: HOST,
      status: 'hoan_tat',
      connectedPoints: ['Điểm cầu Ủy ban MTTQ Việt Nam quận Lê Chân', 'Điểm cầu Ủy ban MTTQ Việt Nam quận Hồng Bàng'],
      attendees: [...STANDING_BOARD, ...MEMBER_LEADERS, { person: 'maiVanQuan', role: 'khach_moi' }, SECRETARY],
      agenda: [
        {
          title: 'Quán triệt phương án sắp xếp, kiện toàn tổ chức bộ máy',
          presenter: nameWithTitle('nguyenVanKhanh'),
        },
      ],
      conclusions: [
        'Các tổ chức thành viên rà soát biên chế, cán bộ, hoàn thành trước ngày 25/6/2025.',
        'Văn phòng chuẩn bị phương án bàn giao hồ sơ, tài liệu của Ủy ban MTTQ cấp huyện trước ngày 01/7/2025.',
      ],
    },
    {
      title: 'Hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025',
      kind: 'so_ket',
      startAt: '2025-07-15T14:00',
      endAt: '2025-07-15T17:00',
      place: MTTQ_HALL,
      format: 'ket_hop',
      hostName: HOST,
      status: 'da_co_bien_ban',
      connectedPoints: ['Điểm cầu phường Lê Chân', 'Điểm cầu phường Hồng Bàng'],
      attendees: [
        ...STANDING_BOARD,
        ...MEMBER_LEADERS,
        { person: 'phanVanSon', role: 'dai_bieu' },
        { person: 'vuThiNgocAnh', role: 'dai_bieu' },
        SECRETARY,
      ],
      agenda: [
        {
          title: 'Báo cáo sơ kết 6 tháng đầu năm 2025',
          presenter: nameWithTitle('tranThiMinhNguyet'),
          speeches: [
            {
              kind: 'tham_luan',
              speaker: 'vuThiNgocAnh',
              summary: 'Kinh nghiệm kiện toàn Ban Công tác Mặt trận ở các khu dân cư sau khi sắp xếp đơn vị hành chính.',
            },
          ],
        },
      ],
      conclusions: [
        'Ủy ban MTTQ các xã, phường, đặc khu kiện toàn Ban Công tác Mặt trận ở khu dân cư trong tháng 8/2025.',
        'Chuẩn bị tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025 ở khu dân cư.',
      ],
    },
    {
      title:
        'Hội nghị hiệp thương lần thứ nhất thỏa thuận cơ cấu, thành phần, số lượng người được giới thiệu ứng cử đại biểu HĐND thành phố nhiệm kỳ 2026 - 2031',
      kind: 'hiep_thuong',
      startAt: '2025-12-05T08:00',
      endAt: '2025-12-05T10:30',
      place: MTTQ_HALL,
      format: 'truc_tiep',
      hostName: 'Ban Thường trực Ủy ban MTTQ Việt Nam thành phố',
      status: 'da_co_bien_ban',
      attendees: [
        ...STANDING_BOARD,
        ...MEMBER_LEADERS,
        { person: 'doanThiHaiYen', role: 'khach_moi' },
        { person: 'maiVanQuan', role: 'khach_moi' },
        SECRETARY,
      ],
      conclusions: ['Thống nhất cơ cấu, thành phần, số lượng người được giới thiệu ứng cử theo dự kiến của Thường trực HĐND thành phố.'],
    },
    {
      title: 'Hội nghị tổng kết công tác Mặt trận năm 2025, triển khai nhiệm vụ năm 2026',
      kind: 'tong_ket',
      startAt: '2026-01-08T08:00',
      endAt: '2026-01-08T11:30',
      place: MTTQ_HALL,
      format: 'truc_tiep',
      hostName: HOST,
      status: 'da_co_bien_ban',
      attendees: [
        ...STANDING_BOARD,
        ...MEMBER_LEADERS,
        { person: 'luuDinhPhuc', role: 'khach_moi' },
        ...FRONT_DEPARTMENTS,
        SECRETARY,
      ],
      agenda: [
        {
          title: 'Báo cáo tổng kết công tác Mặt trận năm 2025, phương hướng nhiệm vụ năm 2026',
          presenter: nameWithTitle('tranThiMinhNguyet'),
        },
      ],
      conclusions: [
        'Tập trung tuyên truyền, tổ chức tốt cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.',
        'Các tổ chức thành viên hoàn thiện chương trình phối hợp giám sát năm 2026.',
      ],
      awards: [
        {
          form: 'bang_khen',
          recipient: 'Ủy ban MTTQ Việt Nam phường Hồng Bàng',
          recipientKind: 'tap_the',
          issuer: 'Ủy ban Trung ương MTTQ Việt Nam',
        },
      ],
    },
    {
      title: 'Hội nghị giao ban công tác Mặt trận tháng 2 năm 2026',
      kind: 'giao_ban',
      startAt: '2026-02-26T08:00',
      endAt: '2026-02-26T10:00',
      place: 'Phòng họp số 2, Ủy ban MTTQ Việt Nam thành phố',
      format: 'truc_tiep',
      hostName: HOST,
      status: 'da_hop',
      attendees: [...STANDING_BOARD, ...FRONT_DEPARTMENTS, JUNIOR_SECRETARY],
    },
    {
      title: 'Hội nghị giao ban quý I năm 2026 giữa Ban Thường trực với các tổ chức chính trị - xã hội thành phố',
      kind: 'giao_ban',
      startAt: '2026-04-16T08:00',
      endAt: '2026-04-16T10:30',
      place: MTTQ_HALL,
      format: 'truc_tiep',
      hostName: HOST,
      status: 'da_hop',
      attendees: [...STANDING_BOARD, ...MEMBER_LEADERS, SECRETARY],
      agenda: [{ title: 'Đánh giá kết quả công tác quý I, nhiệm vụ quý II năm 2026', presenter: nameWithTitle('leQuangHuy') }],
    },
    {
      title: 'Hội nghị chuyên đề về giám sát thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế năm 2026',
      kind: 'chuyen_de',
      startAt: '2026-06-18T08:00',
      endAt: null,
      place: MTTQ_HALL,
      format: 'truc_tiep',
      hostName: HOST,
      status: 'da_hop',
      attendees: [
        { person: 'leQuangHuy', role: 'chu_tri' },
        { person: 'caoVanDuc', role: 'khach_moi' },
        { person: 'haThiThanhBinh', role: 'khach_moi' },
        { person: 'phamVanToan', role: 'dai_bieu' },
        { person: 'hoangMinhTuan', role: 'dai_bieu' },
        JUNIOR_SECRETARY,
      ],
    },
  ];
}

/** Meetings a few days ahead of `now`, so the home page always has something coming up. */
function upcomingMeetings(now: Date): MeetingSpec[] {
  const year = now.getFullYear();
  return [
    {
      title: `Buổi làm việc với Liên đoàn Lao động thành phố về Chương trình phối hợp giám sát năm ${year}`,
      kind: 'lam_viec',
      startAt: workingDayAt(now, 2, 14),
      endAt: null,
      place: 'Trụ sở Liên đoàn Lao động thành phố Hải Phòng',
      format: 'truc_tiep',
      hostName: HOST,
      status: 'du_kien',
      attendees: [
        { person: 'tranThiMinhNguyet', role: 'chu_tri' },
        { person: 'phamVanToan', role: 'dong_chu_tri' },
        { person: 'hoangMinhTuan', role: 'dai_bieu' },
        JUNIOR_SECRETARY,
      ],
      agenda: [{ title: 'Thống nhất nội dung, thời gian giám sát', presenter: nameWithTitle('hoangMinhTuan') }],
    },
    {
      title: 'Hội nghị phản biện xã hội dự thảo Đề án phát triển nhà ở xã hội trên địa bàn thành phố',
      kind: 'phan_bien',
      startAt: workingDayAt(now, 9, 8),
      endAt: null,
      place: MTTQ_HALL,
      format: 'ket_hop',
      hostName: HOST,
      status: 'du_kien',
      attendees: [
        { person: 'nguyenVanKhanh', role: 'chu_tri' },
        { person: 'tranDucManh', role: 'khach_moi' },
        { person: 'taQuangVinh', role: 'khach_moi', absentReason: 'Đi công tác tại Bộ Tài chính' },
        { person: 'phamVanToan', role: 'dai_bieu' },
        { person: 'luongTuanAnh', role: 'dai_bieu' },
        SECRETARY,
      ],
    },
  ];
}

/** `days` days after `now`, moved off the weekend, at `hour`:00 local time. */
function workingDayAt(now: Date, days: number, hour: number): string {
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, hour, 0);
  while (date.getDay() === 0 || date.getDay() === 6) date.setDate(date.getDate() + 1);
  return toLocalDateTimeString(date);
}

/** A meeting still ahead of `now` cannot have been held: it is planned, with nothing recorded yet. */
function asOf(spec: MeetingSpec, nowLocal: string): MeetingSpec {
  if (spec.startAt <= nowLocal) return spec;
  return {
    ...spec,
    status: 'du_kien',
    agenda: (spec.agenda ?? []).map(({ speeches: _speeches, ...item }) => item),
    conclusions: [],
    awards: [],
  };
}

export function calendarMeetings(now: Date): MeetingSpec[] {
  const nowLocal = toLocalDateTimeString(now);
  return [...fixedMeetings(), ...upcomingMeetings(now)].map((spec) => asOf(spec, nowLocal));
}
