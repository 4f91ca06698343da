import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/core';
import { expectVietnameseMessage } from '../support/vietnamese';

/** `npm run -s cli -- backup|restore …` as an outside check runs them: one JSON object, exit code. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function cli(...args: string[]): { status: number | null; json: Record<string, unknown> } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, json: JSON.parse(run.stdout) as Record<string, unknown> };
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function counts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(names.map((n) => [n, db.prepare(`SELECT count(*) FROM "${n}"`).pluck().get() as number]));
  } finally {
    db.close();
  }
}

describe('the backup and restore commands', () => {
  it('back up, restore with an undo copy, and refuse bad input with a Vietnamese message, touching nothing', () => {
    const dir = makeTempDir('mttq-cli-backup-');
    const file = path.join(dir, 'du-lieu.sqlite3');
    expect(cli('demo', '--db', file).status).toBe(0);
    const out = path.join(dir, 'ban-sao');

    const backup = cli('backup', '--db', file, '--out', out);
    expect(backup.status).toBe(0);
    expect(Object.keys(backup.json).sort()).toEqual(['attachments', 'bytes', 'folder', 'id', 'ms', 'path', 'rows', 'sha256', 'summary'].sort());
    expect(sha(backup.json.path as string)).toBe(backup.json.sha256);
    expect(backup.json.rows).toEqual(counts(file));

    // Work after the backup, then restore it.
    const db = new Database(file);
    db.prepare('DELETE FROM task_progress').run();
    db.close();
    const restored = cli('restore', '--db', file, '--from', backup.json.path as string);
    expect(restored.status).toBe(0);
    expect(restored.json.path).toBe(file);
    expect(restored.json.rows).toEqual(backup.json.rows);
    expect(counts(file)).toEqual(backup.json.rows);
    expect(fs.existsSync(restored.json.undoBackup as string)).toBe(true);

    const before = sha(file);
    const text = path.join(dir, 'ghi-chu.txt');
    fs.writeFileSync(text, 'Danh sách đại biểu dự hội nghị tổng kết năm 2025.');
    const bad: Array<[string[], RegExp]> = [
      [['restore', '--db', file, '--from', text], /không phải bản sao lưu/],
      [['restore', '--db', file, '--from', path.join(dir, 'khong-co')], /Không tìm thấy/],
      [['backup', '--db', path.join(dir, 'khong-co.sqlite3'), '--out', out], /Không có tệp dữ liệu/],
      [['backup', '--db', file, '--out', file], /không phải là một thư mục/],
      [['backup', '--db', file], /Thiếu tham số --out/],
    ];
    for (const [args, message] of bad) {
      const refused = cli(...args);
      expect(refused.status, args.join(' ')).toBe(1);
      const error = refused.json.error as { code: string; message: string };
      expect(error.message).toMatch(message);
      expectVietnameseMessage(error.message);
    }
    expect(sha(file)).toBe(before);
    expect(fs.existsSync(path.join(dir, 'khong-co.sqlite3'))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
