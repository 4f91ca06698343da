import type { CoreContext } from '../context';
import { openDatabase, type OpenDatabaseOptions } from '../db/open';
import { BackupService, defaultBackupPaths } from './service';
import type { RetentionPolicy } from './retention';

/**
 * Gives a context its backup service. A restore closes `ctx.db` and puts the reopened connection
 * back on the same context, so every handler (which reads `ctx.db` on each call) sees the restored data.
 */
export function attachBackupService(
  ctx: CoreContext,
  options: { backupRoot?: string; open?: OpenDatabaseOptions; policy?: Partial<RetentionPolicy> } = {},
): BackupService {
  const paths = defaultBackupPaths(ctx.databasePath, options.backupRoot);
  const service = new BackupService({
    paths,
    appVersion: ctx.appVersion,
    now: () => ctx.now(),
    ...(options.policy ? { policy: options.policy } : {}),
    connection: {
      current: () => ctx.db,
      schemaVersion: () => ctx.schemaVersion,
      close: () => {
        if (ctx.db.open) {
          ctx.db.pragma('wal_checkpoint(TRUNCATE)');
          ctx.db.close();
        }
      },
      reopen: () => {
        const opened = openDatabase(ctx.databasePath, { backupDir: paths.backupRoot, appVersion: ctx.appVersion, ...options.open });
        ctx.db = opened.db;
        ctx.schemaVersion = opened.schemaVersion;
      },
    },
  });
  ctx.backups = service;
  return service;
}
