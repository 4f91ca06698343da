/**
 * The process the crash test kills (tests/unit/backup-crash.test.ts). It works on a real database
 * through the real handler table and the real backup service, and says on stdout what it has done:
 *   READY                 the database is open
 *   W <id>                a meeting was saved: the call returned, the transaction is committed
 *   B+ / B-               a backup started / finished
 *   MIGRATED              (mode migrate) openDatabase finished backing up and migrating
 * The parent kills it with SIGKILL at a random moment and checks the files afterwards.
 */
import type { CoreContext } from '../../electron/core/context';
import { attachBackupService } from '../../electron/core/backup/for-context';
import { openDatabase } from '../../electron/core/db/open';

const [mode, file] = process.argv.slice(2) as ['write' | 'migrate', string];
const say = (line: string) => process.stdout.write(`${line}\n`);

if (mode === 'migrate') {
  say('READY');
  openDatabase(file).db.close();
  say('MIGRATED');
  process.exit(0);
}

const { createDispatch, settledResult } = await import('../../electron/core/handlers/dispatch');
const { handlers } = await import('../../electron/core/handlers');
const opened = openDatabase(file);
const ctx: CoreContext = { db: opened.db, now: () => new Date(), appVersion: 'crash-test', databasePath: file, schemaVersion: opened.schemaVersion };
const service = attachBackupService(ctx, { policy: { recent: 3, days: 0, weeks: 0, months: 0 } });
const dispatch = createDispatch(ctx, handlers);
say('READY');

let n = 0;
const write = () => {
  const result = settledResult(
    dispatch('meetings:create', { title: `Hội nghị ghi trước khi máy tắt ${process.pid}-${n++}`, kind: 'giao_ban', startAt: '2026-03-10T08:00' }),
  );
  if (!result.ok) throw new Error(result.error.message);
  say(`W ${(result.data as { id: number }).id}`);
};

// Writes keep coming (one per turn of the event loop) while backups run back to back.
const writing = setInterval(() => {
  for (let i = 0; i < 3; i += 1) write();
}, 1);
void (async () => {
  for (;;) {
    say('B+');
    await service.backupNow('tu-dong');
    say('B-');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
})().catch((error: unknown) => {
  clearInterval(writing);
  process.stderr.write(`${String(error)}\n`);
  process.exit(3);
});
