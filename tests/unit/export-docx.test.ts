import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultExportFileName, exportDocumentToDocx, writeFileSafely } from '../../electron/core/export';
import { AppError } from '../../electron/core/errors';
import { rt } from '../../shared/rich-text';
import type { DocumentRecord } from '../../shared/schemas/document';
import { paragraphTexts, paragraphWithText, readDocx, styleXml, tables, type DocxParts } from '../support/docx-parts';
import {
  conclusionFixture,
  FIXTURES,
  invitationFixture,
  letterFixture,
  minutesFixture,
  planFixture,
  reportFixture,
} from '../support/export-fixtures';

async function exported(doc: DocumentRecord): Promise<DocxParts> {
  return readDocx(await exportDocumentToDocx(doc));
}

describe('Word export: page, fonts, styles (every kind)', () => {
  for (const [kind, make] of Object.entries(FIXTURES)) {
    it(`${kind}: A4 portrait, official margins, different first page, Times New Roman`, async () => {
      const parts = await exported(make());
      expect(parts.document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
      expect(parts.document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
      expect(parts.document).toContain('<w:titlePg/>');
      // Times New Roman in the document defaults, for every script.
      expect(parts.styles).toMatch(
        /<w:docDefaults>[\s\S]*<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>[\s\S]*<w:sz w:val="28"\/>[\s\S]*<\/w:docDefaults>/,
      );
      // No other font anywhere.
      for (const xml of [parts.document, parts.styles, parts.numbering, parts.headers.default]) {
        for (const fonts of xml.match(/<w:rFonts [^>]*>/g) ?? [])
          for (const value of fonts.matchAll(/w:\w+="([^"]*)"/g)) expect(value[1]).toBe('Times New Roman');
      }
      // Current Word mode (no "Compatibility Mode" banner), one header for odd and even pages.
      expect(parts.settings).toMatch(/<w:compatSetting w:val="15" w:name="compatibilityMode"/);
      expect(parts.settings).not.toMatch(/<w:evenAndOddHeaders(?! w:val="false")/);
      // Real styles: body paragraphs refer to the named body style.
      expect(parts.document).toContain('<w:pStyle w:val="VbNoiDung"/>');
      expect(parts.document).not.toMatch(/<w:txbxContent|<v:shape|<wps:wsp|<w:drawing/);
    });
  }

  it('page number: a PAGE field in the default header, none in the empty first-page header', async () => {
    const parts = await exported(conclusionFixture());
    expect(parts.headers.default).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(parts.headers.default).toContain('w:val="VbSoTrang"');
    expect(parts.headers.first).not.toContain('PAGE');
    expect(paragraphTexts(parts.headers.first).join('')).toBe('');
  });

  it('named styles: body 14 pt justified with a 1.27 cm first-line indent and 6 pt after; header lines 13 pt', async () => {
    const { styles } = await exported(planFixture());
    const body = styleXml(styles, 'VbNoiDung')!;
    expect(body).toContain('<w:name w:val="Nội dung văn bản"/>');
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toContain('<w:ind w:firstLine="720"/>');
    expect(body).toMatch(/<w:spacing w:after="120"[^>]*w:line="288" w:lineRule="auto"\/>/);
    expect(body).toContain('<w:sz w:val="28"/>');
    expect(styleXml(styles, 'VbDongTieuDe')).toContain('<w:sz w:val="26"/>');
    const issuing = styleXml(styles, 'VbCoQuanBanHanh')!;
    expect(issuing).toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
    expect(issuing).toContain('<w:sz w:val="26"/>');
    expect(styleXml(styles, 'VbTieuNgu')).toContain('<w:sz w:val="28"/>');
    expect(styleXml(styles, 'VbDiaDanhNgayThang')).toMatch(/<w:i\/>|<w:i w:val="true"\/>/);
    expect(styleXml(styles, 'VbNoiNhan')).toContain('<w:sz w:val="24"/>');
    expect(styleXml(styles, 'VbNoiNhanDong')).toContain('<w:sz w:val="22"/>');
    expect(styleXml(styles, 'VbChuTrongBang')).toContain('<w:sz w:val="26"/>');
  });
});

describe('Word export: header table', () => {
  it('issuing body, national title, motto, number and the italic date line with zero-padding', async () => {
    const parts = await exported(reportFixture());
    const header = tables(parts.document)[0]!;
    const texts = paragraphTexts(header);
    expect(texts).toEqual(
      expect.arrayContaining([
        'ỦY BAN MTTQ VIỆT NAM',
        'TỈNH QUẢNG NINH',
        'BAN THƯỜNG TRỰC',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 25/BC-MTTQ-BTT',
        'Quảng Ninh, ngày 05 tháng 01 năm 2026',
      ]),
    );
    expect(paragraphWithText(header, 'Quảng Ninh, ngày 05 tháng 01 năm 2026')).toContain('w:val="VbDiaDanhNgayThang"');
    // Borderless.
    expect(header).toMatch(/<w:tblBorders>[\s\S]*<w:top w:val="none"/);
    // Two rules (issuing body, motto): bordered empty paragraphs, no shapes.
    expect(header.match(/<w:pStyle w:val="VbDuongKe"\/>/g)).toHaveLength(2);
    expect(header.match(/<w:pBdr><w:top w:val="single"/g)).toHaveLength(2);
  });

  it('months from March on are not padded: "ngày 04 tháng 3 năm 2026"', async () => {
    const parts = await exported(conclusionFixture());
    expect(paragraphTexts(tables(parts.document)[0]!)).toContain('Quảng Ninh, ngày 04 tháng 3 năm 2026');
  });

  it('the date line is italic in the output (style and all)', async () => {
    const parts = await exported(conclusionFixture());
    const dateStyle = styleXml(parts.styles, 'VbDiaDanhNgayThang')!;
    expect(dateStyle).toMatch(/<w:i\/>|<w:i w:val="true"\/>/);
    expect(dateStyle).toMatch(/<w:jc w:val="center"\/>/);
  });

  it('minutes have the number but no place-and-date line', async () => {
    const parts = await exported(minutesFixture());
    const texts = paragraphTexts(tables(parts.document)[0]!);
    expect(texts).toContain('Số: 03/BB-MTTQ-BTT');
    expect(texts.some((text) => /ngày \d{2} tháng/.test(text))).toBe(false);
    expect(texts.some((text) => text.includes('Quảng Ninh'))).toBe(false);
  });

  it('an unnumbered draft shows the blank number form, spaces kept', async () => {
    const parts = await exported(invitationFixture());
    expect(paragraphTexts(tables(parts.document)[0]!)).toContain('Số:     /GM-MTTQ-BTT');
    expect(parts.document).toContain('<w:t xml:space="preserve">Số:     /GM-MTTQ-BTT</w:t>');
  });

  it('a letter: "V/v …" under the number, no title block, and its "Kính gửi"', async () => {
    const parts = await exported(letterFixture());
    const header = paragraphTexts(tables(parts.document)[0]!);
    expect(header).toContain('Số: 249/MTTQ-BTT');
    expect(header).toContain('V/v Đề nghị báo cáo kết quả vận động Quỹ "Vì người nghèo" năm 2025');
    expect(styleXml(parts.styles, 'VbTrichYeuCongVan')).toContain('<w:sz w:val="24"/>');
    expect(parts.document).not.toContain('w:val="VbTenLoai"');
    expect(paragraphTexts(parts.document)).toContain('Kính gửi: Ủy ban MTTQ các xã, phường, đặc khu');
  });
});

describe('Word export: title and Kính gửi', () => {
  it('type name and summary centred bold, a short rule under them', async () => {
    const parts = await exported(conclusionFixture());
    const title = paragraphWithText(parts.document, 'THÔNG BÁO')!;
    expect(title).toContain('w:val="VbTenLoai"');
    expect(paragraphWithText(parts.document, conclusionFixture().summary)).toContain('w:val="VbTrichYeu"');
    const titleStyle = styleXml(parts.styles, 'VbTenLoai')!;
    expect(titleStyle).toContain('<w:jc w:val="center"/>');
    expect(titleStyle).toContain('<w:sz w:val="28"/>');
    // After the summary: the rule paragraph.
    const afterSummary = parts.document.split(conclusionFixture().summary)[1]!;
    expect(afterSummary.slice(0, 600)).toContain('w:val="VbDuongKe"');
  });

  it('a report with several addressees: "Kính gửi:" then one per line, "- …;" and the last "- … ."', async () => {
    const parts = await exported(reportFixture());
    const texts = paragraphTexts(parts.document);
    const first = texts.findIndex((text) => text.startsWith('Kính gửi:'));
    expect(texts[first]).toBe('Kính gửi:- Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam;');
    expect(texts[first + 1]).toBe('- Thường trực Tỉnh ủy Quảng Ninh.');
    expect(parts.document).toContain('<w:tab/>');
    // Nothing else in a report's title block: type name, summary, rule.
    const before = texts.slice(0, first).filter((text) => text !== '');
    expect(before.slice(-2)).toEqual(['BÁO CÁO', reportFixture().summary]);
  });
});

describe('Word export: body', () => {
  it('numbered lists: "%1." decimal and "%1)" lower-letter levels, the start honoured, list paragraphs numbered', async () => {
    const parts = await exported(planFixture());
    expect(parts.numbering).toMatch(/<w:start w:val="3"\/><w:numFmt w:val="decimal"\/><w:suff w:val="space"\/><w:lvlText w:val="%1\."\/>/);
    expect(parts.numbering).toMatch(/<w:numFmt w:val="lowerLetter"\/><w:suff w:val="space"\/><w:lvlText w:val="%1\)"\/>/);
    const numIds = [...parts.document.matchAll(/<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/g)];
    expect(numIds.length).toBe(4);
    // Each list has its own numbering instance, so each starts again.
    expect(new Set(numIds.map((m) => m[2])).size).toBe(2);
    const item = paragraphWithText(parts.document, 'Phần lễ.')!;
    expect(item).toContain('<w:numPr>');
    expect(item).toContain('w:val="VbNoiDung"');
  });

  it('nested lists go one level deeper; bullets are "-"', async () => {
    const parts = await exported(conclusionFixture());
    const nested = paragraphWithText(parts.document, 'Hội Liên hiệp Phụ nữ tỉnh chủ trì vận động hỗ trợ hộ nghèo đón Tết; báo cáo kết quả trước ngày 20/02/2026.')!;
    expect(nested).toMatch(/<w:numPr><w:ilvl w:val="1"\/>/);
    expect(parts.numbering).toContain('<w:lvlText w:val="%2)"/>');
    const report = await exported(reportFixture());
    expect(report.numbering).toMatch(/<w:numFmt w:val="bullet"\/><w:suff w:val="space"\/><w:lvlText w:val="-"\/>/);
  });

  it('a table keeps its rows, cells, header cells and merged cells', async () => {
    const parts = await exported(planFixture());
    const table = tables(parts.document).find((xml) => xml.includes('Kết quả'))!;
    expect(table.match(/<w:tr>|<w:tr /g)).toHaveLength(5);
    expect(table).toContain('<w:gridSpan w:val="2"/>');
    expect(table).toContain('<w:vMerge w:val="restart"/>');
    expect(table.match(/<w:vMerge w:val="continue"\/>/g)).toHaveLength(2);
    expect(table).toMatch(/<w:tblBorders><w:top w:val="single"/);
    expect(table.match(/<w:gridCol /g)).toHaveLength(4);
    // Both header rows (the first's cells are merged into the second) repeat on every page.
    expect(table.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    // Widths from the editor (50 px = 750 twips), the rest sharing the line.
    expect(table).toContain('<w:gridCol w:w="750"/>');
    expect(paragraphWithText(table, 'Năm 2025')).toContain('w:val="VbTieuDeBang"');
    expect(paragraphWithText(table, '405')).toContain('w:val="VbChuTrongBang"');
  });

  it('bold, italic and underline marks; hard breaks; extra indent', async () => {
    const doc = planFixture();
    doc.body = rt.doc([
      rt.paragraph([rt.text('Đậm', 'bold'), rt.text(' thường '), rt.text('nghiêng', 'italic'), { type: 'hardBreak' }, rt.text('gạch', 'underline')], { indent: 2 }),
    ]);
    const parts = await exported(doc);
    expect(parts.document).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Đậm<\/w:t><\/w:r>/);
    expect(parts.document).toMatch(/<w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">nghiêng<\/w:t>/);
    expect(parts.document).toMatch(/<w:rPr><w:u w:val="single"\/><\/w:rPr><w:br\/><w:t xml:space="preserve">gạch<\/w:t>/);
    expect(parts.document).toContain('<w:ind w:left="1134" w:firstLine="720"/>');
  });

  it('level-1 headings are centred capitals; "Phần II" keeps its case on its own line', async () => {
    const parts = await exported(reportFixture());
    expect(parts.document).toContain('KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025');
    expect(paragraphTexts(parts.document)).toContain('Phần IIPHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026');
    expect(styleXml(parts.styles, 'Heading1')).toContain('<w:jc w:val="center"/>');
    expect(styleXml(parts.styles, 'Heading2')).toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
  });

  it('text is written NFC, and characters XML forbids are dropped instead of corrupting the file', async () => {
    const doc = letterFixture();
    doc.body = rt.doc([rt.paragraph('Ủy ban'.normalize('NFD') + '\u0001\u000B ký <b> & "x"')]);
    const parts = await exported(doc);
    expect(parts.document).toContain('Ủy ban ký &lt;b&gt; &amp; &quot;x&quot;'.normalize('NFC'));
    expect(parts.document).not.toMatch(/[\u0001\u000B]/);
  });
});

describe('Word export: odd input the editor can still produce', () => {
  it('an empty body, an empty summary, empty list items, headings and tables still export', async () => {
    const doc = planFixture();
    doc.summary = '';
    doc.recipients = [];
    doc.body = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 } },
        { type: 'orderedList', attrs: { start: 0, type: null }, content: [{ type: 'listItem', content: [] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [rt.bulletList([[rt.paragraph('sâu')]])] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 3, colwidth: null }, content: [] }] }, { type: 'tableRow', content: [] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [rt.paragraph('x')] }] }] },
      ],
    };
    const parts = await exported(doc);
    expect(paragraphTexts(parts.document)).toContain('KẾ HOẠCH');
    expect(parts.document).not.toMatch(/<\/w:tbl><w:tbl>/);
    expect(parts.document).not.toMatch(/<w:tr>(<w:trPr>.*?<\/w:trPr>)?<\/w:tr>/);
    // A start of 0 is written as 1: Word has no item 0 in a "1." list.
    expect(parts.numbering).not.toContain('<w:start w:val="0"/>');
    expect(paragraphWithText(parts.document, 'sâu')).toMatch(/<w:numPr><w:ilvl w:val="1"\/>/);
  });

  it('an empty document body; a table without cells is left out; a merge past the last row is cut', async () => {
    const doc = minutesFixture();
    doc.body = rt.doc([]);
    await expect(exportDocumentToDocx(doc)).resolves.toBeInstanceOf(Buffer);
    doc.body = {
      type: 'doc',
      content: [
        { type: 'table', content: [{ type: 'tableRow', content: [] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { rowspan: 5 }, content: [rt.paragraph('gộp')] }, { type: 'tableCell', content: [] }] }] },
      ],
    };
    const parts = await exported(doc);
    // Header, the one real table, signature.
    expect(tables(parts.document)).toHaveLength(3);
    expect(tables(parts.document)[1]).not.toContain('vMerge');
  });
});

describe('Word export: signature', () => {
  it('minutes: THƯ KÝ left and CHỦ TRÌ right with their names, no Nơi nhận', async () => {
    const parts = await exported(minutesFixture());
    const signature = tables(parts.document).at(-1)!;
    const texts = paragraphTexts(signature).filter((text) => text !== '');
    expect(texts).toEqual(['THƯ KÝ', 'Phạm Thị Thu Hà', 'CHỦ TRÌ', 'Nguyễn Văn Hùng']);
    expect(parts.document).not.toContain('Nơi nhận');
    expect(signature).toMatch(/<w:tblBorders><w:top w:val="none"/);
  });

  it('KT.: TM. body, KT. principal, signer title in capitals, then the name; Nơi nhận on the left', async () => {
    const parts = await exported(reportFixture());
    const signature = tables(parts.document).at(-1)!;
    const texts = paragraphTexts(signature).filter((text) => text !== '');
    expect(texts).toEqual([
      'Nơi nhận:',
      '- Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam (b/c);',
      '- Thường trực Tỉnh ủy (b/c);',
      '- Lưu: VT, BTT.',
      'TM. BAN THƯỜNG TRỰC',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Lê Thị Mai',
    ]);
    expect(paragraphWithText(signature, 'Nơi nhận:')).toContain('w:val="VbNoiNhan"');
    expect(paragraphWithText(signature, 'Lê Thị Mai')).toContain('w:val="VbNguoiKy"');
    // Space for the signature and seal between the title and the name.
    const between = signature.split('PHÓ CHỦ TỊCH')[1]!.split('Lê Thị Mai')[0]!;
    expect(between.match(/<w:p>/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
  });

  it('TM. and TL. forms', async () => {
    const tm = paragraphTexts(tables((await exported(planFixture())).document).at(-1)!).filter(Boolean);
    expect(tm.slice(-3)).toEqual(['TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', 'Nguyễn Văn Hùng']);
    const tl = paragraphTexts(tables((await exported(conclusionFixture())).document).at(-1)!).filter(Boolean);
    expect(tl.slice(-3)).toEqual(['TL. BAN THƯỜNG TRỰC', 'CHÁNH VĂN PHÒNG', 'Phạm Thị Thu Hà']);
  });

  it('recipients typed with their own dashes and punctuation are written once', async () => {
    const doc = letterFixture();
    doc.recipients = ['- Như trên;', 'Lưu: VT.'];
    const texts = paragraphTexts(tables((await exported(doc)).document).at(-1)!);
    expect(texts).toContain('- Như trên;');
    expect(texts).toContain('- Lưu: VT.');
  });

  it('a body ending in a table still gets a paragraph between it and the signature table', async () => {
    const parts = await exported(planFixture());
    expect(parts.document).not.toMatch(/<\/w:tbl><w:tbl>/);
  });
});

describe('defaultExportFileName', () => {
  it('date, type and summary in ASCII with a capital first letter', () => {
    expect(defaultExportFileName(minutesFixture())).toBe('2026-01-05 Bien ban hoi nghi tong ket cong tac mat tran nam 2025.docx');
    const doc = minutesFixture();
    doc.summary = 'Hội nghị tổng kết';
    expect(defaultExportFileName(doc)).toBe('2026-01-05 Bien ban hoi nghi tong ket.docx');
  });

  it('letters drop "V/v"; characters Windows forbids never appear; at most 80 characters', () => {
    const name = defaultExportFileName(letterFixture());
    // Cut before "năm 2025", never between "năm" and its year.
    expect(name).toBe('2026-01-12 Cong van de nghi bao cao ket qua van dong quy vi nguoi ngheo.docx');
    expect(name.length).toBeLessThanOrEqual(80);
    const doc = conclusionFixture();
    doc.summary = 'Kết luận: "A/B" <C> * ? | \\ Đảng ủy. ';
    const odd = defaultExportFileName(doc);
    expect(odd).not.toMatch(/[\\/:*?"<>|]/);
    expect(odd).toBe('2026-03-04 Thong bao ket luan a b c dang uy.docx');
  });

  it('no summary: date and type only', () => {
    const doc = planFixture();
    doc.summary = '';
    expect(defaultExportFileName(doc)).toBe('2026-02-09 Ke hoach.docx');
  });

  /** The name of a document of 10/01/2023 of this kind with this summary. */
  const named = (kind: DocumentRecord['kind'], summary: string, accented = false) =>
    defaultExportFileName({ kind, summary, documentDate: '2023-01-10' }, { accented });

  it('a long summary is cut where a phrase ends, never inside a word of several syllables', () => {
    // The first real use: "…nam 2022, trien.docx" (triển | khai cut apart, a comma left at the end).
    expect(named('bien_ban', 'Hội nghị tổng kết công tác Mặt trận năm 2022, triển khai nhiệm vụ năm 2023')).toBe(
      '2023-01-10 Bien ban hoi nghi tong ket cong tac mat tran nam 2022.docx',
    );
    // Before "năm" when it fits; else never "…thanh pho hai.docx" nor "…thanh pho.docx": a place stays whole.
    expect(named('bien_ban', 'Hội nghị tổng kết công tác Mặt trận thành phố Hải Phòng năm 2022, triển khai nhiệm vụ năm 2023')).toBe(
      '2023-01-10 Bien ban hoi nghi tong ket cong tac mat tran thanh pho hai phong.docx',
    );
    expect(named('thong_bao_ket_luan', 'Hội nghị tổng kết công tác Mặt trận thành phố Hải Phòng năm 2022, triển khai nhiệm vụ năm 2023')).toBe(
      '2023-01-10 Thong bao hoi nghi tong ket cong tac mat tran.docx',
    );
    // A person's name is never split: the cut falls after the comma that ends it.
    expect(
      named('thong_bao_ket_luan', 'Kết luận của đồng chí Nguyễn Văn Khanh, Chủ tịch Ủy ban MTTQ Việt Nam thành phố tại Hội nghị giao ban'),
    ).toBe('2023-01-10 Thong bao ket luan cua dong chi nguyen van khanh.docx');
  });

  it('never ends on punctuation, an open bracket or a word that announces what follows', () => {
    const names = [
      named('bao_cao', 'Kết quả công tác Mặt trận, các tổ chức thành viên; phương hướng, nhiệm vụ trọng tâm năm 2026 của Ủy ban'),
      named('ke_hoach', 'Tổ chức Hội nghị trực tuyến (điểm cầu chính tại Hội trường Ủy ban MTTQ Việt Nam thành phố Hải Phòng)'),
      named('giay_moi', 'Dự Hội nghị sơ kết 6 tháng đầu năm 2024 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hải Phòng'),
    ];
    for (const name of names) {
      expect(name.length, name).toBeLessThanOrEqual(80);
      expect(name, name).toMatch(/[\p{L}\d]\.docx$/u);
      expect(name, name).not.toMatch(/ (cua|va|tai|ve|nam|voi|cho)\.docx$/);
      expect((name.match(/\(/g) ?? []).length, name).toBe((name.match(/\)/g) ?? []).length);
    }
    expect(names[1]).toBe('2023-01-10 Ke hoach to chuc hoi nghi truc tuyen.docx');
    expect(names[2]).toBe('2023-01-10 Giay moi du hoi nghi so ket 6 thang dau nam 2024.docx');
  });

  it('in full Vietnamese when the committee chose it: diacritics and capitals as typed, cut the same way', () => {
    expect(named('bien_ban', 'Hội nghị tổng kết công tác Mặt trận năm 2022, triển khai nhiệm vụ năm 2023', true)).toBe(
      '2023-01-10 Biên bản Hội nghị tổng kết công tác Mặt trận năm 2022.docx',
    );
    // "Dự Hội nghị…" is a sentence of its own on the invitation; in the name it follows "Giấy mời".
    expect(named('giay_moi', 'Dự Hội nghị tổng kết công tác Mặt trận năm 2025', true)).toBe('2023-01-10 Giấy mời dự Hội nghị tổng kết công tác Mặt trận năm 2025.docx');
    expect(named('cong_van', 'V/v đề nghị báo cáo kết quả vận động Quỹ “Vì người nghèo”', true)).toBe(
      '2023-01-10 Công văn đề nghị báo cáo kết quả vận động Quỹ “Vì người nghèo”.docx',
    );
    const decomposed = named('thong_bao_ket_luan', 'Kết luận: "Đảng ủy" <xã>'.normalize('NFD'), true);
    expect(decomposed).toBe('2023-01-10 Thông báo kết luận Đảng ủy xã.docx');
    expect(decomposed).toBe(decomposed.normalize('NFC'));
  });
});

describe('writeFileSafely', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'export-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the file whole and leaves nothing else', async () => {
    const target = path.join(dir, 'ok', 'Báo cáo.docx');
    await rm(path.dirname(target), { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(target)));
    const data = await exportDocumentToDocx(reportFixture());
    await writeFileSafely(target, data);
    expect(Buffer.compare(await readFile(target), data)).toBe(0);
    expect(await readdir(path.dirname(target))).toEqual(['Báo cáo.docx']);
  });

  it('replaces an existing file only when allowed', async () => {
    const target = path.join(dir, 'existing.docx');
    await writeFile(target, 'old');
    await expect(writeFileSafely(target, Buffer.from('new'), { overwrite: false })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await readFile(target, 'utf8')).toBe('old');
    await writeFileSafely(target, Buffer.from('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('an unwritable target (a folder that is really a file) gives a Vietnamese AppError and leaves no file behind', async () => {
    const notAFolder = path.join(dir, 'plain-file');
    await writeFile(notAFolder, 'x');
    const before = await readdir(dir);
    const error = await writeFileSafely(path.join(notAFolder, 'out.docx'), Buffer.from('data')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/^Không lưu được tệp vào thư mục .*plain-file/);
    expect(await readdir(dir)).toEqual(before);
  });

  it('a read-only folder: the clear message, no temporary file left', async () => {
    // Tests run as root, which chmod cannot stop; the file system's refusal is injected instead.
    const fsPromises = (await import('node:fs')).promises;
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const spy = vi.spyOn(fsPromises, 'open').mockRejectedValueOnce(denied);
    try {
      const locked = path.join(dir, 'locked');
      await mkdir(locked);
      const error = await writeFileSafely(path.join(locked, 'out.docx'), Buffer.from('data')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toContain('thư mục chỉ cho phép đọc');
      expect((error as AppError).message).toContain(locked);
      expect(await readdir(locked)).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });

  it('a failure after the temporary file was written (rename onto a folder) removes the temporary file', async () => {
    const target = path.join(dir, 'a-folder.docx');
    const fs = await import('node:fs/promises');
    await fs.mkdir(path.join(target, 'inside'), { recursive: true });
    const error = await writeFileSafely(target, Buffer.from('data')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
