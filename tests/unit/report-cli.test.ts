import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestCore, makeTempDir } from '../support/core';
import { readDocx, tables } from '../support/docx-parts';
import { CliError, parseArgs } from '../../electron/cli/args';
import { periodChoiceFromArgs } from '../../electron/cli/commands/report';
import { seedReportWorld } from '../support/report-fixtures';
import { expectVietnameseMessage } from '../support/vietnamese';

const ROOT = path.resolve(__dirname, '../..');
let dir: string;
let db: string;

/** `npm run -s cli -- …` as the outside checks run it: one JSON object on stdout. */
function cli(...args: string[]): { status: number | null; json: Record<string, unknown> } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/cli/index.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, json: JSON.parse(run.stdout) as Record<string, unknown> };
}

beforeAll(() => {
  dir = makeTempDir('mttq-report-cli-');
  db = path.join(dir, 'du-lieu.sqlite3');
  const core = openTestCore({ file: db });
  seedReportWorld(core);
  core.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run -s cli -- report', () => {
  it('writes the report and its annex and prints the period and the figures, leaving the database unwritten', async () => {
    const rows = () => {
      const core = openTestCore({ file: db });
      const n = core.ctx.db.prepare('SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM report_compilations) AS n').get() as { n: number };
      core.close();
      return n.n;
    };
    const before = rows();
    const out = path.join(dir, 'bao-cao.docx');
    const xlsx = path.join(dir, 'phu-luc.xlsx');
    const { status, json } = cli('report', '--db', db, '--kind', 'half', '--year', '2025', '--half', '1', '--out', out, '--xlsx', xlsx);
    expect(status).toBe(0);
    expect(json.path).toBe(out);
    expect(json.xlsx).toMatchObject({ path: xlsx });
    expect(json.documentId).toBeNull();
    expect(json.period).toEqual({ kind: 'sau_thang', year: 2025, index: 1, start: '2025-01-01', end: '2025-06-30', label: '6 tháng đầu năm 2025', convention: 'lich' });
    expect(json.figures).toMatchObject({ meetingsHeld: 1, tasksAssigned: 1, tasksCompleted: 1, tasksCompletedOnTime: 1, tasksOverdue: 0 });
    const docx = await readDocx(fs.readFileSync(out));
    expect(tables(docx.document).some((t) => t.includes('So với cùng kỳ'))).toBe(true);
    expect(fs.statSync(xlsx).size).toBeGreaterThan(1000);
    expect(rows()).toBe(before);
  }, 30_000);

  it('refuses a period in the future with a Vietnamese message and exit code 1, writing nothing', () => {
    const out = path.join(dir, 'loi.docx');
    const run = cli('report', '--db', db, '--kind', 'month', '--year', '2100', '--month', '1', '--out', out);
    expect(run.status).toBe(1);
    const error = run.json.error as { code: string; message: string };
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/^Kỳ báo cáo tháng 1 năm 2100 .* chưa bắt đầu/);
    expectVietnameseMessage(error.message);
    expect(fs.existsSync(out)).toBe(false);
  }, 30_000);

  it('reads the natural names of kinds, and refuses flags that do not belong to them (the command\'s own parsing, in process)', () => {
    const choice = (...args: string[]) => periodChoiceFromArgs(parseArgs(['report', ...args]));
    expect(choice('--kind', 'year', '--year', '2025')).toEqual({ kind: 'nam', year: 2025 });
    expect(choice('--kind', 'annual', '--year', '2025')).toEqual({ kind: 'nam', year: 2025 });
    expect(choice('--kind', 'quarter', '--year', '2025', '--quarter', '4')).toEqual({ kind: 'quy', year: 2025, index: 4 });
    expect(choice('--kind', '6-months', '--year', '2025', '--half', '2')).toEqual({ kind: 'sau_thang', year: 2025, index: 2 });
    expect(choice('--kind', 'nine-months', '--year', '2025')).toEqual({ kind: 'chin_thang', year: 2025 });
    expect(choice('--kind', 'Month', '--year', '2025', '--month', '12')).toEqual({ kind: 'thang', year: 2025, index: 12 });
    expect(choice('--kind', 'custom', '--from', '2026-01-05', '--to', '2026-02-20')).toEqual({ kind: 'tuy_chon', from: '2026-01-05', to: '2026-02-20' });
    for (const [args, message] of [
      [['--kind', 'fortnight', '--year', '2025'], /^Không hiểu loại báo cáo "fortnight"/],
      [['--kind', 'year', '--year', '2025', '--month', '3'], /^Báo cáo năm không nhận tham số --month\.$/],
      [['--kind', 'half', '--year', '2025'], /cần tham số --half 1/],
      [['--kind', 'quarter', '--quarter', '2'], /^Thiếu tham số --year/],
      [['--kind', 'month', '--year', '2025', '--month', 'ba'], /^Tham số --month phải là một số nguyên dương\.$/],
      [['--kind', 'custom', '--from', '05/01/2026', '--to', '2026-02-20'], /NĂM-THÁNG-NGÀY/],
      [['--kind', 'year', '--year', '2025', '--from', '2025-01-01'], /không nhận tham số --from/],
    ] as const) {
      let thrown: unknown;
      try {
        choice(...args);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, args.join(' ')).toBeInstanceOf(CliError);
      expect((thrown as Error).message).toMatch(message);
      expectVietnameseMessage((thrown as Error).message);
    }
  });
});

describe('npm run -s cli -- schedule', () => {
  it('writes the week holding the day given and lists its meetings', async () => {
    const out = path.join(dir, 'lich.docx');
    const { status, json } = cli('schedule', '--db', db, '--week', '2026-01-01', '--out', out);
    expect(status).toBe(0);
    expect(json.week).toEqual({ monday: '2025-12-29', sunday: '2026-01-04' });
    expect((json.entries as Array<{ title: string }>).map((e) => e.title)).toEqual(['Hội nghị giao ban quý IV năm 2025', 'Hội nghị tổng kết công tác Mặt trận năm 2025']);
    const docx = await readDocx(fs.readFileSync(out));
    expect(docx.document).toContain('<w:tblHeader/>');
    const bad = cli('schedule', '--db', db, '--week', '2026-02-30', '--out', path.join(dir, 'x.docx'));
    expect(bad.status).toBe(1);
    expect((bad.json.error as { message: string }).message).toMatch(/không có thật/);
  }, 30_000);
});
