import { expect, test, type Page } from '@playwright/test';
import { useDemoApp } from './support/demo-app';
import { openDropdown } from './support/select-option';

const session = useDemoApp('mttq-e2e-lists-', { viewport: { width: 1366, height: 768 } });

const sidebar = (page: Page, section: string) =>
  page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText(section, { exact: true }).click();

/** Leaves the list for the home screen and comes back by the sidebar, as a user would. */
async function leaveAndReturn(page: Page, section: string): Promise<void> {
  await sidebar(page, 'Trang chủ');
  await expect(page.getByRole('heading', { name: 'Trang chủ' })).toBeVisible();
  await sidebar(page, section);
}

const filters = (page: Page) => page.getByRole('search', { name: 'Bộ lọc danh sách' });

/** The list's total ("15 hội nghị") once a filter is applied: waits until it is no longer the unfiltered one. */
async function totalAfter(page: Page, total: RegExp, change: () => Promise<void>): Promise<string> {
  const shown = page.getByText(total);
  await expect(shown).toBeVisible();
  const before = await shown.textContent();
  await change();
  await expect(shown).not.toHaveText(before!);
  return (await shown.textContent())!;
}

test('every list screen keeps its filters when the user leaves and comes back, and "Bỏ lọc" clears them', async () => {
  const page = session.app.page;

  // Meetings.
  await sidebar(page, 'Hội nghị');
  const meetingsShown = await totalAfter(page, /^\d+ hội nghị$/, () => page.getByLabel('Tìm hội nghị', { exact: true }).fill('giao ban'));
  await leaveAndReturn(page, 'Hội nghị');
  await expect(page.getByLabel('Tìm hội nghị', { exact: true })).toHaveValue('giao ban');
  await expect(page.getByText(/^\d+ hội nghị$/)).toHaveText(meetingsShown!);

  // Directives: text and year.
  await sidebar(page, 'Văn bản chỉ đạo');
  const directivesShown = await totalAfter(page, /^\d+ văn bản$/, () => page.getByLabel('Tìm văn bản chỉ đạo', { exact: true }).fill('56-NQ'));
  await expect(page.getByRole('row', { name: /56-NQ\/TU/ }).first()).toBeVisible();
  await leaveAndReturn(page, 'Văn bản chỉ đạo');
  await expect(page.getByLabel('Tìm văn bản chỉ đạo', { exact: true })).toHaveValue('56-NQ');
  await expect(page.getByText(/^\d+ văn bản$/)).toHaveText(directivesShown!);
  await filters(page).getByRole('button', { name: 'Bỏ lọc' }).click();
  await expect(page.getByLabel('Tìm văn bản chỉ đạo', { exact: true })).toHaveValue('');
  await expect(filters(page).getByRole('button', { name: 'Bỏ lọc' })).toHaveCount(0);

  // Tasks: an organisation chosen.
  await sidebar(page, 'Nhiệm vụ');
  const organisation = page.getByLabel('Lọc theo đơn vị', { exact: true });
  const tasksShown = await totalAfter(page, /^\d+ nhiệm vụ$/, async () => {
    await organisation.click();
    await organisation.fill('hoi nong dan');
    await openDropdown(page).getByTitle('Hội Nông dân thành phố Hải Phòng', { exact: true }).click();
  });
  await leaveAndReturn(page, 'Nhiệm vụ');
  await expect(page.getByLabel('Lọc theo đơn vị', { exact: true }).locator('xpath=ancestor::div[contains(@class,"ant-select")][1]')).toContainText('Hội Nông dân thành phố Hải Phòng');
  await expect(page.getByText(/^\d+ nhiệm vụ$/)).toHaveText(tasksShown!);

  // The directory: people searched without tone marks, retired organisations shown.
  await sidebar(page, 'Danh bạ');
  await page.getByLabel('Tìm người', { exact: true }).fill('thanh huong');
  await expect(page.getByRole('row', { name: /Bùi Thị Thanh Hương/ })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByRole('tab', { name: 'Cơ quan, tổ chức' }).click();
  await page.getByRole('switch', { name: 'Hiện cả cơ quan, tổ chức đã ngừng sử dụng' }).click();
  await leaveAndReturn(page, 'Danh bạ');
  await expect(page.getByLabel('Tìm người', { exact: true })).toHaveValue('thanh huong');
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByRole('tab', { name: 'Cơ quan, tổ chức' }).click();
  await expect(page.getByRole('switch', { name: 'Hiện cả cơ quan, tổ chức đã ngừng sử dụng' })).toBeChecked();
  await expect(page.getByText('Đã ngừng sử dụng').first()).toBeVisible();
});
