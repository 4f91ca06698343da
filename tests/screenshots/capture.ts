/**
 * `npm run screenshots`: opens the built renderer on a database filled with the demo data
 * (the meetings of ../shared/samples/articles and a year around them) and writes a PNG of each
 * main screen into screenshots/ at the project root.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { createDemoDatabase } from '../e2e/support/demo-database';
import { launchBrowser, openApp } from '../e2e/support/app-harness';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = path.join(ROOT, 'screenshots');

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
  const file = path.join(OUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  console.log(file);
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const demo = createDemoDatabase('mttq-screens-');
  const { dir, databaseFile, ids } = demo;

  const browser = await launchBrowser();
  try {
    // First run, on an empty database.
    const empty = await openApp(browser, { databaseFile: path.join(dir, 'empty.sqlite3') });
    await empty.page.getByText('Chào mừng').first().waitFor();
    await shoot(empty.page, '01-lan-dau-su-dung');
    await empty.close();

    const app = await openApp(browser, { databaseFile });
    const { page } = app;
    await page.getByRole('heading', { name: 'Trang chủ' }).waitFor();
    await shoot(page, '02-trang-chu');

    await page.goto(`${new URL(page.url()).origin}/index.html#/hoi-nghi`);
    await page.getByRole('heading', { name: 'Hội nghị', exact: true }).waitFor();
    await shoot(page, '03-danh-sach-hoi-nghi');

    await page.goto(`${new URL(page.url()).origin}/index.html#/hoi-nghi/${ids.articleMeetings.giaoBan2024}`);
    await page.getByRole('tab', { name: /^Thông tin chung/ }).waitFor();
    await shoot(page, '04-hoi-nghi-thong-tin-chung');
    for (const [tab, name] of [
      ['Thành phần', '05-hoi-nghi-thanh-phan'],
      ['Chương trình, ý kiến', '06-hoi-nghi-chuong-trinh'],
      ['Kết luận', '07-hoi-nghi-ket-luan'],
    ] as const) {
      await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      await shoot(page, name);
    }
    // The article meetings had no awards; the year-end review of 2025 did.
    const withAwards = app.core.db
      .prepare('SELECT meeting_id AS id FROM awards GROUP BY meeting_id ORDER BY count(*) DESC LIMIT 1')
      .get() as { id: number };
    await page.goto(`${new URL(page.url()).origin}/index.html#/hoi-nghi/${withAwards.id}`);
    await page.getByRole('tab', { name: /^Khen thưởng/ }).click();
    await shoot(page, '08-hoi-nghi-khen-thuong');

    // Nhập từ văn bản: a press report with titles before names, awards and cited directives.
    await page.goto(`${new URL(page.url()).origin}/index.html#/nhap-van-ban`);
    const pasteBox = page.getByRole('textbox', { name: 'Nội dung văn bản' });
    await pasteBox.fill(fs.readFileSync(path.join(ROOT, 'tests/fixtures/intake/tuning/bao-tinh-tong-ket-2023.txt'), 'utf8'));
    await shoot(page, '40-nhap-tu-van-ban');
    await page.getByRole('button', { name: 'Đọc văn bản' }).click();
    await page.getByRole('checkbox', { name: 'Nhận Phạm Thị Hồng Hà' }).waitFor();
    await page.locator('[data-item="nguoi-3"]').hover();
    await shoot(page, '41-xem-lai-de-xuat');
    await page.locator('[data-item="van-ban-1"]').scrollIntoViewIfNeeded();
    await page.locator('[data-item="van-ban-1"]').hover();
    await shoot(page, '42-xem-lai-van-ban-trich-dan');

    await page.goto(`${new URL(page.url()).origin}/index.html#/danh-ba`);
    await page.getByRole('tab', { name: 'Người' }).waitFor();
    await shoot(page, '09-danh-ba-nguoi');
    await page.getByRole('tab', { name: 'Cơ quan, tổ chức' }).click();
    await shoot(page, '10-danh-ba-to-chuc');

    await page.goto(`${new URL(page.url()).origin}/index.html#/ho-so`);
    await page.waitForTimeout(300);
    await shoot(page, '11-ho-so-uy-ban');

    await page.goto(`${new URL(page.url()).origin}/index.html#/van-ban`);
    await page.getByRole('heading', { name: 'Văn bản', exact: true }).waitFor();
    await shoot(page, '12-danh-sach-van-ban');
    await page.goto(`${new URL(page.url()).origin}/index.html#/van-ban/${ids.documents.minutes.giaoBan2024}`);
    await page.getByRole('textbox', { name: 'Nội dung văn bản' }).waitFor();
    await shoot(page, '13-soan-bien-ban');
    await page.getByRole('tab', { name: 'Thông tin văn bản' }).click();
    await shoot(page, '14-thong-tin-van-ban');
    await page.goto(`${new URL(page.url()).origin}/index.html#/van-ban/${ids.documents.conclusionNotices.giaoBan2024}`);
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByLabel('Trang xem trước').getByText('THÔNG BÁO').first().waitFor();
    await shoot(page, '15-xem-truoc-thong-bao');

    // The directives register, one directive with its links, and the meeting's "Văn bản liên quan".
    await page.goto(`${new URL(page.url()).origin}/index.html#/van-ban-chi-dao`);
    await page.getByRole('heading', { name: 'Văn bản chỉ đạo', exact: true }).waitFor();
    await page.getByText('56-NQ/TU').first().waitFor();
    await shoot(page, '20-so-van-ban-chi-dao');
    await page.goto(`${new URL(page.url()).origin}/index.html#/van-ban-chi-dao/${ids.directives.nghiQuyet56}`);
    await page.getByTestId('symbol-reading').getByText('Nghị quyết').waitFor();
    await shoot(page, '21-van-ban-chi-dao');
    await page.goto(`${new URL(page.url()).origin}/index.html#/hoi-nghi/${ids.articleMeetings.giaoBan2024}`);
    await page.getByRole('tab', { name: 'Văn bản liên quan' }).click();
    await page.getByLabel('Số ký hiệu văn bản cần liên kết').fill('Số: 2927 -TB/TU');
    await page.getByRole('button', { name: 'Đăng ký văn bản này' }).waitFor();
    await shoot(page, '22-hoi-nghi-van-ban-lien-quan');

    // Follow-up tasks: the list, the overdue view, one task, the dashboard, and a meeting's follow-up.
    await page.goto(`${new URL(page.url()).origin}/index.html#/nhiem-vu`);
    await page.getByRole('heading', { name: 'Nhiệm vụ', exact: true }).waitFor();
    await page.getByText(/nhiệm vụ$/).first().waitFor();
    await shoot(page, '30-nhiem-vu');
    await page.getByText('Quá hạn', { exact: true }).first().click();
    await page.getByText(/^Quá hạn \d+ ngày$/).first().waitFor();
    await shoot(page, '31-nhiem-vu-qua-han');
    await page.getByRole('cell', { name: /Hội Nông dân/ }).first().click();
    await page.getByRole('dialog').getByText('Tiến độ thực hiện').waitFor();
    await shoot(page, '32-nhiem-vu-chi-tiet');
    await page.keyboard.press('Escape');
    await page.goto(`${new URL(page.url()).origin}/index.html#/tong-quan`);
    await page.getByText('Nhiệm vụ theo đơn vị chủ trì').waitFor();
    await page.locator('.recharts-surface').nth(1).waitFor();
    await shoot(page, '33-tong-quan');
    if (ids.tasks.followUpMeeting !== null) {
      await page.goto(`${new URL(page.url()).origin}/index.html#/hoi-nghi/${ids.tasks.followUpMeeting}`);
      await page.getByText('Xem lại kỳ trước:', { exact: false }).first().waitFor();
      await shoot(page, '34-hoi-nghi-xem-lai-ky-truoc');
      await page.getByRole('tab', { name: 'Theo dõi kết luận' }).click();
      await page.getByText('Chưa giao cho đơn vị nào.').or(page.getByText(/Hội Nông dân/).first()).first().waitFor();
      await shoot(page, '35-hoi-nghi-theo-doi-ket-luan');
      await page.getByRole('tab', { name: /^Kết luận/ }).click();
      await shoot(page, '36-hoi-nghi-giao-nhiem-vu');
    }

    // Periodic reports: the Báo cáo screen, a report compiled from the records and its figures, the weekly schedule, the template.
    await page.goto(`${new URL(page.url()).origin}/index.html#/bao-cao`);
    await page.getByRole('button', { name: 'Tổng hợp và soạn báo cáo' }).waitFor();
    await shoot(page, '40-bao-cao');
    await page.getByRole('button', { name: 'Tổng hợp và soạn báo cáo' }).click();
    await page.getByRole('textbox', { name: 'Nội dung văn bản' }).waitFor();
    await page.locator('.ant-notification-notice-close').first().click().catch(() => undefined);
    await shoot(page, '41-bao-cao-ban-nhap');
    await page.getByRole('tab', { name: 'Số liệu' }).click();
    await shoot(page, '42-bao-cao-so-lieu');
    await page.goto(`${new URL(page.url()).origin}/index.html#/bao-cao/lich-tuan`);
    await page.getByRole('button', { name: 'Xuất Word' }).waitFor();
    await shoot(page, '43-lich-cong-tac-tuan');
    await page.goto(`${new URL(page.url()).origin}/index.html#/bao-cao/mau`);
    await page.getByRole('button', { name: 'Thêm mục' }).waitFor();
    await shoot(page, '44-mau-bao-cao');
    await app.close();
  } finally {
    await browser.close();
    demo.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
