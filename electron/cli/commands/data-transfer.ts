import fs from 'node:fs';
import path from 'node:path';
import { attachBackupService } from '../../core/backup/for-context';
import { CliError, requireOption } from '../args';
import { withCliContext, type CliCommand } from '../command';
import { existingDatabase } from './backup';

/** "Xuất toàn bộ dữ liệu": one .zip (database snapshot, attachments, manifest with hashes). */
export const exportDataCommand: CliCommand = {
  name: 'export-data',
  usage: ['export-data --db TỆP_DỮ_LIỆU --out TỆP.zip'],
  run(args) {
    const dbFile = existingDatabase(args);
    const out = path.resolve(requireOption(args, 'out'));
    if (!out.toLowerCase().endsWith('.zip')) throw new CliError('Tệp xuất (--out) phải có đuôi .zip.');
    if (fs.existsSync(out)) throw new CliError(`Tệp ${out} đã có; hãy chọn tên khác để không ghi đè.`);
    return withCliContext(dbFile, async (ctx) => {
      const started = performance.now();
      const exported = await attachBackupService(ctx).exportAll(out);
      return { path: exported.path, bytes: exported.bytes, backupId: exported.backupId, ms: Math.round(performance.now() - started) };
    });
  },
};

/** "Nhập dữ liệu": checks an exported .zip and puts it in place of the data (the old state kept as a backup). */
export const importDataCommand: CliCommand = {
  name: 'import-data',
  usage: ['import-data --db TỆP_DỮ_LIỆU --from TỆP.zip'],
  run(args) {
    const dbFile = path.resolve(requireOption(args, 'db'));
    const from = path.resolve(requireOption(args, 'from'));
    if (!fs.existsSync(from)) throw new CliError(`Không tìm thấy tệp ${from} (--from).`);
    fs.mkdirSync(path.dirname(dbFile), { recursive: true });
    return withCliContext(dbFile, async (ctx) => {
      const started = performance.now();
      const outcome = await attachBackupService(ctx).importAll(from);
      return { path: dbFile, from, summary: outcome.summary, sha256: outcome.sha256, undoBackupId: outcome.undoBackupId, ms: Math.round(performance.now() - started) };
    });
  },
};
