import { afterEach, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../electron/core/demo';
import { meetingInput } from '../../shared/schemas/meeting';
import { openTestCore, type TestCore } from '../support/core';

let core: TestCore;
afterEach(() => core?.close());

describe('demo data', () => {
  it('seeds a committee, its directory and a realistic set of meetings', () => {
    core = openTestCore({ now: new Date('2026-03-10T09:00:00') });
    const ids = seedDemoData(core.ctx);

    const profile = core.must('profile:get', undefined);
    expect(profile?.committeeName).toBe('Ủy ban MTTQ Việt Nam thành phố Hải Phòng');
    expect(profile?.deputies.length).toBeGreaterThanOrEqual(2);

    const organisations = core.must('organisations:list', { includeInactive: true });
    expect(organisations.length).toBeGreaterThanOrEqual(15);
    expect(organisations.filter((o) => o.kind === 'to_chuc_thanh_vien').length).toBeGreaterThanOrEqual(5);

    const all = core.must('meetings:list', { pageSize: 200 });
    expect(all.total).toBe(ids.meetings.length);
    expect(all.total).toBeGreaterThanOrEqual(13);
    expect(new Set(all.items.map((m) => m.kind)).size).toBeGreaterThanOrEqual(6);

    const overview = core.must('home:overview', undefined);
    expect(overview.upcoming.length).toBeGreaterThanOrEqual(2);
    expect(overview.upcoming.every((m) => m.status === 'du_kien')).toBe(true);
    expect(overview.counts.meetingsThisYear).toBeGreaterThanOrEqual(4);
  });

  it('records the article meetings with title snapshots, absences and numbered conclusions', () => {
    core = openTestCore({ now: new Date('2026-03-10T09:00:00') });
    const ids = seedDemoData(core.ctx);

    const found = core.must('meetings:list', { text: 'giao ban', year: 2024 });
    expect(found.items.map((m) => m.id)).toEqual([ids.articleMeetings.giaoBan2024]);
    expect(found.items[0]!.chairNames).toBe('Đỗ Mạnh Hiến');

    const trienKhai = core.must('meetings:get', { id: ids.articleMeetings.trienKhai2021 });
    expect(trienKhai.startAt).toBe('2021-09-16T08:00');
    expect(trienKhai.format).toBe('truc_tuyen');
    expect(trienKhai.connectedPoints.length).toBe(15);
    const chair = trienKhai.attendees.find((a) => a.role === 'chu_tri');
    expect(chair?.fullName).toBe('Trần Lưu Quang');
    expect(chair?.title).toBe('Ủy viên Trung ương Đảng, Bí thư Thành ủy, Trưởng đoàn đại biểu Quốc hội thành phố');
    // The snapshot keeps the 2021 title even though the directory holds today's.
    const ngoc = trienKhai.attendees.find((a) => a.fullName === 'Nguyễn Thị Bích Ngọc');
    expect(ngoc?.title).toBe('Chủ tịch Hội Liên hiệp Phụ nữ thành phố');
    expect(trienKhai.attendees.some((a) => a.attendance === 'vang_co_ly_do' && a.absenceReason !== '')).toBe(true);
    expect(trienKhai.attendees.some((a) => a.role === 'thu_ky')).toBe(true);
    expect(trienKhai.conclusions.length).toBeGreaterThanOrEqual(5);
    expect(trienKhai.agenda.flatMap((item) => item.speeches).some((s) => s.kind === 'chi_dao')).toBe(true);

    const khoiDanVan = core.must('meetings:get', { id: ids.articleMeetings.khoiDanVan2020 });
    expect(khoiDanVan.startAt).toBe('2020-12-21T14:00');
    expect(khoiDanVan.conclusions.some((c) => c.content.includes('khóa XV'))).toBe(true);
  });

  it('stores only valid, NFC text, searchable without accents', () => {
    core = openTestCore({ now: new Date('2026-03-10T09:00:00') });
    const ids = seedDemoData(core.ctx);
    for (const id of ids.meetings) {
      const meeting = core.must('meetings:get', { id });
      const { createdAt: _createdAt, updatedAt: _updatedAt, ...input } = meeting;
      expect(meetingInput.safeParse(input).success).toBe(true);
      const text = JSON.stringify(meeting);
      expect(text).toBe(text.normalize('NFC'));
    }
    const people = core.must('people:list', { text: 'pho bi thu thuong truc thanh uy' });
    expect(people.map((p) => p.fullName)).toContain('Đỗ Mạnh Hiến');
    expect(() => seedDemoData(core.ctx)).toThrow(/trống/);
  });
});
