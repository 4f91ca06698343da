import { describe, expect, it } from 'vitest';
import { DIRECTIVE_TYPE, type DirectiveType, type SymbolFamily } from '../../shared/domain';
import { formatSymbol, KNOWN_TYPE_CODES, parseNumberSymbol, typeOfCode } from '../../shared/number-symbol-parser';
import { expectVietnameseMessage } from '../support/vietnamese';

type Readable = [input: string, normalized: string, family: SymbolFamily, type: DirectiveType, typeCode: string | null, issuer: string, year?: number];

const nfd = (text: string) => text.normalize('NFD');

/** Forms seen in real documents and news reports, and how the parser must read them. */
const READABLE: Readable[] = [
  // Party (Hướng dẫn 36-HD/VPTW): number-CODE/ISSUER.
  ['56-NQ/TU', '56-NQ/TU', 'dang', 'nghi_quyet', 'NQ', 'TU'],
  ['18-CT/TW', '18-CT/TW', 'dang', 'chi_thi', 'CT', 'TW'],
  ['393-TB/TU', '393-TB/TU', 'dang', 'thong_bao', 'TB', 'TU'],
  ['01-KL/TW', '01-KL/TW', 'dang', 'ket_luan', 'KL', 'TW'],
  ['1-KL/TW', '01-KL/TW', 'dang', 'ket_luan', 'KL', 'TW'],
  ['03-KL/TU', '03-KL/TU', 'dang', 'ket_luan', 'KL', 'TU'],
  ['08-QĐi/TW', '08-QĐi/TW', 'dang', 'quy_dinh', 'QĐi', 'TW'],
  ['105-QĐ/TW', '105-QĐ/TW', 'dang', 'quyet_dinh', 'QĐ', 'TW'],
  ['12-TT/TW', '12-TT/TW', 'dang', 'thong_tri', 'TT', 'TW'],
  ['36-HD/VPTW', '36-HD/VPTW', 'dang', 'huong_dan', 'HD', 'VPTW'],
  ['15-CTr/TU', '15-CTr/TU', 'dang', 'chuong_trinh', 'CTr', 'TU'],
  ['45-TTr/ĐU', '45-TTr/ĐU', 'dang', 'to_trinh', 'TTr', 'ĐU'],
  ['120-KH/TU', '120-KH/TU', 'dang', 'ke_hoach', 'KH', 'TU'],
  ['77-BC/TU', '77-BC/TU', 'dang', 'bao_cao', 'BC', 'TU'],
  ['2-BS/TW', '02-BS/TW', 'dang', 'bo_sung', 'BS', 'TW'],
  ['456-CV/TU', '456-CV/TU', 'dang', 'cong_van', 'CV', 'TU'],
  ['09-QC/TW', '09-QC/TW', 'dang', 'quy_che', 'QC', 'TW'],
  ['35-NQ/TW', '35-NQ/TW', 'dang', 'nghi_quyet', 'NQ', 'TW'],
  ['11-HD/BTGTU', '11-HD/BTGTU', 'dang', 'huong_dan', 'HD', 'BTGTU'],
  // Stray spaces, "Số", "Số:", dashes, NFD, non-breaking spaces.
  ['2927 -TB/TU', '2927-TB/TU', 'dang', 'thong_bao', 'TB', 'TU'],
  ['56 - NQ / TU', '56-NQ/TU', 'dang', 'nghi_quyet', 'NQ', 'TU'],
  ['Số: 56-NQ/TU', '56-NQ/TU', 'dang', 'nghi_quyet', 'NQ', 'TU'],
  ['Số 56-NQ/TU', '56-NQ/TU', 'dang', 'nghi_quyet', 'NQ', 'TU'],
  ['số 18-CT/TW', '18-CT/TW', 'dang', 'chi_thi', 'CT', 'TW'],
  ['SỐ: 393-TB/TU', '393-TB/TU', 'dang', 'thong_bao', 'TB', 'TU'],
  ['Số:56-NQ/TU', '56-NQ/TU', 'dang', 'nghi_quyet', 'NQ', 'TU'],
  ['  Số :  12 / BC - MTTQ - BTT  ', '12/BC-MTTQ-BTT', 'mat_tran', 'bao_cao', 'BC', 'MTTQ-BTT'],
  ['56–NQ/TU', '56-NQ/TU', 'dang', 'nghi_quyet', 'NQ', 'TU'],
  ['56—NQ/TU', '56-NQ/TU', 'dang', 'nghi_quyet', 'NQ', 'TU'],
  ['757/QĐ\u2013UBND', '757/QĐ-UBND', 'nha_nuoc', 'quyet_dinh', 'QĐ', 'UBND'],
  ['Số:\u00A056-NQ/TU', '56-NQ/TU', 'dang', 'nghi_quyet', 'NQ', 'TU'],
  ['36/NQ\u00A0-\u00A0HĐND', '36/NQ-HĐND', 'nha_nuoc', 'nghi_quyet', 'NQ', 'HĐND'],
  [nfd('Số: 08-QĐi/TW'), '08-QĐi/TW', 'dang', 'quy_dinh', 'QĐi', 'TW'],
  [nfd('757/QĐ-UBND'), '757/QĐ-UBND', 'nha_nuoc', 'quyet_dinh', 'QĐ', 'UBND'],
  [nfd('36/NQ-HĐND'), '36/NQ-HĐND', 'nha_nuoc', 'nghi_quyet', 'NQ', 'HĐND'],
  ['757/QÐ-UBND', '757/QĐ-UBND', 'nha_nuoc', 'quyet_dinh', 'QĐ', 'UBND'], // Icelandic Ð from some fonts
  ['56-NQ/TU,', '56-NQ/TU', 'dang', 'nghi_quyet', 'NQ', 'TU'],
  ['\u200B56-NQ/TU.', '56-NQ/TU', 'dang', 'nghi_quyet', 'NQ', 'TU'],
  // State, individual: number/CODE-ISSUER.
  ['36/NQ-HĐND', '36/NQ-HĐND', 'nha_nuoc', 'nghi_quyet', 'NQ', 'HĐND'],
  ['757/QĐ-UBND', '757/QĐ-UBND', 'nha_nuoc', 'quyet_dinh', 'QĐ', 'UBND'],
  ['25/QĐ-TTg', '25/QĐ-TTg', 'nha_nuoc', 'quyet_dinh', 'QĐ', 'TTg'],
  ['05/CT-UBND', '05/CT-UBND', 'nha_nuoc', 'chi_thi', 'CT', 'UBND'],
  ['123/KH-UBND', '123/KH-UBND', 'nha_nuoc', 'ke_hoach', 'KH', 'UBND'],
  ['45/TTr-SNV', '45/TTr-SNV', 'nha_nuoc', 'to_trinh', 'TTr', 'SNV'],
  ['12/CTr-UBND', '12/CTr-UBND', 'nha_nuoc', 'chuong_trinh', 'CTr', 'UBND'],
  ['7/QyĐ-UBND', '07/QyĐ-UBND', 'nha_nuoc', 'quy_dinh', 'QyĐ', 'UBND'],
  ['14/CĐ-UBND', '14/CĐ-UBND', 'nha_nuoc', 'cong_dien', 'CĐ', 'UBND'],
  ['88/ĐA-UBND', '88/ĐA-UBND', 'nha_nuoc', 'de_an', 'ĐA', 'UBND'],
  ['3/DA-SXD', '03/DA-SXD', 'nha_nuoc', 'du_an', 'DA', 'SXD'],
  ['21/HĐ-UBND', '21/HĐ-UBND', 'nha_nuoc', 'hop_dong', 'HĐ', 'UBND'],
  ['19/HD-SNV', '19/HD-SNV', 'nha_nuoc', 'huong_dan', 'HD', 'SNV'],
  ['321/GM-UBND', '321/GM-UBND', 'nha_nuoc', 'giay_moi', 'GM', 'UBND'],
  ['44/GGT-VP', '44/GGT-VP', 'nha_nuoc', 'giay_gioi_thieu', 'GGT', 'VP'],
  ['1/BGN-UBND', '01/BGN-UBND', 'nha_nuoc', 'ban_ghi_nho', 'BGN', 'UBND'],
  ['15/TT-BNV', '15/TT-BNV', 'nha_nuoc', 'thong_tu', 'TT', 'BNV'],
  ['987/CV-UBND', '987/CV-UBND', 'nha_nuoc', 'cong_van', 'CV', 'UBND'],
  // State, normative: number/YEAR/CODE-ISSUER.
  ['337/2021/NQ-HĐND', '337/2021/NQ-HĐND', 'nha_nuoc_quy_pham', 'nghi_quyet', 'NQ', 'HĐND', 2021],
  ['30/2020/NĐ-CP', '30/2020/NĐ-CP', 'nha_nuoc_quy_pham', 'nghi_dinh', 'NĐ', 'CP', 2020],
  ['01/2011/TT-BNV', '01/2011/TT-BNV', 'nha_nuoc_quy_pham', 'thong_tu', 'TT', 'BNV', 2011],
  ['Số: 12/2024/QĐ-UBND', '12/2024/QĐ-UBND', 'nha_nuoc_quy_pham', 'quyet_dinh', 'QĐ', 'UBND', 2024],
  ['337 / 2021 / NQ - HĐND', '337/2021/NQ-HĐND', 'nha_nuoc_quy_pham', 'nghi_quyet', 'NQ', 'HĐND', 2021],
  ['59/2020/QH14', '59/2020/QH14', 'nha_nuoc_quy_pham', 'luat', null, 'QH14', 2020],
  ['03/2016/TTLT-BNV-UBTWMTTQVN', '03/2016/TTLT-BNV-UBTWMTTQVN', 'nha_nuoc_quy_pham', 'thong_tu_lien_tich', 'TTLT', 'BNV-UBTWMTTQVN', 2016],
  // Front: number/CODE-MTTQ-… .
  ['12/BC-MTTQ-BTT', '12/BC-MTTQ-BTT', 'mat_tran', 'bao_cao', 'BC', 'MTTQ-BTT'],
  ['91/HD-MTTW-BTT', '91/HD-MTTW-BTT', 'mat_tran', 'huong_dan', 'HD', 'MTTW-BTT'],
  ['5/BB-MTTQ-BTT', '05/BB-MTTQ-BTT', 'mat_tran', 'bien_ban', 'BB', 'MTTQ-BTT'],
  ['112/KH-MTTQ-BTT', '112/KH-MTTQ-BTT', 'mat_tran', 'ke_hoach', 'KH', 'MTTQ-BTT'],
  ['08/TB-MTTQ-BTT', '08/TB-MTTQ-BTT', 'mat_tran', 'thong_bao', 'TB', 'MTTQ-BTT'],
  ['30/NQ-MTTW-ĐCT', '30/NQ-MTTW-ĐCT', 'mat_tran', 'nghi_quyet', 'NQ', 'MTTW-ĐCT'],
  ['Số: 17/CTr-MTTQ-BTT', '17/CTr-MTTQ-BTT', 'mat_tran', 'chuong_trinh', 'CTr', 'MTTQ-BTT'],
  // The Front issues Thông tri (TT), never Thông tư: the Central Committee's and a province's.
  ['25/TT-MTTW-BTT', '25/TT-MTTW-BTT', 'mat_tran', 'thong_tri', 'TT', 'MTTW-BTT'],
  ['Số: 3/TT-MTTQ-BTT', '03/TT-MTTQ-BTT', 'mat_tran', 'thong_tri', 'TT', 'MTTQ-BTT'],
  // Letters (công văn): no type code.
  ['249/MTTQ-BTT', '249/MTTQ-BTT', 'cong_van', 'cong_van', null, 'MTTQ-BTT'],
  ['Số: 1234/UBND-VP', '1234/UBND-VP', 'cong_van', 'cong_van', null, 'UBND-VP'],
  ['1234/TTg-KGVX', '1234/TTg-KGVX', 'cong_van', 'cong_van', null, 'TTg-KGVX'],
  ['56/SNV-TCBC', '56/SNV-TCBC', 'cong_van', 'cong_van', null, 'SNV-TCBC'],
  ['7/MTTQ', '07/MTTQ', 'cong_van', 'cong_van', null, 'MTTQ'],
];

/** Malformed forms, each with the part of the reason the user must read. */
const UNREADABLE: Array<[input: string, reason: string]> = [
  ['', 'Chưa nhập số, ký hiệu văn bản.'],
  ['   Số:  ', 'Chưa nhập số, ký hiệu văn bản.'],
  ['56-XYZ/TU', "Mã loại 'XYZ' không có trong danh mục Nghị định 30 hoặc Hướng dẫn 36."],
  ['12/2021/XYZ-HĐND', "Mã loại 'XYZ' không có trong danh mục Nghị định 30 hoặc Hướng dẫn 36."],
  ['56-/TU', 'Thiếu mã loại văn bản sau dấu gạch ngang.'],
  ['56 - / TU', 'Thiếu mã loại văn bản sau dấu gạch ngang.'],
  ['ab/QĐ-UBND', "Số văn bản phải là chữ số, đặt ở đầu số ký hiệu (đang bắt đầu bằng 'ab')."],
  ['NQ/TU', 'Số văn bản phải là chữ số'],
  ['56NQ/TU', "sau số '56' phải là dấu '-'"],
  ['56', "Thiếu ký hiệu sau số văn bản '56'"],
  ['0/QĐ-UBND', 'Số văn bản phải từ 1 trở lên.'],
  ['12345678/QĐ-UBND', "Số văn bản '12345678' quá dài."],
  ['56-NQ', 'Thiếu ký hiệu cơ quan ban hành sau dấu gạch chéo'],
  ['56-NQ/', 'Thiếu ký hiệu cơ quan ban hành sau dấu gạch chéo.'],
  ['56-NQ-TU', "thiếu dấu '/' trước ký hiệu cơ quan ban hành"],
  ['56-nq/TU', "Mã loại 'nq' phải viết đúng chữ hoa, chữ thường: 'NQ' (Nghị quyết)."],
  ['56-NQ/tu', "Ký hiệu cơ quan ban hành 'tu' phải viết hoa"],
  ['36/QD-UBND', "Mã loại 'QD' phải viết đúng chữ hoa, chữ thường: 'QĐ' (Quyết định)."],
  ['08-QDi/TW', "'QĐi' (Quy định)"],
  ['08-qđi/TW', "'QĐi' (Quy định)"],
  ['7/QYĐ-UBND', "'QyĐ' (Quy định)"],
  ['12/Ctr-UBND', "'CTr' (Chương trình)"],
  ['45/TTR-SNV', "'TTr' (Tờ trình)"],
  ['36/Hd-UBND', "'HD' (Hướng dẫn) hoặc 'HĐ' (Hợp đồng)"],
  ['36/KL-HĐND', "Mã loại 'KL' chỉ dùng trong văn bản của Đảng"],
  ['5/QĐi-UBND', "Mã loại 'QĐi' chỉ dùng trong văn bản của Đảng"],
  ['56-NĐ/TU', "Mã loại 'NĐ' không dùng trong văn bản của Đảng."],
  ['36/NQ', "Thiếu ký hiệu cơ quan ban hành sau mã loại 'NQ'"],
  ['36/NQ-', "Thiếu ký hiệu cơ quan ban hành sau mã loại 'NQ'."],
  ['36/', 'Thiếu ký hiệu sau dấu gạch chéo.'],
  ['36/-UBND', 'Thiếu mã loại văn bản trước dấu gạch ngang.'],
  ['36/NQ--HĐND', 'có dấu gạch ngang thừa'],
  ['337/21/NQ-HĐND', "Năm ban hành phải đủ 4 chữ số (đang là '21')."],
  ['337/1890/NQ-HĐND', "Năm ban hành '1890' không hợp lệ."],
  ['337/2021/', 'Thiếu ký hiệu sau dấu gạch chéo.'],
  ['337/2021', "Thiếu mã loại và cơ quan ban hành sau '2021'"],
  ['1/2/3/NQ-HĐND', 'Năm ban hành phải đủ 4 chữ số'],
  ['56-NQ/TU/HU', "Số ký hiệu có quá nhiều dấu '/'."],
  ['56 NQ/TU', "Số ký hiệu có khoảng trắng ở giữa ('56 NQ')"],
  ['12/BC-MTTQ BTT', "khoảng trắng ở giữa ('MTTQ BTT')"],
  ['56#NQ/TU', "ký tự không hợp lệ '#'"],
  ['56-NQ/T.U', "ký tự không hợp lệ '.'"],
];

describe('parseNumberSymbol: readable forms', () => {
  it.each(READABLE)('%j → %s', (input, normalized, family, type, typeCode, issuer, year) => {
    const result = parseNumberSymbol(input);
    expect(result).toEqual({
      ok: true,
      value: { family, number: Number(/\d+/.exec(normalized)![0]), year: year ?? null, typeCode, type, issuer, normalized },
    });
  });
});

describe('parseNumberSymbol: malformed forms say why', () => {
  it.each(UNREADABLE)('%j', (input, reason) => {
    const result = parseNumberSymbol(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toContain(reason);
    expectVietnameseMessage(result.reason);
  });
});

describe('the table itself', () => {
  it('holds at least 60 real-world forms, every family among them', () => {
    expect(READABLE.length + UNREADABLE.length).toBeGreaterThanOrEqual(60);
    expect(new Set(READABLE.map((row) => row[2]))).toEqual(new Set(['dang', 'nha_nuoc', 'nha_nuoc_quy_pham', 'mat_tran', 'cong_van']));
  });
});

describe('case-sensitive codes stay apart', () => {
  it('QĐ, QĐi and QyĐ are three codes', () => {
    const codes = ['105-QĐ/TW', '08-QĐi/TW', '7/QyĐ-UBND'].map((s) => {
      const r = parseNumberSymbol(s);
      return r.ok ? [r.value.typeCode, r.value.type] : null;
    });
    expect(codes).toEqual([
      ['QĐ', 'quyet_dinh'],
      ['QĐi', 'quy_dinh'],
      ['QyĐ', 'quy_dinh'],
    ]);
  });

  it('TT is Thông tri in a Party or a Front symbol and Thông tư in a state one', () => {
    expect(typeOfCode('dang', 'TT')).toBe('thong_tri');
    expect(typeOfCode('mat_tran', 'TT')).toBe('thong_tri');
    expect(typeOfCode('mat_tran', 'HD')).toBe('huong_dan');
    expect(typeOfCode('nha_nuoc', 'TT')).toBe('thong_tu');
    expect(typeOfCode('nha_nuoc_quy_pham', 'TT')).toBe('thong_tu');
    expect(typeOfCode('cong_van', null)).toBe('cong_van');
  });

  it('every known code has a Vietnamese label in DIRECTIVE_TYPE', () => {
    for (const code of KNOWN_TYPE_CODES) {
      const party = typeOfCode('dang', code);
      const state = typeOfCode('nha_nuoc', code);
      expect(party === 'khac' && state === 'khac', code).toBe(false);
      for (const type of [party, state]) expect(DIRECTIVE_TYPE.labels[type]).toMatch(/\S/);
    }
  });

  it('every code of document-format.md is known', () => {
    const documented = 'NQ QĐ CT QC QyĐ TC TB HD CTr KH PA ĐA DA BC BB TTr HĐ CĐ BGN GUQ GM GGT PG PC PB KL QĐi TT BS'.split(' ');
    for (const code of documented) expect(KNOWN_TYPE_CODES, code).toContain(code);
  });
});

describe('formatSymbol', () => {
  it('writes each family in its own shape and round-trips through the parser', () => {
    const cases = [
      { family: 'dang', number: 8, year: null, typeCode: 'QĐi', issuer: 'TW' },
      { family: 'nha_nuoc', number: 757, year: null, typeCode: 'QĐ', issuer: 'UBND' },
      { family: 'nha_nuoc_quy_pham', number: 337, year: 2021, typeCode: 'NQ', issuer: 'HĐND' },
      { family: 'mat_tran', number: 5, year: null, typeCode: 'BC', issuer: 'MTTQ-BTT' },
      { family: 'cong_van', number: 249, year: null, typeCode: null, issuer: 'MTTQ-BTT' },
    ] as const;
    const written = cases.map((c) => formatSymbol(c));
    expect(written).toEqual(['08-QĐi/TW', '757/QĐ-UBND', '337/2021/NQ-HĐND', '05/BC-MTTQ-BTT', '249/MTTQ-BTT']);
    for (const text of written) {
      const again = parseNumberSymbol(text);
      expect(again.ok && again.value.normalized).toBe(text);
    }
  });
});
