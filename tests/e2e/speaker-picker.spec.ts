import { expect, test, type Browser } from '@playwright/test';
import { handlers } from '../../electron/core/handlers';
import { createDemoDatabase, type DemoDatabase } from './support/demo-database';
import { launchBrowser, openApp, type AppSession } from './support/app-harness';
import { MeetingPages } from './support/meeting-page';
import { openDropdown } from './support/select-option';

let browser: Browser;
let demo: DemoDatabase;
let app: AppSession;

test.beforeAll(async () => {
  browser = await launchBrowser();
});
test.afterAll(async () => {
  await browser.close();
});
test.beforeEach(async () => {
  demo = createDemoDatabase('mttq-e2e-speakers-');
  app = await openApp(browser, { databaseFile: demo.databaseFile, viewport: { width: 1366, height: 768 } });
});
test.afterEach(async () => {
  await app.close();
  demo.remove();
});

const meetingOf = async (id: number) => handlers['meetings:get'](app.core, { id });

test('presenters and speakers are picked from the attendees and the directory, typed without diacritics, and their titles are shown whole', async () => {
  const page = app.page;
  const meetingId = demo.ids.articleMeetings.giaoBan2024;
  const before = await meetingOf(meetingId);
  const second = before.agenda[1]!;
  expect(second.presenter).toBe('');
  await page.goto(`${new URL(page.url()).origin}/index.html#/hoi-nghi/${meetingId}`);
  const meetings = new MeetingPages(page);
  await meetings.tab('Chương trình, ý kiến').click();

  // An attendee, by name without tone marks: the title he held at this meeting comes with him.
  const presenter = page.getByLabel('Người trình bày nội dung 2', { exact: true });
  await presenter.click();
  await presenter.pressSequentially('pham van toan');
  const fromMeeting = openDropdown(page);
  await expect(fromMeeting.getByText('Thành phần hội nghị')).toBeVisible();
  await fromMeeting.getByText('Phạm Văn Toàn — Chủ tịch Liên đoàn Lao động thành phố', { exact: true }).click();
  await expect(presenter).toHaveValue('Phạm Văn Toàn, Chủ tịch Liên đoàn Lao động thành phố');

  // Someone from the directory who did not attend; "huong" finds Hương, not "Thường trực".
  await page.getByRole('button', { name: 'Thêm báo cáo, ý kiến phát biểu' }).nth(1).click();
  const label = `ý kiến ${second.speeches.length + 1} của nội dung 2`;
  const speaker = page.getByLabel(`Người phát biểu, ${label}`, { exact: true });
  await speaker.click();
  await speaker.pressSequentially('thanh huong');
  const fromDirectory = openDropdown(page);
  await expect(fromDirectory.getByText('Danh bạ', { exact: true })).toBeVisible();
  await expect(fromDirectory.getByText(/Thường trực/)).toHaveCount(0);
  await fromDirectory.getByText('Bùi Thị Thanh Hương — Trưởng Ban Phong trào Ủy ban MTTQ Việt Nam thành phố', { exact: true }).click();
  await expect(speaker).toHaveValue('Bùi Thị Thanh Hương');
  const title = page.getByLabel(`Chức danh người phát biểu, ${label}`, { exact: true });
  await expect(title).toHaveValue('Trưởng Ban Phong trào Ủy ban MTTQ Việt Nam thành phố');
  // The title field grows to show a long title whole: no text hidden past its edge.
  const fits = await title.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight + 1);
  expect(fits).toBe(true);

  await meetings.waitUntilSaved();
  await app.flush();
  const after = await meetingOf(meetingId);
  expect(after.agenda[1]!.presenter).toBe('Phạm Văn Toàn, Chủ tịch Liên đoàn Lao động thành phố');
  const added = after.agenda[1]!.speeches.at(-1)!;
  expect({ speakerName: added.speakerName, speakerTitle: added.speakerTitle }).toEqual({
    speakerName: 'Bùi Thị Thanh Hương',
    speakerTitle: 'Trưởng Ban Phong trào Ủy ban MTTQ Việt Nam thành phố',
  });
});

test('a long title is read whole at 1366×768: in the title and presenter fields, and in the picker’s options', async () => {
  const page = app.page;
  const meetingId = demo.ids.articleMeetings.giaoBan2024;
  await page.goto(`${new URL(page.url()).origin}/index.html#/hoi-nghi/${meetingId}`);
  const meetings = new MeetingPages(page);
  await meetings.tab('Chương trình, ý kiến').click();
  const longTitle = 'Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam thành phố, Chủ tịch Hội Liên hiệp Phụ nữ thành phố';
  const wholeInside = (el: HTMLElement) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight + 1;

  const title = page.getByLabel('Chức danh người phát biểu, ý kiến 1 của nội dung 1', { exact: true });
  await title.fill(longTitle);
  const presenter = page.getByLabel('Người trình bày nội dung 1', { exact: true });
  await presenter.fill(`Nguyễn Thị Bích Ngọc, ${longTitle}`);
  await page.getByLabel('Tên nội dung 1', { exact: true }).click();
  // The fields grow to their text on the next frame (antd's autoSize measures after the change).
  await expect.poll(() => title.evaluate(wholeInside)).toBe(true);
  await expect.poll(() => presenter.evaluate(wholeInside)).toBe(true);

  // The picker's options wrap instead of ending in "…".
  const speaker = page.getByLabel('Người phát biểu, ý kiến 1 của nội dung 2', { exact: true });
  await speaker.fill('');
  await speaker.pressSequentially('nguyen van khanh');
  const option = openDropdown(page).getByText('Nguyễn Văn Khánh — Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố', { exact: true });
  await expect(option).toBeVisible();
  expect(await option.evaluate(wholeInside)).toBe(true);
  await page.keyboard.press('Escape');
  await meetings.waitUntilSaved();
});
