import fs from 'node:fs';
import path from 'node:path';
import type { ImportPreview, ImportResult } from '../../../shared/schemas/exchange';
import { localDateOf } from '../../../shared/task-dates';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { backupBeforeImport } from './backup';
import { applyImportPlan } from './import-apply';
import { planImport, type ImportPlan } from './import-plan';
import { readImportState } from './import-state';
import { MAX_PACKAGE_BYTES, readPackage, type VerifiedPackage } from './package-file';
import { refuse } from './refusals';
import { exchangePackages } from './tables';
import { insertRow } from '../db/write/write';
import { writeTransaction } from '../db/write/transaction';

/**
 * Importing a package: read and verify it (nothing touched yet), plan against a snapshot of the
 * database (the preview), back the database up, then plan again and apply inside one transaction
 * — the second plan sees anything saved while the backup ran. A package refused at any step
 * throws a PackageRefusedError and leaves the database and the files exactly as they were.
 */

function errnoOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

export function readPackageFile(filePath: string): Uint8Array {
  const name = path.basename(filePath);
  try {
    const size = fs.statSync(filePath).size;
    if (size > MAX_PACKAGE_BYTES) throw refuse.tooLarge(name, MAX_PACKAGE_BYTES / (1024 * 1024));
    return new Uint8Array(fs.readFileSync(filePath));
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = errnoOf(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new AppError('NOT_FOUND', `Không tìm thấy tệp “${name}”. Có thể tệp đã bị di chuyển, đổi tên hoặc USB đã được rút ra.`, { cause: error });
    }
    if (code === 'EISDIR') throw new AppError('VALIDATION', `“${name}” là một thư mục, không phải tệp gói trao đổi.`, { cause: error });
    throw new AppError('FILE_WRITE', `Không đọc được tệp “${name}” (${code || 'lỗi không rõ'}). Hãy chép tệp vào máy rồi thử lại.`, { cause: error });
  }
}

async function verify(ctx: CoreContext, bytes: Uint8Array, fileName: string): Promise<VerifiedPackage> {
  return readPackage(bytes, { fileName, schemaVersion: ctx.schemaVersion });
}

function plan(ctx: CoreContext, verified: VerifiedPackage, fileName: string): ImportPlan {
  const state = readImportState(ctx.db, verified.manifest, verified.records, ctx.now());
  return planImport({ manifest: verified.manifest, records: verified.records, fileName }, state);
}

export async function previewPackage(ctx: CoreContext, bytes: Uint8Array, fileName: string): Promise<ImportPreview> {
  return plan(ctx, await verify(ctx, bytes, fileName), fileName).preview;
}

function logImport(ctx: CoreContext, imported: ImportPlan, verified: VerifiedPackage, fileName: string, outcome: { added: number; changed: number }, backupPath: string | null): void {
  const m = imported.manifest;
  insertRow(
    ctx.db,
    exchangePackages,
    {
      packageId: m.packageId,
      direction: 'nhan',
      kind: m.kind,
      senderCode: m.sender.code,
      receivers: m.receivers.map((r) => r.code),
      sequence: m.sequence,
      createdAt: m.createdAt,
      recordedAt: ctx.now().toISOString(),
      fileName,
      seal: verified.seal,
      added: outcome.added,
      changed: outcome.changed,
      refused: imported.refused,
      backupPath,
    },
    { at: ctx.now().toISOString() },
  );
}

export async function importPackage(ctx: CoreContext, bytes: Uint8Array, fileName: string): Promise<ImportResult> {
  const verified = await verify(ctx, bytes, fileName);
  const first = plan(ctx, verified, fileName);
  const refused = first.preview.refused;
  if (first.alreadyImported) return { added: 0, changed: 0, refused, alreadyImported: true, backupPath: null };
  const backupPath = await backupBeforeImport(ctx);
  const written: string[] = [];
  try {
    const outcome = writeTransaction(ctx.db, () => {
      const final = plan(ctx, verified, fileName);
      if (final.alreadyImported) return { added: 0, changed: 0, refused: final.preview.refused, alreadyImported: true };
      const applied = applyImportPlan(ctx, final, verified.files, written, localDateOf(ctx.now()));
      logImport(ctx, final, verified, fileName, applied, backupPath);
      return { ...applied, refused: final.preview.refused, alreadyImported: false };
    });
    return { ...outcome, backupPath };
  } catch (error) {
    for (const file of written) fs.rmSync(file, { force: true });
    throw error;
  }
}

export async function previewPackageFile(ctx: CoreContext, filePath: string): Promise<ImportPreview> {
  return previewPackage(ctx, readPackageFile(filePath), path.basename(filePath));
}

export async function importPackageFile(ctx: CoreContext, filePath: string): Promise<ImportResult> {
  return importPackage(ctx, readPackageFile(filePath), path.basename(filePath));
}
