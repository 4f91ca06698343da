import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/core';
import { expectVietnameseMessage } from '../support/vietnamese';

/**
 * The exchange from the command line, run as an office's IT staff (and the outside checks) run it:
 * separate processes, one JSON object on stdout each, the exit code telling a refusal apart.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const run = promisify(execFile);

async function cli(...args: string[]): Promise<{ code: number; json: Record<string, unknown> }> {
  try {
    const { stdout } = await run(TSX, [path.join(ROOT, 'electron/cli/index.ts'), ...args], { cwd: ROOT });
    return { code: 0, json: JSON.parse(stdout) as Record<string, unknown> };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, json: JSON.parse(failed.stdout) as Record<string, unknown> };
  }
}

let dir: string;
beforeAll(() => {
  dir = makeTempDir('mttq-cli-exchange-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run cli -- exchange', () => {
  it('demo on both sides, export to two wards, import once and twice, refusals exit 1', { timeout: 120_000 }, async () => {
    const province = path.join(dir, 'thanh-pho.sqlite3');
    const ward = path.join(dir, 'phuong.sqlite3');
    const other = path.join(dir, 'phuong-khac.sqlite3');
    const demo = await cli('demo', '--db', province);
    expect(demo.code).toBe(0);
    const committees = demo.json.committees as { own: string; below: string[] };
    expect(committees.own).toBe('MTTQ-HP');
    expect(committees.below).toHaveLength(5);
    const assigned = (demo.json.directives as { assigned: Array<{ id: number; below: string[] }> }).assigned;
    const [first, second] = committees.below as [string, string];
    expect((await cli('demo', '--db', ward, '--as', first)).json.committees).toEqual({ own: first, above: 'MTTQ-HP' });
    expect((await cli('demo', '--db', other, '--as', committees.below[3]!)).code).toBe(0);

    const pkg = path.join(dir, 'goi.mttq');
    const exported = await cli('exchange', 'export', '--db', province, '--to', `${first},${second}`, '--directive', String(assigned[0]!.id), '--out', pkg);
    expect(exported.code).toBe(0);
    expect(exported.json).toMatchObject({ receivers: [first, second], sender: 'MTTQ-HP' });
    expect(fs.existsSync(pkg)).toBe(true);

    const once = await cli('exchange', 'import', '--db', ward, '--package', pkg);
    expect(once).toEqual({ code: 0, json: { added: 4, changed: 0, refused: [] } });
    const twice = await cli('exchange', 'import', '--db', ward, '--package', pkg);
    expect(twice).toEqual({ code: 0, json: { added: 0, changed: 0, refused: [] } });

    // Addressed to two other wards.
    const wrong = await cli('exchange', 'import', '--db', other, '--package', pkg);
    expect(wrong.code).toBe(1);
    expect(wrong.json).toMatchObject({ added: 0, changed: 0, refused: [{ reason: 'WRONG_RECEIVER' }] });
    expectVietnameseMessage((wrong.json.refused as Array<{ message: string }>)[0]!.message);
    // Cut short on the way.
    const cut = path.join(dir, 'cat.mttq');
    fs.writeFileSync(cut, fs.readFileSync(pkg).subarray(0, 1500));
    expect((await cli('exchange', 'import', '--db', ward, '--package', cut))).toMatchObject({ code: 1, json: { refused: [{ reason: 'TRUNCATED' }] } });

    // Up: the ward reports, the city imports, the matrix has the ward's row.
    const up = path.join(dir, 'len.mttq');
    expect((await cli('exchange', 'report', '--db', ward, '--out', up)).json).toMatchObject({ receivers: ['MTTQ-HP'], reports: 3 });
    expect((await cli('exchange', 'import', '--db', province, '--package', up)).json).toEqual({ added: 3, changed: 0, refused: [] });
    const matrix = await cli('exchange', 'matrix', '--db', province, '--directive', String(assigned[0]!.id));
    const rows = matrix.json.rows as Array<{ code: string; counts: Record<string, number> }>;
    expect(rows.find((r) => r.code === first)!.counts.chua_bao_cao).toBe(0);
    // The second ward was given the plan's first two tasks and has not reported.
    expect(rows.find((r) => r.code === second)!.counts.chua_bao_cao).toBe(2);

    // Usage mistakes are CLI errors, not refusals.
    const unknown = await cli('exchange', 'export', '--db', province, '--to', 'MTTQ-XX', '--directive', '1', '--out', path.join(dir, 'x.mttq'));
    expect(unknown.code).toBe(1);
    expect((unknown.json.error as { message: string }).message).toContain('MTTQ-HP-HB');
    expect((await cli('exchange', 'gui', '--db', province)).code).toBe(1);
  });
});
