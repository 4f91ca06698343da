import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { FIRST_LINE_INDENT, FONT, SIZE } from './layout';

/**
 * Every paragraph the export writes refers to one of these named styles, so that a clerk who
 * opens the file in Word can change, say, all recipient lines at once. The ids are ASCII (Word
 * keys styles by id); the names are Vietnamese, as the user sees them in Word's style list.
 */
export const STYLE = {
  body: 'VbNoiDung',
  headerLine: 'VbDongTieuDe',
  headerBold: 'VbCoQuanBanHanh',
  nationalTitle: 'VbQuocHieu',
  motto: 'VbTieuNgu',
  number: 'VbSoKyHieu',
  subjectLine: 'VbTrichYeuCongVan',
  dateLine: 'VbDiaDanhNgayThang',
  rule: 'VbDuongKe',
  title: 'VbTenLoai',
  summary: 'VbTrichYeu',
  addressee: 'VbKinhGui',
  tableText: 'VbChuTrongBang',
  tableHeading: 'VbTieuDeBang',
  signatureTitle: 'VbChucVuKy',
  signerName: 'VbNguoiKy',
  recipientsHeading: 'VbNoiNhan',
  recipient: 'VbNoiNhanDong',
  pageNumber: 'VbSoTrang',
} as const;

/** Body line spacing: 1.2 lines (240 = single), inside the 1–1.5 the rule allows. */
const BODY_LINE = 288;
/** 6 pt after each body paragraph, the minimum the rule asks for. */
const BODY_AFTER = 120;

const tight = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

function style(id: string, name: string, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions {
  return { id, name, basedOn: 'Normal', quickFormat: true, ...options };
}

const centredLine = (size: number, bold = false, italics = false) => ({
  paragraph: { alignment: AlignmentType.CENTER, spacing: tight, indent: { firstLine: 0 } },
  run: { size, bold, italics },
});

const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  style(STYLE.body, 'Nội dung văn bản', {
    next: STYLE.body,
    paragraph: {
      alignment: AlignmentType.BOTH,
      indent: { firstLine: FIRST_LINE_INDENT },
      spacing: { before: 0, after: BODY_AFTER, line: BODY_LINE, lineRule: LineRuleType.AUTO },
    },
    run: { size: SIZE.pt14 },
  }),
  style(STYLE.headerLine, 'Tên cơ quan chủ quản', centredLine(SIZE.pt13)),
  style(STYLE.headerBold, 'Tên cơ quan ban hành', centredLine(SIZE.pt13, true)),
  style(STYLE.nationalTitle, 'Quốc hiệu', centredLine(SIZE.pt13, true)),
  style(STYLE.motto, 'Tiêu ngữ', centredLine(SIZE.pt14, true)),
  style(STYLE.number, 'Số, ký hiệu', centredLine(SIZE.pt13)),
  style(STYLE.subjectLine, 'Trích yếu công văn', centredLine(SIZE.pt12)),
  style(STYLE.dateLine, 'Địa danh, ngày tháng', centredLine(SIZE.pt14, false, true)),
  // A rule is an empty paragraph one point high whose top border is the line (see rules.ts).
  style(STYLE.rule, 'Đường kẻ', {
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } },
    run: { size: 2 },
  }),
  style(STYLE.title, 'Tên loại văn bản', {
    next: STYLE.summary,
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 360, after: 0, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true },
    run: { size: SIZE.pt14, bold: true },
  }),
  style(STYLE.summary, 'Trích yếu', {
    next: STYLE.body,
    paragraph: { alignment: AlignmentType.CENTER, spacing: tight, keepNext: true },
    run: { size: SIZE.pt14, bold: true },
  }),
  style(STYLE.addressee, 'Kính gửi', {
    next: STYLE.body,
    paragraph: { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 60, line: BODY_LINE, lineRule: LineRuleType.AUTO }, keepNext: true },
    run: { size: SIZE.pt14 },
  }),
  style(STYLE.tableText, 'Chữ trong bảng', {
    paragraph: { alignment: AlignmentType.LEFT, spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO } },
    run: { size: SIZE.pt13 },
  }),
  style(STYLE.tableHeading, 'Tiêu đề cột bảng', {
    basedOn: STYLE.tableText,
    paragraph: { alignment: AlignmentType.CENTER },
    run: { size: SIZE.pt13, bold: true },
  }),
  style(STYLE.signatureTitle, 'Thẩm quyền, chức vụ người ký', { ...centredLine(SIZE.pt14, true), next: STYLE.signatureTitle }),
  style(STYLE.signerName, 'Họ tên người ký', centredLine(SIZE.pt14, true)),
  style(STYLE.recipientsHeading, 'Nơi nhận', {
    paragraph: { alignment: AlignmentType.LEFT, spacing: tight },
    run: { size: SIZE.pt12, bold: true, italics: true },
  }),
  style(STYLE.recipient, 'Nơi nhận - dòng', {
    paragraph: { alignment: AlignmentType.LEFT, spacing: tight },
    run: { size: SIZE.pt11 },
  }),
  style(STYLE.pageNumber, 'Số trang', centredLine(SIZE.pt14)),
];

const heading = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType], firstLine: number) => ({
  run: { font: FONT, size: SIZE.pt14, bold: true, color: '000000' },
  paragraph: {
    alignment,
    indent: { firstLine },
    spacing: { before: 120, after: BODY_AFTER, line: BODY_LINE, lineRule: LineRuleType.AUTO },
    keepNext: true,
  },
});

export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    // Document defaults: every run is Times New Roman 14 pt black, in Vietnamese, whatever style it has.
    document: {
      run: { font: FONT, size: SIZE.pt14, color: '000000', language: { value: 'vi-VN' } },
      paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
    },
    // The built-in heading styles, so that Word's navigation pane and outline still work.
    heading1: heading(AlignmentType.CENTER, 0),
    heading2: heading(AlignmentType.LEFT, FIRST_LINE_INDENT),
    heading3: heading(AlignmentType.LEFT, FIRST_LINE_INDENT),
    // Styles the export does not use but a clerk may pick in Word: black Times New Roman, not the blue defaults.
    heading4: heading(AlignmentType.LEFT, FIRST_LINE_INDENT),
    heading5: heading(AlignmentType.LEFT, FIRST_LINE_INDENT),
    heading6: heading(AlignmentType.LEFT, FIRST_LINE_INDENT),
    title: { run: { font: FONT, size: SIZE.pt14, bold: true, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER } },
  },
  paragraphStyles: PARAGRAPH_STYLES,
};
