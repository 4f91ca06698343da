import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { defaultExportFileName, exportDocumentToDocx, writeFileSafely } from '../export';
import type { FileNameStyle } from '../export/file-name';
import { getProfile } from '../repositories/profile';
import type { ExportResult } from '../../../shared/schemas/document';
import { getDocument } from './documents-access';

/** Files exported in this session: the only ones "Mở thư mục" may reveal. */
const exportedFiles = new WeakMap<CoreContext, Set<string>>();

export function platformOf(ctx: CoreContext) {
  if (!ctx.platform) {
    throw new AppError('INTERNAL', 'Chức năng lưu tệp chưa sẵn sàng trong cửa sổ này. Hãy đóng và mở lại ứng dụng.');
  }
  return ctx.platform;
}

/** How the committee names its exported files (Hồ sơ Ủy ban): plain ASCII unless it chose full Vietnamese. */
export function fileNameStyle(ctx: CoreContext): FileNameStyle {
  return { accented: getProfile(ctx.db)?.accentedFileNames ?? false };
}

/** The bytes of the .docx, exactly as "Xuất Word" writes them: the preview shows this very file. */
export async function renderDocumentDocx(ctx: CoreContext, id: number): Promise<Uint8Array> {
  const doc = getDocument(ctx, id);
  return new Uint8Array(await exportDocumentToDocx(doc));
}

/**
 * Asks where to save (the system dialog confirms replacing an existing file), builds the file and
 * writes it through a temporary file, so a failure never leaves a broken .docx behind.
 */
export async function exportDocumentFile(ctx: CoreContext, id: number): Promise<ExportResult> {
  const platform = platformOf(ctx);
  const doc = getDocument(ctx, id);
  const filePath = await platform.chooseSavePath(defaultExportFileName(doc, fileNameStyle(ctx)));
  if (filePath === null) return { saved: false, filePath: null };
  const bytes = await exportDocumentToDocx(doc);
  await writeFileSafely(filePath, bytes, { overwrite: true });
  rememberExportedFile(ctx, filePath);
  return { saved: true, filePath };
}

/** Lets "Mở thư mục" reveal a file written by any export of this session (Word, Excel). */
export function rememberExportedFile(ctx: CoreContext, filePath: string): void {
  const files = exportedFiles.get(ctx) ?? new Set<string>();
  files.add(filePath);
  exportedFiles.set(ctx, files);
}

export function showExportedFile(ctx: CoreContext, filePath: string): { shown: boolean } {
  if (!exportedFiles.get(ctx)?.has(filePath)) {
    throw new AppError('NOT_FOUND', 'Chỉ mở được thư mục của tệp vừa xuất trong lần làm việc này.');
  }
  platformOf(ctx).showInFolder(filePath);
  return { shown: true };
}
