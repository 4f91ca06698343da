/**
 * The stylesheet is split (renderer/build/trim-antd-styles.ts): before the first screen only antd's
 * base rules and the components it draws; the rest after it. The home screen must need nothing
 * from the rest: every antd class on it belongs to FIRST_SCREEN_COMPONENTS, and drawn with the
 * rest of the stylesheet refused it is pixel for pixel the same. Other screens wait for the rest.
 */
import { expect, test } from '@playwright/test';
import { FIRST_SCREEN_COMPONENTS } from '../../renderer/build/trim-antd-styles';
import { useDemoApp } from './support/demo-app';

const session = useDemoApp('mttq-e2e-first-screen-styles-', { viewport: { width: 1366, height: 768 } });

const antdClasses = () => [...new Set([...document.querySelectorAll('*')].flatMap((element) => [...element.classList]).filter((c) => c.startsWith('ant-')))];

test('the home screen is drawn whole by the first part of the stylesheet; another screen waits for the rest', async () => {
  const page = session.app.page;
  await expect(page.getByRole('heading', { name: 'Trang chủ' })).toBeVisible();
  const components = new Set((await page.evaluate(antdClasses)).map((cls) => cls.slice('ant-'.length).split('-')[0]!));
  expect([...components].filter((c) => !(FIRST_SCREEN_COMPONENTS as readonly string[]).includes(c))).toEqual([]);
  // Once the rest is in, it sits before the app's own stylesheet (whose rules win at equal specificity).
  await expect.poll(() => page.evaluate(() => [...document.styleSheets].map((s) => (s.href ?? '').split('/').pop()!).filter((n) => n.endsWith('.css')))).toEqual([
    expect.stringMatching(/^antd-.*\.css$/),
    expect.stringMatching(/^index-.*\.css$/),
  ]);
  const whole = await page.screenshot();

  // The same window with the rest of the stylesheet refused: the home screen does not change.
  let refused = 0;
  await page.route(/\/assets\/antd-[^/]*\.css$/, (route) => {
    refused += 1;
    return route.abort();
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Trang chủ' })).toBeVisible();
  await page.waitForTimeout(500);
  expect(Buffer.compare(await page.screenshot(), whole)).toBe(0);
  expect(refused).toBeGreaterThan(0);
  // Without it another screen is still drawn (plainer) rather than not at all.
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hội nghị', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hội nghị' })).toBeVisible();
});
