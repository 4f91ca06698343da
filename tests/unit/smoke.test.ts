import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/core';

let core: TestCore;
afterEach(() => core?.close());

describe('meeting round trip', () => {
  it('creates, saves and reads a meeting with its rows', () => {
    core = openTestCore();
    const { id } = core.must('meetings:create', { title: 'Hội nghị tổng kết năm 2025', kind: 'tong_ket', startAt: '2026-01-05T08:00' });
    const meeting = core.must('meetings:get', { id });
    const saved = core.call('meetings:save', {
      ...meeting,
      place: 'Hội trường Ủy ban',
      attendees: [
        { id: randomUUID(), personId: null, fullName: 'Nguyễn Văn A', title: 'Chủ tịch', organisationName: '', role: 'chu_tri', attendance: 'co_mat', absenceReason: '' },
      ],
      conclusions: [{ id: randomUUID(), content: 'Đề nghị các tổ chức thành viên tập trung thực hiện.' }],
    });
    expect(saved.ok).toBe(true);
    const again = core.must('meetings:get', { id });
    expect(again.place).toBe('Hội trường Ủy ban');
    expect(again.attendees.map((a) => a.fullName)).toEqual(['Nguyễn Văn A']);
    const page = core.must('meetings:list', { text: 'tong ket' });
    expect(page.items.map((m) => m.id)).toEqual([id]);
    expect(page.items[0]!.chairNames).toBe('Nguyễn Văn A');
  });
});
