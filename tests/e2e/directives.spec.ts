import { expect, test, type Page } from '@playwright/test';
import { useDemoApp } from './support/demo-app';
import { selectOption } from './support/select-option';

const session = useDemoApp('mttq-e2e-directives-');

const origin = (page: Page) => new URL(page.url()).origin;

/** The antd Select wrapping the input with this id: its visible text is the chosen label. */
const selectOf = (page: Page, id: string) => page.locator('.ant-select').filter({ has: page.locator(`#${id}`) });

async function openNewDirective(page: Page): Promise<void> {
  await page.goto(`${origin(page)}/index.html#/van-ban-chi-dao`);
  await page.getByRole('button', { name: 'Đăng ký văn bản' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký văn bản' })).toBeVisible();
}

test('an incoming directive typed with "Số:" and stray spaces gets its type, an arrival number, and its duplicate is refused', async () => {
  const page = session.app.page;
  await openNewDirective(page);
  const symbol = page.getByLabel('Số, ký hiệu');
  const reading = page.getByTestId('symbol-reading');

  // Half-typed: the form says why it cannot read the symbol yet.
  await symbol.fill('Số: 2927 -/TU');
  await expect(reading).toHaveText('Thiếu mã loại văn bản sau dấu gạch ngang.');

  await symbol.fill('Số: 2927 -TB/TU');
  await expect(reading).toContainText('đọc là 2927-TB/TU');
  await expect(selectOf(page, 'directive-type')).toContainText('Thông báo');
  await expect(page.getByText('Điền theo số ký hiệu')).toBeVisible();

  await page.getByLabel('hoặc ghi tên cơ quan ban hành').fill('Ban Thường vụ Thành ủy');
  await page.getByLabel('Trích yếu').fill('Kết luận của Ban Thường vụ Thành ủy về công tác dân vận năm 2026');
  // Incoming is the default direction; the arrival date defaults to today and the number is offered.
  await expect(page.getByLabel('Số đến')).toHaveAttribute('placeholder', /^Tự động: \d\d$/);
  await page.getByRole('button', { name: 'Lưu' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Thông báo số 2927-TB/TU' })).toBeVisible();
  await expect(page).toHaveURL(/#\/van-ban-chi-dao\/\d+$/);
  await expect(page.getByLabel('Số đến')).toHaveValue(/^\d\d$/);

  // The same symbol again, typed another way: refused before saving, naming the entry in the register.
  await openNewDirective(page);
  await page.getByLabel('Số, ký hiệu').fill('2927-TB / TU');
  await expect(page.getByTestId('symbol-reading')).toContainText('Thông báo');
  await page.getByRole('button', { name: 'Lưu' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Chưa lưu được văn bản' });
  await expect(alert).toContainText('Văn bản này đã có trong sổ: Thông báo số 2927-TB/TU');
  await expect(alert).toContainText('Ban Thường vụ Thành ủy');
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký văn bản' })).toBeVisible();

  // Leaving the refused entry asks first (the one leave guard); the user chooses to drop it.
  await page.goto(`${origin(page)}/index.html#/van-ban-chi-dao`);
  const question = page.getByRole('dialog', { name: 'Còn thay đổi chưa lưu được' });
  await expect(question).toContainText('Văn bản này đã có trong sổ');
  await question.getByRole('button', { name: 'Vẫn rời đi' }).click();

  // The register lists it once, found without diacritics.
  await page.getByLabel('Tìm văn bản chỉ đạo').fill('cong tac dan van');
  await expect(page.getByRole('row').filter({ hasText: '2927-TB/TU' })).toHaveCount(1);
});

test('a meeting links a registered directive by its symbol, and offers to register an unknown one', async () => {
  const page = session.app.page;
  await page.goto(`${origin(page)}/index.html#/hoi-nghi/${session.ids.articleMeetings.khoiDanVan2020}`);
  await page.getByRole('tab', { name: 'Văn bản liên quan' }).click();
  const linked = page.locator('.ant-list-items').last();
  await expect(page.getByText('Kết luận số 03-KL/TU ngày 12/10/2020')).toBeVisible();

  // A registered directive, typed loosely as it appears in a news report.
  const field = page.getByLabel('Số ký hiệu văn bản cần liên kết');
  await field.fill('Số: 757 / QĐ – UBND');
  await page.getByRole('button', { name: 'Liên kết 757/QĐ-UBND', exact: true }).click();
  await expect(linked).toContainText('Quyết định số 757/QĐ-UBND ngày 22/03/2024');
  await expect(field).toHaveValue('');

  // An unreadable symbol says why; an unknown one offers registration.
  await field.fill('03-XYZ/TU');
  await expect(page.getByText("Mã loại 'XYZ' không có trong danh mục Nghị định 30 hoặc Hướng dẫn 36.")).toBeVisible();
  await field.fill('Số: 99 - KL/TU');
  await expect(page.getByText('Sổ chưa có văn bản số 99-KL/TU.')).toBeVisible();
  await page.getByRole('button', { name: 'Đăng ký văn bản này' }).click();

  // The form opens prefilled; saving registers it and links it to the meeting.
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký văn bản' })).toBeVisible();
  await expect(page.getByLabel('Số, ký hiệu')).toHaveValue('99-KL/TU');
  await expect(selectOf(page, 'directive-type')).toContainText('Kết luận');
  await expect(page.getByText('Sau khi lưu, văn bản sẽ được liên kết với hội nghị bạn vừa mở (quan hệ: Triển khai thực hiện).')).toBeVisible();
  await page.getByLabel('Trích yếu').fill('Về tăng cường công tác dân vận trong tình hình mới');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kết luận số 99-KL/TU' })).toBeVisible();
  const meetingTitle = session.app.core.db.prepare('SELECT title FROM meetings WHERE id = ?').pluck().get(session.ids.articleMeetings.khoiDanVan2020) as string;
  await page.getByText(meetingTitle).click();
  await page.getByRole('tab', { name: 'Văn bản liên quan' }).click();
  await expect(page.locator('.ant-list-items').last()).toContainText('Kết luận số 99-KL/TU');
});

test('a task is assigned from a directive to the chosen lead organisation and stored with its source', async () => {
  const page = session.app.page;
  await page.goto(`${origin(page)}/index.html#/van-ban-chi-dao/${session.ids.directives.nghiQuyet56}`);
  await expect(page.getByRole('heading', { level: 1, name: /56-NQ\/TU/ })).toBeVisible();
  await selectOption(page, page.getByLabel('Đơn vị chủ trì thực hiện văn bản'), 'Hội Nông dân thành phố Hải Phòng');
  await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
  await expect(page.locator('.ant-drawer-open')).toContainText('Hội Nông dân thành phố Hải Phòng');
  const stored = session.app.core.db
    .prepare(
      `SELECT t.directive_id AS directiveId, o.name AS lead FROM tasks t JOIN organisations o ON o.id = t.lead_organisation_id
       ORDER BY t.id DESC LIMIT 1`,
    )
    .get() as { directiveId: number; lead: string };
  expect(stored).toEqual({ directiveId: session.ids.directives.nghiQuyet56, lead: 'Hội Nông dân thành phố Hải Phòng' });
});

test('deleting a directive asks first, and "Hoàn tác" brings it back', async () => {
  const page = session.app.page;
  const id = session.ids.directives.ketLuan03;
  await page.goto(`${origin(page)}/index.html#/van-ban-chi-dao/${id}`);
  await page.getByRole('button', { name: 'Xóa khỏi sổ' }).click();
  await page.getByRole('dialog').filter({ hasText: 'Xóa văn bản này khỏi sổ?' }).getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(page.getByText('Đã xóa văn bản khỏi sổ')).toBeVisible();
  const deletedAt = () => (session.app.core.db.prepare('SELECT deleted_at AS d FROM directives WHERE id = ?').get(id) as { d: string | null }).d;
  expect(deletedAt()).not.toBeNull();
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /03/ })).toBeVisible();
  expect(deletedAt()).toBeNull();
});
