/**
 * Issue 8: a directive registered from a meeting keeps the relation picked there ("Trích dẫn, căn
 * cứ"), is registered as cited with no arrival date, shows so in the register; registering it again
 * is refused with a button that opens the entry already there. Screens at 1366×768.
 */
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { useDemoApp } from './support/demo-app';
import { selectOption } from './support/select-option';

const SHOTS = process.env.E2E_SHOTS ?? path.join(import.meta.dirname, '..', '.tmp', 'screens');

const session = useDemoApp('mttq-e2e-directive-relation-', { viewport: { width: 1366, height: 768 } });

const origin = (page: Page) => new URL(page.url()).origin;

test('"Trích dẫn, căn cứ" picked on the meeting: registered as cited, no arrival date, linked as cited; again → "Mở văn bản đã có"', async () => {
  const page = session.app.page;
  const meetingId = session.ids.articleMeetings.khoiDanVan2020;
  await page.goto(`${origin(page)}/index.html#/hoi-nghi/${meetingId}`);
  await page.getByRole('tab', { name: 'Văn bản liên quan' }).click();

  // The relation first, then a symbol the register does not have.
  await selectOption(page, page.getByLabel('Quan hệ với hội nghị', { exact: true }), 'Trích dẫn, căn cứ');
  await page.getByLabel('Số ký hiệu văn bản cần liên kết').fill('Số: 43-NQ/TW');
  await expect(page.getByText('Sổ chưa có văn bản số 43-NQ/TW.')).toBeVisible();
  await page.getByRole('button', { name: 'Đăng ký văn bản này' }).click();

  // The form knows it is only cited: no arrival date asked for, and says what it will link.
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký văn bản' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Văn bản trích dẫn' })).toBeChecked();
  await expect(page.getByLabel('Ngày đến')).toHaveCount(0);
  await expect(page.getByLabel('Số đến')).toHaveCount(0);
  await expect(page.getByText('Sau khi lưu, văn bản sẽ được liên kết với hội nghị bạn vừa mở (quan hệ: Trích dẫn, căn cứ).')).toBeVisible();
  await page.getByLabel('hoặc ghi tên cơ quan ban hành').fill('Ban Chấp hành Trung ương');
  await page.getByLabel('Trích yếu').fill('Về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc');
  await page.screenshot({ path: path.join(SHOTS, 'van-ban-trich-dan.png') });
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nghị quyết số 43-NQ/TW' })).toBeVisible();

  const stored = session.app.core.db
    .prepare(
      `SELECT d.id, d.direction, d.arrival_date AS arrivalDate, d.arrival_number AS arrivalNumber, md.relation
       FROM directives d JOIN meeting_directives md ON md.directive_id = d.id
       WHERE d.number_symbol = '43-NQ/TW' AND md.meeting_id = ?`,
    )
    .get(meetingId) as { id: number; direction: string; arrivalDate: string | null; arrivalNumber: number | null; relation: string };
  expect(stored).toEqual({ id: stored.id, direction: 'trich_dan', arrivalDate: null, arrivalNumber: null, relation: 'trich_dan' });

  // The meeting lists it with the relation picked.
  await page.goto(`${origin(page)}/index.html#/hoi-nghi/${meetingId}`);
  await page.getByRole('tab', { name: 'Văn bản liên quan' }).click();
  await expect(page.locator('.ant-select').filter({ has: page.getByLabel('Quan hệ với văn bản 43-NQ/TW') })).toContainText('Trích dẫn, căn cứ');

  // The register says "Trích dẫn" and that there is no arrival number, rather than an empty cell.
  await page.goto(`${origin(page)}/index.html#/van-ban-chi-dao`);
  await page.getByLabel('Tìm văn bản chỉ đạo').fill('43-NQ/TW');
  const row = page.getByRole('row').filter({ hasText: '43-NQ/TW' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Trích dẫn');
  await expect(row.getByTitle(/không có số đến, ngày đến/)).toHaveText('Không có');
  await page.screenshot({ path: path.join(SHOTS, 'so-van-ban-trich-dan.png') });

  // Registering it again: refused, and one click opens the entry already there.
  await page.getByRole('button', { name: 'Đăng ký văn bản' }).click();
  await page.getByLabel('Số, ký hiệu').fill('43 - NQ/TW');
  await page.getByText('Văn bản trích dẫn', { exact: true }).click();
  await page.getByRole('button', { name: 'Lưu' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Chưa lưu được văn bản' });
  await expect(alert).toContainText('Văn bản này đã có trong sổ: Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương');
  await page.screenshot({ path: path.join(SHOTS, 'van-ban-trung.png') });
  await alert.getByRole('button', { name: 'Mở văn bản đã có' }).click();
  // No question about the refused copy: the user chose the one in the register.
  await expect(page.getByRole('heading', { level: 1, name: 'Nghị quyết số 43-NQ/TW' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/van-ban-chi-dao/${stored.id}$`));
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(session.app.core.db.prepare("SELECT count(*) FROM directives WHERE number_symbol = '43-NQ/TW'").pluck().get()).toBe(1);
});
