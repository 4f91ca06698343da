import { expect, test } from '@playwright/test';
import { useDemoApp } from './support/demo-app';
import { MeetingPages } from './support/meeting-page';

const session = useDemoApp('mttq-e2e-');

function storedMeeting(id: number) {
  return session.app.core.db.prepare('SELECT title, place, deleted_at AS deletedAt FROM meetings WHERE id = ?').get(id) as {
    title: string;
    place: string;
    deletedAt: string | null;
  };
}

async function openMeeting(id: number): Promise<void> {
  await session.app.page.goto(`${new URL(session.app.page.url()).origin}/index.html#/hoi-nghi/${id}`);
  await expect(session.app.page.getByRole('tab', { name: /^Thông tin chung/ })).toBeVisible();
}

test('deleting a meeting asks first, and "Hoàn tác" brings it back whole', async () => {
  const page = session.app.page;
  const id = session.ids.articleMeetings.giaoBan2024;
  const title = storedMeeting(id).title;
  const attendeeCount = () =>
    (session.app.core.db.prepare('SELECT count(*) AS n FROM meeting_attendees WHERE meeting_id = ?').get(id) as { n: number }).n;
  const before = attendeeCount();
  await openMeeting(id);

  await page.getByRole('button', { name: 'Xóa hội nghị' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: 'Xóa hội nghị này?' });
  await expect(confirm).toBeVisible();
  // Saying no changes nothing.
  await confirm.getByRole('button', { name: 'Không xóa' }).click();
  expect(storedMeeting(id).deletedAt).toBeNull();

  await page.getByRole('button', { name: 'Xóa hội nghị' }).click();
  await page.getByRole('dialog').filter({ hasText: 'Xóa hội nghị này?' }).getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Hội nghị', exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(title.slice(0, 40)) })).toHaveCount(0);
  expect(storedMeeting(id).deletedAt).not.toBeNull();

  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  expect(storedMeeting(id).deletedAt).toBeNull();
  expect(attendeeCount()).toBe(before);
});

test('an edit is written before leaving the page, and a refused edit is explained, not lost', async () => {
  const page = session.app.page;
  const meetings = new MeetingPages(page);
  const id = session.ids.articleMeetings.trienKhai2021;
  const original = storedMeeting(id);
  await openMeeting(id);

  // Typing then leaving at once: the leave guard writes the edit before the list opens.
  await page.getByLabel('Địa điểm', { exact: true }).fill('Trung tâm Hội nghị thành phố, phòng 2');
  await page.getByRole('button', { name: 'Danh sách hội nghị' }).click();
  await expect(page.getByRole('heading', { name: 'Hội nghị', exact: true })).toBeVisible();
  expect(storedMeeting(id).place).toBe('Trung tâm Hội nghị thành phố, phòng 2');

  // An empty title cannot be saved: the user is told why, and the stored title stays.
  await openMeeting(id);
  await page.getByLabel('Tên hội nghị', { exact: true }).fill('');
  await expect(page.getByRole('status').filter({ hasText: 'Chưa lưu được: Hãy nhập tên hội nghị.' })).toBeVisible();
  expect(storedMeeting(id).title).toBe(original.title);
  // Closing now would lose the edit: the window is told so, and asks before closing.
  expect(await session.app.flush()).toEqual([{ unsaved: expect.stringContaining('Hãy nhập tên hội nghị.') }]);
  await page.getByLabel('Tên hội nghị', { exact: true }).fill('Hội nghị triển khai Chương trình hành động (đã sửa)');
  await meetings.waitUntilSaved();
  expect(storedMeeting(id).title).toBe('Hội nghị triển khai Chương trình hành động (đã sửa)');
});
