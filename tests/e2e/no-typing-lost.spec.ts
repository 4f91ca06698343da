import { expect, test, type Page } from '@playwright/test';
import { plainText, type RichDoc } from '../../shared/rich-text';
import { useDemoApp } from './support/demo-app';
import { openDropdown } from './support/select-option';

/*
 * Issue 8's proof in the browser: leaving with a refused edit asks and keeps the valid ones,
 * a half-typed directive is not dropped, a refresh keeps unsaved text as a version, and the
 * lead-organisation picker finds "Hội Nông dân" typed without tone marks.
 */

const session = useDemoApp('mttq-e2e-safety-');

const origin = (page: Page) => new URL(page.url()).origin;
const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });
const leaveQuestion = (page: Page) => page.getByRole('dialog', { name: 'Còn thay đổi chưa lưu được' });

function storedMeeting(id: number) {
  return session.app.core.db.prepare('SELECT title, place, notes FROM meetings WHERE id = ?').get(id) as { title: string; place: string; notes: string };
}

test('leaving a meeting with a refused title asks, and the other edits are already saved', async () => {
  const page = session.app.page;
  const id = session.ids.articleMeetings.giaoBan2024;
  const original = storedMeeting(id);
  await page.goto(`${origin(page)}/index.html#/hoi-nghi/${id}`);
  await expect(page.getByRole('tab', { name: /^Thông tin chung/ })).toBeVisible();

  await page.getByLabel('Tên hội nghị', { exact: true }).fill('');
  await page.getByLabel('Địa điểm', { exact: true }).fill('Hội trường B, trụ sở Ủy ban MTTQ thành phố');
  await page.getByLabel('Ghi chú', { exact: true }).fill('Đã gửi giấy mời cho các đại biểu.');
  // The sidebar at once, before autosave's own timer.
  await sidebar(page).getByText('Trang chủ', { exact: true }).click();

  const question = leaveQuestion(page);
  await expect(question).toContainText('Hãy nhập tên hội nghị.');
  await expect(question).toContainText('Các thay đổi khác đã được lưu.');
  expect(storedMeeting(id).place).toBe('Hội trường B, trụ sở Ủy ban MTTQ thành phố');
  expect(storedMeeting(id).notes).toBe('Đã gửi giấy mời cho các đại biểu.');
  expect(storedMeeting(id).title).toBe(original.title);

  // Staying keeps everything on screen, the refused title explained.
  await question.getByRole('button', { name: 'Ở lại để sửa' }).click();
  await expect(page.getByLabel('Tên hội nghị', { exact: true })).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: 'Chưa lưu được: Hãy nhập tên hội nghị.' })).toBeVisible();

  // Choosing to leave goes; the stored title is the one before.
  await sidebar(page).getByText('Trang chủ', { exact: true }).click();
  await leaveQuestion(page).getByRole('button', { name: 'Vẫn rời đi' }).click();
  await expect(page.getByRole('heading', { name: 'Trang chủ' })).toBeVisible();
  expect(storedMeeting(id).title).toBe(original.title);
});

test('a half-typed directive is not dropped by the sidebar: asked first, saved on the way out once it can be', async () => {
  const page = session.app.page;
  const count = () => (session.app.core.db.prepare("SELECT count(*) AS n FROM directives WHERE number_symbol = '2931-TB/TU'").get() as { n: number }).n;
  await page.goto(`${origin(page)}/index.html#/van-ban-chi-dao/moi`);
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký văn bản' })).toBeVisible();
  await page.getByLabel('Số, ký hiệu').fill('Số: 2931 -/TU');
  await page.getByLabel('Trích yếu').fill('Kết luận của Ban Thường vụ Thành ủy về công tác dân vận năm 2026');

  await sidebar(page).getByText('Hội nghị', { exact: true }).click();
  const question = leaveQuestion(page);
  await expect(question).toContainText('Văn bản đang vào sổ');
  await question.getByRole('button', { name: 'Ở lại để sửa' }).click();
  await expect(page.getByLabel('Trích yếu')).toHaveValue('Kết luận của Ban Thường vụ Thành ủy về công tác dân vận năm 2026');

  // Finished typing: leaving saves it without a question.
  await page.getByLabel('Số, ký hiệu').fill('Số: 2931 -TB/TU');
  await sidebar(page).getByText('Hội nghị', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Hội nghị', exact: true })).toBeVisible();
  await expect(leaveQuestion(page)).toHaveCount(0);
  expect(count()).toBe(1);
});

test('"Làm mới từ hội nghị" keeps text typed a moment ago, with a refused field, as a version', async () => {
  const page = session.app.page;
  const id = session.ids.documents.minutes.giaoBan2024;
  await page.goto(`${origin(page)}/index.html#/van-ban/${id}`);
  // A refused field: the issuing body emptied.
  await page.getByRole('tab', { name: 'Thông tin văn bản' }).click();
  await page.getByLabel('Cơ quan ban hành (dòng 2)').fill('');
  await page.getByRole('tab', { name: 'Nội dung' }).click();
  const editor = page.getByRole('textbox', { name: 'Nội dung văn bản' });
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  const typed = 'Ban Thường trực thống nhất đề nghị khen thưởng 12 tập thể tiêu biểu.';
  await page.keyboard.insertText(typed);

  await page.getByRole('button', { name: 'Làm mới từ hội nghị' }).click();
  await page.getByRole('dialog').filter({ hasText: 'Làm mới nội dung từ hội nghị?' }).getByRole('button', { name: 'Làm mới' }).click();
  await expect(page.getByText('Đã làm mới văn bản từ hội nghị.')).toBeVisible();
  await expect(editor).not.toContainText(typed);

  const versions = session.app.core.db.prepare('SELECT reason, body_json FROM document_versions WHERE document_id = ?').all(id) as Array<{
    reason: string;
    body_json: string;
  }>;
  const kept = versions.filter((v) => plainText(JSON.parse(v.body_json) as RichDoc).includes(typed));
  expect(kept.length).toBeGreaterThan(0);
  expect(kept.every((v) => v.reason === 'truoc_lam_moi')).toBe(true);

  // The history shows it.
  await page.getByRole('button', { name: 'Lịch sử phiên bản' }).click();
  await expect(page.getByRole('dialog', { name: 'Lịch sử phiên bản' }).getByText(/Trước khi làm mới từ hội nghị/).first()).toBeVisible();
});

test('the lead organisation is picked by typing "hoi nong dan" (or "HND")', async () => {
  const page = session.app.page;
  await page.goto(`${origin(page)}/index.html#/van-ban-chi-dao/${session.ids.directives.ketLuan03}`);
  const picker = page.getByLabel('Đơn vị chủ trì thực hiện văn bản');
  await picker.click();
  await picker.fill('HND');
  await expect(openDropdown(page).getByTitle('Hội Nông dân thành phố Hải Phòng', { exact: true })).toBeVisible();
  await picker.fill('hoi nong dan');
  const options = openDropdown(page).locator('.ant-select-item-option');
  await expect(options).toHaveCount(1);
  await options.first().click();
  await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
  const drawer = page.getByRole('dialog', { name: 'Nhiệm vụ' });
  await expect(drawer.locator('#task-lead').locator('..').locator('..')).toContainText('Hội Nông dân thành phố Hải Phòng');
});
