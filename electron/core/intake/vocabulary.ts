/**
 * The Vietnamese words the reader recognises, in one place so they can be reviewed together.
 * Everything here is compared folded (no tone marks, đ → d, lower case) unless said otherwise.
 */
import { foldForSearch } from '../../../shared/text';

const folded = (words: readonly string[]) => new Set(words.map(foldForSearch));
/** Lower case with the tone marks kept: "Thu" and "thứ", "Bàn" and "Ban" stay apart. */
export const lower = (word: string) => word.normalize('NFC').toLocaleLowerCase('vi');
const lowered = (words: readonly string[]) => new Set(words.map(lower));

/**
 * Family names, Kinh and those of the ethnic minorities common in Front committees of the
 * mountain provinces. A personal name after a title ("Chủ tịch UBND tỉnh Nguyễn Văn A") is only
 * recognised when it starts with one of these, which is what keeps "Việt Nam" or "Hải Phòng"
 * from being read as a person.
 */
export const SURNAMES = lowered(
  [
    'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
    'Dương', 'Lý', 'Đào', 'Đinh', 'Lương', 'Mai', 'Trịnh', 'Hà', 'Lâm', 'Tạ', 'Cao', 'Chu', 'Đoàn', 'Tô',
    'Vương', 'Triệu', 'Lại', 'Kiều', 'Thái', 'Tăng', 'Quách', 'Lưu', 'Hứa', 'Phùng', 'Văn', 'Ninh', 'Nghiêm',
    'Khổng', 'Khúc', 'Kim', 'La', 'Lã', 'Lò', 'Lục', 'Mạc', 'Mẫn', 'Nông', 'Quan', 'Tiêu', 'Tống', 'Từ', 'Vi',
    'Thân', 'Thạch', 'Âu', 'Diệp', 'Doãn', 'Giang', 'Giáp', 'Hầu', 'Hàn', 'Hoàng', 'Khương', 'Lạc',
    'Lạng', 'Lều', 'Mã', 'Mạch', 'Ngọ', 'Nhữ', 'Phí', 'Quản', 'Sầm', 'Sơn', 'Tào', 'Thiều', 'Trương',
    'Uông', 'Vòng', 'Xa', 'Yên', 'Bế', 'Bạch', 'Cù', 'Cấn', 'Châu', 'Chử', 'Dư', 'Đàm', 'Đồng', 'Đường',
    'Giàng', 'Mùa', 'Sùng', 'Thào', 'Vàng', 'Lầu', 'Hờ', 'Sình', 'Chảo', 'Tẩn', 'Bàn', 'Lường', 'Hoàng', 'Cầm',
    'Điêu', 'Quàng', 'Lữ', 'Ma', 'Hứa', 'Đèo', 'Lộc', 'Ksor', 'Rơ', 'Siu', 'Nay', 'Rahlan', 'Đinh', 'Y', 'H',
  ],
);

/** Family names that are also common first words of places ("Hà Nội", "Văn Lâm", "Sơn La"). */
export const AMBIGUOUS_SURNAMES = lowered(['Hà', 'Văn', 'Sơn', 'Giang', 'Quan', 'La', 'Yên', 'Kim', 'Châu', 'Thái', 'Lạng', 'Đồng', 'Mai', 'Lâm', 'Y', 'H', 'Ma', 'Xa', 'Lộc', 'Cao']);

/**
 * How a position starts ("Phó Chủ tịch …", "Trưởng Ban …", "chuyên viên …"). Ranks and
 * academic titles that precede a name in the press are here too ("Đại tá Nguyễn Văn A").
 */
export const TITLE_HEADS: readonly string[] = [
  'Phó Bí thư Thường trực', 'Phó Bí thư', 'Bí thư', 'Tổng Bí thư',
  'Phó Chủ tịch Thường trực', 'Phó Chủ tịch', 'Chủ tịch', 'PCT', 'CT',
  'Phó Trưởng ban Thường trực', 'Phó Trưởng ban', 'Trưởng ban', 'Trưởng Ban', 'Phó Trưởng Ban', 'Trưởng đoàn', 'Phó Trưởng đoàn',
  'Phó Trưởng phòng', 'Trưởng phòng', 'Trưởng thôn', 'Trưởng khu', 'Trưởng bản', 'Trưởng ấp', 'Trưởng Công an', 'Trưởng',
  'Ủy viên', 'Uỷ viên', 'UV', 'Thành viên',
  'Phó Giám đốc', 'Giám đốc', 'Tổng Giám đốc', 'Phó Tổng Giám đốc',
  'Phó Chánh Văn phòng', 'Chánh Văn phòng', 'Chánh Thanh tra', 'Chánh án', 'Viện trưởng', 'Phó Viện trưởng',
  'Bộ trưởng', 'Thứ trưởng', 'Thủ tướng', 'Phó Thủ tướng', 'Chủ nhiệm', 'Phó Chủ nhiệm',
  'Đại biểu Quốc hội', 'Chuyên viên', 'Cán bộ', 'Công chức', 'Thư ký', 'Kế toán', 'Văn thư',
  'Hiệu trưởng', 'Phó Hiệu trưởng', 'Chỉ huy trưởng', 'Chính trị viên',
  'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá',
  'Giáo sư', 'Phó Giáo sư', 'Tiến sĩ', 'Thạc sĩ', 'GS', 'PGS', 'TS', 'ThS', 'Nhà báo', 'Nghệ nhân', 'Bác sĩ',
  'Người có uy tín', 'Già làng', 'Hội viên', 'Đoàn viên',
];

const TITLE_HEADS_FOLDED = [...new Set(TITLE_HEADS.map(foldForSearch))].sort((a, b) => b.length - a.length);

/** The title head a folded text starts with ("pho chu tich ubnd …" → "pho chu tich"), or null. */
export function titleHeadAt(foldedText: string): string | null {
  for (const head of TITLE_HEADS_FOLDED) {
    if (foldedText.startsWith(head) && !/[a-z0-9]/.test(foldedText.charAt(head.length))) return head;
  }
  return null;
}

/**
 * Verbs that end a title chain: "Đồng chí X, Bí thư Thành ủy | chủ trì hội nghị". Folded, each
 * matched as whole words.
 */
export const CHAIN_STOP_VERBS: readonly string[] = [
  'dự', 'chủ trì', 'đồng chủ trì', 'phát biểu', 'trình bày', 'báo cáo', 'ghi nhận', 'biểu dương', 'đánh giá', 'đề nghị',
  'yêu cầu', 'nhấn mạnh', 'cho biết', 'khẳng định', 'kết luận', 'tham luận', 'chúc mừng', 'trao', 'tặng', 'nêu rõ',
  'thông qua', 'điều hành', 'cùng dự', 'tham dự', 'đã', 'sẽ', 'cùng', 'và các', 'chỉ đạo', 'quán triệt', 'giới thiệu',
  'khai mạc', 'bế mạc', 'làm rõ', 'đề xuất', 'đồng ý', 'nhất trí', 'thay mặt', 'được', 'nhận', 'giải trình', 'tiếp thu',
  'lưu ý', 'mong muốn', 'tin tưởng', 'nói', 'nhắc lại', 'chia sẻ', 'gửi', 'bày tỏ', 'nêu', 'đóng góp', 'vắng', 'có mặt',
  'đến dự', 'tại hội nghị', 'tại buổi', 'cho rằng', 'thảo luận', 'điều hành', 'kêu gọi', 'phát động', 'trực tiếp',
];

/** Words that start a place name inside a title: "Ban công tác Mặt trận khu 5, phường Hồng Hải". */
/** Compared in lower case with tone marks: "bản" (a hamlet) is not "bận" (busy). */
export const PLACE_WORDS = lowered([
  'tỉnh', 'thành phố', 'xã', 'phường', 'huyện', 'quận', 'thị xã', 'thị trấn', 'đặc khu', 'thôn', 'khu', 'bản', 'ấp',
  'tổ dân phố', 'khu dân cư', 'làng', 'xóm', 'khối', 'số', 'tp', 'tx',
]);

/** Honorifics that stand before a name. */
export const HONORIFICS = ['đồng chí', 'đ/c', 'đ.c', 'đc', 'ông', 'bà', 'anh', 'chị', 'các đồng chí', 'đồng chí:'];

/** Connectives a sentence of a speech or a conclusion may open with; dropped from an item. */
export const CONNECTIVES = folded([
  'Theo đó', 'Đồng thời', 'Cùng với đó', 'Bên cạnh đó', 'Ngoài ra', 'Do đó', 'Vì vậy', 'Vì thế', 'Trong đó', 'Mặt khác',
  'Thời gian tới', 'Trong thời gian tới', 'Sắp tới', 'Tới đây', 'Để làm được điều đó', 'Bên cạnh những kết quả đạt được',
]);

/** What marks an assessment (not a conclusion): "ghi nhận", "biểu dương", "đánh giá cao". */
export const ASSESSMENT_VERBS = ['ghi nhan', 'bieu duong', 'danh gia cao', 'khang dinh', 'chuc mung', 'hoan nghenh', 'cam on', 'danh gia'];

/** Verbs that introduce what a leader asks for: the conclusions follow them. */
export const DIRECTION_VERBS = ['yeu cau', 'de nghi', 'nhan manh', 'luu y', 'chi dao', 'giao', 'de nghi trong thoi gian toi', 'quan triet'];

/** Months of the year kinds: what the title says decides the kind of meeting. */
export const KIND_RULES: ReadonlyArray<{ pattern: RegExp; kind: 'giao_ban' | 'hiep_thuong' | 'phan_bien' | 'so_ket' | 'tong_ket' | 'lam_viec' | 'chuyen_de' | 'trien_khai' }> = [
  { pattern: /\bgiao ban\b/, kind: 'giao_ban' },
  { pattern: /\bhiep thuong\b/, kind: 'hiep_thuong' },
  { pattern: /\bphan bien\b/, kind: 'phan_bien' },
  { pattern: /\bso ket\b/, kind: 'so_ket' },
  { pattern: /\btong ket\b/, kind: 'tong_ket' },
  { pattern: /\blam viec\b/, kind: 'lam_viec' },
  { pattern: /\bchuyen de\b/, kind: 'chuyen_de' },
  // "đánh giá kết quả … năm 2020, triển khai nhiệm vụ năm 2021" is a year-end review.
  { pattern: /\bdanh gia ket qua\b.*\bnam (19|20)\d\d\b.*\bnhiem vu\b.*\bnam (19|20)\d\d\b/, kind: 'tong_ket' },
  { pattern: /\b6 thang (dau nam|cuoi nam)\b|\bsau thang\b/, kind: 'so_ket' },
  // A standing board's regular monthly or quarterly meeting is its briefing.
  { pattern: /\b(ban )?thuong truc\b.*\b(thang|quy) (\d|[ivx]+\b)|\bdinh ky\b/, kind: 'giao_ban' },
  { pattern: /\btrien khai\b|\bquan triet\b|\bphat dong\b/, kind: 'trien_khai' },
];
