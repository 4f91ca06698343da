import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkForDamage } from '../../electron/core/backup/damage-check';
import { listStoredBackups } from '../../electron/core/backup/catalog';
import { openDatabase } from '../../electron/core/db/open';
import { openBackupCore, type BackupCore } from '../support/backup-fixtures';
import { damageTablePage } from '../support/damage';

let cores: BackupCore[] = [];
afterEach(() => {
  for (const core of cores) core.closeAll();
  cores = [];
});

async function demoCore(): Promise<BackupCore> {
  const core = await openBackupCore();
  cores.push(core);
  return core;
}

const meetingTitles = (core: BackupCore) => core.ctx.db.prepare('SELECT title FROM meetings ORDER BY id').pluck().all() as string[];

describe('the check of every page at start-up', () => {
  it('finds nothing in a healthy file the app is using', async () => {
    const core = await demoCore();
    const result = await checkForDamage(core.file);
    expect(result).toMatchObject({ damaged: false });
  });

  it('finds a page damaged inside the meetings table, which opening the file does not notice', async () => {
    const core = await demoCore();
    core.ctx.db.close();
    damageTablePage(core.file, 'meetings');

    // Opening reads only the schema and the migrations: it succeeds on the damaged file…
    const reopened = openDatabase(core.file);
    reopened.db.close();
    // …and only reading every page tells.
    const result = await checkForDamage(core.file);
    expect(result?.damaged).toBe(true);
    expect(result && result.damaged ? result.problems.length : 0).toBeGreaterThan(0);
  });

  it('says nothing (null) when the check cannot run, rather than calling a missing file damaged', async () => {
    const core = await demoCore();
    expect(await checkForDamage(path.join(core.dir, 'khong-co.sqlite3'))).toBeNull();
  });
});

describe('replacing a damaged file while the app runs', () => {
  it('keeps the damaged file whole under another name and reopens the connection on the good backup', async () => {
    const core = await demoCore();
    const before = meetingTitles(core);
    const backup = await core.backups.backupNow('tu-dong');
    core.ctx.db.close();
    damageTablePage(core.file, 'meetings');
    const damagedBytes = fs.readFileSync(core.file);
    core.ctx.db = openDatabase(core.file).db;

    const outcome = await core.backups.replaceDamaged(backup.folder);

    expect(fs.readFileSync(outcome.keptAs).equals(damagedBytes)).toBe(true);
    expect(path.basename(outcome.keptAs)).toMatch(/\.hong-.*\.sqlite3$/);
    // The same context, reopened: every handler sees the backup's data.
    expect(meetingTitles(core)).toEqual(before);
    expect(await checkForDamage(core.file)).toMatchObject({ damaged: false });
    expect(outcome.summary.meetings).toBe(before.length);
    // No backup of the damaged state was made: the good copies are all still there.
    expect(listStoredBackups(core.backups.paths.backupRoot).map((b) => b.manifest.id)).toEqual([backup.id]);
  });

  it('a backup that does not check out is refused before the damaged file is touched', async () => {
    const core = await demoCore();
    const backup = await core.backups.backupNow('tu-dong');
    fs.appendFileSync(path.join(backup.folder, 'du-lieu.sqlite3'), 'hỏng');
    const bytesBefore = fs.readFileSync(core.file);

    await expect(core.backups.replaceDamaged(backup.folder)).rejects.toMatchObject({ code: expect.any(String) });

    expect(fs.readFileSync(core.file).equals(bytesBefore)).toBe(true);
    expect(fs.readdirSync(core.dir).filter((name) => name.includes('.hong-'))).toEqual([]);
    expect(core.ctx.db.open).toBe(true);
  });
});
