import { expect, test, type Browser } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDemoDatabase, type DemoDatabase } from './support/demo-database';
import { launchBrowser, openApp, type AppSession, type TestPlatform } from './support/app-harness';

// A click that cannot happen fails in seconds with the reason, instead of at the test's timeout.
test.use({ actionTimeout: 15_000 });

let browser: Browser;
let demo: DemoDatabase;
let app: AppSession;
let now = new Date('2026-03-10T09:00:00+07:00');

test.beforeAll(async () => {
  browser = await launchBrowser();
});
test.afterAll(async () => {
  await browser.close();
});
test.beforeEach(async () => {
  now = new Date('2026-03-10T09:00:00+07:00');
  demo = createDemoDatabase('mttq-e2e-backup-');
  app = await openApp(browser, { databaseFile: demo.databaseFile, now: () => now });
});
test.afterEach(async () => {
  await app.close();
  demo.remove();
});

const SHOTS = path.join(import.meta.dirname, '..', '.tmp', 'screens');

function meetingRow(id: number) {
  return app.core.db.prepare('SELECT title, deleted_at AS deletedAt FROM meetings WHERE id = ?').get(id) as { title: string; deletedAt: string | null };
}

test('a deleted meeting is found in the bin days later and restored from there', async () => {
  const page = app.page;
  const id = demo.ids.articleMeetings.giaoBan2024;
  const title = meetingRow(id).title;
  await page.goto(`${new URL(page.url()).origin}/index.html#/hoi-nghi/${id}`);
  await page.getByRole('button', { name: 'Xóa hội nghị' }).click();
  await page.getByRole('dialog').filter({ hasText: 'Xóa hội nghị này?' }).getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Hội nghị', exact: true })).toBeVisible();
  expect(meetingRow(id).deletedAt).not.toBeNull();

  // Six days later, long after any "Hoàn tác" toast is gone.
  now = new Date('2026-03-16T10:00:00+07:00');
  await app.menu('open-bin');
  await expect(page.getByRole('heading', { name: 'Thùng rác', level: 1 })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: title.slice(0, 40) });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Hội nghị');
  await expect(row).toContainText('Còn 24 ngày');
  await page.screenshot({ path: path.join(SHOTS, 'thung-rac.png') });

  await row.getByRole('button', { name: `Khôi phục ${title}` }).click();
  await expect(page.getByText(`Đã khôi phục “${title}”`)).toBeVisible();
  await expect(page.getByText('Thùng rác trống.')).toBeVisible();
  expect(meetingRow(id).deletedAt).toBeNull();

  // Emptying asks first; saying no keeps everything.
  expect((await page.evaluate((meetingId) => window.api['meetings:delete']({ id: meetingId }), id)).ok).toBe(true);
  await app.menu('go-home');
  await app.menu('open-bin');
  await page.getByRole('button', { name: 'Dọn sạch thùng rác' }).click();
  const ask = page.getByRole('dialog').filter({ hasText: 'Xóa hẳn mọi thứ trong thùng rác?' });
  await ask.getByRole('button', { name: 'Hủy' }).click();
  expect(meetingRow(id).deletedAt).not.toBeNull();
});

test('a backup restored from the menu brings the older data back, and the restore is undone', async () => {
  const page = app.page;
  await app.menu('open-backups');
  await expect(page.getByRole('heading', { name: 'Sao lưu và khôi phục', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByText('Đã sao lưu')).toBeVisible();
  const backupRow = page.getByRole('row').filter({ hasText: 'Do bạn tạo' });
  await expect(backupRow).toContainText('hội nghị');

  // Work goes on after the backup: a new meeting.
  const created = await page.evaluate(() =>
    window.api['meetings:create']({ title: 'Hội nghị thêm sau khi sao lưu', kind: 'giao_ban', startAt: '2026-03-12T08:00' }),
  );
  expect(created.ok).toBe(true);
  await page.screenshot({ path: path.join(SHOTS, 'sao-luu.png') });

  await app.menu('open-backups');
  await backupRow.getByRole('button', { name: /^Khôi phục bản sao lưu lúc/ }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: 'Khôi phục bản sao lưu lúc' });
  await expect(confirm).toContainText('có thể hoàn tác');
  await confirm.getByRole('button', { name: 'Khôi phục', exact: true }).click();

  // The page starts again on the restored data, and says how to undo.
  await expect(page.getByText('Đã khôi phục dữ liệu từ bản sao lưu lúc')).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'da-khoi-phuc.png') });
  const count = () => app.core.db.prepare("SELECT count(*) FROM meetings WHERE title = 'Hội nghị thêm sau khi sao lưu'").pluck().get();
  expect(count()).toBe(0);
  await app.menu('go-meetings');
  await expect(page.getByRole('heading', { name: 'Hội nghị', exact: true })).toBeVisible();
  await expect(page.getByText('Hội nghị thêm sau khi sao lưu')).toHaveCount(0);

  await page.getByRole('button', { name: 'Hoàn tác khôi phục' }).click();
  await expect(page.getByText('Đã hoàn tác việc khôi phục')).toBeVisible();
  expect(count()).toBe(1);
  await app.menu('go-meetings');
  await expect(page.getByText('Hội nghị thêm sau khi sao lưu')).toBeVisible();
});

test('the second place is chosen and dropped, the status follows at once, and the warning delay is saved', async () => {
  const page = app.page;
  const platform = app.core.platform as TestPlatform;
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-e2e-usb-'));
  try {
    await app.menu('open-backups');
    await expect(page.getByRole('heading', { name: 'Sao lưu và khôi phục', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await expect(page.getByText('Đã sao lưu')).toBeVisible();
    const noCopyOutside = page.getByText('Chưa có bản sao lưu nào ở ngoài máy này.', { exact: false });
    await expect(noCopyOutside).toBeVisible();
    const outside = page.locator('.ant-descriptions-row').filter({ hasText: 'Ra ngoài máy gần nhất' });
    await expect(outside).toContainText('Chưa có');

    // A file is not a folder: refused, in Vietnamese, and nothing changes.
    const notAFolder = path.join(usb, 'ghi-chu.txt');
    fs.writeFileSync(notAFolder, 'không phải thư mục');
    platform.nextFolder = notAFolder;
    await page.getByRole('button', { name: 'Chọn nơi lưu thứ hai…' }).click();
    await expect(page.getByText('Không dùng được thư mục này')).toBeVisible();
    await expect(page.getByText('Chưa chọn')).toBeVisible();

    // A folder that can be used: shown, the newest backup copied there, the warning gone, without reopening the screen.
    platform.nextFolder = usb;
    await page.getByRole('button', { name: 'Chọn nơi lưu thứ hai…' }).click();
    await expect(page.getByText(path.resolve(usb), { exact: true })).toBeVisible();
    await expect(noCopyOutside).toHaveCount(0);
    await expect(outside).not.toContainText('Chưa có');

    await page.getByRole('button', { name: 'Bỏ nơi lưu này' }).click();
    await expect(page.getByText('Chưa chọn')).toBeVisible();
    await expect(noCopyOutside).toBeVisible();

    // The delay: "Lưu" only for a changed value; once saved, the stored value stays in the field.
    const days = page.getByRole('spinbutton', { name: 'Số ngày trước khi nhắc sao lưu ra ngoài máy' });
    const save = page.getByRole('button', { name: 'Lưu', exact: true });
    await expect(days).toHaveValue('7');
    await expect(save).toBeDisabled();
    await days.fill('14');
    await expect(save).toBeEnabled();
    await save.click();
    await expect(save).toBeDisabled();
    await expect(days).toHaveValue('14');
    expect(app.core.backups?.settings().warnAfterDays).toBe(14);
    await app.menu('go-home');
    await app.menu('open-backups');
    await expect(days).toHaveValue('14');
  } finally {
    fs.rmSync(usb, { recursive: true, force: true });
  }
});

test('a backup that fails is told at once, and its reason stays on the screen until a backup succeeds', async () => {
  const page = app.page;
  await page.goto(`${new URL(page.url()).origin}/index.html#/sao-luu`);
  await expect(page.getByRole('button', { name: 'Sao lưu ngay' })).toBeVisible();
  // The backup folder replaced by a file of the same name: nothing can be written there.
  const folder = path.join(path.dirname(demo.databaseFile), 'sao-luu');
  const keptAside = `${folder}.giu`;
  if (fs.existsSync(folder)) fs.renameSync(folder, keptAside);
  fs.writeFileSync(folder, 'không phải thư mục');

  const warning = page.locator('.ant-alert-warning');
  const before = (await warning.count()) > 0 ? await warning.textContent() : null;

  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByText('Chưa sao lưu được')).toBeVisible();
  // The failure is the backup state's last error: shown without leaving the screen (the query layer
  // reads the state again after this refused write, as it does after a write that succeeds).
  await expect(warning).toBeVisible();
  await expect.poll(() => warning.textContent()).not.toBe(before);
  const reason = (await warning.textContent())!;
  expect(reason).toMatch(/sao lưu|thư mục|ổ đĩa/i);

  // Once the folder is back, a backup succeeds and the reason goes.
  fs.rmSync(folder);
  if (fs.existsSync(keptAside)) fs.renameSync(keptAside, folder);
  await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByText(/^Đã sao lưu:/)).toBeVisible();
  // (The notice of the failure stays until closed; the state's warning does not.)
  await expect(warning.filter({ hasText: reason })).toHaveCount(0);
});
