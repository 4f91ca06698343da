import { expect, test, type Browser, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCommuneDemoDatabase, createDemoDatabase, type CommuneDemoDatabase, type DemoDatabase } from './support/demo-database';
import { launchBrowser, openApp, TestPlatform, type AppSession } from './support/app-harness';

/**
 * Both sides of the exchange in the app: the city sends its plan and tasks down from the
 * directive page, the ward imports the package after its preview, logs progress on the task it
 * received, reports up, and the city imports the report and sees it in its matrix (and in Excel).
 * Screenshots of each screen go to SCREENSHOT_DIR when it is set.
 */

let browser: Browser;
let city: DemoDatabase;
let ward: CommuneDemoDatabase;
let usb: string;
const now = new Date(2026, 10, 20, 9, 0); // 20/11/2026, local time

test.beforeAll(async () => {
  browser = await launchBrowser();
});
test.afterAll(async () => {
  await browser.close();
});
test.beforeEach(() => {
  city = createDemoDatabase('mttq-e2e-city-', () => now);
  ward = createCommuneDemoDatabase('mttq-e2e-ward-', 'MTTQ-HP-HB', () => now);
  usb = fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-e2e-usb-'));
});
test.afterEach(() => {
  city.remove();
  ward.remove();
  fs.rmSync(usb, { recursive: true, force: true });
});

async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  // Let antd's open and tab animations finish, so the picture shows the screen as a user sees it.
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

async function open(databaseFile: string, platform: TestPlatform): Promise<AppSession> {
  return openApp(browser, { databaseFile, platform, now: () => now, viewport: { width: 1366, height: 768 } });
}

const CONFERENCE = 'Tổ chức hội nghị triển khai Kế hoạch đến Ban Công tác Mặt trận các khu dân cư';

test('the city sends down, the ward imports, logs progress and reports up, the city sees it in its matrix', async () => {
  const down = path.join(usb, 'giao-nhiem-vu.mttq');
  const up = path.join(usb, 'bao-cao.mttq');

  // The city: "Gửi cấp dưới" on its plan, one package for the five wards.
  const cityPlatform = new TestPlatform();
  let app = await open(city.databaseFile, cityPlatform);
  let page = app.page;
  const origin = new URL(page.url()).origin;
  await page.goto(`${origin}/index.html#/van-ban-chi-dao/${city.ids.directives.plan}`);
  const card = page.locator('.ant-card').filter({ hasText: /^Giao cấp dưới/ });
  await expect(card.getByText(CONFERENCE)).toBeVisible();
  await card.getByRole('button', { name: 'Gửi cấp dưới' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gửi cấp dưới' });
  await expect(dialog.getByLabel('Nội dung nhiệm vụ 1')).toHaveValue(CONFERENCE);
  await expect(dialog.getByRole('checkbox', { name: /phường Hồng Bàng/ })).toBeChecked();
  await shot(page, 'gui-cap-duoi');
  cityPlatform.nextSavePath = down;
  await dialog.getByRole('button', { name: 'Lưu và ghi gói…' }).click();
  await expect(page.getByText('Đã ghi gói gửi 5 đơn vị cấp dưới (12 nhiệm vụ)')).toBeVisible();
  expect(cityPlatform.offeredNames.at(-1)).toBe('2026-11-20 Giao nhiem vu 118-KH-MTTQ-BTT.mttq');
  await expect(card.getByText('Đã gửi').first()).toBeVisible();
  await app.close();
  expect(fs.existsSync(down)).toBe(true);

  // The ward: receive the package, see what it adds, import it.
  const wardPlatform = new TestPlatform();
  app = await open(ward.databaseFile, wardPlatform);
  page = app.page;
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Cấp trên, cấp dưới').click();
  wardPlatform.nextOpenPackage = down;
  await page.getByRole('button', { name: 'Chọn tệp gói (.mttq)…' }).click();
  await expect(page.getByText('Xem trước: Giao văn bản, nhiệm vụ từ Ủy ban MTTQ Việt Nam thành phố Hải Phòng')).toBeVisible();
  await expect(page.getByText('Gói sẽ thêm 4, thay đổi 0, giữ nguyên 0 bản ghi.')).toBeVisible();
  const previewTable = page.getByRole('table');
  await expect(previewTable.getByRole('row').filter({ hasText: CONFERENCE })).toContainText('Thêm mới');
  await expect(previewTable.getByText(/Vào sổ văn bản đến, số đến 1\/2026/)).toBeVisible();
  await shot(page, 'nhan-goi-xem-truoc');
  // Nothing was written by the preview.
  expect((app.core.db.prepare('SELECT count(*) AS n FROM tasks').get() as { n: number }).n).toBe(1);
  await page.getByRole('button', { name: 'Nhập vào dữ liệu' }).click();
  await expect(page.getByRole('status').getByText('Đã thêm 4, thay đổi 0 bản ghi.')).toBeVisible();

  // The task from above, in the ward's task list: log progress on it.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Nhiệm vụ', { exact: true }).click();
  await page.getByRole('row').filter({ hasText: CONFERENCE }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('Nhiệm vụ do Ủy ban MTTQ Việt Nam thành phố Hải Phòng giao — chủ trì: Ban Thường trực Ủy ban MTTQ')).toBeVisible();
  await drawer.getByLabel('Nội dung tiến độ').fill('Đã xây dựng kế hoạch, dự kiến hội nghị ngày 02/12 với 45 Ban Công tác Mặt trận.');
  await drawer.getByLabel('Người báo cáo tiến độ').fill('Phạm Thị Thu');
  await drawer.getByRole('button', { name: 'Ghi tiến độ' }).click();
  await expect(drawer.getByText('Đang thực hiện').first()).toBeVisible();
  await shot(page, 'nhiem-vu-cap-tren-giao');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  // Closing the drawer keeps the status the progress note gave (no stale draft saved over it).
  expect(app.core.db.prepare('SELECT status FROM tasks WHERE title = ?').get(CONFERENCE)).toEqual({ status: 'dang_thuc_hien' });

  // Report up.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Cấp trên, cấp dưới').click();
  await page.getByRole('tab', { name: 'Báo cáo lên cấp trên' }).click();
  await expect(page.getByText('Gửi Ủy ban MTTQ Việt Nam thành phố Hải Phòng (mã MTTQ-HP)')).toBeVisible();
  await shot(page, 'bao-cao-len-cap-tren');
  wardPlatform.nextSavePath = up;
  await page.getByRole('button', { name: 'Ghi gói báo cáo lên cấp trên…' }).click();
  await expect(page.getByRole('status').getByText(/Đã ghi gói báo cáo: tiến độ 3 nhiệm vụ/)).toBeVisible();
  await app.close();

  // The city: import the report; its preview says what changes.
  app = await open(city.databaseFile, cityPlatform);
  page = app.page;
  await page.goto(`${origin}/index.html#/trao-doi/nhan-goi`);
  cityPlatform.nextOpenPackage = up;
  await page.getByRole('button', { name: 'Chọn tệp gói (.mttq)…' }).click();
  await expect(page.getByText('Xem trước: Báo cáo tiến độ từ Ủy ban MTTQ Việt Nam phường Hồng Bàng')).toBeVisible();
  await expect(page.getByText(/Trạng thái: .*Đang thực hiện/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Nhập vào dữ liệu' }).click();
  await expect(page.getByRole('status').getByText('Đã thêm 3, thay đổi 0 bản ghi.')).toBeVisible();

  // The matrix: Hồng Bàng in progress within its due date; the other wards not reported; Nghị quyết 56's task late in red.
  await page.getByRole('tab', { name: 'Tiến độ cấp dưới' }).click();
  const matrix = page.getByRole('table');
  const hongBang = matrix.getByRole('row').filter({ hasText: 'Ủy ban MTTQ Việt Nam phường Hồng Bàng' });
  await expect(hongBang).toContainText('Đang thực hiện, trong hạn');
  await expect(hongBang).toContainText('Chưa thực hiện, trong hạn');
  await expect(page.getByText('(3 đã quá hạn)')).toBeVisible();
  await expect(matrix.getByRole('row').filter({ hasText: 'phường Lê Chân' })).toContainText('Chưa báo cáo');
  const late = matrix.getByRole('row').filter({ hasText: 'phường Ngô Quyền' }).getByText('Chưa báo cáo, quá hạn 5 ngày');
  await expect(late).toBeVisible();
  await expect(late).toHaveCSS('color', /rgb\((2[0-9]{2}), ([0-9]{1,2}), ([0-9]{1,2})\)/);
  await shot(page, 'tien-do-cap-duoi');

  // Only the plan's tasks, exported to Excel.
  await page.getByLabel('Văn bản giao nhiệm vụ').click();
  await page.locator('.ant-select-dropdown').getByText('118/KH-MTTQ-BTT', { exact: true }).click();
  await expect(matrix.getByRole('row').filter({ hasText: 'phường Ngô Quyền' })).not.toContainText('quá hạn');
  cityPlatform.nextSavePath = path.join(usb, 'tien-do.xlsx');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  await expect(page.getByText('Đã xuất bảng tiến độ cấp dưới ra Excel')).toBeVisible();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(cityPlatform.nextSavePath);
  const sheet = workbook.getWorksheet('Tiến độ cấp dưới')!;
  expect(String(sheet.getCell('A2').value)).toContain('118/KH-MTTQ-BTT');
  const rows = sheet.getRows(5, sheet.rowCount - 4) ?? [];
  const hb = rows.find((row) => String(row.getCell(2).value).startsWith('Ủy ban MTTQ Việt Nam phường Hồng Bàng'))!;
  expect(hb.getCell(3).value).toBe('Đang thực hiện, trong hạn');
  expect(String(sheet.getRow(4).getCell(3).value)).toContain(CONFERENCE);

  await page.getByRole('tab', { name: 'Nhật ký gửi, nhận' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'bao-cao.mttq' })).toContainText('thêm 3');
  await page.getByRole('tab', { name: 'Đơn vị cấp trên, cấp dưới' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'MTTQ-HP-KA' })).toContainText('Cấp dưới');
  await shot(page, 'don-vi-cap-tren-cap-duoi');
  await app.close();
});

test('a damaged package is refused on screen, in Vietnamese, and nothing is imported', async () => {
  const down = path.join(usb, 'giao.mttq');
  const cityPlatform = new TestPlatform();
  let app = await open(city.databaseFile, cityPlatform);
  await app.page.goto(`${new URL(app.page.url()).origin}/index.html#/van-ban-chi-dao/${city.ids.directives.plan}`);
  await app.page.getByRole('button', { name: 'Gửi cấp dưới' }).click();
  cityPlatform.nextSavePath = down;
  await app.page.getByRole('button', { name: 'Lưu và ghi gói…' }).click();
  await expect(app.page.getByText(/Đã ghi gói gửi 5 đơn vị/)).toBeVisible();
  await app.close();
  const bytes = fs.readFileSync(down);
  const middle = Math.floor(bytes.length / 2);
  bytes[middle] = bytes[middle]! ^ 0x10;
  const damaged = path.join(usb, 'hong.mttq');
  fs.writeFileSync(damaged, bytes);

  const wardPlatform = new TestPlatform();
  app = await open(ward.databaseFile, wardPlatform);
  const page = app.page;
  await page.goto(`${new URL(page.url()).origin}/index.html#/trao-doi/nhan-goi`);
  wardPlatform.nextOpenPackage = damaged;
  await page.getByRole('button', { name: 'Chọn tệp gói (.mttq)…' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Không nhận gói này');
  await expect(alert).toContainText('đã bị thay đổi sau khi được ghi');
  await expect(alert).toContainText('Chưa có gì được nhập vào dữ liệu.');
  await expect(page.getByRole('button', { name: 'Nhập vào dữ liệu' })).toHaveCount(0);
  await shot(page, 'nhan-goi-hong');
  expect((app.core.db.prepare('SELECT count(*) AS n FROM exchange_packages').get() as { n: number }).n).toBe(0);
  await app.close();
});
