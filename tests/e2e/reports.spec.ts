import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fs from 'node:fs';
import path from 'node:path';
import { createDemoDatabase, type DemoDatabase } from './support/demo-database';
import { launchBrowser, openApp, TestPlatform, type AppSession } from './support/app-harness';
import { selectOption } from './support/select-option';
import { typeWithComposition } from './support/vietnamese-input';
import { handlers } from '../../electron/core/handlers';

/** Ten days after the first half of 2026 closed: the demo's monthly report for June is late. */
const NOW = () => new Date('2026-07-10T09:00:00');

let browser: Browser;
let demo: DemoDatabase;
let app: AppSession;
let platform: TestPlatform;

test.beforeAll(async () => {
  browser = await launchBrowser();
});
test.afterAll(async () => {
  await browser.close();
});
test.beforeEach(async () => {
  demo = createDemoDatabase('mttq-e2e-reports-', NOW);
  platform = new TestPlatform();
  app = await openApp(browser, { databaseFile: demo.databaseFile, now: NOW, platform, viewport: { width: 1366, height: 768 } });
});
test.afterEach(async () => {
  await app.close();
  demo.remove();
});

test('the 6-month report of the demo data: compiled, a blank written, finalised, exported to Word and Excel', async () => {
  const page = app.page;
  const origin = new URL(page.url()).origin;

  // The home screen names the report owed upward, in red with its days late.
  await expect(page.getByRole('heading', { name: 'Trang chủ' })).toBeVisible();
  const duties = page.getByRole('list', { name: 'Báo cáo định kỳ phải gửi' }).or(page.getByLabel('Báo cáo định kỳ phải gửi'));
  await expect(duties.getByText('Quá hạn 10 ngày')).toBeVisible();

  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Báo cáo', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Báo cáo', exact: true })).toBeVisible();
  await selectOption(page, page.getByLabel('Loại báo cáo'), 'Báo cáo 6 tháng (sơ kết)');
  await page.getByRole('spinbutton', { name: 'Năm' }).fill('2026');
  await selectOption(page, page.getByLabel('Kỳ 6 tháng'), '6 tháng đầu năm');
  await expect(page.getByText('Kỳ báo cáo 6 tháng đầu năm 2026: từ ngày 01/01/2026 đến ngày 30/06/2026.')).toBeVisible();
  await page.getByRole('button', { name: 'Tổng hợp và soạn báo cáo' }).click();

  // The draft opens in the document editor, written from the records of the half-year.
  await expect(page.getByRole('heading', { level: 1, name: /^Báo cáo sơ kết: Sơ kết công tác Mặt trận 6 tháng đầu năm 2026/ })).toBeVisible();
  const editor = page.getByRole('textbox', { name: 'Nội dung văn bản' });
  await expect(editor).toContainText('đã tổ chức và tham gia 04 hội nghị, buổi làm việc');
  await expect(editor).toContainText('Hội nghị tổng kết công tác Mặt trận năm 2025, triển khai nhiệm vụ năm 2026');
  await expect(editor).toContainText('Bảng 1. Số liệu tổng hợp 6 tháng đầu năm 2026');
  const blanksBefore = Number(/Còn (\d+) chỗ cần bổ sung/.exec((await page.getByText(/^Còn \d+ chỗ cần bổ sung$/).textContent()) ?? '')?.[1]);
  expect(blanksBefore).toBeGreaterThan(5);

  // Write the "Ưu điểm" blank: select its paragraph and type over it.
  const blank = editor.locator('p', { hasText: '[Cần bổ sung: Nêu những kết quả nổi bật' });
  await blank.click({ clickCount: 3 });
  await page.keyboard.type('Công tác phối hợp với các tổ chức thành viên có chuyển biến rõ nét; 100% kết luận được giao thành nhiệm vụ.', { delay: 5 });
  await expect(editor).toContainText('100% kết luận được giao thành nhiệm vụ.');
  await expect(page.getByText(`Còn ${blanksBefore - 1} chỗ cần bổ sung`)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu tự động' })).toBeVisible();

  // The figures tab shows what the text was written from, each line leading to its record.
  await page.getByRole('tab', { name: 'Số liệu' }).click();
  await expect(page.getByText('Chưa chốt: số liệu chỉ thay đổi khi bấm “Cập nhật số liệu”')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Hội nghị chuyên đề về giám sát thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế năm 2026' })).toBeVisible();

  // Finalise: the dialog says how many blanks are left; the figures freeze.
  await page.getByRole('button', { name: 'Hoàn thiện' }).click();
  const finalise = page.getByRole('dialog', { name: 'Hoàn thiện văn bản' });
  await expect(finalise).toContainText(`Văn bản còn ${blanksBefore - 1} chỗ “[Cần bổ sung: …]” chưa viết.`);
  await finalise.getByLabel('Người hoàn thiện').fill('Vũ Thị Hồng Nhung');
  await finalise.getByRole('button', { name: 'Hoàn thiện và khóa' }).click();
  await expect(page.getByText('Đã hoàn thiện', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cập nhật số liệu' })).toBeDisabled();
  await expect(page.getByText(/^Đã chốt lúc /)).toBeVisible();

  // Word: the user's sentence, the statistics as real tables with their header row repeated.
  const docxPath = path.join(demo.dir, 'bao-cao-6-thang.docx');
  platform.nextSavePath = docxPath;
  await page.getByRole('button', { name: 'Xuất Word' }).click();
  await expect(page.getByText('Đã xuất văn bản ra Word')).toBeVisible();
  const xml = await (await JSZip.loadAsync(fs.readFileSync(docxPath))).file('word/document.xml')!.async('string');
  expect(xml).toContain('100% kết luận được giao thành nhiệm vụ.');
  expect(xml).toContain('BÁO CÁO');
  expect(xml).toContain('So với cùng kỳ');
  expect(xml).toContain('<w:tblHeader/>');
  expect(xml).not.toContain('Nêu những kết quả nổi bật');

  // Excel: the annex of the frozen figures, read back.
  const xlsxPath = path.join(demo.dir, 'phu-luc.xlsx');
  platform.nextSavePath = xlsxPath;
  await page.getByRole('button', { name: 'Xuất phụ lục Excel' }).click();
  await expect(page.getByText('Đã xuất phụ lục số liệu ra Excel')).toBeVisible();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(xlsxPath) as unknown as ArrayBuffer);
  expect(workbook.getWorksheet('Tổng hợp')!.getRow(5).values).toEqual([undefined, 1, 'Hội nghị, buổi làm việc đã tổ chức', 4, 2, 4, 100]);

  // The report is listed under Báo cáo with its period and frozen figures.
  await page.goto(`${origin}/index.html#/bao-cao`);
  await expect(page.getByRole('cell', { name: '6 tháng đầu năm 2026', exact: true })).toBeVisible();
  await expect(page.getByText(/^Đã chốt /)).toBeVisible();
});

test('the weekly schedule lists the week and exports it to Word in landscape', async () => {
  const page = app.page;
  const origin = new URL(page.url()).origin;
  // A link to a week opens it; the demo's meeting of 18/06/2026 is in it.
  await page.goto(`${origin}/index.html#/bao-cao/lich-tuan/2026-06-18`);
  await expect(page.getByText('Lịch công tác tuần từ ngày 15/06/2026 đến ngày 21/06/2026')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Hội nghị chuyên đề về giám sát thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế năm 2026' })).toBeVisible();
  const target = path.join(demo.dir, 'lich-tuan.docx');
  platform.nextSavePath = target;
  await page.getByRole('button', { name: 'Xuất Word' }).click();
  await expect(page.getByText('Đã xuất lịch công tác tuần ra Word')).toBeVisible();
  expect(platform.offeredNames.at(-1)).toBe('2026-06-15 Lich cong tac tuan 15-06-2026 - 21-06-2026.docx');
  const xml = await (await JSZip.loadAsync(fs.readFileSync(target))).file('word/document.xml')!.async('string');
  expect(xml).toContain('w:orient="landscape"');
  expect(xml).toContain('LỊCH CÔNG TÁC TUẦN');
  expect(xml).toContain('<w:tblHeader/>');
  // The buttons move a week at a time.
  await page.getByRole('button', { name: 'Tuần sau' }).click();
  await expect(page.getByText('Lịch công tác tuần từ ngày 22/06/2026 đến ngày 28/06/2026')).toBeVisible();
  await expect(page.getByText('Tuần này chưa có hội nghị, buổi làm việc nào trong hồ sơ.')).toBeVisible();

  // A day of the week typed by hand, as staff type dates: its week is shown.
  const day = page.getByLabel('Ngày trong tuần cần xem', { exact: true });
  await day.fill('18/6/2026');
  await day.press('Enter');
  await expect(page.getByText('Lịch công tác tuần từ ngày 15/06/2026 đến ngày 21/06/2026')).toBeVisible();
  await expect(day).toHaveValue('15/06/2026');
  // A day that does not exist stays as typed with its reason; the week shown does not move.
  await day.fill('31/6/2026');
  await day.press('Enter');
  await expect(page.getByText('Tháng 6 chỉ có 30 ngày.')).toBeVisible();
  await expect(day).toHaveValue('31/6/2026');
  await expect(page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)')).toHaveCount(0);
  await expect(page.getByText('Lịch công tác tuần từ ngày 15/06/2026 đến ngày 21/06/2026')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('lich-tuan-go-ngay.png') });
  // Moving a week clears what was typed.
  await page.getByRole('button', { name: 'Tuần sau' }).click();
  await expect(page.getByText('Lịch công tác tuần từ ngày 22/06/2026 đến ngày 28/06/2026')).toBeVisible();
  await expect(day).toHaveValue('22/06/2026');
});

test('a duty owed upward is written in one click from the home screen, and then offers its report', async () => {
  const page = app.page;
  await expect(page.getByRole('heading', { name: 'Trang chủ' })).toBeVisible();
  const duty = (await handlers['reports:duties'](app.core, undefined)).items.find((d) => d.overdue && !d.report);
  expect(duty).toBeDefined();
  const write = page.getByRole('button', { name: `Soạn báo cáo ${duty!.period.label}: ${duty!.title}` });
  await write.click();

  // The draft opens in the editor; back home, the duty points at it instead of offering to write it again.
  await expect(page.getByRole('textbox', { name: 'Nội dung văn bản' })).toBeVisible();
  await expect(page.getByText('Đã soạn bản nháp báo cáo', { exact: false }).first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Trang chủ', { exact: true }).click();
  await expect(page.getByRole('button', { name: `Mở báo cáo: ${duty!.title}` })).toBeVisible();
  await expect(write).toHaveCount(0);
});

test('"Cập nhật số liệu" keeps a paragraph written into a blank, in its section, on screen and in the database', async () => {
  const page = app.page;
  const editor = await compileFirstHalf2026(page);

  const written = 'Ban Thường trực phối hợp chặt chẽ với chính quyền trong giám sát chính sách bảo hiểm xã hội.';
  await editor.locator('p', { hasText: '[Cần bổ sung: Nêu những kết quả nổi bật' }).click({ clickCount: 3 });
  await page.keyboard.type(written, { delay: 2 });
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu tự động' })).toBeVisible();

  await page.getByRole('button', { name: 'Cập nhật số liệu' }).click();
  await page.getByRole('dialog', { name: 'Cập nhật số liệu của báo cáo?' }).getByRole('button', { name: 'Cập nhật số liệu' }).click();
  await expect(page.getByText('Đã cập nhật số liệu của báo cáo.')).toBeVisible();
  await expect(editor).toContainText(written);
  // Written once, where it was: before the "Hạn chế" heading, and the blank it replaced not back.
  await expect(editor.locator('p', { hasText: written })).toHaveCount(1);
  await expect(editor.locator('p', { hasText: '[Cần bổ sung: Nêu những kết quả nổi bật' })).toHaveCount(0);
  const stored = storedReportBody();
  expect(stored).toContain(written);
  // Typed over the italic guidance, the paragraph is plain text (it goes to Word as body text).
  expect(marksOfParagraph(stored, written)).toEqual([]);
});

/** The 6-month report of the first half of 2026 compiled from the "Báo cáo" screen; its editor. */
async function compileFirstHalf2026(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Báo cáo', exact: true }).click();
  await selectOption(page, page.getByLabel('Loại báo cáo'), 'Báo cáo 6 tháng (sơ kết)');
  await page.getByRole('spinbutton', { name: 'Năm' }).fill('2026');
  await selectOption(page, page.getByLabel('Kỳ 6 tháng'), '6 tháng đầu năm');
  await page.getByRole('button', { name: 'Tổng hợp và soạn báo cáo' }).click();
  const editor = page.getByRole('textbox', { name: 'Nội dung văn bản' });
  await expect(editor).toContainText('Bảng 1. Số liệu tổng hợp 6 tháng đầu năm 2026');
  return editor;
}

/** The body of the newest report as stored. */
function storedReportBody(): string {
  return app.core.db.prepare("SELECT body_json FROM documents WHERE kind = 'bao_cao' ORDER BY id DESC LIMIT 1").pluck().get() as string;
}

/** The marks on the text of the stored paragraph that reads `text`. */
function marksOfParagraph(bodyJson: string, text: string): string[] {
  const body = JSON.parse(bodyJson) as { content: Array<{ content?: Array<{ text?: string; marks?: Array<{ type: string }> }> }> };
  const paragraph = body.content.find((block) => (block.content ?? []).map((node) => node.text ?? '').join('') === text);
  if (!paragraph) throw new Error(`no paragraph reads ${text}`);
  return [...new Set((paragraph.content ?? []).flatMap((node) => (node.marks ?? []).map((mark) => mark.type)))];
}

test('a blank written through an input method\'s composition is plain text too', async () => {
  const page = app.page;
  const editor = await compileFirstHalf2026(page);
  await editor.locator('p', { hasText: '[Cần bổ sung: Nêu nguyên nhân khách quan' }).click({ clickCount: 3 });
  await typeWithComposition(page, ['N', 'Ng', 'Ngu', 'Nguy', 'Nguyê', 'Nguyên']);
  await page.keyboard.type(' nhân chủ quan là chưa đôn đốc thường xuyên.', { delay: 2 });
  const written = 'Nguyên nhân chủ quan là chưa đôn đốc thường xuyên.';
  await expect(editor.locator('p', { hasText: written })).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu tự động' })).toBeVisible();
  const stored = storedReportBody();
  expect(marksOfParagraph(stored, written)).toEqual([]);
});
