import { expect, test, type Browser } from '@playwright/test';
import JSZip from 'jszip';
import fs from 'node:fs';
import path from 'node:path';
import type { DemoIds } from '../../electron/core/demo';
import { createDemoDatabase, type DemoDatabase } from './support/demo-database';
import { launchBrowser, openApp, TestPlatform, type AppSession } from './support/app-harness';
import { typeLikeUnikey, typeWithComposition } from './support/vietnamese-input';

let browser: Browser;
let dir: string;
let demo: DemoDatabase;
let app: AppSession;
let ids: DemoIds;
let platform: TestPlatform;

test.beforeAll(async () => {
  browser = await launchBrowser();
});
test.afterAll(async () => {
  await browser.close();
});
test.beforeEach(async () => {
  demo = createDemoDatabase('mttq-e2e-docs-');
  ids = demo.ids;
  dir = demo.dir;
  const { databaseFile } = demo;
  platform = new TestPlatform();
  app = await openApp(browser, { databaseFile, platform });
});
test.afterEach(async () => {
  await app.close();
  demo.remove();
});

test('minutes drafted from a meeting, edited in Vietnamese with a table, finalised and exported to Word', async () => {
  const page = app.page;
  await page.goto(`${new URL(page.url()).origin}/index.html#/hoi-nghi/${ids.articleMeetings.giaoBan2024}`);
  await page.getByRole('tab', { name: 'Văn bản đã soạn', exact: true }).click();
  await page.getByRole('button', { name: 'Tạo biên bản' }).click();
  // The demo already drafted minutes of this meeting: offered first, a new draft only when asked for.
  const existing = page.getByRole('dialog', { name: 'Hội nghị này đã có một biên bản đang soạn' });
  await expect(existing.getByRole('button', { name: 'Mở biên bản' })).toBeVisible();
  await existing.getByRole('button', { name: 'Vẫn tạo bản nháp mới' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Biên bản hội nghị/ })).toBeVisible();

  // The draft already holds the meeting: chair with the title held that day, numbered conclusions.
  const editor = page.getByRole('textbox', { name: 'Nội dung văn bản' });
  await expect(editor).toContainText('Đỗ Mạnh Hiến');
  await expect(editor).toContainText('Hội nghị kết thúc vào');

  // Type a new paragraph at the end, keystroke by keystroke, as a Vietnamese keyboard sends it.
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
  await typeLikeUnikey(page, ['Thực hiện Nghi', { replace: 1, with: 'ị' }, ' ']);
  await typeWithComposition(page, ['q', 'qu', 'quy', 'quye', 'quyê', 'quyêt', 'quyết']);
  await page.keyboard.type(' số 56-NQ/TU.', { delay: 15 });
  await expect(editor).toContainText('Thực hiện Nghị quyết số 56-NQ/TU.');

  // Add a table and fill its first cells.
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Chèn bảng' }).click();
  await page.waitForTimeout(150);
  await page.keyboard.type('Chỉ tiêu', { delay: 10 });
  await page.keyboard.press('Tab');
  await page.keyboard.type('Kết quả', { delay: 10 });
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu tự động' })).toBeVisible();

  // Finalise: the document locks, with who and when.
  await page.getByRole('button', { name: 'Hoàn thiện' }).click();
  const finalise = page.getByRole('dialog', { name: 'Hoàn thiện văn bản' });
  await finalise.getByLabel('Người hoàn thiện').fill('Vũ Thị Hồng Nhung');
  await finalise.getByRole('button', { name: 'Hoàn thiện và khóa' }).click();
  await expect(page.getByText('Đã hoàn thiện', { exact: true })).toBeVisible();
  await expect(page.getByText(/Hoàn thiện bởi Vũ Thị Hồng Nhung/)).toBeVisible();
  await expect(editor).toHaveAttribute('contenteditable', 'false');

  // The preview draws the very file that will be exported.
  await page.getByRole('button', { name: 'Xem trước' }).click();
  const preview = page.getByLabel('Trang xem trước');
  await expect(preview).toContainText('BIÊN BẢN');
  await expect(preview).toContainText('Nghị quyết số 56-NQ/TU');
  await page.keyboard.press('Escape');

  // Export: the "user" picks a file in the save dialog.
  const target = path.join(dir, 'Bien ban giao ban.docx');
  platform.nextSavePath = target;
  await page.getByRole('button', { name: 'Xuất Word' }).click();
  await expect(page.getByText('Đã xuất văn bản ra Word')).toBeVisible();
  expect(platform.offeredNames[0]).toMatch(/^2024-07-03 Bien ban .*\.docx$/);
  await page.getByRole('button', { name: 'Mở thư mục' }).click();
  await expect.poll(() => platform.shownFiles).toEqual([target]);

  const zip = await JSZip.loadAsync(fs.readFileSync(target));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('Nghị quyết số 56-NQ/TU.');
  expect(xml).toContain('BIÊN BẢN');
  expect(xml).toContain('THƯ KÝ');
  expect(xml).toContain('CHỦ TRÌ');
  expect(xml).toContain('Chỉ tiêu');
  // Header table, the table typed in the editor, and the signature table.
  expect(xml.match(/<w:tbl>/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
  // Minutes carry no place-and-date line.
  expect(xml).not.toMatch(/Hải Phòng, ngày/);
});

test('cancelling the save dialog writes nothing and says nothing went wrong', async () => {
  const page = app.page;
  await page.goto(`${new URL(page.url()).origin}/index.html#/van-ban/${ids.documents.conclusionNotices.giaoBan2024}`);
  await expect(page.getByRole('button', { name: 'Xuất Word' })).toBeVisible();
  platform.nextSavePath = null;
  await page.getByRole('button', { name: 'Xuất Word' }).click();
  await expect.poll(() => platform.offeredNames.length).toBe(1);
  await expect(page.getByText('Đã xuất văn bản ra Word')).toHaveCount(0);
  await expect(page.getByText('Chưa xuất được văn bản')).toHaveCount(0);
  expect(fs.readdirSync(dir).filter((f) => f.endsWith('.docx'))).toEqual([]);
});

test('issuing takes the next number of the register, refuses a gap, and an unlock is recorded with its reason', async () => {
  const page = app.page;
  const origin = new URL(page.url()).origin;

  // A finalised conclusion notice of 2024: the TB register of 2024 is empty, so the next number is 01.
  await page.goto(`${origin}/index.html#/van-ban/${ids.documents.finalised}`);
  await page.getByRole('button', { name: 'Ban hành' }).click();
  const issue = page.getByRole('dialog', { name: 'Ban hành văn bản' });
  await expect(issue).toContainText('Số: 01/TB-MTTQ-BTT');
  await issue.getByLabel('Nhập số khác').fill('5');
  await issue.getByLabel('Người ban hành').fill('Vũ Thị Hồng Nhung');
  await issue.getByRole('button', { name: 'Cấp số và ban hành' }).click();
  await expect(issue).toContainText('01');
  await expect(issue.getByRole('alert')).toBeVisible();
  await issue.getByLabel('Nhập số khác').fill('');
  await issue.getByRole('button', { name: 'Cấp số và ban hành' }).click();
  await expect(page.getByText('Đã ban hành', { exact: true })).toBeVisible();
  await expect(page.getByText('Số: 01/TB-MTTQ-BTT')).toBeVisible();
  // An issued document can neither be unlocked nor deleted.
  await expect(page.getByRole('button', { name: 'Mở khóa' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Xóa văn bản' })).toHaveCount(0);

  // Another document: finalise, then unlock with a reason; the log keeps both.
  await page.goto(`${origin}/index.html#/van-ban/${ids.documents.minutes.khoiDanVan2020}`);
  await page.getByRole('button', { name: 'Hoàn thiện' }).click();
  const finalise = page.getByRole('dialog', { name: 'Hoàn thiện văn bản' });
  await finalise.getByLabel('Người hoàn thiện').fill('Vũ Thị Hồng Nhung');
  await finalise.getByRole('button', { name: 'Hoàn thiện và khóa' }).click();
  await page.getByRole('button', { name: 'Mở khóa' }).click();
  const unlock = page.getByRole('dialog', { name: 'Mở khóa văn bản đã hoàn thiện' });
  await unlock.getByLabel('Lý do mở khóa').fill('Bổ sung ý kiến của Hội Nông dân');
  await unlock.getByRole('button', { name: 'Mở khóa' }).click();
  await expect(page.getByText('Bản nháp', { exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Nhật ký' }).click();
  await expect(page.getByText('Mở khóa văn bản', { exact: true })).toBeVisible();
  await expect(page.getByText('Bổ sung ý kiến của Hội Nông dân')).toBeVisible();
  await expect(page.getByText('Hoàn thiện, khóa văn bản', { exact: true })).toBeVisible();
});

test('minutes without a secretary: finalising asks for one; the profile switch names exports in full Vietnamese', async () => {
  const page = app.page;
  const origin = new URL(page.url()).origin;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${origin}/index.html#/van-ban/${ids.documents.minutes.khoiDanVan2020}`);
  await page.getByRole('tab', { name: 'Thông tin văn bản' }).click();
  await page.getByLabel('Thư ký (ký bên trái)').fill('');
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu tự động' })).toBeVisible();

  await page.getByRole('button', { name: 'Hoàn thiện' }).click();
  const finalise = page.getByRole('dialog', { name: 'Hoàn thiện văn bản' });
  const secretary = finalise.getByLabel('Thư ký (người ghi biên bản, ký bên trái)');
  await expect(secretary).toBeVisible();
  await finalise.getByLabel('Người hoàn thiện').fill('Vũ Thị Hồng Nhung');
  await finalise.getByRole('button', { name: 'Hoàn thiện và khóa' }).click();
  await expect(finalise.getByText(/Hãy nhập họ tên thư ký/)).toBeVisible();
  await page.screenshot({ path: path.join(process.env.E2E_SHOTS ?? dir, 'hoan-thien-hoi-thu-ky.png') });
  await expect(page.getByText('Bản nháp', { exact: true })).toBeVisible();
  await secretary.fill('Nguyễn Thị Thu Trang');
  await finalise.getByRole('button', { name: 'Hoàn thiện và khóa' }).click();
  await expect(page.getByText('Đã hoàn thiện', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Thư ký (ký bên trái)')).toHaveValue('Nguyễn Thị Thu Trang');
  await page.screenshot({ path: path.join(process.env.E2E_SHOTS ?? dir, 'hoan-thien-bien-ban.png') });

  // Export names: plain ASCII until the committee turns the switch on in "Hồ sơ Ủy ban".
  await page.getByRole('button', { name: 'Xuất Word' }).click();
  await expect.poll(() => platform.offeredNames.at(-1)).toMatch(/^2020-12-21 Bien ban hoi nghi danh gia ket qua hoat dong\.docx$/);
  await page.goto(`${origin}/index.html#/ho-so`);
  const accented = page.getByRole('switch', { name: 'Tên tệp viết tiếng Việt có dấu' });
  await expect(accented).not.toBeChecked();
  await accented.click();
  await expect(page.getByText('2026-01-05 Biên bản Hội nghị tổng kết công tác Mặt trận năm 2025.docx')).toBeVisible();
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByText('Đã lưu hồ sơ Ủy ban.')).toBeVisible();
  await accented.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(process.env.E2E_SHOTS ?? dir, 'ho-so-ten-tep.png') });
  await page.goto(`${origin}/index.html#/van-ban/${ids.documents.minutes.khoiDanVan2020}`);
  await page.getByRole('button', { name: 'Xuất Word' }).click();
  await expect.poll(() => platform.offeredNames.at(-1)).toBe('2020-12-21 Biên bản Hội nghị đánh giá kết quả hoạt động.docx');
});
