import { expect, test, type Browser, type Page } from '@playwright/test';
import { handlers } from '../../electron/core/handlers';
import { listTasksInput } from '../../shared/schemas/task';
import { createDemoDatabase, type DemoDatabase } from './support/demo-database';
import { launchBrowser, openApp, type AppSession } from './support/app-harness';

let browser: Browser;
let demo: DemoDatabase;
let app: AppSession;
/** The handlers' clock: the test moves it to let deadlines pass. */
let now: Date;

test.beforeAll(async () => {
  browser = await launchBrowser();
});
test.afterAll(async () => {
  await browser.close();
});
test.beforeEach(async () => {
  now = new Date(2026, 2, 2, 9, 0); // Monday 02/03/2026, local time
  demo = createDemoDatabase('mttq-e2e-home-', () => now);
  app = await openApp(browser, { databaseFile: demo.databaseFile, viewport: { width: 1366, height: 768 }, now: () => now });
});
test.afterEach(async () => {
  await app.close();
  demo.remove();
});

/** What the task list's quick view holds, asked of the real handlers. */
async function countInView(view: 'qua_han' | 'den_han_7_ngay'): Promise<number> {
  return (await handlers['tasks:list'](app.core, listTasksInput.parse({ view }))).total;
}

const attention = (page: Page) => page.getByRole('region', { name: 'Việc cần làm' });
/** The figure of one tile of the home screen's first row. */
const figure = (page: Page, tile: string) => attention(page).getByRole('group', { name: tile }).locator('.attention-tile-value');

test('the home screen names the overdue tasks and the reports due, and each figure opens its list', async () => {
  const page = app.page;
  await expect(page.getByRole('heading', { name: 'Trang chủ' })).toBeVisible();

  const overdue = await countInView('qua_han');
  const dueSoon = await countInView('den_han_7_ngay');
  expect(overdue).toBeGreaterThan(0);
  const tiles = attention(page);
  await expect(figure(page, 'Nhiệm vụ quá hạn')).toHaveText(String(overdue));
  await expect(figure(page, 'Đến hạn trong 7 ngày')).toHaveText(String(dueSoon));

  // The reports owed upward: the reports screen's own duties, the late ones said in red.
  const duties = (await handlers['reports:duties'](app.core, undefined)).items;
  expect(duties.length).toBeGreaterThan(0);
  const late = duties.filter((d) => d.overdue).length;
  await expect(figure(page, 'Báo cáo định kỳ phải gửi')).toHaveText(String(duties.length));
  if (late > 0) await expect(tiles.getByText(`Trong đó ${late} báo cáo quá hạn`)).toBeVisible();

  // "Xem nhiệm vụ quá hạn" opens the task list on its "Quá hạn" view, every row late.
  await tiles.getByRole('button', { name: 'Xem nhiệm vụ quá hạn' }).click();
  await expect(page.getByRole('heading', { name: 'Nhiệm vụ', exact: true })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Quá hạn' })).toBeChecked();
  await expect(page.getByText(`${overdue} nhiệm vụ`, { exact: true })).toBeVisible();
  await expect(page.getByText(/^Quá hạn \d+ ngày$/)).toHaveCount(overdue);

  // A month on, more deadlines have passed: coming home shows the new figure without a restart.
  now = new Date(2026, 3, 2, 9, 0);
  const later = await countInView('qua_han');
  expect(later).toBeGreaterThan(overdue);
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Trang chủ', { exact: true }).click();
  await expect(figure(page, 'Nhiệm vụ quá hạn')).toHaveText(String(later));

  // "Xem nhiệm vụ sắp đến hạn" opens the other quick view; "Mở mục Báo cáo" the reports screen.
  await attention(page).getByRole('button', { name: 'Xem nhiệm vụ sắp đến hạn' }).click();
  await expect(page.getByRole('radio', { name: 'Đến hạn trong 7 ngày' })).toBeChecked();
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Trang chủ', { exact: true }).click();
  await attention(page).getByRole('button', { name: 'Mở mục Báo cáo' }).click();
  await expect(page.getByRole('heading', { name: 'Báo cáo', exact: true })).toBeVisible();
});

test('the sidebar and the home lists are links: Tab reaches them, the current section is marked, a meeting opens from its title', async () => {
  const page = app.page;
  const sidebar = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expect(sidebar.getByRole('link', { name: 'Trang chủ', exact: true })).toHaveAttribute('aria-current', 'page');

  // A meeting of "Sửa gần đây": its title is a link to the meeting's address, Enter on it opens the meeting.
  const recent = page.getByRole('region', { name: 'Sửa gần đây' });
  const first = recent.getByRole('listitem').first().getByRole('link');
  const title = (await first.textContent()) ?? '';
  await expect(first).toHaveAttribute('href', /^#\/hoi-nghi\/\d+$/);
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  // A meeting's page belongs to "Hội nghị" in the sidebar; the address follows.
  await expect(sidebar.getByRole('link', { name: 'Hội nghị', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(sidebar.locator('a[aria-current="page"]')).toHaveCount(1);
  expect(new URL(page.url()).hash).toMatch(/^#\/hoi-nghi\/\d+$/);
});
