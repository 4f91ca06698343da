/**
 * "From I have the text to the minutes are on disk": the 2024 Hải Phòng briefing pasted into an
 * empty database (only the committee's profile filled in), reviewed, accepted, the minutes drafted
 * and exported — counting every click. And the bad inputs: a damaged Word file, a paste far too
 * long: a Vietnamese message, nothing saved, the window still answering.
 */
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import JSZip from 'jszip';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../electron/core/db/open';
import { createDispatch, settledResult } from '../../electron/core/handlers/dispatch';
import { handlers } from '../../electron/core/handlers';
import { INTAKE_FIXTURES } from '../support/intake-fixtures';
import { textToDocx } from '../support/intake-docx-builder';
import { launchBrowser, openApp, TestPlatform, type AppSession } from './support/app-harness';

const BRIEFING = fs.readFileSync(path.join(INTAKE_FIXTURES, 'articles/haiphong-2024-07-03.txt'), 'utf8');

let browser: Browser;
let dir: string;
let app: AppSession;
let platform: TestPlatform;

/** An empty database whose first-run profile is done: the state of a newly installed app. */
function emptyDatabase(file: string): void {
  const opened = openDatabase(file);
  const dispatch = createDispatch({ db: opened.db, now: () => new Date(), appVersion: 'e2e', databasePath: file, schemaVersion: opened.schemaVersion }, handlers);
  const saved = settledResult(
    dispatch('profile:save', {
      committeeName: 'Ủy ban MTTQ Việt Nam thành phố Hải Phòng',
      parentBody: 'ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HẢI PHÒNG',
      placeName: 'Hải Phòng',
      level: 'tinh',
      abbreviation: 'MTTQ-BTT',
      chair: { fullName: 'Nguyễn Văn Khánh', title: 'Chủ tịch' },
    }),
  );
  opened.db.close();
  if (!saved.ok) throw new Error(saved.error.message);
}

const count = (app: AppSession, sql: string) => (app.core.db.prepare(sql).get() as { n: number }).n;

test.beforeAll(async () => {
  browser = await launchBrowser();
});
test.afterAll(async () => {
  await browser.close();
});
test.beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-e2e-intake-'));
  const databaseFile = path.join(dir, 'du-lieu.sqlite3');
  emptyDatabase(databaseFile);
  platform = new TestPlatform();
  app = await openApp(browser, { databaseFile, platform, viewport: { width: 1366, height: 768 } });
});
test.afterEach(async () => {
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the 2024 Hải Phòng briefing pasted, reviewed, saved, minutes drafted and exported in six clicks', async () => {
  const page = app.page;
  let clicks = 0;
  const click = async (target: Locator) => {
    clicks += 1;
    await target.click();
  };
  await expect(page.getByRole('heading', { name: 'Trang chủ' })).toBeVisible();

  await click(page.getByRole('button', { name: 'Nhập từ văn bản' }));
  const box = page.getByRole('textbox', { name: 'Nội dung văn bản' });
  await click(box);
  // Ctrl+V: the whole report arrives at once, as a paste does.
  await box.fill(BRIEFING);
  await click(page.getByRole('button', { name: 'Đọc văn bản' }));

  // The review: the source beside the record, each proposal highlighted where it came from.
  const source = page.getByLabel('Văn bản gốc', { exact: true }).locator('pre');
  await expect(source).toContainText('Chiều 3-7, đồng chí Đỗ Mạnh Hiến');
  await expect(page.getByLabel('Tên hội nghị')).toHaveValue(/^Hội nghị giao ban của Thường trực Thành uỷ/);
  await expect(page.getByText(/Ngày giờ được suy ra: .*buổi chiều/)).toBeVisible();
  for (const name of ['Đỗ Mạnh Hiến', 'Đặng Bá Cường', 'Lê Trí Vũ']) {
    await expect(page.getByRole('checkbox', { name: `Nhận ${name}` })).toBeChecked();
  }
  await expect(source.locator('mark.intake-attendee', { hasText: 'Đặng Bá Cường' })).toHaveCount(1);
  await expect(source.locator('mark.intake-figure', { hasText: '217/217 xã, phường, thị trấn' })).toHaveCount(1);
  await expect(source.locator('mark.intake-conclusion').first()).toBeVisible();
  // Looking at an item outlines its passage (hovering is not a click).
  await page.locator('[data-item="nguoi-2"]').hover();
  await expect(source.locator('mark.is-active', { hasText: 'Đặng Bá Cường' })).toBeVisible();
  // Nothing is saved before the user confirms.
  expect(count(app, 'SELECT count(*) AS n FROM meetings')).toBe(0);

  await click(page.getByRole('button', { name: 'Lưu hội nghị' }));
  await expect(page.getByText('Đã lưu hội nghị', { exact: true }).first()).toBeVisible();
  expect(count(app, 'SELECT count(*) AS n FROM meetings')).toBe(1);
  expect(count(app, 'SELECT count(*) AS n FROM meeting_attendees')).toBe(3);
  expect(count(app, 'SELECT count(*) AS n FROM conclusions')).toBe(7);
  expect(count(app, "SELECT count(*) AS n FROM meeting_attendees WHERE role = 'chu_tri' AND full_name = 'Đỗ Mạnh Hiến'")).toBe(1);

  await click(page.getByRole('button', { name: 'Soạn biên bản ngay' }));
  await expect(page.getByRole('heading', { level: 1, name: /^Biên bản hội nghị/ })).toBeVisible();
  const editor = page.getByRole('textbox', { name: 'Nội dung văn bản' });
  await expect(editor).toContainText('Đỗ Mạnh Hiến, Phó bí thư Thường trực Thành uỷ');

  const target = path.join(dir, 'Bien ban giao ban.docx');
  platform.nextSavePath = target;
  await click(page.getByRole('button', { name: 'Xuất Word' }));
  await expect(page.getByText('Đã xuất văn bản ra Word')).toBeVisible();

  const xml = await (await JSZip.loadAsync(fs.readFileSync(target))).file('word/document.xml')!.async('string');
  expect(xml).toContain('BIÊN BẢN');
  expect(xml).toContain('Đỗ Mạnh Hiến, Phó bí thư Thường trực Thành uỷ');
  expect(xml).toContain('Tổ chức thành công Đại hội Hội Liên hiệp thanh niên Việt Nam thành phố lần thứ 11');
  // The number stated in the README.
  expect(clicks).toBe(6);
});

async function stillAnswers(page: Page): Promise<void> {
  const started = Date.now();
  await page.evaluate(() => document.title);
  expect(Date.now() - started).toBeLessThan(1000);
}

test('a damaged Word file and a far too long paste: a Vietnamese message, nothing saved, the window answering', async () => {
  const page = app.page;
  await page.getByRole('button', { name: 'Nhập từ văn bản' }).click();

  const good = await textToDocx(BRIEFING);
  await page.getByLabel('Chọn tệp Word hoặc .txt', { exact: true }).setInputFiles({ name: 'hong.docx', mimeType: 'application/octet-stream', buffer: good.subarray(0, Math.floor(good.length / 2)) });
  await expect(page.getByRole('alert')).toContainText('Tệp Word bị hỏng');
  await stillAnswers(page);

  await page.getByLabel('Chọn tệp Word hoặc .txt', { exact: true }).setInputFiles({ name: 'bien-ban.doc', mimeType: 'application/msword', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]) });
  await expect(page.getByRole('alert')).toContainText('tệp Word cũ (.doc');

  const box = page.getByRole('textbox', { name: 'Nội dung văn bản' });
  await box.fill('Hội nghị tổng kết. '.repeat(280_000));
  await page.getByRole('button', { name: 'Đọc văn bản' }).click();
  await expect(page.getByRole('alert')).toContainText('quá dài');
  await stillAnswers(page);
  expect(count(app, 'SELECT count(*) AS n FROM meetings')).toBe(0);

  // A real Word file, read through the same channel as the app's file picker.
  await box.fill('');
  await page.getByLabel('Chọn tệp Word hoặc .txt', { exact: true }).setInputFiles({ name: 'giao-ban.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: good });
  await expect(page.getByRole('checkbox', { name: 'Nhận Lê Trí Vũ' })).toBeChecked();
  await expect(page.getByText('Văn bản gốc: giao-ban.docx')).toBeVisible();
  expect(count(app, 'SELECT count(*) AS n FROM meetings')).toBe(0);
});
