import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Platform } from '../../electron/core/context';
import { MAX_ATTACHMENT_BYTES } from '../../electron/core/services/attachments';
import { openTestCore, type TestCore } from '../support/core';
import { dumpUserTables } from '../support/db-dump';
import { expectFailure } from '../support/results';

/** Stands in for the system dialogs: the test says which files the "user" picks. */
class FakePlatform implements Platform {
  picks: string[] = [];
  opened: string[] = [];
  openError: Error | null = null;
  async chooseSavePath(): Promise<string | null> {
    return null;
  }
  showInFolder(): void {}
  async chooseOpenFiles(): Promise<string[]> {
    return this.picks;
  }
  async openFile(filePath: string): Promise<void> {
    if (this.openError) throw this.openError;
    this.opened.push(filePath);
  }
}

let core: TestCore;
let platform: FakePlatform;
let directiveId: number;
let sources: string;

beforeEach(() => {
  core = openTestCore();
  platform = new FakePlatform();
  core.ctx.platform = platform;
  directiveId = core.must('directives:save', { direction: 'den', numberSymbol: '56-NQ/TU', arrivalDate: '2026-03-01' }).id;
  sources = path.join(core.dir, 'Tài liệu trên máy');
  fs.mkdirSync(sources);
});
afterEach(() => {
  vi.restoreAllMocks();
  core.close();
});

function source(name: string, content: string | Buffer): string {
  const file = path.join(sources, name);
  fs.writeFileSync(file, content);
  return file;
}

const storage = () => path.join(core.dir, 'tep-dinh-kem', String(directiveId));
const storedFiles = () => (fs.existsSync(storage()) ? fs.readdirSync(storage()).sort() : []);
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

async function add(...picks: string[]) {
  platform.picks = picks;
  return core.callAsync('attachments:add', { directiveId });
}

describe('adding attachments', () => {
  it('copies PDF, Word and images into <data dir>/tep-dinh-kem/<id>/ and records name, size, hash and type', async () => {
    const pdf = source('Nghị quyết 56.pdf', '%PDF-1.4 nội dung');
    const docx = source('Kế hoạch.docx', Buffer.from([0x50, 0x4b, 3, 4, 1, 2, 3]));
    const jpg = source('anh-chup.JPG', Buffer.alloc(1000, 7));
    const result = await add(pdf, docx, jpg);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.map((a) => [a.fileName, a.size, a.mime, a.sha256])).toEqual([
      ['Nghị quyết 56.pdf', fs.statSync(pdf).size, 'application/pdf', sha256(fs.readFileSync(pdf))],
      ['Kế hoạch.docx', 7, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', sha256(fs.readFileSync(docx))],
      ['anh-chup.JPG', 1000, 'image/jpeg', sha256(Buffer.alloc(1000, 7))],
    ]);
    expect(storedFiles()).toEqual(['Kế hoạch.docx', 'Nghị quyết 56.pdf', 'anh-chup.jpg'].sort());
    expect(fs.readFileSync(path.join(storage(), 'Nghị quyết 56.pdf'), 'utf8')).toBe('%PDF-1.4 nội dung');
    // The originals stay where they were.
    expect(fs.existsSync(pdf)).toBe(true);
    expect(core.must('directives:get', { id: directiveId }).attachmentCount).toBe(3);
  });

  it('keeps two files of the same name apart', async () => {
    const first = source('bao-cao.pdf', 'một');
    await add(first);
    fs.writeFileSync(first, 'hai');
    const result = await add(first);
    expect(result.ok && result.data.map((a) => a.fileName)).toEqual(['bao-cao.pdf', 'bao-cao.pdf']);
    expect(storedFiles()).toEqual(['bao-cao (2).pdf', 'bao-cao.pdf']);
  });

  it('adds nothing when the user cancels the dialog', async () => {
    const result = await add();
    expect(result).toEqual({ ok: true, data: [] });
    expect(storedFiles()).toEqual([]);
  });
});

describe('refused files leave nothing behind', () => {
  async function expectRefused(picks: string[], code: 'VALIDATION' | 'FILE_WRITE', says: string) {
    const before = dumpUserTables(core.ctx.db);
    const message = expectFailure(await add(...picks), code);
    expect(message).toContain(says);
    expect(message).toContain('Chưa tệp nào được đính kèm.');
    expect(dumpUserTables(core.ctx.db)).toEqual(before);
    expect(storedFiles()).toEqual([]);
  }

  it('a file over 50 MB', async () => {
    const big = path.join(sources, 'ban-scan.pdf');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_ATTACHMENT_BYTES + 1); // sparse: no 50 MB written to disk
    await expectRefused([source('nho.pdf', 'nhỏ'), big], 'VALIDATION', 'Tệp “ban-scan.pdf” nặng 50 MB, vượt giới hạn 50 MB');
  });

  it('a file that is no longer there', async () => {
    await expectRefused([source('co.pdf', 'có'), path.join(sources, 'da-xoa.pdf')], 'VALIDATION', 'Không tìm thấy tệp “da-xoa.pdf”');
  });

  it('a folder picked as a file', async () => {
    const folder = path.join(sources, 'thu-muc.pdf');
    fs.mkdirSync(folder);
    await expectRefused([folder], 'VALIDATION', '“thu-muc.pdf” là một thư mục');
  });

  it('a file the user may not read', async () => {
    const locked = source('mat.pdf', 'bí mật');
    fs.chmodSync(locked, 0o000);
    // root reads anything: inject the refusal the way the OS gives it to everyone else.
    if (process.getuid?.() === 0) {
      const realOpen = fs.promises.open;
      vi.spyOn(fs.promises, 'open').mockImplementation(async (file, ...rest) => {
        if (String(file) === locked) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
        return realOpen(file, ...(rest as [string]));
      });
    }
    await expectRefused([locked], 'VALIDATION', 'Không đọc được tệp “mat.pdf”: bạn không có quyền đọc tệp này.');
  });

  it('a type that is not PDF, Word or an image', async () => {
    await expectRefused([source('danh-sach.xlsx', 'x')], 'VALIDATION', 'không phải PDF, Word (.doc, .docx) hay ảnh');
  });

  it('an empty file', async () => {
    await expectRefused([source('trong.pdf', '')], 'VALIDATION', 'trống (0 byte)');
  });

  it('a copy that fails half-way: the files already copied are removed, no row written', async () => {
    const realRename = fs.promises.rename;
    let calls = 0;
    vi.spyOn(fs.promises, 'rename').mockImplementation(async (from, to) => {
      calls += 1;
      if (calls === 2) throw Object.assign(new Error('disk gone'), { code: 'EIO' });
      return realRename(from, to);
    });
    await expectRefused([source('a.pdf', 'một'), source('b.pdf', 'hai')], 'FILE_WRITE', 'Không chép được tệp');
    expect(calls).toBe(2);
  });

  it('a directive in the bin takes no attachment', async () => {
    core.must('directives:delete', { id: directiveId });
    expectFailure(await add(source('a.pdf', 'một')), 'NOT_FOUND');
  });
});

describe('opening and removing', () => {
  it('opens the app’s copy with the system viewer', async () => {
    const added = await add(source('nq56.pdf', 'pdf'));
    const id = added.ok ? added.data[0]!.id : 0;
    expect(await core.callAsync('attachments:open', { id })).toEqual({ ok: true, data: { opened: true } });
    expect(platform.opened).toEqual([path.join(storage(), 'nq56.pdf')]);

    platform.openError = new Error('No application is associated');
    expect(expectFailure(await core.callAsync('attachments:open', { id }), 'CONFLICT')).toContain('chưa cài chương trình đọc tệp .pdf');

    fs.rmSync(path.join(storage(), 'nq56.pdf'));
    expect(expectFailure(await core.callAsync('attachments:open', { id }), 'NOT_FOUND')).toContain('không còn trong thư mục lưu trữ');
  });

  it('removes the row and the copy', async () => {
    const added = await add(source('a.pdf', 'một'), source('b.png', 'hai'));
    const [a, b] = added.ok ? added.data : [];
    const after = await core.callAsync('attachments:remove', { id: a!.id });
    expect(after.ok && after.data.map((x) => x.id)).toEqual([b!.id]);
    expect(storedFiles()).toEqual(['b.png']);
    expect(core.must('attachments:list', { directiveId })).toHaveLength(1);
    expectFailure(await core.callAsync('attachments:remove', { id: a!.id }), 'NOT_FOUND');
  });
});
