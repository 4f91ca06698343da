/**
 * The .docx reader: paragraphs and tables in order, Word's own list numbers, direct formatting,
 * text boxes read once, deleted revisions and field codes left out; files that are not a .docx
 * refused with a Vietnamese sentence; and the app's own minutes read back to the same meeting.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocumentToDocx } from '../../electron/core/export';
import { analyseDocx, docxText } from '../../electron/core/intake';
import { DOCX_MESSAGES, readDocx } from '../../electron/core/intake/docx/read-docx';
import { getDocument } from '../../electron/core/services/documents-access';
import { getMeeting } from '../../electron/core/services/meetings';
import { seedDemoData, type DemoIds } from '../../electron/core/demo';
import { AppError } from '../../electron/core/errors';
import { openTestCore, type TestCore } from '../support/core';
import { textToDocx } from '../support/intake-docx-builder';
import { roundTripDifferences } from '../support/intake-roundtrip';
import { expectVietnameseMessage } from '../support/vietnamese';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

/** A .docx made by hand, for what the docx library cannot write (text boxes, revisions, fields). */
async function handMadeDocx(body: string, numbering?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  if (numbering) zip.file('word/numbering.xml', `<?xml version="1.0"?><w:numbering ${W}>${numbering}</w:numbering>`);
  return zip.generateAsync({ type: 'uint8array' });
}

const p = (text: string, props = '') => `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

async function refusal(bytes: Uint8Array): Promise<string> {
  const error = await readDocx(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const message = (error as AppError).message;
  expect((error as AppError).code).toBe('VALIDATION');
  expectVietnameseMessage(message);
  return message;
}

describe('reading Word files', () => {
  it('reads paragraphs and tables in order, with the numbers Word computes for lists', async () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>';
    const item = (id: number, level: number, text: string) => p(text, `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${id}"/></w:numPr>`);
    const bytes = await handMadeDocx(
      [
        p('Nội dung:'),
        item(1, 0, 'Báo cáo kết quả'),
        item(1, 1, 'Phần một'),
        item(1, 1, 'Phần hai'),
        item(1, 0, 'Ý kiến thảo luận'),
        item(2, 0, 'Đồng chí A'),
        item(3, 0, 'Tiếp theo từ 4'),
        '<w:tbl><w:tr><w:tc>' + p('Họ và tên') + '</w:tc><w:tc>' + p('Chức vụ') + '</w:tc></w:tr>' +
          '<w:tr><w:tc>' + p('Nguyễn Văn An') + '</w:tc><w:tc>' + p('Chủ tịch Hội Nông dân xã') + '</w:tc></w:tr></w:tbl>',
      ].join(''),
      numbering,
    );
    expect(await docxText(bytes)).toBe(
      ['Nội dung:', '1. Báo cáo kết quả', 'a) Phần một', 'b) Phần hai', '2. Ý kiến thảo luận', '- Đồng chí A', '4. Tiếp theo từ 4', 'Thành phần:', '- Nguyễn Văn An, Chủ tịch Hội Nông dân xã'].join('\n'),
    );
  });

  it('keeps direct formatting: bold, italic, centred', async () => {
    const bytes = await handMadeDocx(
      '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>BIÊN BẢN</w:t></w:r></w:p>' +
        '<w:p><w:r><w:rPr><w:i/><w:b w:val="0"/></w:rPr><w:t>Quảng Ninh, ngày 05 tháng 01 năm 2026</w:t></w:r></w:p>',
    );
    const { blocks } = await readDocx(bytes);
    expect(blocks).toMatchObject([
      { type: 'paragraph', text: 'BIÊN BẢN', bold: true, align: 'center' },
      { type: 'paragraph', text: 'Quảng Ninh, ngày 05 tháng 01 năm 2026', bold: false, italic: true },
    ]);
  });

  it('reads a text box once, and leaves out deleted revisions and field codes', async () => {
    const box = (text: string) => `<w:txbxContent>${p(text)}</w:txbxContent>`;
    const bytes = await handMadeDocx(
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box('Trong khung')}</w:drawing></mc:Choice>` +
        `<mc:Fallback><w:pict>${box('Trong khung')}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
        '<w:p><w:r><w:t>Hội nghị </w:t></w:r><w:del><w:r><w:delText>sơ kết</w:delText></w:r></w:del><w:ins><w:r><w:t>tổng kết</w:t></w:r></w:ins></w:p>' +
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    );
    expect(await docxText(bytes)).toBe(['Trong khung', '', 'Hội nghị tổng kết', '2'].join('\n'));
  });

  it('refuses what is not a .docx, each with its own Vietnamese sentence', async () => {
    expect(await refusal(new Uint8Array())).toBe(DOCX_MESSAGES.empty);
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    expect(await refusal(new Uint8Array([...ole, ...new Array(504).fill(0)]))).toBe(DOCX_MESSAGES.legacyDoc);
    // A password-protected .docx is an OLE file holding an "EncryptedPackage" stream.
    const name = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);
    expect(await refusal(new Uint8Array([...ole, ...new Array(100).fill(0), ...name, 0, 0]))).toBe(DOCX_MESSAGES.encrypted);
    expect(await refusal(new TextEncoder().encode('Biên bản hội nghị, chỉ là chữ'))).toBe(DOCX_MESSAGES.notDocx);
    expect(await refusal(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toBe(DOCX_MESSAGES.notDocx);
    const good = new Uint8Array(await textToDocx('Hội nghị giao ban tháng 3'));
    expect(await refusal(good.slice(0, Math.floor(good.length / 2)))).toBe(DOCX_MESSAGES.damaged);
    const excel = new JSZip();
    excel.file('xl/workbook.xml', '<workbook/>');
    expect(await refusal(await excel.generateAsync({ type: 'uint8array' }))).toMatch(/Excel/);
    const other = new JSZip();
    other.file('readme.txt', 'không phải Word');
    expect(await refusal(await other.generateAsync({ type: 'uint8array' }))).toBe(DOCX_MESSAGES.notDocx);
    expect(await refusal(await handMadeDocx('<w:p><w:r><w:t>không đóng thẻ'))).toBe(DOCX_MESSAGES.damaged);
  });
});

describe("the app's own minutes, exported to Word and read back", () => {
  let core: TestCore;
  let ids: DemoIds;
  beforeAll(() => {
    core = openTestCore();
    ids = seedDemoData(core.ctx);
  });
  afterAll(() => core.close());

  it.each(['trienKhai2021', 'giaoBan2024', 'khoiDanVan2020'] as const)('%s gives back the same meeting', async (which) => {
    const meetingId = ids.articleMeetings[which];
    // The demo's own minutes of the meeting (those of 2021 are issued: no second minutes can be drafted).
    const bytes = await exportDocumentToDocx(getDocument(core.ctx, ids.documents.minutes[which]));
    const proposal = await analyseDocx(new Uint8Array(bytes), { today: new Date('2026-03-10T09:00:00') });
    const meeting = getMeeting(core.ctx, meetingId);
    expect(roundTripDifferences(meeting, proposal)).toEqual([]);
    // Every attendee of the record comes back, absentees with their reasons, nobody else.
    expect(proposal.attendees.map((a) => a.fullName).sort()).toEqual(meeting.attendees.map((a) => a.fullName).sort());
  });
});
