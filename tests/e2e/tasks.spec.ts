import { expect, test, type Browser } from '@playwright/test';
import ExcelJS from 'exceljs';
import path from 'node:path';
import type { DemoIds } from '../../electron/core/demo';
import { createDemoDatabase, type DemoDatabase } from './support/demo-database';
import { launchBrowser, openApp, TestPlatform, type AppSession } from './support/app-harness';
import { openDropdown, selectOption } from './support/select-option';

let browser: Browser;
let dir: string;
let demo: DemoDatabase;
let app: AppSession;
let ids: DemoIds;
let platform: TestPlatform;
/** The handlers' clock: the test moves it to let a deadline pass. */
let now: Date;

test.beforeAll(async () => {
  browser = await launchBrowser();
});
test.afterAll(async () => {
  await browser.close();
});
test.beforeEach(async () => {
  now = new Date(2026, 2, 2, 9, 0); // Monday 02/03/2026, local time
  demo = createDemoDatabase('mttq-e2e-tasks-', () => now);
  ids = demo.ids;
  dir = demo.dir;
  const { databaseFile } = demo;
  platform = new TestPlatform();
  app = await openApp(browser, { databaseFile, platform, now: () => now });
});
test.afterEach(async () => {
  await app.close();
  demo.remove();
});

const CONCLUSION = 'Đề nghị Hội Nông dân thành phố chủ trì tổ chức tập huấn chuyển đổi số cho cán bộ hội cơ sở.';

test('a conclusion becomes a task for Hội Nông dân, is followed up, goes overdue, shows on the dashboard, is completed and exported', async () => {
  const page = app.page;
  const origin = new URL(page.url()).origin;

  // On the meeting page, a new conclusion naming Hội Nông dân: one click assigns it.
  await page.goto(`${origin}/index.html#/hoi-nghi/${ids.articleMeetings.giaoBan2024}`);
  await page.getByRole('tab', { name: /^Kết luận/ }).click();
  await page.getByRole('button', { name: 'Thêm kết luận' }).click();
  const conclusions = await page.getByRole('textbox', { name: /^Kết luận \d+$/ }).count();
  await page.getByRole('textbox', { name: `Kết luận ${conclusions}` }).fill(CONCLUSION);
  await page.getByRole('button', { name: `Giao nhiệm vụ từ kết luận ${conclusions}` }).click();

  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('Tiến độ thực hiện')).toBeVisible();
  await expect(drawer.getByLabel('Tên nhiệm vụ')).toHaveValue(CONCLUSION);
  await expect(drawer.locator('#task-lead').locator('..').locator('..')).toContainText('Hội Nông dân thành phố Hải Phòng');

  // A deadline two weeks on, saved.
  await drawer.getByLabel('Hạn hoàn thành').click();
  await page.keyboard.type('16/03/2026');
  await page.keyboard.press('Enter');
  await drawer.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByText('Đã lưu nhiệm vụ.')).toBeVisible();
  await expect(drawer.getByText('16/03/2026').first()).toBeVisible();

  // Progress, dated today by default.
  await drawer.getByLabel('Nội dung tiến độ').fill('Đã xây dựng kế hoạch tập huấn, gửi 21 cơ sở hội.');
  await drawer.getByLabel('Người báo cáo tiến độ').fill('Đinh Văn Lực');
  await drawer.getByRole('button', { name: 'Ghi tiến độ' }).click();
  await expect(drawer.getByText('Đã xây dựng kế hoạch tập huấn, gửi 21 cơ sở hội.')).toBeVisible();
  await expect(drawer.getByText('Đang thực hiện').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // The meeting's follow-up says who has it and how far it got.
  await page.getByRole('tab', { name: 'Theo dõi kết luận' }).click();
  const followUp = page.getByRole('tabpanel', { name: 'Theo dõi kết luận' });
  await expect(followUp.getByText(CONCLUSION, { exact: false })).toBeVisible();
  await expect(followUp.getByText('— Đã xây dựng kế hoạch tập huấn, gửi 21 cơ sở hội.')).toBeVisible();

  // Four days past the deadline: the dashboard shows it overdue without anyone saving it again.
  now = new Date(2026, 2, 20, 8, 30);
  await page.goto(`${origin}/index.html#/tong-quan`);
  await expect(page.getByText('Tính đến ngày 20/03/2026')).toBeVisible();
  const overdueCard = page.locator('.ant-card').filter({ hasText: /^Nhiệm vụ quá hạn/ });
  const item = overdueCard.locator('.ant-list-item').filter({ hasText: 'Đề nghị Hội Nông dân thành phố chủ trì' });
  await expect(item).toContainText('Quá hạn 4 ngày');
  await expect(item).toContainText('Hội Nông dân thành phố Hải Phòng');

  // Completed from there, with its result.
  await item.click();
  await drawer.getByLabel('Kết quả thực hiện').fill('Đã tổ chức 3 lớp tập huấn cho 240 cán bộ hội cơ sở.');
  await drawer.getByRole('button', { name: 'Hoàn thành' }).click();
  await expect(page.getByText('Đã hoàn thành nhiệm vụ.')).toBeVisible();
  await expect(drawer.locator('.ant-tag').filter({ hasText: 'Hoàn thành' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(item).toBeHidden();

  // The task list of Hội Nông dân, exported to Excel as it is filtered.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Nhiệm vụ', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Nhiệm vụ', exact: true })).toBeVisible();
  // The organisation list is long: type to find it, as a user would.
  await page.getByLabel('Lọc theo đơn vị').click();
  await page.keyboard.type('Nông dân');
  await openDropdown(page).getByTitle('Hội Nông dân thành phố Hải Phòng', { exact: true }).click();
  await selectOption(page, page.getByLabel('Lọc theo trạng thái'), 'Hoàn thành');
  await expect(page.getByRole('row').filter({ hasText: 'Đề nghị Hội Nông dân thành phố chủ trì' })).toBeVisible();
  platform.nextSavePath = path.join(dir, 'nhiem-vu-hoi-nong-dan.xlsx');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  await expect(page.getByText('Đã xuất danh sách nhiệm vụ ra Excel')).toBeVisible();
  expect(platform.offeredNames.at(-1)).toBe('2026-03-20 Nhiem vu hoan thanh - Hoi nong dan thanh pho hai phong.xlsx');
  await page.getByRole('button', { name: 'Mở thư mục' }).click();
  await expect.poll(() => platform.shownFiles).toEqual([platform.nextSavePath]);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(platform.nextSavePath);
  const sheet = workbook.getWorksheet('Nhiệm vụ')!;
  expect(String(sheet.getCell('A2').value)).toContain('ĐƠN VỊ: HỘI NÔNG DÂN THÀNH PHỐ HẢI PHÒNG');
  expect(String(sheet.getCell('A2').value)).toContain('TRẠNG THÁI: HOÀN THÀNH');
  const rows = sheet.getRows(5, sheet.rowCount - 4) ?? [];
  const ours = rows.find((row) => row.getCell(2).value === CONCLUSION);
  expect(ours).toBeDefined();
  expect(ours!.getCell(3).value).toBe('Hội Nông dân thành phố Hải Phòng');
  expect(ours!.getCell(7).value).toEqual(new Date(Date.UTC(2026, 2, 16)));
  expect(ours!.getCell(7).numFmt).toBe('dd/mm/yyyy');
  expect(ours!.getCell(8).value).toBe('Hoàn thành');
  expect(ours!.getCell(14).value).toBe('Đã tổ chức 3 lớp tập huấn cho 240 cán bộ hội cơ sở.');
});
