/**
 * Issue 8, the register as a first real use met it, through the real dispatcher on a real file: a
 * directive registered from a meeting is linked with the relation picked there; a directive the
 * committee only cites needs no arrival date and takes no arrival number; a duplicate names the
 * entry already there by id; and migration 013 rebuilds the table with every row and link kept.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../electron/core/context';
import { openDatabase } from '../../electron/core/db/open';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { createDispatch, settledResult } from '../../electron/core/handlers/dispatch';
import { handlers } from '../../electron/core/handlers';
import type { ChannelInput } from '../../shared/ipc/contract';
import { makeTempDir, openTestCore, type TestCore } from '../support/core';
import { dumpUserTables } from '../support/db-dump';
import { createAndSaveMeeting, organisation } from '../support/fixtures';
import { expectFailure } from '../support/results';

let core: TestCore;
afterEach(() => core?.close());

type SaveInput = ChannelInput<'directives:save'>;

const cited = (changes: Partial<SaveInput> = {}): SaveInput => ({
  direction: 'trich_dan',
  numberSymbol: '43-NQ/TW',
  issuedDate: '2023-11-24',
  issuerName: 'Ban Chấp hành Trung ương',
  summary: 'Về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc',
  ...changes,
});

describe('registering a directive from a meeting', () => {
  it('links it to the meeting with the relation picked there, in the same save', () => {
    core = openTestCore();
    const meetingId = createAndSaveMeeting(core);
    const saved = core.must('directives:save', { ...cited(), linkMeeting: { meetingId, relation: 'trich_dan' } });
    expect(core.must('meetings:directives', { id: meetingId })).toEqual([{ directive: expect.objectContaining({ id: saved.id }), relation: 'trich_dan' }]);
    expect(saved.meetings).toEqual([expect.objectContaining({ meetingId, relation: 'trich_dan' })]);

    const discussed = core.must('directives:save', {
      direction: 'den',
      numberSymbol: '12-KH/MTTQ-BTT',
      issuedDate: '2026-02-01',
      arrivalDate: '2026-02-03',
      linkMeeting: { meetingId, relation: 'thao_luan' },
    });
    expect(core.must('meetings:directives', { id: meetingId }).find((l) => l.directive.id === discussed.id)?.relation).toBe('thao_luan');
  });

  it('saves nothing when the meeting is gone (no entry left unlinked)', () => {
    core = openTestCore();
    const meetingId = createAndSaveMeeting(core);
    core.must('meetings:delete', { id: meetingId });
    const before = dumpUserTables(core.ctx.db);
    expectFailure(core.call('directives:save', { ...cited(), linkMeeting: { meetingId, relation: 'trich_dan' } }), 'NOT_FOUND');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('refuses a relation that is not one of the three', () => {
    core = openTestCore();
    const meetingId = createAndSaveMeeting(core);
    const bad = { ...cited(), linkMeeting: { meetingId, relation: 'tham_khao' } } as unknown as SaveInput;
    expect(expectFailure(core.call('directives:save', bad), 'VALIDATION')).toBe('Hãy chọn quan hệ giữa hội nghị và văn bản.');
  });
});

describe('a directive only cited', () => {
  it('needs no arrival date and takes no arrival number; one received still needs its date', () => {
    core = openTestCore();
    const saved = core.must('directives:save', cited());
    expect(saved).toMatchObject({ direction: 'trich_dan', arrivalDate: null, arrivalNumber: null, issuedYear: 2023 });
    // A date sent anyway is not kept: the committee never received it.
    expect(core.must('directives:save', cited({ numberSymbol: '25/TT-MTTW-BTT', arrivalDate: '2024-01-05' }))).toMatchObject({ arrivalDate: null, arrivalNumber: null });

    const received = core.must('directives:save', { direction: 'den', numberSymbol: '56-NQ/TU', issuedDate: '2023-12-15', arrivalDate: '2023-12-20' });
    expect(received.arrivalNumber).toBe(1);
    const message = expectFailure(core.call('directives:save', { direction: 'den', numberSymbol: '57-NQ/TU', arrivalDate: null }), 'VALIDATION');
    expect(message).toMatch(/^Văn bản đến cần có ngày đến\./);
    expect(message).toContain('Văn bản trích dẫn');
    expect(expectFailure(core.call('directives:save', cited({ arrivalNumber: 3 })), 'VALIDATION')).toBe('Chỉ văn bản đến mới có số đến.');
  });

  it('is listed under its own direction in the register', () => {
    core = openTestCore();
    const only = core.must('directives:save', cited());
    core.must('directives:save', { direction: 'den', numberSymbol: '56-NQ/TU', issuedDate: '2023-12-15', arrivalDate: '2023-12-20' });
    expect(core.must('directives:list', { direction: 'trich_dan' }).items.map((d) => [d.id, d.direction, d.arrivalDate])).toEqual([[only.id, 'trich_dan', null]]);
  });
});

describe('a duplicate', () => {
  it('is refused with the id of the entry already in the register, to open it', () => {
    core = openTestCore();
    const org = organisation(core, 'Ban Thường vụ Thành ủy', { kind: 'cap_uy' });
    const first = core.must('directives:save', { direction: 'den', numberSymbol: '05-CT/TU', issuedDate: '2025-03-01', arrivalDate: '2025-03-03', issuerOrganisationId: org.id });
    const result = core.call('directives:save', { direction: 'trich_dan', numberSymbol: 'Số 5-CT/TU', issuedDate: '2025-03-01', issuerOrganisationId: org.id });
    expectFailure(result, 'DUPLICATE');
    expect(!result.ok && result.error.details).toEqual({ kind: 'directive', id: first.id });
  });
});

describe('migration 013 (cited directives)', () => {
  it('rebuilds the register keeping every row, id, UUID, link, attachment and task, foreign keys on', () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'du-lieu.sqlite3');
    const older = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version < 13) });
    const ctx: CoreContext = { db: older.db, now: () => new Date('2025-05-01T09:00:00'), appVersion: '0.0.0-test', databasePath: file, schemaVersion: older.schemaVersion };
    const call = <C extends keyof typeof handlers>(channel: C, input: unknown) => {
      const result = settledResult(createDispatch(ctx, handlers)(channel, input));
      if (!result.ok) throw new Error(result.error.message);
      return result.data as { id: number };
    };
    const meeting = call('meetings:create', { title: 'Hội nghị giao ban', kind: 'giao_ban', startAt: '2025-04-20T08:00' });
    const old = call('directives:save', { direction: 'den', numberSymbol: '01-NQ/TU', issuedDate: '2025-01-02', arrivalDate: '2025-01-03' });
    const newer = call('directives:save', { direction: 'di', numberSymbol: '07/BC-MTTQ-BTT', issuedDate: '2025-04-01', replacesId: old.id });
    call('meetings:linkDirective', { meetingId: meeting.id, directiveId: old.id, relation: 'trien_khai' });
    const lead = call('organisations:save', { name: 'Hội Nông dân thành phố', kind: 'to_chuc_thanh_vien' });
    call('tasks:createFromDirective', { directiveId: old.id, leadOrganisationId: lead.id });
    older.db
      .prepare(`INSERT INTO directive_attachments (directive_id, file_name, stored_name, size, sha256, mime, added_at) VALUES (?, 'nq01.pdf', 'a.pdf', 3, 'abc', 'application/pdf', 'x')`)
      .run(old.id);
    const before = dumpUserTables(older.db);
    older.db.close();

    core = openTestCore({ file });
    const after = dumpUserTables(core.ctx.db);
    const { schema_migrations: _applied, ...rest } = after;
    const { schema_migrations: _earlier, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
    expect(core.ctx.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(core.ctx.db.pragma('foreign_key_check')).toEqual([]);
    expect(core.must('directives:get', { id: newer.id }).replaces?.id).toBe(old.id);
    // The links still follow the register: a directive deleted for good takes its links along.
    core.ctx.db.prepare('DELETE FROM directive_attachments').run();
    core.ctx.db.prepare('UPDATE tasks SET directive_id = NULL').run();
    core.ctx.db.prepare('DELETE FROM directives WHERE id = ?').run(old.id);
    expect(core.ctx.db.prepare('SELECT count(*) AS n FROM meeting_directives').get()).toEqual({ n: 0 });
    expect(core.must('directives:get', { id: newer.id }).replacesId).toBeNull();
    // And the new direction is there.
    expect(core.must('directives:save', cited()).direction).toBe('trich_dan');
  });
});
