/**
 * Issue 8: a person the directory may already have is asked about before being added — the one
 * there named, with "Mở" and "Vẫn thêm" — and a namesake in another organisation is not. 1366×768.
 */
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { useDemoApp } from './support/demo-app';
import { openDropdown } from './support/select-option';

const SHOTS = process.env.E2E_SHOTS ?? path.join(import.meta.dirname, '..', '.tmp', 'screens');

const session = useDemoApp('mttq-e2e-directory-duplicates-', { viewport: { width: 1366, height: 768 } });

const origin = (page: Page) => new URL(page.url()).origin;
const peopleNamed = (name: string) => session.app.core.db.prepare('SELECT count(*) FROM people WHERE full_name = ?').pluck().get(name) as number;

async function addPerson(page: Page, fullName: string, organisation: string): Promise<void> {
  await page.getByRole('button', { name: 'Thêm người' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm người vào danh bạ' });
  await dialog.getByLabel('Họ và tên').fill(fullName);
  await dialog.getByLabel('Chức danh hiện nay').fill('Ủy viên Ban Thường trực');
  // Typed to narrow the list (it is long), then picked.
  const picker = dialog.getByLabel('Cơ quan, tổ chức');
  await picker.click();
  await picker.fill(organisation);
  await openDropdown(page).getByTitle(organisation, { exact: true }).click();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
}

test('a name already in the organisation is asked about: "Mở" opens the one there, "Vẫn thêm" adds; another organisation is not asked', async () => {
  const page = session.app.page;
  const existing = session.app.core.db
    .prepare(`SELECT p.id, p.title, o.name AS organisation FROM people p JOIN organisations o ON o.id = p.organisation_id WHERE p.full_name = 'Lê Quang Huy'`)
    .get() as { id: number; title: string; organisation: string };
  await page.goto(`${origin(page)}/index.html#/danh-ba`);

  // Typed without tone marks, in the same organisation.
  await addPerson(page, 'le quang huy', existing.organisation);
  const question = page.getByRole('dialog', { name: 'Có thể người này đã có trong danh bạ' });
  await expect(question).toContainText(`Đã có người tên Lê Quang Huy (${existing.title}, ${existing.organisation}) trong danh bạ. Vẫn thêm?`);
  await expect(question.getByRole('button', { name: 'Vẫn thêm' })).toBeVisible();
  // Once antd's opening animation is over.
  await page.waitForFunction(() => document.querySelector('[class*="-appear"], [class*="-enter"]') === null);
  await page.screenshot({ path: path.join(SHOTS, 'danh-ba-trung-ten.png') });
  expect(peopleNamed('le quang huy')).toBe(0);

  // "Mở": the one already there, in the same dialog, what was typed dropped without a question.
  await question.getByRole('button', { name: /^Mở Lê Quang Huy/ }).click();
  const editing = page.getByRole('dialog', { name: 'Sửa thông tin: Lê Quang Huy' });
  await expect(editing).toBeVisible();
  await expect(editing.getByLabel('Họ và tên')).toHaveValue('Lê Quang Huy');
  await editing.getByRole('button', { name: 'Hủy' }).click();
  await expect(editing).toHaveCount(0);

  // Someone else of the same name: "Vẫn thêm" adds them.
  await addPerson(page, 'Lê Quang Huy', existing.organisation);
  await question.getByRole('button', { name: 'Vẫn thêm' }).click();
  await expect(page.getByText('Đã lưu "Lê Quang Huy".')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(peopleNamed('Lê Quang Huy')).toBe(2);

  // A namesake in another organisation is someone else: saved at once.
  const other = session.app.core.db.prepare('SELECT name FROM organisations WHERE name <> ? AND active = 1 ORDER BY id LIMIT 1').pluck().get(existing.organisation) as string;
  await addPerson(page, 'Lê Quang Huy', other);
  await expect(page.getByText('Đã lưu "Lê Quang Huy".').last()).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(peopleNamed('Lê Quang Huy')).toBe(3);
});

test('"Gộp bản ghi trùng": the other record is found by typing without tone marks and merged into the one kept', async () => {
  const page = session.app.page;
  const organisation = session.app.core.db
    .prepare(`SELECT o.name FROM people p JOIN organisations o ON o.id = p.organisation_id WHERE p.full_name = 'Lê Quang Huy'`)
    .pluck()
    .get() as string;
  await page.goto(`${origin(page)}/index.html#/danh-ba`);
  await addPerson(page, 'Lê Quang Huy', organisation);
  await page.getByRole('dialog', { name: 'Có thể người này đã có trong danh bạ' }).getByRole('button', { name: 'Vẫn thêm' }).click();
  await expect(page.getByText('Đã lưu "Lê Quang Huy".')).toBeVisible();
  expect(peopleNamed('Lê Quang Huy')).toBe(2);

  await page.getByRole('button', { name: 'Thao tác khác với Lê Quang Huy' }).first().click();
  await page.getByRole('menuitem', { name: 'Gộp bản ghi trùng' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gộp bản ghi trùng' });
  const picker = dialog.getByLabel('Chọn bản ghi trùng');
  await picker.click();
  await picker.fill('le quang huy');
  // Only the other record is offered: the one the dialog was opened from is not its own duplicate.
  const offered = openDropdown(page).locator('.ant-select-item-option');
  await expect(offered).toHaveCount(1);
  await expect(offered).toContainText('Lê Quang Huy');
  await offered.click();
  await dialog.getByRole('button', { name: 'Gộp', exact: true }).click();
  await expect(page.getByText('Đã gộp bản ghi trùng vào "Lê Quang Huy".')).toBeVisible();
  await expect(dialog).toHaveCount(0);
  expect(peopleNamed('Lê Quang Huy')).toBe(1);
});
