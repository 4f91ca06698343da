import path from 'node:path';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/core/db/open';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { findRow, insertRow, nextStamp, updateRow } from '../../electron/core/db/write/write';
import { organisations } from '../../electron/core/db/write/tables';
import { AppError } from '../../electron/core/errors';
import { makeTempDir, openTestCore, type TestCore } from '../support/core';
import { dumpUserTables } from '../support/db-dump';
import { agendaItem, attendee, conclusion, createMeeting, organisation, person, speech, toInput } from '../support/fixtures';
import { expectFailure } from '../support/results';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let core: TestCore | undefined;
afterEach(() => {
  core?.close();
  core = undefined;
});

interface ChangeRow {
  table_name: string;
  row_key: string;
  row_uuid: string | null;
  operation: string;
  fields: string;
  at: string;
}

function changes(db: Db, sinceId = 0): ChangeRow[] {
  return db
    .prepare('SELECT table_name, row_key, row_uuid, operation, fields, at FROM change_log WHERE id > ? ORDER BY id')
    .all(sinceId) as ChangeRow[];
}

function lastChangeId(db: Db): number {
  return (db.prepare('SELECT coalesce(max(id), 0) AS n FROM change_log').get() as { n: number }).n;
}

describe('migration 005: a stable UUID on every record', () => {
  it('gives existing rows distinct version-4 UUIDs, and fills one on an insert that gave none', () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'cu.sqlite3');
    // A database of the previous version, with rows in it.
    const old = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version < 5), backupDir: path.join(dir, 'sao-luu') });
    const at = '2025-06-01T00:00:00.000Z';
    for (let i = 0; i < 50; i++) {
      old.db
        .prepare("INSERT INTO organisations (name, kind, search_text, created_at, updated_at) VALUES (?, 'khac', '', ?, ?)")
        .run(`Tổ chức ${i}`, at, at);
    }
    old.db.prepare("INSERT INTO meetings (title, kind, start_at, search_text, created_at, updated_at) VALUES ('Họp', 'giao_ban', '2025-06-01T08:00', '', ?, ?)").run(at, at);
    old.db.close();

    const { db, backupPath } = openDatabase(file, { backupDir: path.join(dir, 'sao-luu') });
    expect(backupPath).not.toBeNull();
    const uuids = (db.prepare('SELECT uuid FROM organisations UNION ALL SELECT uuid FROM meetings').all() as Array<{ uuid: string }>).map((r) => r.uuid);
    expect(uuids).toHaveLength(51);
    for (const uuid of uuids) expect(uuid).toMatch(UUID_V4);
    expect(new Set(uuids).size).toBe(51);

    // Code that does not know about uuids (an older tool, a bulk import) still gets one.
    db.prepare("INSERT INTO people (full_name, search_text, created_at, updated_at) VALUES ('Trần Văn Bình', '', ?, ?)").run(at, at);
    expect((db.prepare('SELECT uuid FROM people').get() as { uuid: string }).uuid).toMatch(UUID_V4);
    // And a repeat is impossible, whatever writes it.
    const taken = uuids[0]!;
    expect(() => db.prepare('UPDATE people SET uuid = ?').run(taken)).not.toThrow(); // other table: allowed
    expect(() => db.prepare('UPDATE organisations SET uuid = ? WHERE id = 2').run(uuids[0]!)).toThrow(/UNIQUE/);
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a record’s UUID through edits, the bin and back', () => {
    core = openTestCore();
    const id = createMeeting(core);
    const before = core.must('meetings:get', { id });
    expect(before.uuid).toMatch(UUID_V4);
    core.must('meetings:save', { ...toInput(before), title: 'Hội nghị đã đổi tên', baseUpdatedAt: before.updatedAt });
    core.must('meetings:delete', { id });
    core.must('meetings:restore', { id });
    expect(core.must('meetings:get', { id }).uuid).toBe(before.uuid);
  });
});

describe('the change log', () => {
  it('records each row written, with the columns that changed, in the same transaction', () => {
    core = openTestCore({ now: new Date('2026-03-10T02:00:00.000Z') });
    const db = core.ctx.db;
    const id = createMeeting(core);
    const created = changes(db);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ table_name: 'meetings', row_key: String(id), operation: 'insert', at: '2026-03-10T02:00:00.000Z' });
    expect(JSON.parse(created[0]!.fields)).toEqual(expect.arrayContaining(['title', 'kind', 'start_at']));

    const spoken = speech({ speakerName: 'Nguyễn Văn A', summary: 'Đánh giá kết quả' });
    const item = agendaItem({ title: 'Báo cáo tổng kết', speeches: [spoken] });
    const rows = { attendees: [attendee({ fullName: 'Trần Thị Hoa' })], agenda: [item], conclusions: [conclusion('Giao Hội Nông dân')] };
    const blank = core.must('meetings:get', { id });
    const first = core.must('meetings:save', { ...toInput(blank), ...rows, baseUpdatedAt: blank.updatedAt });
    const afterFirst = lastChangeId(db);
    expect(changes(db, 1).map((c) => `${c.table_name}:${c.operation}`).sort()).toEqual(
      ['agenda_items:insert', 'conclusions:insert', 'meeting_attendees:insert', 'meetings:update', 'speeches:insert'].sort(),
    );

    // Saving again with one speech changed logs that speech and the meeting's stamp, nothing else.
    const changedItem = { ...item, speeches: [{ ...spoken, summary: 'Đánh giá kết quả, chỉ ra hạn chế' }] };
    core.must('meetings:save', { ...toInput(blank), ...rows, agenda: [changedItem], baseUpdatedAt: first.updatedAt });
    const second = changes(db, afterFirst);
    expect(second.map((c) => `${c.table_name}:${c.operation}:${c.fields}`)).toEqual([
      'meetings:update:["updated_at"]',
      'speeches:update:["summary"]',
    ]);
    expect(second[1]!.row_key).toBe(spoken.id);
    expect(second[1]!.row_uuid).toBe(spoken.id);
  });

  it('logs the bin: soft delete and restore of a meeting', () => {
    core = openTestCore();
    const id = createMeeting(core);
    const since = lastChangeId(core.ctx.db);
    core.must('meetings:delete', { id });
    core.must('meetings:restore', { id });
    expect(changes(core.ctx.db, since).map((c) => [c.operation, c.fields])).toEqual([
      ['soft_delete', '["deleted_at"]'],
      ['restore', '["deleted_at"]'],
    ]);
  });

  it('writes nothing, not even to the log, when a save is refused', () => {
    core = openTestCore();
    const first = createMeeting(core);
    const second = createMeeting(core, { title: 'Hội nghị khác' });
    const row = attendee({ fullName: 'Lê Văn Tám' });
    const a = core.must('meetings:get', { id: first });
    core.must('meetings:save', { ...toInput(a), attendees: [row], baseUpdatedAt: a.updatedAt });
    const before = dumpUserTables(core.ctx.db);
    const b = core.must('meetings:get', { id: second });
    // The same attendee id sent for another meeting: refused, and nothing of that save remains.
    expectFailure(core.call('meetings:save', { ...toInput(b), title: 'Đổi tên', attendees: [row], baseUpdatedAt: b.updatedAt }), 'CONFLICT');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
  });

  it('logs directory merges row by row, so whatever reads the log sees every moved link', () => {
    core = openTestCore();
    const org = organisation(core, 'Hội Nông dân tỉnh');
    const keep = person(core, 'Nguyễn Thị Lan', { organisationId: org.id });
    const duplicate = person(core, 'Nguyễn Thị Lan (trùng)');
    const id = createMeeting(core);
    const blank = core.must('meetings:get', { id });
    const row = attendee({ fullName: 'Nguyễn Thị Lan', personId: duplicate.id });
    core.must('meetings:save', { ...toInput(blank), attendees: [row], baseUpdatedAt: blank.updatedAt });
    const since = lastChangeId(core.ctx.db);
    core.must('people:merge', { keepId: keep.id, mergeId: duplicate.id });
    expect(changes(core.ctx.db, since).map((c) => `${c.table_name}:${c.row_key}:${c.operation}:${c.fields}`)).toEqual([
      `meeting_attendees:${row.id}:update:["person_id"]`,
      `people:${duplicate.id}:delete:[]`,
    ]);
  });
});

describe('a save over a newer version is refused, never a silent overwrite', () => {
  it('meetings: the second of two saves started from the same version gets STALE and changes nothing', () => {
    core = openTestCore({ now: new Date('2026-03-10T02:00:00.000Z') });
    const id = createMeeting(core);
    const opened = core.must('meetings:get', { id });
    // Two windows (or a stale tab) opened the same version; the clock does not even move.
    core.must('meetings:save', { ...toInput(opened), place: 'Hội trường A', baseUpdatedAt: opened.updatedAt });
    const before = dumpUserTables(core.ctx.db);
    const message = expectFailure(
      core.call('meetings:save', { ...toInput(opened), place: 'Hội trường B', baseUpdatedAt: opened.updatedAt }),
      'STALE',
    );
    expect(message).toMatch(/Tải lại/);
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
    expect(core.must('meetings:get', { id }).place).toBe('Hội trường A');
  });

  it('meetings: saves chained on each answer’s updatedAt all go through, even within one millisecond', () => {
    core = openTestCore({ now: new Date('2026-03-10T02:00:00.000Z') });
    const id = createMeeting(core);
    let meeting = core.must('meetings:get', { id });
    let base = meeting.updatedAt;
    const stamps = new Set([base]);
    for (const place of ['A', 'B', 'C']) {
      base = core.must('meetings:save', { ...toInput(meeting), place, baseUpdatedAt: base }).updatedAt;
      stamps.add(base);
    }
    expect(stamps.size).toBe(4);
    meeting = core.must('meetings:get', { id });
    expect(meeting).toMatchObject({ place: 'C', updatedAt: base });
  });

  it('documents, tasks, directives, people and organisations refuse a stale save too', () => {
    core = openTestCore({ now: new Date('2026-03-10T02:00:00.000Z') });
    core.must('profile:save', {
      committeeName: 'Ủy ban MTTQ Việt Nam tỉnh Lào Cai',
      parentBody: '',
      placeName: 'Lào Cai',
      level: 'tinh',
      abbreviation: 'MTTQ-BTT',
      chair: null,
      deputies: [],
    });
    const org = organisation(core, 'Hội Cựu chiến binh tỉnh');
    expectFailure(core.call('organisations:save', { id: org.id, name: 'Hội CCB', kind: org.kind, abbreviation: '', baseUpdatedAt: '2000-01-01T00:00:00.000Z' }), 'STALE');
    const someone = person(core, 'Phạm Văn Đức');
    expectFailure(
      core.call('people:save', { id: someone.id, fullName: 'Phạm Văn Đức', title: 'Chủ tịch', organisationId: null, phone: '', email: '', baseUpdatedAt: '2000-01-01T00:00:00.000Z' }),
      'STALE',
    );

    const doc = core.must('documents:create', { kind: 'bao_cao', summary: 'Báo cáo quý I' });
    const docFields = { ...doc, summary: 'Báo cáo quý I năm 2026' };
    const saved = core.must('documents:save', { ...docFields, baseUpdatedAt: doc.updatedAt });
    expect(saved.updatedAt > doc.updatedAt).toBe(true);
    expectFailure(core.call('documents:save', { ...docFields, summary: 'Khác', baseUpdatedAt: doc.updatedAt }), 'STALE');
    expect(core.must('documents:get', { id: doc.id }).summary).toBe('Báo cáo quý I năm 2026');

    const directive = core.must('directives:save', { direction: 'den', numberSymbol: '56-NQ/TU', issuedDate: '2021-12-15', summary: 'Về công tác dân vận', arrivalNumber: 1, arrivalDate: '2021-12-20' });
    const directiveInput = { ...directive, id: directive.id, numberSymbol: directive.numberSymbol, type: directive.type, summary: 'Đổi trích yếu', replacesId: null, guidesId: null };
    expectFailure(core.call('directives:save', { ...directiveInput, baseUpdatedAt: '2000-01-01T00:00:00.000Z' }), 'STALE');
    core.must('directives:save', { ...directiveInput, baseUpdatedAt: directive.updatedAt });

    const task = core.must('tasks:create', { title: 'Báo cáo kết quả', leadOrganisationId: org.id });
    const { id: taskId, title, detail, supportingOrganisationIds, responsiblePersonId, startDate, dueDate, priority, recurrence, status, result } = task;
    const taskInput = { id: taskId, title, detail, leadOrganisationId: org.id, supportingOrganisationIds, responsiblePersonId, startDate, dueDate, priority, recurrence, status, result };
    core.must('tasks:save', { ...taskInput, detail: 'Lần 1', baseUpdatedAt: task.updatedAt });
    expectFailure(core.call('tasks:save', { ...taskInput, detail: 'Lần 2', baseUpdatedAt: task.updatedAt }), 'STALE');
    expect(core.must('tasks:get', { id: taskId }).detail).toBe('Lần 1');
  });
});

describe('the write path itself', () => {
  it('refolds search_text from the whole row on every insert and update', () => {
    core = openTestCore();
    const db = core.ctx.db;
    const at = '2026-03-10T02:00:00.000Z';
    const row = insertRow(db, organisations, { name: 'Hội Liên hiệp Phụ nữ tỉnh', kind: 'to_chuc_thanh_vien', abbreviation: 'HLHPN' }, { at });
    const folded = () => (db.prepare('SELECT search_text AS s FROM organisations WHERE id = ?').get(row.id) as { s: string }).s;
    expect(folded()).toBe('hoi lien hiep phu nu tinh hlhpn');
    updateRow(db, organisations, row.id, { abbreviation: 'Hội LHPN' }, { at });
    expect(folded()).toBe('hoi lien hiep phu nu tinh hoi lhpn');
    expect(findRow(db, organisations, row.id)).toMatchObject({ abbreviation: 'Hội LHPN', active: true, uuid: expect.stringMatching(UUID_V4) });
  });

  it('an update that changes nothing writes nothing and keeps the stamp', () => {
    core = openTestCore();
    const db = core.ctx.db;
    const row = insertRow(db, organisations, { name: 'Đoàn Thanh niên', kind: 'to_chuc_thanh_vien' }, { at: '2026-03-10T02:00:00.000Z' });
    const since = lastChangeId(db);
    const same = updateRow(db, organisations, row.id, { name: 'Đoàn Thanh niên' }, { at: '2026-03-11T02:00:00.000Z' });
    expect(same?.updatedAt).toBe('2026-03-10T02:00:00.000Z');
    expect(changes(db, since)).toEqual([]);
  });

  it('reads back only what the declaration promises: a value of the wrong type fails loudly', () => {
    core = openTestCore();
    const db = core.ctx.db;
    const row = insertRow(db, organisations, { name: 'Công đoàn', kind: 'to_chuc_thanh_vien' }, { at: '2026-03-10T02:00:00.000Z' });
    db.prepare("UPDATE organisations SET kind = 'khong_co' WHERE id = ?").run(row.id);
    expect(() => findRow(db, organisations, row.id)).toThrow(/organisations\.kind/);
  });

  it('a stale update throws an AppError with code STALE', () => {
    core = openTestCore();
    const db = core.ctx.db;
    const row = insertRow(db, organisations, { name: 'Công đoàn', kind: 'to_chuc_thanh_vien' }, { at: '2026-03-10T02:00:00.000Z' });
    updateRow(db, organisations, row.id, { name: 'Liên đoàn Lao động' }, { at: '2026-03-10T03:00:00.000Z', baseUpdatedAt: row.updatedAt });
    let thrown: unknown;
    try {
      updateRow(db, organisations, row.id, { name: 'Công đoàn tỉnh' }, { at: '2026-03-10T04:00:00.000Z', baseUpdatedAt: row.updatedAt });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('STALE');
  });

  it('stamps strictly later than the version replaced', () => {
    expect(nextStamp(null, '2026-03-10T02:00:00.000Z')).toBe('2026-03-10T02:00:00.000Z');
    expect(nextStamp('2026-03-10T01:00:00.000Z', '2026-03-10T02:00:00.000Z')).toBe('2026-03-10T02:00:00.000Z');
    expect(nextStamp('2026-03-10T02:00:00.000Z', '2026-03-10T02:00:00.000Z')).toBe('2026-03-10T02:00:00.001Z');
    // A clock set back (a PC whose date was wrong) still moves the version forward.
    expect(nextStamp('2026-03-10T02:00:00.000Z', '2025-01-01T00:00:00.000Z')).toBe('2026-03-10T02:00:00.001Z');
  });
});
