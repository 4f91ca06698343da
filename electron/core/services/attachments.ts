import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Attachment } from '../../../shared/schemas/directive';
import type { CoreContext, Platform } from '../context';
import { AppError, notFound } from '../errors';
import {
  deleteAttachmentRow,
  findAttachmentRow,
  insertAttachment,
  listAttachmentRows,
  storedNames,
  type AttachmentRow,
} from '../repositories/attachments';
import { isDirectiveDeleted } from '../repositories/directives';
import { writeTransaction } from '../db/write/transaction';

/**
 * Attachments are copied into the app's own folder beside the database
 * (`<data dir>/tep-dinh-kem/<directive id>/`), so a directive keeps its files when the originals
 * on the desktop or a USB stick are moved or deleted, and a backup of the data folder holds them.
 */

/** The desktop shell's dialogs; absent only if a window was opened without them. */
function platformOf(ctx: CoreContext): Platform {
  if (!ctx.platform) {
    throw new AppError('INTERNAL', 'Chức năng chọn và mở tệp chưa sẵn sàng trong cửa sổ này. Hãy đóng và mở lại ứng dụng.');
  }
  return ctx.platform;
}

export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

export const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

const NOTHING_ADDED = ' Chưa tệp nào được đính kèm.';

export function attachmentFolder(ctx: CoreContext, directiveId: number): string {
  return path.join(path.dirname(ctx.databasePath), 'tep-dinh-kem', String(directiveId));
}

function errnoOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

function toPublic(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    directiveId: row.directiveId,
    fileName: row.fileName,
    size: row.size,
    sha256: row.sha256,
    mime: row.mime,
    addedAt: row.addedAt,
  };
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
}

/** Why a chosen file cannot be read, in words a user can act on. */
function readFailure(error: unknown, name: string): AppError {
  const code = errnoOf(error);
  const says = (message: string) => new AppError('VALIDATION', message + NOTHING_ADDED, { cause: error });
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return says(`Không tìm thấy tệp “${name}”. Có thể tệp đã bị di chuyển, đổi tên hoặc xóa.`);
    case 'EACCES':
    case 'EPERM':
      return says(`Không đọc được tệp “${name}”: bạn không có quyền đọc tệp này.`);
    case 'EISDIR':
      return says(`“${name}” là một thư mục, không phải tệp.`);
    case 'EBUSY':
      return says(`Không đọc được tệp “${name}”: tệp đang bị chương trình khác giữ. Hãy đóng tệp rồi thử lại.`);
    default:
      return says(`Không đọc được tệp “${name}” (${code || 'lỗi không rõ'}).`);
  }
}

const tooLarge = (name: string, size: number) =>
  new AppError(
    'VALIDATION',
    `Tệp “${name}” nặng ${megabytes(size)} MB, vượt giới hạn 50 MB cho mỗi tệp đính kèm. Hãy nén hoặc chia nhỏ tệp.${NOTHING_ADDED}`,
  );

interface Inspected {
  source: string;
  fileName: string;
  mime: string;
}

/** Type, existence, readability and size, for every file before any is copied. */
async function inspect(source: string): Promise<Inspected> {
  const fileName = path.basename(source).normalize('NFC');
  const mime = MIME_BY_EXTENSION[path.extname(fileName).toLowerCase()];
  if (!mime) {
    throw new AppError('VALIDATION', `Tệp “${fileName}” không phải PDF, Word (.doc, .docx) hay ảnh (.png, .jpg): không đính kèm được.${NOTHING_ADDED}`);
  }
  let size: number;
  try {
    const stat = await fs.stat(source);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    size = stat.size;
    // Opening proves the file can be read (permissions, a lock held by another program).
    const handle = await fs.open(source, 'r');
    await handle.close();
  } catch (error) {
    throw readFailure(error, fileName);
  }
  if (size > MAX_ATTACHMENT_BYTES) throw tooLarge(fileName, size);
  if (size === 0) throw new AppError('VALIDATION', `Tệp “${fileName}” trống (0 byte), không có gì để đính kèm.${NOTHING_ADDED}`);
  return { source, fileName, mime };
}

/** Copies into a hidden temporary file, hashing on the way; the size limit holds even if the file grew. */
async function copyToTemp(file: Inspected, folder: string): Promise<{ temp: string; size: number; sha256: string }> {
  const temp = path.join(folder, `.dang-chep-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > MAX_ATTACHMENT_BYTES) return done(tooLarge(file.fileName, size));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(createReadStream(file.source), meter, createWriteStream(temp, { flags: 'wx' }));
    const handle = await fs.open(temp, 'r+');
    await handle.sync();
    await handle.close();
  } catch (error) {
    await fs.rm(temp, { force: true });
    if (error instanceof AppError) throw error;
    if (errnoOf(error) === 'ENOSPC') throw new AppError('FILE_WRITE', `Ổ đĩa đã đầy, không chép được tệp “${file.fileName}”.${NOTHING_ADDED}`, { cause: error });
    throw readFailure(error, file.fileName);
  }
  return { temp, size, sha256: hash.digest('hex') };
}

/** A name for the copy that Windows accepts and that no other attachment of the directive uses. */
export function uniqueStoredName(fileName: string, used: Set<string>): string {
  const extension = path.extname(fileName).toLowerCase();
  const stem =
    path
      .basename(fileName, path.extname(fileName))
      .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_')
      .replace(/[. ]+$/, '')
      .slice(0, 120) || 'tep';
  let candidate = `${stem}${extension}`;
  for (let n = 2; used.has(candidate.toLowerCase()); n += 1) candidate = `${stem} (${n})${extension}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

function requireDirective(ctx: CoreContext, directiveId: number): void {
  if (isDirectiveDeleted(ctx.db, directiveId) !== false) throw notFound('văn bản này trong sổ');
}

export function listAttachments(ctx: CoreContext, directiveId: number): Attachment[] {
  requireDirective(ctx, directiveId);
  return listAttachmentRows(ctx.db, directiveId).map(toPublic);
}

/**
 * Copies the files into the directive's folder and records them, all or nothing: every file is
 * checked first, each copy goes through a temporary file, and on any failure the copies made so
 * far are removed and no row is written.
 */
export async function addAttachmentFiles(ctx: CoreContext, directiveId: number, sources: readonly string[]): Promise<Attachment[]> {
  requireDirective(ctx, directiveId);
  const files: Inspected[] = [];
  for (const source of sources) files.push(await inspect(source));

  const folder = attachmentFolder(ctx, directiveId);
  try {
    await fs.mkdir(folder, { recursive: true });
  } catch (error) {
    throw new AppError('FILE_WRITE', `Không tạo được thư mục lưu tệp đính kèm ${folder} (${errnoOf(error) || 'lỗi không rõ'}).${NOTHING_ADDED}`, {
      cause: error,
    });
  }
  const temps: string[] = [];
  const finals: string[] = [];
  try {
    const copies = [];
    for (const file of files) {
      const copy = await copyToTemp(file, folder);
      temps.push(copy.temp);
      copies.push({ ...file, ...copy });
    }
    const used = new Set([...storedNames(ctx.db, directiveId), ...(await fs.readdir(folder))].map((name) => name.toLowerCase()));
    const named = copies.map((copy) => ({ ...copy, storedName: uniqueStoredName(copy.fileName, used) }));
    for (const copy of named) {
      const final = path.join(folder, copy.storedName);
      await fs.rename(copy.temp, final);
      finals.push(final);
    }
    const addedAt = ctx.now().toISOString();
    writeTransaction(ctx.db, () => {
      requireDirective(ctx, directiveId);
      for (const copy of named) {
        insertAttachment(ctx.db, {
          directiveId,
          fileName: copy.fileName,
          storedName: copy.storedName,
          size: copy.size,
          sha256: copy.sha256,
          mime: copy.mime,
          addedAt,
        });
      }
    });
  } catch (error) {
    await Promise.all([...temps, ...finals].map((file) => fs.rm(file, { force: true })));
    if (error instanceof AppError) throw error;
    throw new AppError('FILE_WRITE', `Không chép được tệp vào thư mục ${folder} (${errnoOf(error) || 'lỗi không rõ'}).${NOTHING_ADDED}`, {
      cause: error,
    });
  }
  return listAttachments(ctx, directiveId);
}

/** "Đính kèm tệp": the system dialog picks the files; cancelling adds nothing. */
export async function addAttachments(ctx: CoreContext, directiveId: number): Promise<Attachment[]> {
  requireDirective(ctx, directiveId);
  const sources = await platformOf(ctx).chooseOpenFiles();
  if (sources.length === 0) return listAttachments(ctx, directiveId);
  return addAttachmentFiles(ctx, directiveId, sources);
}

function requireAttachment(ctx: CoreContext, id: number): AttachmentRow {
  const row = findAttachmentRow(ctx.db, id);
  if (!row) throw notFound('tệp đính kèm này');
  return row;
}

/** Opens the app's copy with the system viewer (Acrobat, Word, Photos…). */
export async function openAttachment(ctx: CoreContext, id: number): Promise<{ opened: true }> {
  const row = requireAttachment(ctx, id);
  const file = path.join(attachmentFolder(ctx, row.directiveId), row.storedName);
  try {
    await fs.access(file);
  } catch (error) {
    throw new AppError(
      'NOT_FOUND',
      `Tệp “${row.fileName}” không còn trong thư mục lưu trữ của ứng dụng (${path.dirname(file)}). Hãy gỡ tệp này rồi đính kèm lại.`,
      { cause: error },
    );
  }
  try {
    await platformOf(ctx).openFile(file);
  } catch (error) {
    throw new AppError(
      'CONFLICT',
      `Máy tính chưa mở được tệp “${row.fileName}”: có thể chưa cài chương trình đọc tệp ${path.extname(row.fileName).toLowerCase()}.`,
      { cause: error },
    );
  }
  return { opened: true };
}

/** Removes the row, then the copy; a copy already gone is no reason to keep the row. */
export async function removeAttachment(ctx: CoreContext, id: number): Promise<Attachment[]> {
  const row = requireAttachment(ctx, id);
  deleteAttachmentRow(ctx.db, id, ctx.now().toISOString());
  await fs.rm(path.join(attachmentFolder(ctx, row.directiveId), row.storedName), { force: true });
  return listAttachmentRows(ctx.db, row.directiveId).map(toPublic);
}
