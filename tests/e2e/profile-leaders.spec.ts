import { expect, test, type Browser } from '@playwright/test';
import path from 'node:path';
import { createDemoDatabase, type DemoDatabase } from './support/demo-database';
import { launchBrowser, openApp, type AppSession } from './support/app-harness';
import { SetupPages } from './support/setup-pages';

let browser: Browser;
let demo: DemoDatabase;
let app: AppSession | null = null;

test.beforeAll(async () => {
  browser = await launchBrowser();
});
test.afterAll(async () => {
  await browser.close();
});
test.beforeEach(() => {
  demo = createDemoDatabase('mttq-e2e-leaders-');
});
test.afterEach(async () => {
  await app?.close();
  app = null;
  demo.remove();
});

test('a vice-chair typed in the profile is offered to the directory after saving, added with one confirm, and not offered again', async () => {
  app = await openApp(browser, { databaseFile: demo.databaseFile, viewport: { width: 1366, height: 768 } });
  const page = app.page;
  await page.goto(`${new URL(page.url()).origin}/index.html#/ho-so`);
  await expect(page.getByLabel('Họ tên Phó Chủ tịch 1', { exact: true })).toHaveValue('Trần Thị Minh Nguyệt');
  const deputies = await page.getByLabel(/^Họ tên Phó Chủ tịch \d+$/).count();
  await page.getByRole('button', { name: 'Thêm Phó Chủ tịch' }).click();
  await page.getByLabel(`Họ tên Phó Chủ tịch ${deputies + 1}`, { exact: true }).fill('Hoàng Thị Lan');
  await page.getByLabel(`Chức danh Phó Chủ tịch ${deputies + 1}`, { exact: true }).fill('Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();

  // Only the one missing is named (the chair and the other vice-chairs are in the directory already).
  const offer = page.getByRole('dialog', { name: 'Thêm lãnh đạo này vào danh bạ?' });
  await expect(offer).toBeVisible();
  await expect(offer.getByRole('list', { name: 'Lãnh đạo chưa có trong danh bạ' }).getByRole('listitem')).toHaveText([
    'Hoàng Thị Lan — Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố',
  ]);
  await expect(offer).toContainText('Họ được ghi thuộc "Ủy ban MTTQ Việt Nam thành phố Hải Phòng".');
  await offer.getByRole('button', { name: 'Thêm vào danh bạ' }).click();
  await expect(page.getByText('Đã thêm Hoàng Thị Lan vào danh bạ.')).toBeVisible();

  // She is in the directory, found without tone marks, in the committee.
  await new SetupPages(page).openDirectory('Người');
  await page.getByLabel('Tìm người', { exact: true }).fill('hoang thi lan');
  const row = page.getByRole('row', { name: /Hoàng Thị Lan/ });
  await expect(row).toContainText('Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố');
  await expect(row).toContainText('Ủy ban MTTQ Việt Nam thành phố Hải Phòng');

  // Saving the profile again asks nothing: everyone it names is in the directory.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Hồ sơ Ủy ban', { exact: true }).click();
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByText('Đã lưu hồ sơ Ủy ban.').last()).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('on the first day the chair is offered at once, and added with the committee itself as an organisation', async () => {
  app = await openApp(browser, { databaseFile: path.join(demo.dir, 'moi.sqlite3'), viewport: { width: 1366, height: 768 } });
  const page = app.page;
  const setup = new SetupPages(page);
  await setup.completeFirstRun(
    {
      committeeName: 'Ủy ban MTTQ Việt Nam xã Tân Lập',
      parentBody: 'ỦY BAN MTTQ VIỆT NAM TỈNH PHÚ THỌ',
      placeName: 'Tân Lập',
      levelLabel: 'Xã, phường, đặc khu',
      abbreviation: 'MTTQ-BTT',
      chairName: 'Hà Văn Sơn',
      chairTitle: '',
    },
    'add',
  );
  await expect(page.getByText('Đã thêm Hà Văn Sơn vào danh bạ.')).toBeVisible();
  await setup.openDirectory('Người');
  await expect(page.getByRole('row', { name: /Hà Văn Sơn/ })).toContainText('Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Lập');
  await setup.openDirectory('Cơ quan, tổ chức');
  await expect(page.getByRole('row', { name: /Ủy ban MTTQ Việt Nam xã Tân Lập/ })).toContainText('Ủy ban MTTQ');
});
