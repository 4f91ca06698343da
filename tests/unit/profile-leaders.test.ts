import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import type { ProfileInput } from '../../shared/schemas/profile';
import { makeTempDir, openTestCore, type TestCore } from '../support/core';

const ROOT = path.resolve(__dirname, '../..');

/** `npm run -s cli -- …` as the outside checks run it: one JSON object on stdout. */
function cli(...args: string[]): { status: number | null; json: Record<string, unknown> } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/cli/index.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, json: JSON.parse(run.stdout) as Record<string, unknown> };
}

let core: TestCore;
afterEach(() => core?.close());

const COMMITTEE = 'Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh';
const PROFILE: ProfileInput = {
  committeeName: COMMITTEE,
  placeName: 'Quảng Ninh',
  level: 'tinh',
  abbreviation: 'MTTQ-BTT',
  chair: { fullName: 'Nguyễn Văn An', title: '' },
  deputies: [
    { fullName: 'Trần Thị Bình', title: 'Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh' },
    { fullName: 'Lê Văn Cường', title: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh' },
  ],
};

const changeLogSince = (since: number) =>
  core.ctx.db.prepare('SELECT table_name AS tableName, operation FROM change_log WHERE id > ? ORDER BY id').all(since) as Array<{
    tableName: string;
    operation: string;
  }>;

describe('the profile’s leaders and the directory', () => {
  it('names the chair and vice-chairs not yet in the directory; someone already there (typed without tone marks, or retired) is not offered again', () => {
    core = openTestCore();
    core.must('profile:save', PROFILE);
    const kept = core.must('people:save', { fullName: 'Tran Thi Binh', title: 'Phó Chủ tịch' });
    core.must('people:setActive', { id: kept.id, active: false });

    const missing = core.must('people:missingLeaders', undefined);
    expect(missing).toEqual({
      committeeName: COMMITTEE,
      organisation: null,
      leaders: [
        // No title typed: the committee's own words stand in.
        { fullName: 'Nguyễn Văn An', title: `Chủ tịch ${COMMITTEE}`, role: 'chu_tich' },
        { fullName: 'Lê Văn Cường', title: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', role: 'pho_chu_tich' },
      ],
    });
  });

  it('adds those confirmed through the directory’s write path, in the committee as an organisation (added with them when missing), once', () => {
    core = openTestCore();
    core.must('profile:save', PROFILE);
    const since = (core.ctx.db.prepare('SELECT coalesce(max(id), 0) AS n FROM change_log').get() as { n: number }).n;

    const result = core.must('people:addLeaders', { fullNames: ['nguyen van an', 'Lê Văn Cường'] });
    expect(result.organisationAdded).toBe(true);
    expect(result.organisation).toMatchObject({ name: COMMITTEE, kind: 'mat_tran', peopleCount: 2 });
    expect(result.added.map((p) => [p.fullName, p.title, p.organisationName])).toEqual([
      ['Nguyễn Văn An', `Chủ tịch ${COMMITTEE}`, COMMITTEE],
      ['Lê Văn Cường', 'Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', COMMITTEE],
    ]);
    // Trần Thị Bình was not confirmed: still offered, the others no longer.
    expect(core.must('people:missingLeaders', undefined).leaders.map((l) => l.fullName)).toEqual(['Trần Thị Bình']);
    expect(changeLogSince(since)).toEqual([
      { tableName: 'organisations', operation: 'insert' },
      { tableName: 'people', operation: 'insert' },
      { tableName: 'people', operation: 'insert' },
    ]);
    // The search finds them as it finds anyone in the directory.
    expect(core.must('people:list', { text: 'cuong' }).map((p) => p.fullName)).toEqual(['Lê Văn Cường']);

    // Asked again (a second click, another window): nobody is added twice, the committee is reused.
    const again = core.must('people:addLeaders', { fullNames: ['Nguyễn Văn An', 'Trần Thị Bình'] });
    expect(again.organisationAdded).toBe(false);
    expect(again.added.map((p) => p.fullName)).toEqual(['Trần Thị Bình']);
    expect(core.must('people:list', { text: 'nguyen van an', includeInactive: true })).toHaveLength(1);
    expect(core.must('organisations:list', { includeInactive: true }).filter((o) => o.name === COMMITTEE)).toHaveLength(1);
    expect(core.must('people:missingLeaders', undefined).leaders).toEqual([]);
  });

  it('puts them in the committee already in the directory, whatever its spelling of the name', () => {
    core = openTestCore();
    core.must('profile:save', PROFILE);
    const committee = core.must('organisations:save', { name: 'Uy ban MTTQ Viet Nam tinh Quang Ninh', kind: 'mat_tran', abbreviation: 'MTTQ' });
    expect(core.must('people:missingLeaders', undefined).organisation).toEqual({ id: committee.id, name: committee.name });
    const result = core.must('people:addLeaders', { fullNames: ['Nguyễn Văn An'] });
    expect(result.organisationAdded).toBe(false);
    expect(result.added[0]!.organisationId).toBe(committee.id);
  });

  it('refuses before a profile exists, in Vietnamese, and writes nothing', () => {
    core = openTestCore();
    const answer = core.call('people:addLeaders', { fullNames: ['Nguyễn Văn An'] });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message).toBe('Hãy lưu hồ sơ Ủy ban trước khi thêm lãnh đạo vào danh bạ.');
    expect(core.must('people:list', { includeInactive: true })).toEqual([]);
    expect(core.must('people:missingLeaders', undefined)).toEqual({ leaders: [], organisation: null, committeeName: '' });
  });
});

describe('npm run -s cli -- leaders', () => {
  it('prints the leaders missing, and with --add adds them as the app does', () => {
    const dir = makeTempDir('mttq-leaders-cli-');
    const file = path.join(dir, 'du-lieu.sqlite3');
    core = openTestCore({ file });
    core.must('profile:save', PROFILE);
    core.close();
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));

    const listed = cli('leaders', '--db', file);
    expect(listed.status).toBe(0);
    expect((listed.json.leaders as Array<{ fullName: string }>).map((l) => l.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']);
    const added = cli('leaders', '--db', file, '--add');
    expect(added.status).toBe(0);
    expect(added.json).toMatchObject({ organisationAdded: true, organisation: { name: COMMITTEE, peopleCount: 3 } });
    expect(cli('leaders', '--db', file).json.leaders).toEqual([]);

    core = openTestCore({ file });
    expect(core.must('people:list', {}).map((p) => p.fullName)).toEqual(['Lê Văn Cường', 'Nguyễn Văn An', 'Trần Thị Bình']);
  });
});
