/**
 * `npx tsx tests/screenshots/small-screen.ts [name…]`: after `npm run build`, the screens a
 * 1366×768 laptop shows most (the common office screen), on the demo data, into
 * screenshots/1366x768/. With names, only the shots whose name contains one of them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { createDemoDatabase } from '../e2e/support/demo-database';
import { launchBrowser, openApp, TestPlatform } from '../e2e/support/app-harness';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = path.join(ROOT, 'screenshots', '1366x768');
const wanted = process.argv.slice(2);
/** A title as long as real ones get (issue 8: "speaker titles are cut off in their input"). */
const LONG_TITLE = 'Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam thành phố, Chủ tịch Hội Liên hiệp Phụ nữ thành phố';

async function main(): Promise<void> {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const demo = createDemoDatabase('mttq-small-screen-');
  const { ids } = demo;
  const platform = new TestPlatform();
  const browser = await launchBrowser();
  const app = await openApp(browser, { databaseFile: demo.databaseFile, viewport: { width: 1366, height: 768 }, platform });
  const { page } = app;
  const origin = new URL(page.url()).origin;
  const go = (hash: string) => page.goto(`${origin}/index.html#/${hash}`);
  const shoot = async (name: string, steps: (p: Page) => Promise<void>) => {
    if (wanted.length > 0 && !wanted.some((w) => name.includes(w))) return;
    await steps(page);
    await page.waitForTimeout(400);
    const file = path.join(OUT_DIR, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(file);
  };
  try {
    await page.getByRole('heading', { name: 'Trang chủ' }).waitFor();
    await shoot('trang-chu', async () => {
      await go('');
      await page.getByRole('heading', { name: 'Trang chủ' }).waitFor();
    });
    await shoot('tong-quan', async () => {
      await go('tong-quan');
      await page.locator('.recharts-surface').nth(1).waitFor();
    });
    await shoot('hoi-nghi-danh-sach', async () => {
      await go('hoi-nghi');
      await page.getByRole('heading', { name: 'Hội nghị', exact: true }).waitFor();
    });
    await shoot('van-ban-chi-dao-danh-sach', async () => {
      await go('van-ban-chi-dao');
      await page.getByText('56-NQ/TU').first().waitFor();
    });
    await shoot('nhiem-vu-danh-sach', async () => {
      await go('nhiem-vu');
      await page.getByText(/nhiệm vụ$/).first().waitFor();
    });
    await shoot('danh-ba-nguoi', async () => {
      await go('danh-ba');
      await page.getByRole('tab', { name: 'Người' }).waitFor();
      await page.getByRole('cell').first().waitFor();
    });
    await shoot('danh-ba-to-chuc', async () => {
      await go('danh-ba/to-chuc');
      await page.getByRole('cell').first().waitFor();
    });
    await shoot('van-ban-bien-ban', async () => {
      await go(`van-ban/${ids.documents.minutes.giaoBan2024}`);
      await page.getByRole('textbox', { name: 'Nội dung văn bản' }).waitFor();
    });
    await shoot('van-ban-da-xuat-word', async () => {
      await go(`van-ban/${ids.documents.minutes.giaoBan2024}`);
      await page.getByRole('textbox', { name: 'Nội dung văn bản' }).waitFor();
      platform.nextSavePath = path.join(demo.dir, 'bien-ban.docx');
      await page.getByRole('button', { name: 'Xuất Word' }).click();
      await page.getByText('Đã xuất văn bản ra Word').waitFor();
    });
    // The notice stays 8 s; the shots after it are of other screens.
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('.ant-notification-notice-close').forEach((b) => b.click()));
    await shoot('van-ban-danh-sach', async () => {
      await go('van-ban');
      await page.getByRole('cell').first().waitFor();
    });
    await shoot('van-ban-chi-dao-moi', async () => {
      await go('van-ban-chi-dao/moi');
      await page.getByLabel('Loại văn bản', { exact: true }).waitFor();
    });
    await shoot('van-ban-chi-dao-chi-tiet', async () => {
      await go(`van-ban-chi-dao/${ids.directives.nghiQuyet56}`);
      await page.getByText('Tệp đính kèm').first().waitFor();
    });
    await shoot('nhiem-vu-ngan-keo', async () => {
      await go('nhiem-vu');
      const first = page.locator('.ant-table-row .ant-table-cell').first();
      await first.waitFor();
      await first.click();
      await page.getByRole('dialog').getByText('Tiến độ thực hiện').first().waitFor();
    });
    await page.keyboard.press('Escape');
    await shoot('hoi-nghi-chuong-trinh', async () => {
      await go(`hoi-nghi/${ids.articleMeetings.giaoBan2024}`);
      await page.getByRole('tab', { name: /^Chương trình, ý kiến/ }).click();
      await page.waitForTimeout(300);
    });
    await shoot('hoi-nghi-chon-nguoi-trinh-bay', async () => {
      await go(`hoi-nghi/${ids.articleMeetings.giaoBan2024}`);
      await page.getByRole('tab', { name: /^Chương trình, ý kiến/ }).click();
      const presenter = page.getByLabel('Người trình bày nội dung 2', { exact: true });
      await presenter.scrollIntoViewIfNeeded();
      await presenter.click();
      await presenter.pressSequentially('pho chu tich');
      await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().getByText('Danh bạ', { exact: true }).waitFor();
    });
    await shoot('hoi-nghi-chuc-danh-dai', async () => {
      await go(`hoi-nghi/${ids.articleMeetings.giaoBan2024}`);
      await page.getByRole('tab', { name: /^Chương trình, ý kiến/ }).click();
      await page.getByLabel('Người trình bày nội dung 1', { exact: true }).fill(`Nguyễn Thị Bích Ngọc, ${LONG_TITLE}`);
      await page.getByLabel('Chức danh người phát biểu, ý kiến 1 của nội dung 1', { exact: true }).fill(LONG_TITLE);
      await page.getByLabel('Tên nội dung 1', { exact: true }).click();
    });
    await shoot('hoi-nghi-chon-nguoi-phat-bieu', async () => {
      await go(`hoi-nghi/${ids.articleMeetings.giaoBan2024}`);
      await page.getByRole('tab', { name: /^Chương trình, ý kiến/ }).click();
      const speaker = page.getByLabel('Người phát biểu, ý kiến 1 của nội dung 2', { exact: true });
      await speaker.scrollIntoViewIfNeeded();
      await speaker.fill('');
      await speaker.pressSequentially('nguyen');
      await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().getByText('Thành phần hội nghị', { exact: true }).waitFor();
    });
    await shoot('hoi-nghi-da-co-bien-ban', async () => {
      await go(`hoi-nghi/${ids.articleMeetings.giaoBan2024}`);
      await page.getByRole('tab', { name: /^Văn bản đã soạn/ }).click();
      await page.getByRole('button', { name: 'Tạo biên bản' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Mở biên bản' }).waitFor();
    });
    await page.keyboard.press('Escape');
    await shoot('danh-ba-loc-nho-lai', async () => {
      await go('danh-ba');
      await page.getByLabel('Tìm người', { exact: true }).fill('chu tich');
      await page.getByRole('button', { name: 'Bỏ lọc' }).waitFor();
      await go('');
      await page.getByRole('heading', { name: 'Trang chủ' }).waitFor();
      await go('danh-ba');
      await page.getByRole('button', { name: 'Bỏ lọc' }).waitFor();
    });
    await shoot('ho-so-uy-ban', async () => {
      await go('ho-so');
      await page.getByLabel('Tên Ủy ban', { exact: true }).waitFor();
    });
    await shoot('bao-cao', async () => {
      await go('bao-cao');
      await page.getByRole('button', { name: 'Tổng hợp và soạn báo cáo' }).waitFor();
    });
    // Last: it changes the profile and the directory.
    await shoot('ho-so-them-lanh-dao-vao-danh-ba', async () => {
      await go('ho-so');
      await page.getByLabel('Họ tên Phó Chủ tịch 1', { exact: true }).waitFor();
      const count = await page.getByLabel(/^Họ tên Phó Chủ tịch \d+$/).count();
      await page.getByRole('button', { name: 'Thêm Phó Chủ tịch' }).click();
      await page.getByLabel(`Họ tên Phó Chủ tịch ${count + 1}`, { exact: true }).fill('Hoàng Thị Lan');
      await page.getByLabel(`Chức danh Phó Chủ tịch ${count + 1}`, { exact: true }).fill('Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố');
      await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
      await page.getByRole('dialog', { name: 'Thêm lãnh đạo này vào danh bạ?' }).waitFor();
    });
  } finally {
    await app.close();
    await browser.close();
    demo.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
