import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { DemoIds } from '../../electron/core/demo';
import { createDemoDatabase, type DemoDatabase } from './support/demo-database';
import { launchBrowser, openApp, type AppSession } from './support/app-harness';
import { createDispatch, settledResult } from '../../electron/core/handlers/dispatch';
import { handlers } from '../../electron/core/handlers';
import { attendee } from '../support/fixtures';

const SHOTS = path.join(import.meta.dirname, '..', '.tmp', 'screens');

let browser: Browser;
let demo: DemoDatabase;
let app: AppSession;
let ids: DemoIds;

test.beforeAll(async () => {
  browser = await launchBrowser();
  fs.mkdirSync(SHOTS, { recursive: true });
});
test.afterAll(async () => {
  await browser.close();
});
test.beforeEach(async () => {
  demo = createDemoDatabase('mttq-e2e-tim-');
  ids = demo.ids;
  app = await openApp(browser, { databaseFile: demo.databaseFile });
});
test.afterEach(async () => {
  await app.close();
  demo.remove();
});

/** Ctrl+K from wherever the page is, then the query typed as a user types it. */
async function searchFor(page: Page, query: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Tìm kiếm trong toàn bộ dữ liệu' });
  await expect(box).toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  await box.pressSequentially(query, { delay: 20 });
}

function results(page: Page) {
  return page.getByRole('listbox', { name: 'Kết quả tìm kiếm' });
}

function group(page: Page, label: string) {
  return results(page).getByRole('group', { name: label });
}

test('a name typed without diacritics finds the person and the meeting he attended; his page lists it with the title held', async () => {
  const page = app.page;
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await searchFor(page, 'tran luu quang');
  const person = group(page, 'Người').getByRole('option', { name: /Trần Lưu Quang/ });
  await expect(person).toBeVisible();
  const attended = app.core.db
    .prepare(`SELECT m.title FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id WHERE a.person_id = ? AND m.deleted_at IS NULL`)
    .pluck()
    .all(ids.people.tranLuuQuang) as string[];
  expect(attended.length).toBeGreaterThan(0);
  for (const title of attended) await expect(group(page, 'Hội nghị').getByRole('option').filter({ hasText: title })).toBeVisible();
  // The name is marked where it matched, accents and all.
  await expect(person.locator('mark').first()).toHaveText('Trần');
  await page.screenshot({ path: path.join(SHOTS, 'tim-kiem-nguoi.png') });

  // ↓ to the person (first result here) and Enter: the person's page.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(person).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Trần Lưu Quang' })).toBeVisible();
  const rows = page.locator('.ant-card').filter({ hasText: 'Hội nghị đã dự' }).locator('tbody tr');
  await expect(rows).toHaveCount(attended.length);
  await expect(rows.first()).toContainText('Bí thư Thành ủy');
  await page.screenshot({ path: path.join(SHOTS, 'trang-ca-nhan.png') });
});

test('"56-NQ" finds the directive and the meetings citing it', async () => {
  const page = app.page;
  await searchFor(page, '56-NQ');
  const directive = group(page, 'Văn bản chỉ đạo').getByRole('option').filter({ hasText: '56-NQ/TU' });
  await expect(directive).toBeVisible();
  const citing = app.core.db
    .prepare(
      `SELECT m.title FROM meeting_directives md JOIN directives d ON d.id = md.directive_id JOIN meetings m ON m.id = md.meeting_id
       WHERE d.number_symbol = '56-NQ/TU' AND m.deleted_at IS NULL`,
    )
    .pluck()
    .all() as string[];
  expect(citing.length).toBeGreaterThan(0);
  for (const title of citing) await expect(group(page, 'Hội nghị').getByRole('option').filter({ hasText: title })).toBeVisible();
  // The directive comes first; Enter opens its page.
  await expect(results(page).getByRole('option').first()).toContainText('56-NQ/TU');
  await page.screenshot({ path: path.join(SHOTS, 'tim-kiem-so-ky-hieu.png') });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/van-ban-chi-dao\/\d+$/);

  // A scope chip keeps to its kind.
  await searchFor(page, ' ');
  await page.getByRole('combobox', { name: 'Tìm kiếm trong toàn bộ dữ liệu' }).fill('56-NQ');
  await page.getByRole('group', { name: 'Phạm vi tìm kiếm' }).getByText('Hội nghị', { exact: true }).click();
  await expect(group(page, 'Hội nghị')).toBeVisible();
  await expect(group(page, 'Văn bản chỉ đạo')).toHaveCount(0);
});

test('"bao cao dinh ky con cham" finds the 2024 briefing and opens it at that speech', async () => {
  const page = app.page;
  await searchFor(page, 'bao cao dinh ky con cham');
  const first = results(page).getByRole('option').first();
  const title = app.core.db.prepare('SELECT title FROM meetings WHERE id = ?').pluck().get(ids.articleMeetings.giaoBan2024) as string;
  await expect(first).toContainText(title);
  await expect(first.locator('mark')).toContainText(['báo', 'cáo', 'định', 'kỳ', 'còn', 'chậm']);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(new RegExp(`#/hoi-nghi/${ids.articleMeetings.giaoBan2024}$`));
  await expect(page.getByRole('tab', { name: /^Chương trình, ý kiến/ })).toHaveAttribute('aria-selected', 'true');
  const speechId = app.core.db
    .prepare("SELECT id FROM speeches WHERE meeting_id = ? AND summary LIKE '%báo cáo định kỳ còn chậm%'")
    .pluck()
    .get(ids.articleMeetings.giaoBan2024) as string;
  const speech = page.locator(`[data-row-id="${speechId}"]`);
  await expect(speech).toBeInViewport();
  await expect(speech).toHaveClass(/search-focus/);
  await page.screenshot({ path: path.join(SHOTS, 'mo-tai-y-kien.png') });
});

test('a query of punctuation or FTS syntax answers with a hint or nothing, never an error', async () => {
  const page = app.page;
  await searchFor(page, '"(*');
  await expect(page.getByText('Hãy gõ ít nhất một chữ hoặc một số để tìm', { exact: false })).toBeVisible();
  await page.getByRole('combobox', { name: 'Tìm kiếm trong toàn bộ dữ liệu' }).fill('NEAR(zzzz OR "qqqq');
  await expect(page.getByText(/Không tìm thấy gì khớp với/)).toBeVisible();
});

test('a hit on the 120th attendee of a large meeting opens the attendees on the page holding that row, scrolled to it', async () => {
  const page = app.page;
  // A consultation conference of 130 delegates, made through the real handlers on the app's own connection.
  const dispatch = createDispatch(app.core, handlers);
  const must = (channel: string, input: unknown) => {
    const result = settledResult(dispatch(channel, input));
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.data as { id: number } & Record<string, unknown>;
  };
  const created = must('meetings:create', { title: 'Hội nghị hiệp thương lần thứ ba, 130 đại biểu', kind: 'hiep_thuong', startAt: '2026-02-20T08:00' });
  const blank = must('meetings:get', { id: created.id });
  const delegates = Array.from({ length: 130 }, (_, i) =>
    attendee({ fullName: i === 119 ? 'Phùng Thị Khuê Nhi' : `Đại biểu số ${i + 1}`, title: 'Đại biểu chính thức', organisationName: 'Khu dân cư số 3' }),
  );
  const { createdAt: _c, updatedAt, ...input } = blank;
  must('meetings:save', { ...input, attendees: delegates, baseUpdatedAt: updatedAt });
  const target = app.core.db.prepare('SELECT id FROM meeting_attendees WHERE meeting_id = ? AND full_name = ?').pluck().get(created.id, 'Phùng Thị Khuê Nhi') as string;

  await searchFor(page, 'khue nhi');
  const hit = group(page, 'Hội nghị').getByRole('option').filter({ hasText: 'Hội nghị hiệp thương lần thứ ba, 130 đại biểu' });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toHaveText('Khuê');
  await hit.click();

  await expect(page).toHaveURL(new RegExp(`#/hoi-nghi/${created.id}$`));
  await expect(page.getByRole('tab', { name: /^Thành phần \(130\)/ })).toHaveAttribute('aria-selected', 'true');
  // Rows 101–130 are on the third page of 50: that page is shown, the row drawn, scrolled to and marked.
  await expect(page.locator('.ant-pagination-item-active')).toHaveText('3');
  const row = page.locator(`tr[data-row-key="${target}"]`);
  await expect(row).toBeInViewport();
  await expect(row).toHaveClass(/search-focus/);
  // Numbered over the whole list, not from 1 on each page.
  await expect(row.locator('td').first()).toHaveText('120');
  await expect(row.getByRole('textbox', { name: 'Họ và tên, dòng 120' })).toHaveValue('Phùng Thị Khuê Nhi');
  await page.screenshot({ path: path.join(SHOTS, 'mo-tai-dai-bieu-trang-3.png') });
});

test('"Lập lại chỉ mục tìm kiếm" from the menu says how it went, leaves no message turning, and the box still finds', async () => {
  const page = app.page;
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await app.menu('rebuild-search');
  // As in the app, the index is made again in the background (openApp): the message says so.
  await expect(page.getByText('Đang lập lại chỉ mục tìm kiếm trong nền.', { exact: false })).toBeVisible();
  await expect(page.getByText('Đang lập lại chỉ mục tìm kiếm…', { exact: true })).toHaveCount(0);
  await searchFor(page, 'tran luu quang');
  await expect(group(page, 'Người').getByRole('option', { name: /Trần Lưu Quang/ })).toBeVisible();
});
