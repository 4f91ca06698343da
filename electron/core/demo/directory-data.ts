import type { OrganisationKind } from '../../../shared/domain';
import type { ProfileInput } from '../../../shared/schemas/profile';

/**
 * The demo committee and its directory. Leaders named in the sample articles keep the titles
 * exactly as the articles write them (including "Thành uỷ" with the old tone placement, which
 * search must still find as "thanh uy"); Front officials and department heads are invented.
 */

export const DEMO_PROFILE: ProfileInput = {
  committeeName: 'Ủy ban MTTQ Việt Nam thành phố Hải Phòng',
  // First header line of the Standing Board's documents: the committee it belongs to.
  parentBody: 'ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HẢI PHÒNG',
  placeName: 'Hải Phòng',
  level: 'tinh',
  abbreviation: 'MTTQ-BTT',
  // Its code in exchange packages with the wards below (see demo/exchange.ts).
  committeeCode: 'MTTQ-HP',
  chair: {
    fullName: 'Nguyễn Văn Khánh',
    title: 'Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố',
  },
  deputies: [
    { fullName: 'Trần Thị Minh Nguyệt', title: 'Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố' },
    { fullName: 'Lê Quang Huy', title: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố' },
    {
      fullName: 'Nguyễn Thị Bích Ngọc',
      title: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Hội Liên hiệp Phụ nữ thành phố',
    },
  ],
};

export interface OrganisationSeed {
  name: string;
  kind: OrganisationKind;
  abbreviation: string;
  /** Bodies dissolved by the 2025 reorganisation stay in the directory, marked not in use. */
  active?: boolean;
}

export const DEMO_ORGANISATIONS = {
  mttq: { name: 'Ủy ban MTTQ Việt Nam thành phố Hải Phòng', kind: 'mat_tran', abbreviation: 'MTTQ' },
  ldld: { name: 'Liên đoàn Lao động thành phố Hải Phòng', kind: 'to_chuc_thanh_vien', abbreviation: 'LĐLĐ' },
  hnd: { name: 'Hội Nông dân thành phố Hải Phòng', kind: 'to_chuc_thanh_vien', abbreviation: 'HND' },
  hlhpn: { name: 'Hội Liên hiệp Phụ nữ thành phố Hải Phòng', kind: 'to_chuc_thanh_vien', abbreviation: 'HLHPN' },
  thanhDoan: {
    name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Hải Phòng',
    kind: 'to_chuc_thanh_vien',
    abbreviation: 'Thành đoàn',
  },
  hccb: { name: 'Hội Cựu chiến binh thành phố Hải Phòng', kind: 'to_chuc_thanh_vien', abbreviation: 'HCCB' },
  hlhtn: {
    name: 'Hội Liên hiệp Thanh niên Việt Nam thành phố Hải Phòng',
    kind: 'to_chuc_thanh_vien',
    abbreviation: 'HLHTN',
  },
  thanhUy: { name: 'Thành ủy Hải Phòng', kind: 'cap_uy', abbreviation: 'TU' },
  banDanVan: { name: 'Ban Dân vận Thành ủy Hải Phòng', kind: 'cap_uy', abbreviation: 'BDVTU', active: false },
  banTuyenGiaoDanVan: {
    name: 'Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng',
    kind: 'cap_uy',
    abbreviation: 'BTGDVTU',
  },
  banNoiChinh: { name: 'Ban Nội chính Thành ủy Hải Phòng', kind: 'cap_uy', abbreviation: 'BNCTU' },
  hdnd: { name: 'Hội đồng nhân dân thành phố Hải Phòng', kind: 'hdnd', abbreviation: 'HĐND' },
  ubnd: { name: 'Ủy ban nhân dân thành phố Hải Phòng', kind: 'ubnd', abbreviation: 'UBND' },
  soNoiVu: { name: 'Sở Nội vụ thành phố Hải Phòng', kind: 'so_ban_nganh', abbreviation: 'SNV' },
  soTaiChinh: { name: 'Sở Tài chính thành phố Hải Phòng', kind: 'so_ban_nganh', abbreviation: 'STC' },
  soYTe: { name: 'Sở Y tế thành phố Hải Phòng', kind: 'so_ban_nganh', abbreviation: 'SYT' },
  soGiaoDuc: { name: 'Sở Giáo dục và Đào tạo thành phố Hải Phòng', kind: 'so_ban_nganh', abbreviation: 'SGDĐT' },
  bhxh: { name: 'Bảo hiểm xã hội thành phố Hải Phòng', kind: 'so_ban_nganh', abbreviation: 'BHXH' },
  mttqLeChan: { name: 'Ủy ban MTTQ Việt Nam phường Lê Chân', kind: 'mat_tran', abbreviation: 'MTTQ phường' },
  mttqHongBang: { name: 'Ủy ban MTTQ Việt Nam phường Hồng Bàng', kind: 'mat_tran', abbreviation: 'MTTQ phường' },
  // The 2020 article is a provincial Party committee's meeting; the article does not name the province.
  tinhUy: { name: 'Tỉnh ủy', kind: 'cap_uy', abbreviation: 'TU' },
  hdndTinh: { name: 'Hội đồng nhân dân tỉnh', kind: 'hdnd', abbreviation: 'HĐND tỉnh' },
} as const satisfies Record<string, OrganisationSeed>;

export type OrganisationKey = keyof typeof DEMO_ORGANISATIONS;

export interface PersonSeed {
  fullName: string;
  title: string;
  organisation: OrganisationKey;
  phone?: string;
  email?: string;
}

export const DEMO_PEOPLE = {
  // Named in the sample articles, titles as written there.
  tranLuuQuang: {
    fullName: 'Trần Lưu Quang',
    title: 'Ủy viên Trung ương Đảng, Bí thư Thành ủy, Trưởng đoàn đại biểu Quốc hội thành phố',
    organisation: 'thanhUy',
  },
  doManhHien: { fullName: 'Đỗ Mạnh Hiến', title: 'Phó bí thư Thường trực Thành uỷ', organisation: 'thanhUy' },
  dangBaCuong: {
    fullName: 'Đặng Bá Cường',
    title: 'Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Nội chính Thành ủy',
    organisation: 'banNoiChinh',
  },
  leTriVu: {
    fullName: 'Lê Trí Vũ',
    title: 'Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy',
    organisation: 'banDanVan',
  },
  nguyenTienThanh: {
    fullName: 'Nguyễn Tiến Thành',
    title: 'Phó Bí thư thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh',
    organisation: 'tinhUy',
  },
  dangThanhGiang: {
    fullName: 'Đặng Thanh Giang',
    title: 'Ủy viên Ban Thường vụ, Trưởng ban Dân vận Tỉnh ủy, Phó Chủ tịch HĐND tỉnh',
    organisation: 'tinhUy',
  },
  // Invented Front officials, member-organisation leaders and department heads.
  nguyenVanKhanh: {
    fullName: 'Nguyễn Văn Khánh',
    title: 'Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố',
    organisation: 'mttq',
    phone: '0225 3745 001',
  },
  tranThiMinhNguyet: {
    fullName: 'Trần Thị Minh Nguyệt',
    title: 'Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam thành phố',
    organisation: 'mttq',
    phone: '0225 3745 002',
  },
  leQuangHuy: { fullName: 'Lê Quang Huy', title: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố', organisation: 'mttq' },
  nguyenThiBichNgoc: {
    fullName: 'Nguyễn Thị Bích Ngọc',
    title: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Hội Liên hiệp Phụ nữ thành phố',
    organisation: 'hlhpn',
  },
  vuThiHongNhung: {
    fullName: 'Vũ Thị Hồng Nhung',
    title: 'Chánh Văn phòng Ban Thường trực Ủy ban MTTQ Việt Nam thành phố',
    organisation: 'mttq',
    phone: '0912 345 678',
    email: 'vanphong.mttq@haiphong.gov.vn',
  },
  doThiLanAnh: {
    fullName: 'Đỗ Thị Lan Anh',
    title: 'Chuyên viên Văn phòng Ủy ban MTTQ Việt Nam thành phố',
    organisation: 'mttq',
    phone: '0983 112 233',
  },
  hoangMinhTuan: {
    fullName: 'Hoàng Minh Tuấn',
    title: 'Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố',
    organisation: 'mttq',
  },
  buiThiThanhHuong: {
    fullName: 'Bùi Thị Thanh Hương',
    title: 'Trưởng Ban Phong trào Ủy ban MTTQ Việt Nam thành phố',
    organisation: 'mttq',
  },
  ngoDucThang: {
    fullName: 'Ngô Đức Thắng',
    title: 'Trưởng Ban Tuyên giáo Ủy ban MTTQ Việt Nam thành phố',
    organisation: 'mttq',
  },
  phamVanToan: {
    fullName: 'Phạm Văn Toàn',
    title: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Liên đoàn Lao động thành phố',
    organisation: 'ldld',
  },
  dinhVanLuc: { fullName: 'Đinh Văn Lực', title: 'Chủ tịch Hội Nông dân thành phố', organisation: 'hnd' },
  luongTuanAnh: {
    fullName: 'Lương Tuấn Anh',
    title: 'Bí thư Thành đoàn, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam thành phố',
    organisation: 'thanhDoan',
  },
  trinhXuanHoa: { fullName: 'Trịnh Xuân Hòa', title: 'Chủ tịch Hội Cựu chiến binh thành phố', organisation: 'hccb' },
  tranDucManh: { fullName: 'Trần Đức Mạnh', title: 'Phó Chủ tịch UBND thành phố', organisation: 'ubnd' },
  doanThiHaiYen: { fullName: 'Đoàn Thị Hải Yến', title: 'Phó Chủ tịch HĐND thành phố', organisation: 'hdnd' },
  maiVanQuan: { fullName: 'Mai Văn Quân', title: 'Giám đốc Sở Nội vụ', organisation: 'soNoiVu' },
  taQuangVinh: { fullName: 'Tạ Quang Vinh', title: 'Phó Giám đốc Sở Tài chính', organisation: 'soTaiChinh' },
  haThiThanhBinh: { fullName: 'Hà Thị Thanh Bình', title: 'Giám đốc Sở Y tế', organisation: 'soYTe' },
  lamThiKimOanh: {
    fullName: 'Lâm Thị Kim Oanh',
    title: 'Phó Giám đốc Sở Giáo dục và Đào tạo',
    organisation: 'soGiaoDuc',
  },
  caoVanDuc: { fullName: 'Cao Văn Đức', title: 'Phó Giám đốc Bảo hiểm xã hội thành phố', organisation: 'bhxh' },
  phanVanSon: {
    fullName: 'Phan Văn Sơn',
    title: 'Chủ tịch Ủy ban MTTQ Việt Nam phường Lê Chân',
    organisation: 'mttqLeChan',
  },
  vuThiNgocAnh: {
    fullName: 'Vũ Thị Ngọc Ánh',
    title: 'Chủ tịch Ủy ban MTTQ Việt Nam phường Hồng Bàng',
    organisation: 'mttqHongBang',
  },
  luuDinhPhuc: {
    fullName: 'Lưu Đình Phúc',
    title: 'Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy',
    organisation: 'banTuyenGiaoDanVan',
  },
} as const satisfies Record<string, PersonSeed>;

export type PersonKey = keyof typeof DEMO_PEOPLE;
