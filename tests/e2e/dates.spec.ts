import { expect, test, type Page } from '@playwright/test';
import { useDemoApp } from './support/demo-app';

/*
 * Issue 8: dates typed by hand. "4/1/2023" is read and shown 04/01/2023; an impossible date
 * (31/02) is never cleared: the text stays, the precise reason is under the field, nothing is
 * saved, and leaving asks as for a refused title.
 */

const session = useDemoApp('mttq-e2e-dates-', { viewport: { width: 1366, height: 768 } });

const origin = (page: Page) => new URL(page.url()).origin;
const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });
const leaveQuestion = (page: Page) => page.getByRole('dialog', { name: 'Còn thay đổi chưa lưu được' });
const storedStart = (id: number) => (session.app.core.db.prepare('SELECT start_at AS startAt FROM meetings WHERE id = ?').get(id) as { startAt: string }).startAt;
const storedDocumentDate = (id: number) =>
  (session.app.core.db.prepare('SELECT document_date AS d FROM documents WHERE id = ?').get(id) as { d: string }).d;

async function openMeeting(page: Page, id: number) {
  await page.goto(`${origin(page)}/index.html#/hoi-nghi/${id}`);
  await expect(page.getByRole('tab', { name: /^Thông tin chung/ })).toBeVisible();
}

test('a meeting date typed "4/1/2023" is read, saved and shown as 04/01/2023', async () => {
  const page = session.app.page;
  const id = session.ids.articleMeetings.giaoBan2024;
  await openMeeting(page, id);
  const time = storedStart(id).slice(11, 16);
  const start = page.getByLabel('Bắt đầu', { exact: true });

  await start.fill('4/1/2023');
  await start.press('Enter');
  // A date typed alone keeps the meeting's time.
  await expect(start).toHaveValue(`04/01/2023 ${time}`);
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu tự động' })).toBeVisible();
  expect(storedStart(id)).toBe(`2023-01-04T${time}`);

  // With a time, as staff write it, and read on leaving the field.
  await start.fill('5/1/23 14h30');
  await page.getByLabel('Địa điểm', { exact: true }).click();
  await expect(start).toHaveValue('05/01/2023 14:30');
  await expect.poll(() => storedStart(id)).toBe('2023-01-05T14:30');
  await expect(page.locator('.date-reason')).toHaveCount(0);
});

test('a document date typed "4/1/2023" is saved and shown as 04/01/2023', async () => {
  const page = session.app.page;
  const id = session.ids.documents.conclusionNotices.khoiDanVan2020;
  await page.goto(`${origin(page)}/index.html#/van-ban/${id}`);
  await page.getByRole('tab', { name: 'Thông tin văn bản' }).click();
  const date = page.getByLabel('Ngày văn bản', { exact: true });
  await date.fill('4/1/2023');
  await date.press('Enter');
  await expect(date).toHaveValue('04/01/2023');
  await expect.poll(() => storedDocumentDate(id)).toBe('2023-01-04');
});

test('"31/02/2024" stays as typed with its reason, nothing is saved, and leaving asks', async () => {
  const page = session.app.page;
  const id = session.ids.articleMeetings.giaoBan2024;
  await openMeeting(page, id);
  const before = storedStart(id);
  const start = page.getByLabel('Bắt đầu', { exact: true });

  await start.fill('31/02/2024 8:30');
  // Tab on to the next field: read on leaving, as on Enter.
  await start.press('Tab');
  await page.getByLabel('Địa điểm', { exact: true }).fill('Hội trường tầng 2');

  const reason = page.locator('.date-reason');
  await expect(reason).toHaveText('Tháng 2 năm 2024 chỉ có 29 ngày.');
  await expect(start).toHaveValue('31/02/2024 8:30');
  await expect(start).toHaveAttribute('aria-describedby', 'meeting-start-ly-do');
  await expect(page.getByRole('status').filter({ hasText: 'Chưa lưu được: Tháng 2 năm 2024 chỉ có 29 ngày.' })).toBeVisible();
  await expect
    .poll(() => (session.app.core.db.prepare('SELECT place FROM meetings WHERE id = ?').get(id) as { place: string }).place)
    .toBe('Hội trường tầng 2');
  expect(storedStart(id)).toBe(before);

  // Another tab and back: the text is still there, not cleared behind the user's back.
  await page.getByRole('tab', { name: /^Kết luận/ }).click();
  await page.getByRole('tab', { name: /^Thông tin chung/ }).click();
  await expect(start).toHaveValue('31/02/2024 8:30');

  // 1366×768, to look at: tests/.tmp/e2e-results/<this test>/ngay-khong-co-that.png
  await page.screenshot({ path: test.info().outputPath('ngay-khong-co-that.png') });

  await sidebar(page).getByText('Trang chủ', { exact: true }).click();
  const question = leaveQuestion(page);
  await expect(question).toContainText('Tháng 2 năm 2024 chỉ có 29 ngày.');
  await question.getByRole('button', { name: 'Ở lại để sửa' }).click();
  await expect(start).toHaveValue('31/02/2024 8:30');
  expect(storedStart(id)).toBe(before);

  // Corrected, it is saved and the reason goes.
  await start.fill('29/02/2024 8:30');
  await start.press('Enter');
  await expect(start).toHaveValue('29/02/2024 08:30');
  await expect(reason).toHaveCount(0);
  await expect.poll(() => storedStart(id)).toBe('2024-02-29T08:30');
});

test('the new-meeting dialog refuses "31/02/2023" under the field and creates nothing', async () => {
  const page = session.app.page;
  const count = () => (session.app.core.db.prepare('SELECT count(*) AS n FROM meetings').get() as { n: number }).n;
  const before = count();
  await page.getByRole('button', { name: 'Hội nghị mới' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Hội nghị mới' });
  await dialog.getByLabel('Tên hội nghị', { exact: true }).fill('Hội nghị giao ban tháng 2');
  const start = dialog.getByLabel('Thời gian bắt đầu', { exact: true });
  await start.fill('31/02/2023 8h');
  await start.press('Enter');
  await expect(dialog.getByText('Tháng 2 năm 2023 chỉ có 28 ngày.')).toHaveCount(1);
  await expect(start).toHaveValue('31/02/2023 8h');
  await dialog.getByRole('button', { name: 'Tạo hội nghị' }).click();
  await expect(dialog).toBeVisible();
  expect(count()).toBe(before);

  await start.fill('28/2/2023 8h');
  await start.press('Enter');
  await expect(start).toHaveValue('28/02/2023 08:00');
  await dialog.getByRole('button', { name: 'Tạo hội nghị' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hội nghị giao ban tháng 2' })).toBeVisible();
  expect(count()).toBe(before + 1);
});

test('"Tạo giấy mời" asks the day written on the invitation, today unless another is typed', async () => {
  const page = session.app.page;
  const id = session.ids.articleMeetings.giaoBan2024;
  await openMeeting(page, id);
  await page.getByRole('tab', { name: 'Văn bản đã soạn' }).click();
  await page.getByRole('button', { name: 'Tạo giấy mời' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tạo giấy mời' });
  const date = dialog.getByLabel('Ngày ghi trên giấy mời', { exact: true });
  // Today where the app runs (the browser is set to Vietnam's time zone): after 17:00 UTC it is
  // already tomorrow there, so the test's own clock (UTC on the build machine) would be a day behind.
  const today = await page.evaluate(() => {
    const now = new Date();
    return `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${now.getFullYear()}`;
  });
  await expect(date).toHaveValue(today);

  await date.fill('31/6/2024');
  await date.press('Enter');
  await expect(dialog.getByText('Tháng 6 chỉ có 30 ngày.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Tạo giấy mời' })).toBeDisabled();
  // Enter closes the calendar either way: the reason is under the field, nothing covers the dialog.
  await expect(page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('giay-moi-ngay.png') });

  await date.fill('1/7/2024');
  await date.press('Enter');
  await expect(date).toHaveValue('01/07/2024');
  await dialog.getByRole('button', { name: 'Tạo giấy mời' }).click();
  await page.getByRole('tab', { name: 'Thông tin văn bản' }).click();
  await expect(page.getByLabel('Ngày văn bản', { exact: true })).toHaveValue('01/07/2024');
  const created = session.app.core.db.prepare("SELECT document_date AS d FROM documents WHERE kind = 'giay_moi' AND meeting_id = ?").get(id) as { d: string };
  expect(created.d).toBe('2024-07-01');
});
