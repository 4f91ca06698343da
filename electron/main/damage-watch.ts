import { dialog, type BrowserWindow } from 'electron';
import { checkForDamage } from '../core/backup/damage-check';
import { AppError } from '../core/errors';
import { findLatestGoodBackup } from '../core/backup/recover';
import type { BackupService } from '../core/backup/service';
import { formatBackupTime } from '../../shared/schemas/backup';

/**
 * Start-up's check of every page of the data file (see core/backup/damage-check.ts), run beside
 * the open window. A damaged file is named to the user at once, with the newest good backup to
 * open instead; the damaged file is kept, whole, under another name.
 */
export async function checkDataFileAfterStart(deps: {
  databasePath: string;
  backupDir: string;
  backups: BackupService;
  window: () => BrowserWindow | null;
}): Promise<void> {
  const result = await checkForDamage(deps.databasePath);
  // Only the outcome and the time: what SQLite names (tables, pages) stays out of the log too.
  console.info(`[start] data file check: ${result === null ? 'not run' : result.damaged ? 'DAMAGED' : 'ok'}${result ? ` in ${result.ms} ms` : ''}`);
  if (!result?.damaged) return;
  const window = deps.window();
  const good = await findLatestGoodBackup(deps.backupDir).catch(() => null);
  const show = (options: Electron.MessageBoxOptions) => (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
  if (!good) {
    await show({
      type: 'warning',
      title: 'Tệp dữ liệu bị hỏng',
      message: 'Một phần tệp dữ liệu của ứng dụng bị hỏng, và chưa có bản sao lưu tốt nào để mở lại.',
      detail:
        'Có thể vẫn làm việc tiếp, nhưng một số hội nghị, văn bản hoặc nhiệm vụ có thể không mở được hoặc thiếu nội dung. ' +
        'Đừng xóa hay chép đè tệp dữ liệu; hãy báo ngay cho cán bộ tin học để cứu dữ liệu từ tệp này.',
      buttons: ['Đã hiểu'],
      noLink: true,
    });
    return;
  }
  const { response } = await show({
    type: 'warning',
    title: 'Tệp dữ liệu bị hỏng',
    message: 'Một phần tệp dữ liệu của ứng dụng bị hỏng (ví dụ do ổ đĩa lỗi hoặc máy tắt đột ngột).',
    detail:
      `Bản sao lưu tốt gần nhất được tạo lúc ${formatBackupTime(good.manifest.createdAt)}. ` +
      'Nếu mở bản sao lưu này, những gì ghi sau thời điểm đó sẽ không có. ' +
      'Tệp bị hỏng được giữ lại nguyên vẹn (đổi tên, không ghi đè, không xóa) để cán bộ tin học có thể xem lại. ' +
      'Nếu làm việc tiếp với tệp hiện tại, một số hội nghị hoặc văn bản có thể không mở được.',
    buttons: ['Mở bản sao lưu này', 'Làm việc tiếp với tệp hiện tại'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (response !== 0) return;
  try {
    const { keptAs } = await deps.backups.replaceDamaged(good.folder);
    // Every screen reads again, from the backup.
    deps.window()?.webContents.reload();
    await show({
      type: 'info',
      title: 'Đã mở bản sao lưu',
      message: `Ứng dụng đang dùng bản sao lưu lúc ${formatBackupTime(good.manifest.createdAt)}.`,
      detail: `Tệp bị hỏng được giữ lại tại: ${keptAs}`,
      buttons: ['Đóng'],
      noLink: true,
    });
  } catch (error) {
    const message = error instanceof AppError ? error.message : 'Không chép được bản sao lưu vào chỗ của tệp dữ liệu.';
    await show({
      type: 'error',
      title: 'Không mở được bản sao lưu',
      message: 'Chưa mở được bản sao lưu; ứng dụng vẫn dùng tệp dữ liệu hiện tại.',
      detail: message,
      buttons: ['Đóng'],
      noLink: true,
    });
  }
}
