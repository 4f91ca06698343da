import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackupCore, type BackupCore } from '../support/backup-fixtures';
import { expectFailure } from '../support/results';

let c: BackupCore;
afterEach(() => c?.closeAll());

const DAY = 24 * 60 * 60 * 1000;

describe('the bin (Thùng rác)', () => {
  it('holds deleted meetings, documents, directives and tasks for 30 days; each comes back with its rows', async () => {
    c = await openBackupCore({ now: new Date('2026-03-10T09:00:00') });
    const meeting = c.must('meetings:list', {}).items[0]!;
    const meetingRows = c.ctx.db.prepare('SELECT count(*) FROM meeting_attendees WHERE meeting_id = ?').pluck().get(meeting.id);
    const document = c.must('documents:list', {}).items.find((d) => d.status === 'ban_nhap')!;
    const directive = c.must('directives:list', {}).items[0]!;
    const task = c.must('tasks:list', {}).items[0]!;
    c.must('meetings:delete', { id: meeting.id });
    c.setNow(new Date('2026-03-11T10:00:00'));
    c.must('documents:delete', { id: document.id });
    c.must('directives:delete', { id: directive.id });
    c.must('tasks:delete', { id: task.id });

    // Twelve days later the four are still in the bin, the meeting first to go.
    c.setNow(new Date('2026-03-22T09:00:00'));
    const items = c.must('bin:list', undefined);
    expect(items.map((i) => `${i.kind}:${i.id}`).sort()).toEqual(
      [`meeting:${meeting.id}`, `document:${document.id}`, `directive:${directive.id}`, `task:${task.id}`].sort(),
    );
    const inBin = items.find((i) => i.kind === 'meeting')!;
    expect(inBin.title).toBe(meeting.title);
    expect(inBin.daysLeft).toBe(18);
    expect(c.must('meetings:list', {}).items.some((m) => m.id === meeting.id)).toBe(false);

    c.must('bin:restore', { kind: 'meeting', id: meeting.id });
    expect(c.must('meetings:get', { id: meeting.id }).attendees).toHaveLength(meetingRows as number);
    c.must('bin:restore', { kind: 'task', id: task.id });
    expect(c.must('tasks:get', { id: task.id }).title).toBe(task.title);
    expect(c.must('bin:list', undefined).map((i) => i.kind).sort()).toEqual(['directive', 'document']);
    expectFailure(c.call('bin:restore', { kind: 'meeting', id: meeting.id }), 'NOT_FOUND');
  });

  it('emptying makes a backup first, then removes the records, their child rows and attachment files for good', async () => {
    c = await openBackupCore();
    const directive = c.ctx.db.prepare('SELECT directive_id FROM directive_attachments LIMIT 1').pluck().get() as number;
    const folder = path.join(c.dir, 'tep-dinh-kem', String(directive));
    expect(fs.readdirSync(folder)).toHaveLength(2);
    const meeting = c.must('meetings:list', {}).items[0]!;
    c.must('meetings:delete', { id: meeting.id });
    c.must('directives:delete', { id: directive });

    const result = await c.callAsync('bin:empty', { confirmed: true });
    expect(result).toEqual({ ok: true, data: { removed: 2 } });
    expect(c.must('bin:list', undefined)).toEqual([]);
    expect(c.ctx.db.prepare('SELECT count(*) FROM meetings WHERE id = ?').pluck().get(meeting.id)).toBe(0);
    expect(c.ctx.db.prepare('SELECT count(*) FROM meeting_attendees WHERE meeting_id = ?').pluck().get(meeting.id)).toBe(0);
    expect(c.ctx.db.prepare('SELECT count(*) FROM directive_attachments WHERE directive_id = ?').pluck().get(directive)).toBe(0);
    expect(fs.existsSync(folder) ? fs.readdirSync(folder) : []).toEqual([]);
    expect(c.ctx.db.pragma('foreign_key_check')).toEqual([]);

    // The backup made before holds them: emptying the bin can be undone by a restore.
    const before = c.backups.list().find((b) => b.kind === 'truoc-xoa')!;
    expect(before).toBeDefined();
    await c.backups.restore({ id: before.id });
    expect(c.must('bin:list', undefined).map((i) => i.kind).sort()).toEqual(['directive', 'meeting']);
    expect(fs.readdirSync(folder)).toHaveLength(2);
  });

  it('what has been there more than 30 days is removed (after a backup); the rest stays', async () => {
    c = await openBackupCore({ now: new Date('2026-03-10T09:00:00') });
    const [old, recent] = c.must('meetings:list', {}).items;
    c.must('meetings:delete', { id: old!.id });
    c.setNow(new Date(Date.parse('2026-03-10T09:00:00') + 20 * DAY));
    c.must('meetings:delete', { id: recent!.id });
    c.setNow(new Date(Date.parse('2026-03-10T09:00:00') + 31 * DAY));
    const { purgeExpired } = await import('../../electron/core/services/bin');
    expect(await purgeExpired(c.ctx)).toEqual({ removed: 1 });
    expect(c.must('bin:list', undefined).map((i) => i.id)).toEqual([recent!.id]);
    expect(c.backups.list().some((b) => b.kind === 'truoc-xoa')).toBe(true);
    expect(await purgeExpired(c.ctx)).toEqual({ removed: 0 });
  });
});
