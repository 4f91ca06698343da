import { app, dialog, shell, type BrowserWindow } from 'electron';
import path from 'node:path';
import type { Platform } from '../core/context';

/** The kinds of file the app saves, by extension: the dialog's title and filter. */
const SAVE_KINDS: Record<string, { title: string; filter: string }> = {
  docx: { title: 'Lưu văn bản Word', filter: 'Văn bản Word' },
  xlsx: { title: 'Lưu bảng tính Excel', filter: 'Bảng tính Excel' },
  mttq: { title: 'Lưu gói trao đổi', filter: 'Gói trao đổi Sổ tay Mặt trận' },
};

/** Native dialogs and the file manager, for the handlers that need them (Word and Excel export, packages). */
export function electronPlatform(getWindow: () => BrowserWindow | null): Platform {
  return {
    async chooseSavePath(defaultFileName) {
      const window = getWindow();
      // The suggested name says what is saved: a Word file, a workbook or a package.
      const extension = path.extname(defaultFileName).slice(1).toLowerCase() || 'docx';
      const kind = SAVE_KINDS[extension] ?? SAVE_KINDS.docx!;
      const options = {
        title: kind.title,
        buttonLabel: 'Lưu',
        defaultPath: path.join(app.getPath('documents'), defaultFileName),
        filters: [{ name: kind.filter, extensions: [extension] }],
        // Windows and macOS ask before replacing an existing file; Linux dialogs do too.
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return result.filePath.toLowerCase().endsWith(`.${extension}`) ? result.filePath : `${result.filePath}.${extension}`;
    },
    async chooseOpenPackage() {
      const window = getWindow();
      const options = {
        title: 'Chọn gói trao đổi cần nhận',
        buttonLabel: 'Xem trước',
        filters: [{ name: 'Gói trao đổi Sổ tay Mặt trận', extensions: ['mttq'] }],
        properties: ['openFile' as const],
      };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    showInFolder(filePath) {
      shell.showItemInFolder(filePath);
    },
    async chooseOpenFiles() {
      const window = getWindow();
      const options = {
        title: 'Chọn tệp đính kèm',
        buttonLabel: 'Đính kèm',
        filters: [
          { name: 'PDF, Word, ảnh', extensions: ['pdf', 'doc', 'docx', 'png', 'jpg', 'jpeg'] },
          { name: 'PDF', extensions: ['pdf'] },
          { name: 'Văn bản Word', extensions: ['doc', 'docx'] },
          { name: 'Ảnh', extensions: ['png', 'jpg', 'jpeg'] },
        ],
        properties: ['openFile' as const, 'multiSelections' as const],
      };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async chooseFolder(title) {
      const window = getWindow();
      const options = { title, buttonLabel: 'Chọn thư mục này', properties: ['openDirectory' as const, 'createDirectory' as const] };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseBackupFile(title) {
      const window = getWindow();
      const options = {
        title,
        buttonLabel: 'Mở',
        filters: [
          { name: 'Bản sao lưu, dữ liệu đã xuất', extensions: ['sqlite3', 'zip', 'json', 'db'] },
          { name: 'Tất cả các tệp', extensions: ['*'] },
        ],
        properties: ['openFile' as const],
      };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseExportPath(defaultFileName) {
      const window = getWindow();
      const options = {
        title: 'Xuất toàn bộ dữ liệu',
        buttonLabel: 'Lưu',
        defaultPath: path.join(app.getPath('documents'), defaultFileName),
        filters: [{ name: 'Tệp dữ liệu (.zip)', extensions: ['zip'] }],
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async openFile(filePath) {
      // shell.openPath answers with an error text instead of throwing; '' means it opened.
      const problem = await shell.openPath(filePath);
      if (problem !== '') throw new Error(problem);
    },
  };
}
