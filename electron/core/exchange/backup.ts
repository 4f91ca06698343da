import type { CoreContext } from '../context';
import { attachBackupService } from '../backup/for-context';

/**
 * The backup taken before an import writes anything: a full backup of the backup engine (issue
 * 10) of kind "Trước khi nhập dữ liệu" — the database snapshot, checked in a worker, with its
 * attachments, in `sao-luu/` beside the database — under the engine's retention, and listed with
 * the others so it can be restored from the same screen. The context's own service is used when
 * the shell has attached one; otherwise one is attached for these paths.
 */
export async function backupBeforeImport(ctx: CoreContext): Promise<string | null> {
  if (ctx.databasePath === ':memory:') return null;
  const service = ctx.backups ?? attachBackupService(ctx);
  const created = await service.backupNow('truoc-nhap');
  return created.snapshot;
}
