import { expect, test, type Browser } from '@playwright/test';
import { createDemoDatabase, type DemoDatabase } from './support/demo-database';
import { launchBrowser, openApp, type AppSession } from './support/app-harness';

let browser: Browser;
let demo: DemoDatabase;
let app: AppSession;

test.beforeAll(async () => {
  browser = await launchBrowser();
  demo = createDemoDatabase('mttq-e2e-a11y-');
  app = await openApp(browser, { databaseFile: demo.databaseFile });
});
test.afterAll(async () => {
  await app.close();
  demo.remove();
  await browser.close();
});

/** Accessible names of the main screens: antd icons would add their English file names ("home", "plus"). */
const SCREENS = ['#/', '#/tong-quan', '#/hoi-nghi', '#/van-ban', '#/van-ban-chi-dao', '#/nhiem-vu', '#/bao-cao', '#/danh-ba', '#/ho-so', '#/sao-luu', '#/thung-rac', '#/nhap-van-ban'];

test('no icon is announced by its English name on the main screens', async () => {
  const { page } = app;
  const origin = new URL(page.url()).origin;
  for (const hash of SCREENS) {
    await page.goto(`${origin}/index.html${hash}`);
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
    await page.waitForTimeout(300);
    const labelled = await page.locator('[role="img"][aria-label]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')));
    expect(labelled, hash).toEqual([]);
    const sidebar = page.getByRole('navigation', { name: 'Điều hướng chính' });
    const linkNames = await sidebar.getByRole('link').allTextContents();
    expect(linkNames.length).toBeGreaterThan(3);
    // The sidebar's items are links named by their Vietnamese words alone, the current one marked as the page.
    await expect(sidebar.getByRole('link', { name: 'Trang chủ', exact: true })).toBeVisible();
    await expect(sidebar.locator('a[aria-current="page"]')).toHaveCount(1);
  }
});
