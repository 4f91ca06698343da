import { randomUUID } from 'node:crypto';
import type { ExportResult } from '../../../shared/schemas/document';
import type {
  ExchangeLogEntry,
  ImportResult,
  OpenedPackage,
  PackageWritten,
  ReportCandidates,
  TaskExchangeOrigin,
} from '../../../shared/schemas/exchange';
import type { PackageKind } from '../../../shared/schemas/exchange-package';
import type { CoreContext, Platform } from '../context';
import { AppError } from '../errors';
import { exportFileName, writeFileSafely } from '../export';
import { getProfile } from '../repositories/profile';
import { fileNameStyle, rememberExportedFile } from '../services/document-export';
import { committeeAbove } from './committees';
import { buildDownPackage, buildReportPackage, symbolInName, writeBuiltPackage, type BuiltPackage } from './export';
import { importPackageFile, previewPackageFile } from './import';
import { assignmentMatrix } from './matrix';
import { buildMatrixWorkbook } from './matrix-workbook';

/**
 * What the app's channels call: the dialogs around writing and reading packages, the matrix's
 * Excel export, the log. A package chosen in the open dialog is remembered under a token for the
 * session, so the renderer confirms an import by token and never hands the main process a path.
 */

function platformOf(ctx: CoreContext): Platform {
  if (!ctx.platform) {
    throw new AppError('INTERNAL', 'Chức năng chọn và lưu tệp chưa sẵn sàng trong cửa sổ này. Hãy đóng và mở lại ứng dụng.');
  }
  return ctx.platform;
}

async function saveBuilt(ctx: CoreContext, built: BuiltPackage): Promise<PackageWritten> {
  const filePath = await platformOf(ctx).chooseSavePath(built.defaultFileName);
  if (filePath === null) return { saved: false, filePath: null, receivers: 0, assignments: 0, reports: 0, documents: 0 };
  const written = await writeBuiltPackage(ctx, built, filePath);
  rememberExportedFile(ctx, filePath);
  return written;
}

export async function exportDown(ctx: CoreContext, directiveId: number, committeeIds: readonly number[]): Promise<PackageWritten> {
  return saveBuilt(ctx, buildDownPackage(ctx, directiveId, committeeIds));
}

export async function reportUp(ctx: CoreContext, documentIds: readonly number[]): Promise<PackageWritten> {
  return saveBuilt(ctx, await buildReportPackage(ctx, documentIds));
}

const chosenPackages = new WeakMap<CoreContext, Map<string, string>>();

/** "Nhận gói": the open dialog, then the preview of what the chosen package would add or change. */
export async function openPackage(ctx: CoreContext): Promise<OpenedPackage> {
  const platform = platformOf(ctx);
  if (!platform.chooseOpenPackage) throw new AppError('INTERNAL', 'Chức năng chọn tệp chưa sẵn sàng trong cửa sổ này. Hãy đóng và mở lại ứng dụng.');
  const filePath = await platform.chooseOpenPackage();
  if (filePath === null) return { token: null, preview: null };
  const preview = await previewPackageFile(ctx, filePath);
  const token = randomUUID();
  const chosen = chosenPackages.get(ctx) ?? new Map<string, string>();
  chosen.set(token, filePath);
  chosenPackages.set(ctx, chosen);
  return { token, preview };
}

export async function importChosenPackage(ctx: CoreContext, token: string): Promise<ImportResult> {
  const filePath = chosenPackages.get(ctx)?.get(token);
  if (!filePath) throw new AppError('NOT_FOUND', 'Tệp đã chọn không còn hợp lệ (có thể ứng dụng đã được mở lại). Hãy chọn lại tệp gói.');
  const result = await importPackageFile(ctx, filePath);
  chosenPackages.get(ctx)?.delete(token);
  return result;
}

function matrixScope(ctx: CoreContext, directiveId: number | null): { scope: string; title: string } {
  if (directiveId === null) return { scope: 'tất cả văn bản đã giao', title: 'Tiến độ cấp dưới' };
  const row = ctx.db.prepare('SELECT number_symbol AS symbol, summary FROM directives WHERE id = ?').get(directiveId) as
    | { symbol: string; summary: string }
    | undefined;
  const symbol = row?.symbol ?? '';
  return { scope: row?.summary ? `${symbol} — ${row.summary}` : symbol, title: `Tiến độ cấp dưới ${symbolInName(symbol)}` };
}

export async function exportMatrixXlsx(ctx: CoreContext, directiveId: number | null): Promise<ExportResult> {
  const matrix = assignmentMatrix(ctx, directiveId);
  const { scope, title } = matrixScope(ctx, directiveId);
  const filePath = await platformOf(ctx).chooseSavePath(exportFileName({ date: matrix.today, title, extension: 'xlsx' }, fileNameStyle(ctx)));
  if (filePath === null) return { saved: false, filePath: null };
  const bytes = await buildMatrixWorkbook({ committeeName: getProfile(ctx.db)?.committeeName ?? '', scope, matrix });
  await writeFileSafely(filePath, bytes, { overwrite: true });
  rememberExportedFile(ctx, filePath);
  return { saved: true, filePath };
}

export function exchangeHistory(ctx: CoreContext): ExchangeLogEntry[] {
  const rows = ctx.db
    .prepare(
      `SELECT id, package_id AS packageId, direction, kind, sender_code AS senderCode, receivers_json AS receivers, sequence,
         created_at AS createdAt, recorded_at AS recordedAt, file_name AS fileName, added, changed, refused_json AS refused
       FROM exchange_packages ORDER BY recorded_at DESC, id DESC LIMIT 200`,
    )
    .all() as Array<Omit<ExchangeLogEntry, 'receivers' | 'refused' | 'kind' | 'direction'> & { receivers: string; refused: string; kind: PackageKind; direction: 'gui' | 'nhan' }>;
  return rows.map((row) => ({ ...row, receivers: JSON.parse(row.receivers) as string[], refused: (JSON.parse(row.refused) as unknown[]).length }));
}

/** On a task received from the committee above: who gave it and who leads it in their words. */
export function taskOrigin(ctx: CoreContext, taskId: number): TaskExchangeOrigin | null {
  // Later occurrences of a periodic duty point back at the first one, which holds the link.
  let id: number | null = taskId;
  for (let i = 0; id !== null && i < 1000; i += 1) {
    const link = ctx.db
      .prepare(
        `SELECT r.owner_code AS code, r.lead, r.imported_at AS receivedAt, o.name FROM exchange_records r
         LEFT JOIN organisations o ON o.exchange_code = r.owner_code WHERE r.kind = 'nhiem_vu' AND r.local_id = ?`,
      )
      .get(id) as { code: string; lead: string; receivedAt: string; name: string | null } | undefined;
    if (link) return { committeeCode: link.code, committeeName: link.name ?? link.code, lead: link.lead, receivedAt: link.receivedAt };
    id = (ctx.db.prepare('SELECT previous_task_id AS id FROM tasks WHERE id = ?').get(id) as { id: number | null } | undefined)?.id ?? null;
  }
  return null;
}

/** What "Báo cáo lên cấp trên" offers: the committee above, how many tasks it gave, the issued documents to attach. */
export function reportCandidates(ctx: CoreContext): ReportCandidates {
  const above = committeeAbove(ctx.db);
  const tasks = above
    ? (
        ctx.db
          .prepare(
            `SELECT count(*) AS n FROM exchange_records r JOIN tasks t ON t.id = r.local_id
             WHERE r.kind = 'nhiem_vu' AND r.owner_code = ? AND t.deleted_at IS NULL`,
          )
          .get(above.code) as { n: number }
      ).n
    : 0;
  const documents = ctx.db
    .prepare(
      `SELECT id, kind, number_symbol AS numberSymbol, summary, document_date AS documentDate FROM documents
       WHERE status = 'da_ban_hanh' AND deleted_at IS NULL ORDER BY document_date DESC, id DESC LIMIT 100`,
    )
    .all() as ReportCandidates['documents'];
  return { above, tasks, documents };
}
