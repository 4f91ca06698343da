import fs from 'node:fs';
import path from 'node:path';
import type { CoreContext } from '../context';
import { AppError } from '../errors';

/**
 * The copy of the database taken before an import writes anything, into `sao-luu/` beside the
 * database (where the copies made before a migration go too).
 *
 * One small function on purpose: the backup engine of issue 10 (branch `backup`) is not in main
 * yet; when it lands, this calls it instead. Until then it is better-sqlite3's online backup API,
 * which copies a consistent snapshot page by page without blocking readers.
 */
export async function backupBeforeImport(ctx: CoreContext): Promise<string | null> {
  if (ctx.databasePath === ':memory:') return null;
  const dir = path.join(path.dirname(ctx.databasePath), 'sao-luu');
  const stem = path.basename(ctx.databasePath, path.extname(ctx.databasePath));
  const stamp = ctx.now().toISOString().replace(/[:.]/g, '-');
  try {
    fs.mkdirSync(dir, { recursive: true });
    let target = path.join(dir, `${stem}-truoc-nhan-goi-${stamp}.sqlite3`);
    for (let n = 2; fs.existsSync(target); n += 1) target = path.join(dir, `${stem}-truoc-nhan-goi-${stamp}-${n}.sqlite3`);
    await ctx.db.backup(target);
    return target;
  } catch (error) {
    throw new AppError(
      'FILE_WRITE',
      `Không sao lưu được dữ liệu vào thư mục ${dir} trước khi nhận gói, nên gói chưa được nhập. Hãy kiểm tra ổ đĩa còn chỗ trống rồi thử lại.`,
      { cause: error },
    );
  }
}
