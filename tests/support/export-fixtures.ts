/**
 * DocumentRecord fixtures, one per kind, for the Word export tests, the render check and the
 * benchmark. Their text follows real Front paperwork (samples/articles) so a rendered page looks
 * like what a secretariat would send.
 */
import type { DocumentKind } from '../../shared/domain';
import { rt, type BlockNode, type RichDoc, type TableCellNode, type TableNode } from '../../shared/rich-text';
import type { DocumentRecord } from '../../shared/schemas/document';

const HEADER = { parentBody: 'Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh', issuingBody: 'Ban Thường trực' };

function record(kind: DocumentKind, overrides: Partial<DocumentRecord>): DocumentRecord {
  return {
    id: 1,
    meetingId: null,
    meetingTitle: null,
    kind,
    reportKind: null,
    summary: '',
    header: HEADER,
    placeName: 'Quảng Ninh',
    documentDate: '2026-01-05',
    addressees: [],
    body: rt.doc([rt.paragraph('Nội dung.')]),
    signature: { authority: 'tm', authorityBody: 'Ban Thường trực', principalTitle: '', signerTitle: 'Chủ tịch', signerName: 'Nguyễn Văn Hùng' },
    minutesSigners: { secretaryName: '', chairName: '' },
    recipients: ['Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam (b/c)', 'Thường trực Tỉnh ủy (b/c)', 'Lưu: VT, BTT'],
    status: 'da_ban_hanh',
    number: 5,
    numberYear: 2026,
    numberSymbol: '05/BB-MTTQ-BTT',
    finalisedAt: null,
    finalisedBy: null,
    contentHash: null,
    issuedAt: null,
    createdAt: '2026-01-05T08:00:00.000Z',
    updatedAt: '2026-01-05T08:00:00.000Z',
    ...overrides,
  };
}

export function cell(text: string, attrs: TableCellNode['attrs'] = {}, header = false): TableCellNode {
  return { type: header ? 'tableHeader' : 'tableCell', attrs, content: [rt.paragraph(text)] };
}

/** A statistics table with a header cell spanning two columns and a cell spanning two rows. */
export function resultsTable(): TableNode {
  return {
    type: 'table',
    content: [
      { type: 'tableRow', content: [cell('TT', { rowspan: 2, colwidth: [50] }, true), cell('Nội dung', { rowspan: 2, colwidth: [300] }, true), cell('Kết quả', { colspan: 2 }, true)] },
      { type: 'tableRow', content: [cell('Năm 2024', {}, true), cell('Năm 2025', {}, true)] },
      { type: 'tableRow', content: [cell('1'), cell('Hộ nghèo được hỗ trợ xây nhà Đại đoàn kết'), cell('312'), cell('405')] },
      { type: 'tableRow', content: [cell('2'), cell('Quỹ "Vì người nghèo" vận động được (triệu đồng)'), cell('18.250'), cell('21.730')] },
      { type: 'tableRow', content: [cell('3'), cell('Khu dân cư đạt chuẩn văn hóa'), cell('1.126'), cell('1.148')] },
    ],
  };
}

const para = (text: string) => rt.paragraph(text);

export function minutesFixture(): DocumentRecord {
  return record('bien_ban', {
    summary: 'Hội nghị tổng kết công tác Mặt trận năm 2025',
    numberSymbol: '03/BB-MTTQ-BTT',
    signature: { authority: 'none', authorityBody: '', principalTitle: '', signerTitle: '', signerName: '' },
    minutesSigners: { secretaryName: 'Phạm Thị Thu Hà', chairName: 'Nguyễn Văn Hùng' },
    recipients: [],
    body: rt.doc([
      para('Vào lúc 08 giờ 00 phút, ngày 05 tháng 01 năm 2026, tại Hội trường Ủy ban MTTQ Việt Nam tỉnh, Ban Thường trực tổ chức Hội nghị tổng kết công tác Mặt trận năm 2025, triển khai nhiệm vụ năm 2026.'),
      rt.paragraph([rt.text('I. THÀNH PHẦN THAM DỰ', 'bold')], { indent: 0 }),
      para('Có mặt 45/52 đồng chí Ủy viên Ủy ban MTTQ Việt Nam tỉnh; vắng 07 đồng chí (có lý do).'),
      rt.paragraph([rt.text('Chủ trì: ', 'bold'), rt.text('đồng chí Nguyễn Văn Hùng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.')]),
      rt.paragraph([rt.text('Thư ký: ', 'bold'), rt.text('đồng chí Phạm Thị Thu Hà, Chánh Văn phòng.')]),
      rt.paragraph([rt.text('II. NỘI DUNG HỘI NGHỊ', 'bold')]),
      rt.orderedList([[para('Đồng chí Phó Chủ tịch trình bày báo cáo tổng kết công tác Mặt trận năm 2025.')], [para('Các đại biểu phát biểu tham luận.')]]),
      para('Hội nghị kết thúc vào 11 giờ 30 phút, ngày 05 tháng 01 năm 2026./.'),
    ]),
  });
}

export function conclusionFixture(): DocumentRecord {
  return record('thong_bao_ket_luan', {
    summary: 'Kết luận của đồng chí Chủ tịch Ủy ban MTTQ Việt Nam tỉnh tại Hội nghị giao ban quý IV năm 2025',
    numberSymbol: '12/TB-MTTQ-BTT',
    documentDate: '2026-03-04',
    signature: { authority: 'tl', authorityBody: 'Ban Thường trực', principalTitle: 'Ban Thường trực', signerTitle: 'Chánh Văn phòng', signerName: 'Phạm Thị Thu Hà' },
    recipients: ['Các đồng chí Ủy viên Ban Thường trực', 'Các tổ chức thành viên', 'Ủy ban MTTQ các xã, phường, đặc khu', 'Lưu: VT, VP'],
    body: rt.doc([
      para('Ngày 02 tháng 3 năm 2026, tại trụ sở Ủy ban MTTQ Việt Nam tỉnh, đồng chí Nguyễn Văn Hùng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì Hội nghị giao ban quý IV năm 2025. Dự hội nghị có các đồng chí Ủy viên Ban Thường trực và lãnh đạo các tổ chức thành viên.'),
      para('Sau khi nghe báo cáo kết quả công tác quý IV năm 2025, ý kiến phát biểu của các đại biểu, đồng chí Chủ tịch kết luận như sau:'),
      rt.orderedList([
        [
          rt.paragraph([rt.text('Đánh giá chung', 'bold')]),
          para('Trong quý IV, Ban Thường trực và các tổ chức thành viên đã bám sát chương trình phối hợp, tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư; vận động Quỹ "Vì người nghèo" vượt chỉ tiêu đề ra.'),
        ],
        [
          rt.paragraph([rt.text('Nhiệm vụ trọng tâm quý I năm 2026', 'bold')]),
          rt.orderedList(
            [
              [para('Văn phòng chủ trì, phối hợp các ban chuyên môn xây dựng kế hoạch tổ chức các hoạt động chào mừng Tết Nguyên đán Bính Ngọ; hoàn thành trước ngày 15/01/2026.')],
              [para('Hội Liên hiệp Phụ nữ tỉnh chủ trì vận động hỗ trợ hộ nghèo đón Tết; báo cáo kết quả trước ngày 20/02/2026.')],
            ],
            'a',
          ),
        ],
      ]),
      para('Giao Văn phòng theo dõi, đôn đốc thực hiện. Ban Thường trực thông báo để các cơ quan, đơn vị biết, thực hiện./.'),
    ]),
  });
}

export function reportFixture(pages = 1): DocumentRecord {
  const section: BlockNode[] = [
    rt.heading(1, 'Kết quả thực hiện nhiệm vụ năm 2025'),
    rt.heading(2, '1. Công tác tuyên truyền, vận động'),
    para('Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp với các tổ chức thành viên tuyên truyền, phổ biến các chủ trương của Đảng, chính sách, pháp luật của Nhà nước đến đoàn viên, hội viên và Nhân dân; tổ chức 1.250 buổi sinh hoạt tại khu dân cư với hơn 85.000 lượt người tham dự.'),
    rt.bulletList([[para('Tuyên truyền về sắp xếp đơn vị hành chính hai cấp.')], [para('Tuyên truyền Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI.')]]),
    rt.heading(2, '2. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"'),
    para('Kết quả cụ thể như sau:'),
    resultsTable(),
    para('Nhìn chung, các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch đề ra.'),
  ];
  const body: BlockNode[] = [];
  for (let i = 0; i < pages; i += 1) body.push(...section);
  body.push({ type: 'heading', attrs: { level: 1 }, content: [rt.text('Phần II'), { type: 'hardBreak' }, rt.text('Phương hướng nhiệm vụ năm 2026')] });
  body.push(para('Tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về khu dân cư./.'));
  return record('bao_cao', {
    reportKind: 'tong_ket',
    summary: 'Tổng kết công tác Mặt trận năm 2025, phương hướng nhiệm vụ năm 2026',
    numberSymbol: '25/BC-MTTQ-BTT',
    documentDate: '2026-01-05',
    addressees: ['Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam', 'Thường trực Tỉnh ủy Quảng Ninh'],
    signature: { authority: 'kt', authorityBody: 'Ban Thường trực', principalTitle: 'Chủ tịch', signerTitle: 'Phó Chủ tịch', signerName: 'Lê Thị Mai' },
    body: rt.doc(body),
  });
}

export function planFixture(): DocumentRecord {
  return record('ke_hoach', {
    summary: 'Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026',
    numberSymbol: '08/KH-MTTQ-BTT',
    documentDate: '2026-02-09',
    body: rt.doc([
      rt.paragraph([rt.text('Căn cứ Hướng dẫn số 91/HD-MTTW-BTT ngày 15/7/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam;', 'italic')]),
      rt.heading(2, 'I. MỤC ĐÍCH, YÊU CẦU'),
      rt.orderedList([[para('Phát huy truyền thống đoàn kết của cộng đồng dân cư.')], [para('Tổ chức thiết thực, tiết kiệm.')]], '1', 3),
      rt.heading(2, 'II. NỘI DUNG'),
      rt.orderedList([[para('Phần lễ.')], [para('Phần hội.')]], 'a'),
      rt.paragraph([rt.text('Kinh phí: '), rt.text('theo dự toán được duyệt', 'underline')], { indent: 1 }),
      resultsTable(),
    ]),
  });
}

export function invitationFixture(): DocumentRecord {
  return record('giay_moi', {
    summary: 'Dự Hội nghị tổng kết công tác Mặt trận năm 2025',
    numberSymbol: '    /GM-MTTQ-BTT',
    status: 'ban_nhap',
    number: null,
    documentDate: '2025-12-29',
    body: rt.doc([
      para('Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh trân trọng kính mời đồng chí tới dự Hội nghị tổng kết công tác Mặt trận năm 2025.'),
      rt.paragraph([rt.text('Thời gian: ', 'bold'), rt.text('08 giờ 00 phút, Thứ Hai, ngày 05 tháng 01 năm 2026.')]),
      rt.paragraph([rt.text('Địa điểm: ', 'bold'), rt.text('Hội trường Ủy ban MTTQ Việt Nam tỉnh.')]),
      para('Rất mong đồng chí tới dự đúng giờ./.'),
    ]),
  });
}

export function letterFixture(): DocumentRecord {
  return record('cong_van', {
    summary: 'Đề nghị báo cáo kết quả vận động Quỹ "Vì người nghèo" năm 2025',
    numberSymbol: '249/MTTQ-BTT',
    documentDate: '2026-01-12',
    addressees: ['Ủy ban MTTQ các xã, phường, đặc khu'],
    body: rt.doc([
      para('Để có cơ sở tổng hợp, báo cáo Ủy ban Trung ương MTTQ Việt Nam, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đề nghị Ủy ban MTTQ các xã, phường, đặc khu báo cáo kết quả vận động Quỹ "Vì người nghèo" năm 2025, gửi về Ban Thường trực trước ngày 20/01/2026.'),
      rt.paragraph([rt.text('Đề nghị các đơn vị quan tâm thực hiện./.')]),
    ]),
  });
}

export const FIXTURES: Record<DocumentKind, () => DocumentRecord> = {
  bien_ban: minutesFixture,
  thong_bao_ket_luan: conclusionFixture,
  bao_cao: () => reportFixture(2),
  ke_hoach: planFixture,
  giay_moi: invitationFixture,
  cong_van: letterFixture,
};

/** A long document for the benchmark: about 40 pages of sections with lists and a table. */
export function longReport(pages = 40): RichDoc {
  return reportFixture(Math.round(pages * 1.68)).body;
}
