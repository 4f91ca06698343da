import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/errors';
import { listStoredBackups } from '../../electron/core/backup/catalog';
import { openBackupCore, listFiles, mountTmpfs, type BackupCore } from '../support/backup-fixtures';
import { dumpUserTables } from '../support/db-dump';
import { makeTempDir } from '../support/core';
import { expectVietnameseMessage } from '../support/vietnamese';

let cores: BackupCore[] = [];
const cleanups: Array<() => void> = [];

afterEach(() => {
  for (const core of cores) core.closeAll();
  cores = [];
  while (cleanups.length > 0) cleanups.pop()!();
});

async function core(options: Parameters<typeof openBackupCore>[0] = {}): Promise<BackupCore> {
  const opened = await openBackupCore(options);
  cores.push(opened);
  return opened;
}

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

async function expectAppError(promise: Promise<unknown>, code: string): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code, (error as AppError).message).toBe(code);
    expectVietnameseMessage((error as AppError).message);
    return (error as AppError).message;
  }
  throw new Error(`expected ${code}`);
}

function openReadonly(file: string) {
  return new Database(file, { readonly: true, fileMustExist: true });
}

function meetingCount(core: BackupCore): number {
  return core.ctx.db.prepare('SELECT count(*) FROM meetings').pluck().get() as number;
}

describe('a backup', () => {
  it('is a verified snapshot with its manifest, and attachments are copied only once', async () => {
    const c = await core();
    const first = await c.backups.backupNow('thu-cong');
    const manifest = first.manifest;
    expect(manifest.kind).toBe('thu-cong');
    expect(manifest.rows).toEqual(Object.fromEntries(Object.entries(c.dump()).map(([table, rows]) => [table, rows.length])));
    expect(manifest.database.sha256).toBe(sha256(first.snapshot));
    expect(manifest.summary.meetings).toBeGreaterThan(0);
    expect(manifest.attachments).toHaveLength(2);

    const copy = openReadonly(first.snapshot);
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      // A rollback-journal file: it opens read-only on a USB stick or a CD, with no -wal beside it.
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(dumpUserTables(copy)).toEqual(c.dump());
    } finally {
      copy.close();
    }

    const storeDir = path.join(c.backups.paths.backupRoot, 'tep-dinh-kem');
    const stored = listFiles(storeDir);
    expect(Object.keys(stored)).toHaveLength(2);
    const inodes = Object.keys(stored).map((rel) => fs.statSync(path.join(storeDir, rel)).ino);

    c.must('organisations:save', { id: null, name: 'Hội Người cao tuổi tỉnh', kind: 'to_chuc_thanh_vien', abbreviation: '' });
    const second = await c.backups.backupNow('tu-dong');
    expect(second.manifest.rows.organisations).toBe(manifest.rows.organisations! + 1);
    // The same two files, not copied again.
    expect(Object.keys(stored).map((rel) => fs.statSync(path.join(storeDir, rel)).ino)).toEqual(inodes);
    expect(Object.keys(listFiles(storeDir))).toHaveLength(2);
    expect(c.backups.list().map((b) => b.id).sort()).toEqual([second.id, first.id].sort());
    // No temporary folder is left behind.
    expect(fs.readdirSync(c.backups.paths.backupRoot).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('is consistent while the app keeps writing through its handlers', async () => {
    const c = await core();
    // Make the database big enough that the backup takes many steps.
    for (let i = 0; i < 400; i += 1) c.must('meetings:create', { title: `Hội nghị giao ban lần ${i}`, kind: 'giao_ban', startAt: '2026-01-05T08:00' });
    let writes = 0;
    let stop = false;
    const writer = async () => {
      while (!stop) {
        c.must('meetings:create', { title: `Ghi trong lúc sao lưu ${writes}`, kind: 'giao_ban', startAt: '2026-02-01T08:00' });
        writes += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const writing = writer();
    const created = await c.backups.backupNow('tu-dong');
    const countAtSnapshot = meetingCount(c);
    stop = true;
    await writing;
    expect(writes).toBeGreaterThan(0);
    const copy = openReadonly(created.snapshot);
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const copied = copy.prepare('SELECT count(*) FROM meetings').pluck().get() as number;
      expect(created.manifest.rows.meetings).toBe(copied);
      // The snapshot is one moment of the live data: everything up to it, nothing half-written.
      expect(copied).toBeLessThanOrEqual(countAtSnapshot);
      const liveIds = new Set(c.ctx.db.prepare('SELECT id FROM meetings').pluck().all());
      expect((copy.prepare('SELECT id FROM meetings').pluck().all() as number[]).every((id) => liveIds.has(id))).toBe(true);
      for (const [table, rows] of Object.entries(created.manifest.rows)) {
        expect(copy.prepare(`SELECT count(*) FROM "${table}"`).pluck().get(), table).toBe(rows);
      }
    } finally {
      copy.close();
    }
  });

  it('a folder that is gone or read-only: a Vietnamese message, earlier backups intact', async () => {
    const c = await core();
    const kept = await c.backups.backupNow('thu-cong');
    const keptHash = sha256(kept.snapshot);

    const gone = path.join(makeTempDir(), 'o-usb-da-rut');
    fs.mkdirSync(gone);
    expect(() => c.backups.setSecondPlace(gone)).not.toThrow();
    fs.rmSync(gone, { recursive: true });
    // The local backup works; the copy to the missing second place is reported, not thrown.
    await c.backups.backupNow('tu-dong');
    expect(c.backups.status().lastError).toMatch(/nơi lưu thứ hai/);
    expectVietnameseMessage(c.backups.status().lastError!);
    expect(() => c.backups.setSecondPlace(gone)).toThrow(/không tìm thấy thư mục/);

    const readOnly = mountTmpfs(4 * 1024 * 1024, true);
    if (readOnly) {
      cleanups.push(readOnly.unmount);
      const message = (() => {
        try {
          c.backups.setSecondPlace(readOnly.dir);
        } catch (error) {
          return (error as Error).message;
        }
        return '';
      })();
      expect(message).toMatch(/chỉ cho phép đọc/);
      expectVietnameseMessage(message);
    }
    expect(sha256(kept.snapshot)).toBe(keptHash);
  });

  it('a disk that fills during a backup leaves the previous backups and the data intact', async () => {
    const c = await core({ demo: true });
    for (let i = 0; i < 300; i += 1) c.must('meetings:create', { title: `Hội nghị ${i} ${'nội dung '.repeat(40)}`, kind: 'giao_ban', startAt: '2026-01-05T08:00' });
    const size = fs.statSync(c.file).size + fs.statSync(`${c.file}-wal`).size;
    const disk = mountTmpfs(Math.max(8 * 1024 * 1024, size * 6));
    if (!disk) throw new Error('this test needs to mount a small tmpfs (run as root, as CI does)');
    cleanups.push(disk.unmount);
    const root = path.join(disk.dir, 'sao-luu');
    const { attachBackupService } = await import('../../electron/core/backup/for-context');
    const service = attachBackupService(c.ctx, { backupRoot: root });
    const first = await service.backupNow('thu-cong');
    const second = await service.backupNow('tu-dong');
    const hashes = [sha256(first.snapshot), sha256(second.snapshot)];
    const before = c.dump();

    // Another program fills the disk while the snapshot is being written.
    let filled = false;
    const message = await expectAppError(
      service.backupNow('tu-dong', () => {
        if (filled) return;
        filled = true;
        const free = fs.statfsSync(disk.dir);
        fs.writeFileSync(path.join(disk.dir, 'tep-khac.bin'), Buffer.alloc(Number(free.bavail) * Number(free.bsize) - 4096));
      }),
      'BACKUP_FOLDER',
    );
    expect(filled).toBe(true);
    expect(message).toMatch(/ổ đĩa đã đầy/);
    expect(listStoredBackups(root).map((b) => b.manifest.id).sort()).toEqual([second.id, first.id].sort());
    expect([sha256(first.snapshot), sha256(second.snapshot)]).toEqual(hashes);
    expect(fs.readdirSync(root).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(c.dump()).toEqual(before);
    expect(service.status().lastError).toMatch(/ổ đĩa đã đầy/);
  });
});

describe('a restore', () => {
  it('gives back exactly the content of the backup, every table and the attachments', async () => {
    const c = await core();
    const atBackup = c.dump();
    const filesAtBackup = c.attachmentFiles();
    const backup = await c.backups.backupNow('thu-cong');

    // Work goes on: a new meeting, a deleted directive, an attachment removed.
    c.must('meetings:create', { title: 'Hội nghị sau khi sao lưu', kind: 'giao_ban', startAt: '2026-04-01T08:00' });
    const attachment = c.ctx.db.prepare('SELECT id FROM directive_attachments LIMIT 1').pluck().get() as number;
    expect((await c.callAsync('attachments:remove', { id: attachment })).ok).toBe(true);
    expect(c.dump()).not.toEqual(atBackup);

    const outcome = await c.backups.restore({ id: backup.id });
    expect(outcome.summary.meetings).toBe(backup.manifest.summary.meetings);
    expect(c.dump()).toEqual(atBackup);
    expect(c.attachmentFiles()).toEqual(filesAtBackup);
    // The handlers see the restored file through the same context.
    expect(c.must('meetings:list', {}).items.some((m) => m.title === 'Hội nghị sau khi sao lưu')).toBe(false);
    expect(c.ctx.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(fs.readdirSync(c.dir).filter((n) => n.includes('dang-khoi-phuc') || n.includes('khoi-phuc.json'))).toEqual([]);
  });

  it('can be undone: the state before it was kept as a backup that is never rotated out', async () => {
    const c = await core({ policy: { recent: 1, days: 0, weeks: 0, months: 0 } });
    const backup = await c.backups.backupNow('tu-dong');
    c.must('meetings:create', { title: 'Công việc của hôm nay', kind: 'giao_ban', startAt: '2026-04-01T08:00' });
    const beforeRestore = c.dump();
    const filesBefore = c.attachmentFiles();

    const outcome = await c.backups.restore({ id: backup.id });
    expect(c.dump()).not.toEqual(beforeRestore);
    // Many automatic backups later (retention keeps only one of those), the copy is still there.
    for (let i = 0; i < 3; i += 1) await c.backups.backupNow('tu-dong');
    expect(c.backups.list().some((b) => b.id === outcome.undoBackupId && b.kind === 'truoc-khoi-phuc')).toBe(true);

    await c.backups.restore({ id: outcome.undoBackupId });
    expect(c.dump()).toEqual(beforeRestore);
    expect(c.attachmentFiles()).toEqual(filesBefore);
  });

  it('replays nothing stale: a -wal left beside the data file does not mix into the restored data', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'du-lieu.sqlite3');
    const c = await core({ file, demo: false });
    for (let i = 0; i < 3; i += 1) c.must('meetings:create', { title: `Hội nghị ${i + 1}`, kind: 'giao_ban', startAt: '2026-01-05T08:00' });
    const backup = await c.backups.backupNow('thu-cong');
    const atBackup = c.dump();

    // Thirty more meetings that stay in the -wal file, which is then copied aside…
    c.ctx.db.pragma('wal_autocheckpoint = 0');
    for (let i = 0; i < 30; i += 1) c.must('meetings:create', { title: `Hội nghị thêm ${i}`, kind: 'giao_ban', startAt: '2026-02-05T08:00' });
    const staleWal = fs.readFileSync(`${file}-wal`);
    expect(staleWal.length).toBeGreaterThan(0);
    c.ctx.db.close();
    // …and put back beside the file, as a copy made by hand would leave it.
    fs.writeFileSync(`${file}-wal`, staleWal);
    const { openDatabase } = await import('../../electron/core/db/open');
    c.ctx.db = openDatabase(file).db;
    expect(meetingCount(c)).toBe(33);

    await c.backups.restore({ id: backup.id });
    expect(meetingCount(c)).toBe(3);
    expect(c.dump()).toEqual(atBackup);
    c.ctx.db.close();
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const again = openDatabase(file).db;
    expect(again.prepare('SELECT count(*) FROM meetings').pluck().get()).toBe(3);
    c.ctx.db = again;
  });

  it('refuses truncated, foreign and newer backups, touching nothing', async () => {
    const c = await core();
    const good = await c.backups.backupNow('thu-cong');
    const goodHash = sha256(good.snapshot);
    const before = c.dump();
    const fileBefore = sha256(c.file);
    const scratch = makeTempDir();

    // A backup folder whose snapshot was cut short (a copy interrupted on a USB stick).
    const truncated = path.join(scratch, 'cat-cut');
    fs.cpSync(good.folder, truncated, { recursive: true });
    const snap = path.join(truncated, 'du-lieu.sqlite3');
    fs.truncateSync(snap, Math.floor(fs.statSync(snap).size / 2));
    expect(await expectAppError(c.backups.restore({ file: truncated }), 'BACKUP_INVALID')).toMatch(/hỏng|cắt cụt/);

    // A bare database file cut short.
    const bare = path.join(scratch, 'ban-sao.sqlite3');
    fs.copyFileSync(good.snapshot, bare);
    fs.truncateSync(bare, 8192);
    await expectAppError(c.backups.restore({ file: bare }), 'BACKUP_INVALID');

    // Another program's database, a picture, an empty file.
    const foreignDb = path.join(scratch, 'chuong-trinh-khac.db');
    const other = new Database(foreignDb);
    other.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x')");
    other.close();
    expect(await expectAppError(c.backups.restore({ file: foreignDb }), 'BACKUP_INVALID')).toMatch(/không phải bản sao lưu/);
    const picture = path.join(scratch, 'anh.png');
    fs.writeFileSync(picture, Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]));
    await expectAppError(c.backups.restore({ file: picture }), 'BACKUP_INVALID');
    const empty = path.join(scratch, 'rong.sqlite3');
    fs.writeFileSync(empty, '');
    await expectAppError(c.backups.restore({ file: empty }), 'BACKUP_INVALID');

    // A backup from a newer version: by its manifest, and a bare file with a newer migration.
    const newer = path.join(scratch, 'moi-hon');
    fs.cpSync(good.folder, newer, { recursive: true });
    const manifest = JSON.parse(fs.readFileSync(path.join(newer, 'manifest.json'), 'utf8'));
    fs.writeFileSync(path.join(newer, 'manifest.json'), JSON.stringify({ ...manifest, schemaVersion: 99 }));
    expect(await expectAppError(c.backups.restore({ file: newer }), 'BACKUP_NEWER')).toMatch(/phiên bản mới hơn/);
    const newerBare = path.join(scratch, 'moi-hon.sqlite3');
    fs.copyFileSync(good.snapshot, newerBare);
    const editing = new Database(newerBare);
    editing.prepare("INSERT INTO schema_migrations VALUES (99, 'tuong-lai', 'abc', '2030-01-01')").run();
    editing.close();
    await expectAppError(c.backups.restore({ file: newerBare }), 'BACKUP_NEWER');

    // Nothing was touched: the data, the file, the backups, no pre-restore copy, no staged file.
    expect(c.dump()).toEqual(before);
    expect(sha256(c.file)).toBe(fileBefore);
    expect(sha256(good.snapshot)).toBe(goodHash);
    expect(c.backups.list().map((b) => b.id)).toEqual([good.id]);
    expect(fs.readdirSync(c.dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('refuses while another program holds the database, and the app goes on with its data', async () => {
    const c = await core();
    const backup = await c.backups.backupNow('thu-cong');
    c.must('meetings:create', { title: 'Sau khi sao lưu', kind: 'giao_ban', startAt: '2026-04-01T08:00' });
    const before = c.dump();
    const otherProgram = new Database(c.file);
    otherProgram.prepare('SELECT count(*) FROM meetings').get();
    try {
      expect(await expectAppError(c.backups.restore({ id: backup.id }), 'DB_LOCKED')).toMatch(/chương trình khác/);
    } finally {
      otherProgram.close();
    }
    expect(c.dump()).toEqual(before);
    expect(c.must('meetings:list', {}).items.some((m) => m.title === 'Sau khi sao lưu')).toBe(true);
    // Once the other program is closed, the restore goes through.
    await c.backups.restore({ id: backup.id });
    expect(c.must('meetings:list', {}).items.some((m) => m.title === 'Sau khi sao lưu')).toBe(false);
  });
});

describe('moving to a new PC', () => {
  it('exports one file that imports on another PC with every table and attachment, and refuses a damaged one', async () => {
    const c = await core();
    const out = path.join(makeTempDir(), 'Toàn bộ dữ liệu.zip');
    const exported = await c.backups.exportAll(out);
    expect(exported.path).toBe(out);
    expect(fs.statSync(out).size).toBe(exported.bytes);

    const fresh = await core({ demo: false });
    const damaged = path.join(makeTempDir(), 'hong.zip');
    fs.writeFileSync(damaged, fs.readFileSync(out).subarray(0, Math.floor(exported.bytes * 0.7)));
    const emptyBefore = fresh.dump();
    await expectAppError(fresh.backups.importAll(damaged), 'BACKUP_INVALID');
    expect(fresh.dump()).toEqual(emptyBefore);

    await fresh.backups.importAll(out);
    expect(fresh.dump()).toEqual(c.dump());
    expect(fresh.attachmentFiles()).toEqual(c.attachmentFiles());
    const attachment = fresh.ctx.db.prepare('SELECT id FROM directive_attachments LIMIT 1').pluck().get() as number;
    expect((await fresh.callAsync('attachments:open', { id: attachment })).ok).toBe(true);
  });
});
