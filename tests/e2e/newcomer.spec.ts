import { expect, test, type Browser } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, openApp, type AppSession } from './support/app-harness';
import { MeetingPages } from './support/meeting-page';
import { SetupPages } from './support/setup-pages';

let browser: Browser;
let dir: string;

test.beforeAll(async () => {
  browser = await launchBrowser();
});
test.afterAll(async () => {
  await browser.close();
});
test.beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-e2e-'));
});
test.afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const MEETING_TITLE = 'Hội nghị giao ban quý I năm 2026 của Ban Thường trực Ủy ban MTTQ tỉnh';
const SPEECH = 'Đề nghị các tổ chức thành viên tập trung thực hiện Nghị quyết số 56-NQ/TU, báo cáo định kỳ đúng hạn.';

test('a newcomer sets up the committee, records a meeting, closes the app and finds it again', async () => {
  const databaseFile = path.join(dir, 'du-lieu.sqlite3');
  let app: AppSession = await openApp(browser, { databaseFile });
  let page = app.page;
  const setup = new SetupPages(page);

  await setup.completeFirstRun({
    committeeName: 'Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh',
    parentBody: 'ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NINH',
    placeName: 'Quảng Ninh',
    levelLabel: 'Tỉnh, thành phố',
    abbreviation: 'MTTQ-BTT',
    chairName: 'Nguyễn Văn An',
    chairTitle: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh',
  });

  await setup.openDirectory('Cơ quan, tổ chức');
  await setup.addOrganisation('Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh', 'Ủy ban MTTQ', 'MTTQ');
  await setup.addOrganisation('Hội Nông dân tỉnh Quảng Ninh', 'Tổ chức thành viên', 'HND');
  await setup.openDirectory('Người');
  await setup.addPerson('Nguyễn Văn An', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', 'Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh');
  await setup.addPerson('Trần Thị Bình', 'Chánh Văn phòng Ủy ban MTTQ Việt Nam tỉnh', 'Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh');
  await setup.addPerson('Đặng Văn Cường', 'Chủ tịch Hội Nông dân tỉnh', 'Hội Nông dân tỉnh Quảng Ninh');

  const meetings = new MeetingPages(page);
  await meetings.openList();
  await meetings.createMeeting(MEETING_TITLE, 'Hội nghị giao ban', '05/01/2026 08:00');
  await page.getByLabel('Địa điểm', { exact: true }).fill('Hội trường Ủy ban MTTQ tỉnh');

  await meetings.tab('Thành phần').click();
  await meetings.addAttendeeFromDirectory('nguyen van an', /^Nguyễn Văn An/);
  await meetings.addAttendeeFromDirectory('tran thi', /^Trần Thị Bình/);
  await meetings.addAttendeeFromDirectory('dang van', /^Đặng Văn Cường/);
  await meetings.chooseOption(page.getByLabel('Vai trò của Nguyễn Văn An', { exact: true }), 'Chủ trì');
  await meetings.chooseOption(page.getByLabel('Vai trò của Trần Thị Bình', { exact: true }), 'Thư ký');
  await meetings.chooseOption(page.getByLabel('Có mặt: Đặng Văn Cường', { exact: true }), 'Vắng có lý do');
  await page.getByLabel('Lý do vắng của Đặng Văn Cường', { exact: true }).fill('Đi công tác tại Trung ương');
  await page.getByRole('button', { name: 'Thêm người ngoài danh bạ' }).click();
  await page.getByLabel('Họ và tên, dòng 4', { exact: true }).fill('Lê Thị Dung');
  await page.getByLabel('Chức danh, dòng 4', { exact: true }).fill('Phóng viên Báo Quảng Ninh');
  await meetings.chooseOption(page.getByLabel('Vai trò của Lê Thị Dung', { exact: true }), 'Khách mời');
  await expect(page.getByLabel('Tóm tắt thành phần', { exact: true })).toHaveText('Có mặt 2/3; vắng có lý do 1; khách mời 1');

  await meetings.tab('Chương trình, ý kiến').click();
  await page.getByRole('button', { name: 'Thêm nội dung chương trình' }).click();
  await page.getByLabel('Tên nội dung 1', { exact: true }).fill('Báo cáo kết quả công tác Mặt trận quý IV năm 2025');
  await page.getByLabel('Người trình bày nội dung 1', { exact: true }).fill('Trần Thị Bình');
  await page.getByRole('button', { name: 'Thêm báo cáo, ý kiến phát biểu' }).click();
  await page.getByLabel('Người phát biểu, ý kiến 1 của nội dung 1', { exact: true }).fill('Đặng Văn Cường');
  await page.getByLabel('Chức danh người phát biểu, ý kiến 1 của nội dung 1', { exact: true }).fill('Chủ tịch Hội Nông dân tỉnh');
  // Typed key by key, as a user's keyboard would send it.
  await page.getByLabel('Tóm tắt ý kiến 1 của nội dung 1', { exact: true }).pressSequentially(SPEECH);

  await meetings.tab('Kết luận').click();
  await page.getByRole('button', { name: 'Thêm kết luận' }).click();
  await page.getByLabel('Kết luận 1', { exact: true }).fill('Ghi nhận kết quả công tác Mặt trận quý IV năm 2025.');
  await page.getByRole('button', { name: 'Thêm kết luận' }).click();
  await page.getByLabel('Kết luận 2', { exact: true }).fill('Giao Hội Nông dân tỉnh chủ trì tổng hợp ý kiến nông dân, báo cáo trước ngày 31/3/2026.');
  await meetings.waitUntilSaved();

  // Close the app (as Electron does: pending edits are flushed first) and start it again.
  await app.flush();
  await app.close();
  app = await openApp(browser, { databaseFile });
  page = app.page;
  const again = new MeetingPages(page);
  await again.openList();
  await page.getByLabel('Tìm hội nghị', { exact: true }).fill('giao ban quy i nam 2026');
  const row = page.getByRole('row', { name: new RegExp(MEETING_TITLE) });
  await expect(row).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2); // header + the one meeting
  await row.click();

  await expect(page.getByRole('heading', { level: 1, name: MEETING_TITLE })).toBeVisible();
  await expect(page.getByLabel('Địa điểm', { exact: true })).toHaveValue('Hội trường Ủy ban MTTQ tỉnh');
  await expect(page.getByText('Nguyễn Văn An, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh')).toBeVisible();
  await again.tab('Thành phần').click();
  await expect(page.getByLabel('Chức danh, dòng 1', { exact: true })).toHaveValue('Chủ tịch Ủy ban MTTQ Việt Nam tỉnh');
  await expect(page.getByLabel('Lý do vắng của Đặng Văn Cường', { exact: true })).toHaveValue('Đi công tác tại Trung ương');
  await expect(page.getByLabel('Họ và tên, dòng 4', { exact: true })).toHaveValue('Lê Thị Dung');
  await again.tab('Chương trình, ý kiến').click();
  await expect(page.getByLabel('Tóm tắt ý kiến 1 của nội dung 1', { exact: true })).toHaveValue(SPEECH);
  await again.tab('Kết luận').click();
  await expect(page.getByLabel('Kết luận 2', { exact: true })).toHaveValue(/^Giao Hội Nông dân tỉnh chủ trì/);

  // And the database holds exactly that, in NFC.
  const stored = app.core.db
    .prepare('SELECT title, start_at AS startAt, place FROM meetings')
    .all() as Array<{ title: string; startAt: string; place: string }>;
  expect(stored).toEqual([{ title: MEETING_TITLE, startAt: '2026-01-05T08:00', place: 'Hội trường Ủy ban MTTQ tỉnh' }]);
  const attendees = app.core.db
    .prepare('SELECT full_name AS name, role, attendance FROM meeting_attendees ORDER BY position')
    .all();
  expect(attendees).toEqual([
    { name: 'Nguyễn Văn An', role: 'chu_tri', attendance: 'co_mat' },
    { name: 'Trần Thị Bình', role: 'thu_ky', attendance: 'co_mat' },
    { name: 'Đặng Văn Cường', role: 'dai_bieu', attendance: 'vang_co_ly_do' },
    { name: 'Lê Thị Dung', role: 'khach_moi', attendance: 'co_mat' },
  ]);
  await app.close();
});
