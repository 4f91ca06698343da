import fs from 'node:fs';
import path from 'node:path';
import { attachBackupService } from '../../core/backup/for-context';
import { CliError, requireOption } from '../args';
import { withCliContext, type CliCommand } from '../command';

export function existingDatabase(args: Parameters<CliCommand['run']>[0]): string {
  const dbFile = path.resolve(requireOption(args, 'db'));
  if (!fs.existsSync(dbFile)) throw new CliError(`Không có tệp dữ liệu ${dbFile}. Hãy kiểm tra lại đường dẫn (--db).`);
  if (!fs.statSync(dbFile).isFile()) throw new CliError(`${dbFile} không phải là một tệp dữ liệu.`);
  return dbFile;
}

/** A verified backup of the database into a backup folder, exactly as the app makes one. */
export const backupCommand: CliCommand = {
  name: 'backup',
  usage: ['backup --db TỆP_DỮ_LIỆU --out THƯ_MỤC_SAO_LƯU'],
  run(args) {
    const dbFile = existingDatabase(args);
    const out = path.resolve(requireOption(args, 'out'));
    return withCliContext(dbFile, async (ctx) => {
      const service = attachBackupService(ctx, { backupRoot: out });
      const created = await service.backupNow('thu-cong');
      return {
        id: created.id,
        path: created.snapshot,
        folder: created.folder,
        rows: created.manifest.rows,
        summary: created.manifest.summary,
        sha256: created.manifest.database.sha256,
        bytes: created.manifest.database.bytes,
        attachments: created.manifest.attachments.length,
        ms: created.ms,
      };
    });
  },
};
