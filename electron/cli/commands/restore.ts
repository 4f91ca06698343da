import fs from 'node:fs';
import path from 'node:path';
import { attachBackupService } from '../../core/backup/for-context';
import { listStoredBackups } from '../../core/backup/catalog';
import { CliError, requireOption } from '../args';
import { withCliContext, type CliCommand } from '../command';

/**
 * Restores a backup (a backup folder, its manifest.json or du-lieu.sqlite3, an exported .zip, or a
 * database file) over the database, as "Khôi phục" does in the app: checked first, the current
 * state kept as a backup (printed as `undoBackup`), the file replaced whole.
 */
export const restoreCommand: CliCommand = {
  name: 'restore',
  usage: ['restore --db TỆP_DỮ_LIỆU --from BẢN_SAO_LƯU [--backups THƯ_MỤC_SAO_LƯU]'],
  run(args) {
    const dbFile = path.resolve(requireOption(args, 'db'));
    const from = path.resolve(requireOption(args, 'from'));
    if (!fs.existsSync(path.dirname(dbFile))) throw new CliError(`Không có thư mục ${path.dirname(dbFile)} (--db).`);
    if (!fs.existsSync(from)) throw new CliError(`Không tìm thấy bản sao lưu ${from} (--from).`);
    if (fs.existsSync(dbFile) && !fs.statSync(dbFile).isFile()) throw new CliError(`${dbFile} không phải là một tệp dữ liệu.`);
    const backups = args.options.get('backups');
    return withCliContext(dbFile, async (ctx) => {
      const started = performance.now();
      const service = attachBackupService(ctx, typeof backups === 'string' ? { backupRoot: backups } : {});
      const outcome = await service.restore({ file: from });
      const undo = listStoredBackups(service.paths.backupRoot).find((b) => b.manifest.id === outcome.undoBackupId);
      const rows = Object.fromEntries(
        (ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]).map(
          (name) => [name, ctx.db.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number],
        ),
      );
      return {
        path: dbFile,
        from: outcome.restoredFrom,
        createdAt: outcome.createdAt,
        rows,
        summary: outcome.summary,
        sha256: outcome.sha256,
        undoBackup: undo?.snapshot ?? null,
        ms: Math.round(performance.now() - started),
      };
    });
  },
};
