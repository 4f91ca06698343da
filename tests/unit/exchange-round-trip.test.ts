import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listStoredBackups } from '../../electron/core/backup';
import { addAttachmentFiles } from '../../electron/core/services/attachments';
import { sha256Hex } from '../../electron/core/exchange/package-file';
import type { AssignmentMatrix, DirectiveAssignments } from '../../shared/schemas/exchange';
import { makeTempDir } from '../support/core';
import { dumpUserTables } from '../support/db-dump';
import { filesUnder, openCommune, openProvince, receive, reportUp, sendDown, type Side } from '../support/exchange-fixtures';
import { expectVietnameseMessage } from '../support/vietnamese';

/**
 * The whole exchange over four real databases: a province and three communes. Assignments go
 * down in one package, progress comes back up in one package per commune, the province's
 * matrix shows each commune's state; importing twice changes nothing, damaged and misaddressed
 * packages are refused with nothing written, and a newer package supersedes an older one.
 */

const NOW = new Date(2026, 10, 20, 9, 0); // 20/11/2026, local
let province: Side;
let hongBang: Side;
let leChan: Side;
let haiAn: Side;
let outbox: string;
let directiveId: number;
let committees: { hongBang: number; leChan: number; haiAn: number };
let pdf: Buffer;

function sides(): Side[] {
  return [province, hongBang, leChan, haiAn];
}

beforeEach(async () => {
  province = openProvince(NOW);
  hongBang = openCommune(NOW, 'MTTQ-HP-HB', 'phường Hồng Bàng');
  leChan = openCommune(NOW, 'MTTQ-HP-LC', 'phường Lê Chân');
  haiAn = openCommune(NOW, 'MTTQ-HP-HA', 'phường Hải An');
  outbox = makeTempDir('mttq-usb-');
  const p = province.core;
  committees = {
    hongBang: p.must('committees:save', { name: hongBang.name, code: 'mttq-hp-hb', relation: 'cap_duoi' }).id,
    leChan: p.must('committees:save', { name: leChan.name, code: 'MTTQ-HP-LC', relation: 'cap_duoi' }).id,
    haiAn: p.must('committees:save', { name: haiAn.name, code: 'MTTQ-HP-HA', relation: 'cap_duoi' }).id,
  };
  directiveId = p.must('directives:save', {
    direction: 'di',
    numberSymbol: '12/KH-MTTQ-BTT',
    issuedDate: '2026-11-18',
    signer: 'Nguyễn Văn Khánh',
    summary: 'Triển khai Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2027',
  }).id;
  const source = path.join(p.dir, 'Kế hoạch 12 (bản ký).pdf');
  pdf = Buffer.from('%PDF-1.4\n' + 'Kế hoạch số 12/KH-MTTQ-BTT\n'.repeat(200));
  fs.writeFileSync(source, pdf);
  await addAttachmentFiles(p.ctx, directiveId, [source]);
  // Lê Chân already typed the plan into its register from an e-mail.
  leChan.core.must('directives:save', { direction: 'den', numberSymbol: '12/KH-MTTQ-BTT', issuedDate: '2026-11-18', arrivalDate: '2026-11-19' });
});

afterEach(() => {
  for (const s of sides()) s?.core.close();
  fs.rmSync(outbox, { recursive: true, force: true });
});

function assign(): DirectiveAssignments {
  return province.core.must('exchange:saveAssignments', {
    directiveId,
    tasks: [
      {
        title: 'Tổ chức hội nghị triển khai Kế hoạch tại cơ sở',
        lead: 'Ban Thường trực Ủy ban MTTQ',
        dueDate: '2026-12-15',
        priority: 'cao',
        committeeIds: [committees.hongBang, committees.leChan, committees.haiAn],
      },
      {
        title: 'Báo cáo kết quả thực hiện Cuộc vận động hằng quý',
        lead: 'Hội Nông dân',
        dueDate: '2026-12-31',
        recurrence: 'hang_quy',
        committeeIds: [committees.hongBang, committees.leChan],
      },
      { title: 'Xây dựng mô hình điểm "Khu dân cư kiểu mẫu"', dueDate: '2026-11-30', committeeIds: [committees.haiAn] },
    ],
  });
}

function tasksOf(s: Side) {
  return s.core.ctx.db
    .prepare(
      `SELECT t.id, t.uuid, t.title, t.due_date AS dueDate, t.recurrence, t.status, t.source, o.name AS lead, d.number_symbol AS symbol
       FROM tasks t JOIN organisations o ON o.id = t.lead_organisation_id LEFT JOIN directives d ON d.id = t.directive_id
       WHERE t.deleted_at IS NULL ORDER BY t.id`,
    )
    .all() as Array<{ id: number; uuid: string; title: string; dueDate: string; recurrence: string; status: string; source: string; lead: string; symbol: string | null }>;
}

function cell(matrix: AssignmentMatrix, code: string, title: string) {
  const row = matrix.rows.find((r) => r.code === code)!;
  const column = matrix.columns.findIndex((c) => c.title === title);
  return row.cells[column];
}

async function expectRefused(target: Side, file: string, reason: string | RegExp): Promise<string> {
  const before = dumpUserTables(target.core.ctx.db);
  const files = filesUnder(target.core.dir);
  let message = '';
  try {
    await receive(target, file);
  } catch (error) {
    expect((error as { code: string }).code).toBe('PACKAGE_REFUSED');
    message = (error as Error).message;
  }
  expect(message, 'the package was accepted').not.toBe('');
  expectVietnameseMessage(message);
  expect(message).toMatch(reason);
  expect(message).toContain('Chưa có gì được nhập');
  expect(dumpUserTables(target.core.ctx.db)).toEqual(before);
  expect(filesUnder(target.core.dir)).toEqual(files);
  return message;
}

describe('exchange between a province and three communes', () => {
  it('assignments down, progress up, the matrix right', async () => {
    const groups = assign().groups;
    expect(groups.map((g) => g.committees.length)).toEqual([3, 2, 1]);
    const down = path.join(outbox, 'giao.mttq');
    const written = await sendDown(province, directiveId, Object.values(committees), down);
    expect(written).toMatchObject({ saved: true, receivers: 3, assignments: 6 });
    expect(province.platform.offered[0]).toBe('2026-11-20 Giao nhiem vu 12-KH-MTTQ-BTT.mttq');

    // Hồng Bàng: the province is not in its directory yet; the first package adds it as the committee above.
    const hb = await receive(hongBang, down);
    expect(hb).toMatchObject({ added: 3, changed: 0, refused: [], alreadyImported: false });
    expect(fs.existsSync(hb.backupPath!)).toBe(true);
    expect(hongBang.core.must('committees:list', undefined).above.map((c) => [c.name, c.code])).toEqual([[province.name, 'MTTQ-HP']]);
    const [incoming] = hongBang.core.must('directives:list', {}).items;
    expect(incoming).toMatchObject({ direction: 'den', numberSymbol: '12/KH-MTTQ-BTT', arrivalNumber: 1, arrivalDate: '2026-11-20', issuerLabel: province.name });
    const attachments = hongBang.core.must('attachments:list', { directiveId: incoming!.id });
    expect(attachments.map((a) => [a.fileName, a.sha256])).toEqual([['Kế hoạch 12 (bản ký).pdf', sha256Hex(pdf)]]);
    const stored = path.join(hongBang.core.dir, 'tep-dinh-kem', String(incoming!.id), 'Kế hoạch 12 (bản ký).pdf');
    expect(fs.readFileSync(stored).equals(pdf)).toBe(true);
    const hbTasks = tasksOf(hongBang);
    expect(hbTasks.map((t) => [t.title, t.dueDate, t.recurrence, t.source, t.symbol, t.lead])).toEqual([
      ['Tổ chức hội nghị triển khai Kế hoạch tại cơ sở', '2026-12-15', 'khong', 'van_ban', '12/KH-MTTQ-BTT', hongBang.name],
      ['Báo cáo kết quả thực hiện Cuộc vận động hằng quý', '2026-12-31', 'hang_quy', 'van_ban', '12/KH-MTTQ-BTT', 'Hội Nông dân phường Hồng Bàng'],
    ]);
    // Records keep the sender's UUIDs.
    const provinceUuids = province.core.ctx.db.prepare('SELECT uuid FROM committee_assignments WHERE committee_id = ? ORDER BY id').all(committees.hongBang) as Array<{ uuid: string }>;
    expect(hbTasks.map((t) => t.uuid)).toEqual(provinceUuids.map((r) => r.uuid));
    expect(hongBang.core.must('exchange:taskOrigin', { id: hbTasks[0]!.id })).toMatchObject({ committeeCode: 'MTTQ-HP', committeeName: province.name, lead: 'Ban Thường trực Ủy ban MTTQ' });

    // Lê Chân had registered the plan by hand: the package links to that entry instead of registering it twice.
    const lc = await receive(leChan, down);
    expect(lc).toMatchObject({ added: 2, changed: 1 });
    expect(leChan.core.must('directives:list', {}).total).toBe(1);
    expect(tasksOf(leChan).map((t) => t.title)).toEqual(groups.slice(0, 2).map((g) => g.title));
    // Hải An: its own two tasks only.
    expect(await receive(haiAn, down)).toMatchObject({ added: 3, changed: 0 });
    expect(tasksOf(haiAn).map((t) => t.title)).toEqual([groups[0]!.title, groups[2]!.title]);

    // Progress: Hồng Bàng holds its conference and completes the quarterly report (its next quarter appears).
    const [conference, quarterly] = hbTasks;
    hongBang.core.must('tasks:addProgress', { taskId: conference!.id, date: '2026-11-20', note: 'Đã xây dựng kế hoạch, dự kiến hội nghị ngày 10/12.', by: 'Phạm Thị Thu' });
    hongBang.core.setNow(new Date(2026, 11, 28, 10, 0));
    const next = hongBang.core.must('tasks:complete', { id: quarterly!.id, result: 'Đã gửi báo cáo quý IV kèm phụ lục.', by: 'Phạm Thị Thu' }).next!;
    expect(next.dueDate).toBe('2027-03-31');
    // Lê Chân completes the conference after its due date.
    const leConference = tasksOf(leChan)[0]!;
    leChan.core.setNow(new Date(2026, 11, 18, 15, 0));
    leChan.core.must('tasks:complete', { id: leConference.id, result: 'Hội nghị triển khai tổ chức ngày 18/12/2026, 120 đại biểu.', by: 'Vũ Văn Nam' });

    const upHb = path.join(outbox, 'bao-cao-hb.mttq');
    expect(await reportUp(hongBang, upHb)).toMatchObject({ saved: true, receivers: 1, reports: 2 });
    const upLc = path.join(outbox, 'bao-cao-lc.mttq');
    await reportUp(leChan, upLc);

    province.core.setNow(new Date(2027, 0, 5, 9, 0)); // 05/01/2027
    const fromHb = await receive(province, upHb);
    expect(fromHb).toMatchObject({ added: 2, changed: 0, refused: [] });
    expect(await receive(province, upLc)).toMatchObject({ added: 2, changed: 0 });

    const matrix = province.core.must('exchange:matrix', { directiveId });
    expect(matrix.columns.map((c) => c.title)).toEqual(groups.map((g) => g.title));
    expect(matrix.rows.map((r) => r.code)).toEqual(['MTTQ-HP-HA', 'MTTQ-HP-HB', 'MTTQ-HP-LC']);
    // Hồng Bàng: the conference was due 15/12 and is still in progress → late by 21 days; the quarterly duty is on its next quarter.
    expect(cell(matrix, 'MTTQ-HP-HB', groups[0]!.title)).toMatchObject({ state: 'qua_han', daysLate: 21, status: 'dang_thuc_hien', latestProgress: 'Đã xây dựng kế hoạch, dự kiến hội nghị ngày 10/12.' });
    expect(cell(matrix, 'MTTQ-HP-HB', groups[1]!.title)).toMatchObject({ state: 'dung_han', dueDate: '2027-03-31', daysLate: 0 });
    // Lê Chân: done, three days after the due date.
    expect(cell(matrix, 'MTTQ-HP-LC', groups[0]!.title)).toMatchObject({ state: 'hoan_thanh', daysLate: 3, result: 'Hội nghị triển khai tổ chức ngày 18/12/2026, 120 đại biểu.' });
    // Its quarterly report, reported as not started, was due 31/12.
    expect(cell(matrix, 'MTTQ-HP-LC', groups[1]!.title)).toMatchObject({ state: 'qua_han', status: 'chua_thuc_hien', daysLate: 5 });
    expect(cell(matrix, 'MTTQ-HP-LC', groups[2]!.title)).toBeNull();
    // Hải An never reported: its model due 30/11 is "not reported", 36 days past due.
    expect(cell(matrix, 'MTTQ-HP-HA', groups[2]!.title)).toMatchObject({ state: 'chua_bao_cao', daysLate: 36 });
    expect(cell(matrix, 'MTTQ-HP-HA', groups[0]!.title)).toMatchObject({ state: 'chua_bao_cao', daysLate: 21 });
    expect(matrix.totals).toEqual({ hoan_thanh: 1, dung_han: 1, qua_han: 2, chua_bao_cao: 2 });
    expect(matrix.rows.find((r) => r.code === 'MTTQ-HP-HB')!.counts).toEqual({ hoan_thanh: 0, dung_han: 1, qua_han: 1, chua_bao_cao: 0 });
  });

  it('importing the same package twice changes nothing, down and up', async () => {
    assign();
    const down = path.join(outbox, 'giao.mttq');
    await sendDown(province, directiveId, [committees.hongBang], down);
    await receive(hongBang, down);
    const once = dumpUserTables(hongBang.core.ctx.db);
    const filesOnce = filesUnder(hongBang.core.dir);
    const again = await receive(hongBang, down);
    expect(again).toEqual({ added: 0, changed: 0, refused: [], alreadyImported: true, backupPath: null });
    expect(dumpUserTables(hongBang.core.ctx.db)).toEqual(once);
    expect(filesUnder(hongBang.core.dir)).toEqual(filesOnce);

    const up = path.join(outbox, 'len.mttq');
    await reportUp(hongBang, up);
    await receive(province, up);
    const provinceOnce = dumpUserTables(province.core.ctx.db);
    expect(await receive(province, up)).toMatchObject({ added: 0, changed: 0, alreadyImported: true });
    expect(dumpUserTables(province.core.ctx.db)).toEqual(provinceOnce);

    // A fresh package with the same content (sent again) is a new package but changes no record.
    const resent = path.join(outbox, 'giao-lai.mttq');
    await sendDown(province, directiveId, [committees.hongBang], resent);
    const tasksBefore = tasksOf(hongBang);
    expect(await receive(hongBang, resent)).toMatchObject({ added: 0, changed: 0, alreadyImported: false });
    expect(tasksOf(hongBang)).toEqual(tasksBefore);
  });

  it('refuses a flipped byte, a truncated file, a package for another committee — nothing written', async () => {
    assign();
    const down = path.join(outbox, 'giao.mttq');
    await sendDown(province, directiveId, [committees.hongBang, committees.leChan], down);
    const bytes = fs.readFileSync(down);

    const flipped = path.join(outbox, 'lat-byte.mttq');
    const copy = Buffer.from(bytes);
    const at = Math.floor(copy.length / 3);
    copy[at] = copy[at]! ^ 0x04;
    fs.writeFileSync(flipped, copy);
    await expectRefused(hongBang, flipped, /đã bị thay đổi sau khi được ghi/);

    const truncated = path.join(outbox, 'cat-cut.mttq');
    fs.writeFileSync(truncated, bytes.subarray(0, bytes.length - 700));
    await expectRefused(hongBang, truncated, /không trọn vẹn/);

    // Hải An is not among the receivers.
    await expectRefused(haiAn, down, /gửi cho đơn vị khác.*MTTQ-HP-HB.*MTTQ-HP-LC/s);

    // A commune without a code cannot tell whether a package is for it.
    haiAn.core.must('profile:save', { committeeName: haiAn.name, placeName: 'Hải An', level: 'xa', abbreviation: 'MTTQ-BTT', committeeCode: '' });
    await expectRefused(haiAn, down, /Chưa khai báo mã đơn vị/);

    // A progress report sent to the province cannot be imported by another commune, nor a down package by the province.
    await receive(hongBang, down);
    const up = path.join(outbox, 'len.mttq');
    await reportUp(hongBang, up);
    await expectRefused(leChan, up, /gửi cho đơn vị khác/);
    leChan.core.must('profile:save', { committeeName: leChan.name, placeName: 'Lê Chân', level: 'xa', abbreviation: 'MTTQ-BTT', committeeCode: 'MTTQ-HP' });
    await expectRefused(leChan, up, /không có trong danh sách đơn vị cấp dưới/);

    // With its own code back, Lê Chân imports the intact package.
    leChan.core.must('profile:save', { committeeName: leChan.name, placeName: 'Lê Chân', level: 'xa', abbreviation: 'MTTQ-BTT', committeeCode: 'MTTQ-HP-LC' });
    expect(await receive(leChan, down)).toMatchObject({ added: 2, changed: 1 });
  });

  it('a newer package supersedes the older one and the change is shown; an older one arriving late changes nothing', async () => {
    const { groups } = assign();
    const first = path.join(outbox, 'lan-1.mttq');
    await sendDown(province, directiveId, [committees.hongBang], first);
    // The province moves the conference's deadline and rewords the model task for Hồng Bàng's copy.
    province.core.setNow(new Date(2026, 10, 22, 9, 0));
    province.core.must('exchange:saveAssignments', {
      directiveId,
      tasks: [{ ...groups[0]!, dueDate: '2026-12-20', committeeIds: groups[0]!.committees.map((c) => c.committeeId) }],
    });
    const second = path.join(outbox, 'lan-2.mttq');
    await sendDown(province, directiveId, [committees.hongBang], second);

    await receive(hongBang, first);
    const [conference] = tasksOf(hongBang);
    hongBang.core.must('tasks:addProgress', { taskId: conference!.id, date: '2026-11-20', note: 'Đang chuẩn bị.', by: '' });

    hongBang.platform.openPath = second;
    const opened = await hongBang.core.callAsync('exchange:openPackage', undefined);
    if (!opened.ok) throw new Error(opened.error.message);
    const preview = opened.data.preview!;
    expect(preview.counts).toEqual({ added: 0, changed: 1, unchanged: 2, refused: 0 });
    const changed = preview.items.find((i) => i.action === 'sua')!;
    expect(changed).toMatchObject({ kind: 'nhiem_vu', label: groups[0]!.title, changes: [{ field: 'Hạn hoàn thành', before: '15/12/2026', after: '20/12/2026' }] });
    // Nothing is written by the preview.
    expect(tasksOf(hongBang)[0]!.dueDate).toBe('2026-12-15');
    const result = await hongBang.core.callAsync('exchange:import', { token: opened.data.token! });
    expect(result.ok && result.data).toMatchObject({ added: 0, changed: 1, refused: [] });
    const after = hongBang.core.must('tasks:get', { id: conference!.id });
    expect(after.dueDate).toBe('2026-12-20');
    // The receiver's own part is kept: its progress and status.
    expect(after.status).toBe('dang_thuc_hien');
    expect(after.progress.map((p) => p.note)).toEqual(['Đang chuẩn bị.']);

    // Hải An receives the newer package first, then the older one: the older one cannot undo the change.
    const both = path.join(outbox, 'hai-an-1.mttq');
    province.core.setNow(new Date(2026, 10, 23, 9, 0));
    await sendDown(province, directiveId, [committees.haiAn], both);
    province.core.setNow(new Date(2026, 10, 24, 9, 0));
    province.core.must('exchange:saveAssignments', {
      directiveId,
      tasks: [{ ...groups[2]!, title: 'Xây dựng mô hình điểm "Khu dân cư kiểu mẫu" năm 2027', committeeIds: [committees.haiAn] }],
    });
    const newer = path.join(outbox, 'hai-an-2.mttq');
    await sendDown(province, directiveId, [committees.haiAn], newer);
    expect(await receive(haiAn, newer)).toMatchObject({ added: 3 });
    const older = await receive(haiAn, both);
    expect(older.added).toBe(0);
    expect(older.changed).toBe(0);
    expect(older.refused).toHaveLength(1);
    expect(older.refused[0]).toMatchObject({ reason: 'OLDER_PACKAGE' });
    expectVietnameseMessage(older.refused[0]!.message);
    expect(tasksOf(haiAn).map((t) => t.title)).toContain('Xây dựng mô hình điểm "Khu dân cư kiểu mẫu" năm 2027');

    // Up: a newer report replaces the older one at the province, and an older report arriving late is refused for its records.
    const up1 = path.join(outbox, 'len-1.mttq');
    await reportUp(hongBang, up1);
    hongBang.core.setNow(new Date(2026, 10, 25, 9, 0));
    hongBang.core.must('tasks:complete', { id: conference!.id, result: 'Đã tổ chức hội nghị ngày 25/11.', by: 'Phạm Thị Thu' });
    const up2 = path.join(outbox, 'len-2.mttq');
    await reportUp(hongBang, up2);
    expect(await receive(province, up2)).toMatchObject({ added: 2, changed: 0 });
    const late = await receive(province, up1);
    expect(late).toMatchObject({ added: 0, changed: 0 });
    expect(late.refused.map((r) => r.reason)).toEqual(['OLDER_PACKAGE']);
    const matrix = province.core.must('exchange:matrix', { directiveId });
    expect(cell(matrix, 'MTTQ-HP-HB', groups[0]!.title)).toMatchObject({ state: 'hoan_thanh', result: 'Đã tổ chức hội nghị ngày 25/11.' });
  });

  it('takes a backup before writing: the copy holds the database as it was', async () => {
    assign();
    const down = path.join(outbox, 'giao.mttq');
    await sendDown(province, directiveId, [committees.hongBang], down);
    const result = await receive(hongBang, down);
    // A backup of the backup engine, of kind "before importing", in sao-luu/ beside the database.
    expect(path.relative(path.join(hongBang.core.dir, 'sao-luu'), result.backupPath!)).toMatch(/^[^/]*truoc-nhap[^/]*\//);
    expect(listStoredBackups(path.join(hongBang.core.dir, 'sao-luu')).map((b) => b.manifest.kind)).toEqual(['truoc-nhap']);
    const copy = new Database(result.backupPath!, { readonly: true });
    try {
      expect((copy.prepare('SELECT count(*) AS n FROM tasks').get() as { n: number }).n).toBe(0);
      expect((copy.prepare("SELECT committee_code AS code FROM committee_profile").get() as { code: string }).code).toBe('MTTQ-HP-HB');
    } finally {
      copy.close();
    }
    expect(tasksOf(hongBang)).toHaveLength(2);
  });
});
