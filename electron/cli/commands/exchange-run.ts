import fs from 'node:fs';
import path from 'node:path';
import { committeeCode } from '../../../shared/schemas/exchange-package';
import type { CoreContext } from '../../core/context';
import { findCommitteeByCode, listCommittees } from '../../core/exchange/committees';
import { buildDownPackage, buildReportPackage, writeBuiltPackage, type BuiltPackage } from '../../core/exchange/export';
import { importPackageFile, previewPackageFile } from '../../core/exchange/import';
import { assignmentMatrix } from '../../core/exchange/matrix';
import { buildMatrixWorkbook } from '../../core/exchange/matrix-workbook';
import { PackageRefusedError } from '../../core/exchange/refusals';
import { writeFileSafely } from '../../core/export';
import { getProfile } from '../../core/repositories/profile';
import { CliError, CliOutcome, requireOption, type ParsedArgs } from '../args';
import { withCliContext } from '../command';

/**
 * `exchange` (loaded only when the command runs, so that other commands start without jszip and exceljs):
 * packages with the committees above and below, by the same code as the app.
 * - export: "Gửi cấp dưới" — a directive and the tasks given to the committees named by code;
 * - report: "Báo cáo lên cấp trên" — the progress on every task received from above;
 * - preview: what importing a package would add or change (nothing written);
 * - import: `{ "added", "changed", "refused" }`; a refused package prints the same shape with the
 *   reason in `refused` and exits with 1, nothing written;
 * - matrix: the committees below × tasks, optionally saved as .xlsx.
 */

function existingDatabase(args: ParsedArgs): string {
  const file = path.resolve(requireOption(args, 'db'));
  if (!fs.existsSync(file)) throw new CliError(`Không có tệp dữ liệu ${file}.`);
  return file;
}

function positiveId(args: ParsedArgs, name: string): number {
  const id = Number(requireOption(args, name));
  if (!Number.isInteger(id) || id <= 0) throw new CliError(`--${name} phải là một số nguyên dương.`);
  return id;
}

function idList(value: string | true | undefined, name: string): number[] {
  if (value === undefined) return [];
  if (value === true) throw new CliError(`Thiếu giá trị của --${name}.`);
  return value.split(',').map((part) => {
    const id = Number(part.trim());
    if (!Number.isInteger(id) || id <= 0) throw new CliError(`--${name}: "${part}" không phải mã văn bản (số nguyên dương).`);
    return id;
  });
}

function packageOut(args: ParsedArgs): string {
  const out = path.resolve(requireOption(args, 'out'));
  if (!out.toLowerCase().endsWith('.mttq')) throw new CliError('Tệp gói (--out) phải có đuôi .mttq.');
  return out;
}

function committeesByCode(ctx: CoreContext, codes: string): number[] {
  return codes.split(',').map((raw) => {
    const parsed = committeeCode.safeParse(raw);
    if (!parsed.success) throw new CliError(`--to: "${raw}" không phải mã đơn vị hợp lệ.`);
    const committee = findCommitteeByCode(ctx.db, parsed.data);
    if (!committee || committee.relation !== 'cap_duoi') {
      const known = listCommittees(ctx.db)
        .filter((c) => c.relation === 'cap_duoi')
        .map((c) => c.code);
      throw new CliError(
        `Mã ${parsed.data} không có trong danh sách đơn vị cấp dưới.${known.length > 0 ? ` Các mã đã có: ${known.join(', ')}.` : ''}`,
      );
    }
    return committee.id;
  });
}

async function write(ctx: CoreContext, built: BuiltPackage, out: string, force: boolean) {
  const written = await writeBuiltPackage(ctx, built, out, { overwrite: force });
  return {
    packageId: built.content.header.packageId,
    path: out,
    bytes: fs.statSync(out).size,
    sequence: built.content.header.sequence,
    sender: built.content.header.sender.code,
    receivers: built.content.header.receivers.map((r) => r.code),
    assignments: written.assignments,
    reports: written.reports,
    documents: written.documents,
  };
}

async function runImport(args: ParsedArgs) {
  const dbFile = existingDatabase(args);
  const packageFile = path.resolve(requireOption(args, 'package'));
  try {
    const result = await withCliContext(dbFile, (ctx) => importPackageFile(ctx, packageFile));
    if (result.backupPath) console.error(`Đã sao lưu dữ liệu trước khi nhận gói: ${result.backupPath}`);
    return { added: result.added, changed: result.changed, refused: result.refused };
  } catch (error) {
    if (error instanceof PackageRefusedError) {
      throw new CliOutcome({ added: 0, changed: 0, refused: [error.refusal] }, 1, error.message);
    }
    throw error;
  }
}

export async function runExchange(args: ParsedArgs): Promise<unknown> {
  const force = args.options.get('force') === true;
  switch (args.subcommand) {
    case 'export': {
      const dbFile = existingDatabase(args);
      const out = packageOut(args);
      const to = requireOption(args, 'to');
      const directiveId = positiveId(args, 'directive');
      return withCliContext(dbFile, (ctx) => write(ctx, buildDownPackage(ctx, directiveId, committeesByCode(ctx, to)), out, force));
    }
    case 'report': {
      const dbFile = existingDatabase(args);
      const out = packageOut(args);
      const documents = idList(args.options.get('documents'), 'documents');
      return withCliContext(dbFile, async (ctx) => write(ctx, await buildReportPackage(ctx, documents), out, force));
    }
    case 'preview': {
      const dbFile = existingDatabase(args);
      const packageFile = path.resolve(requireOption(args, 'package'));
      try {
        return await withCliContext(dbFile, (ctx) => previewPackageFile(ctx, packageFile));
      } catch (error) {
        if (error instanceof PackageRefusedError) throw new CliOutcome({ refused: [error.refusal] }, 1, error.message);
        throw error;
      }
    }
    case 'import':
      return runImport(args);
    case 'matrix': {
      const dbFile = existingDatabase(args);
      const directiveId = args.options.has('directive') ? positiveId(args, 'directive') : null;
      const outOption = args.options.get('out');
      return withCliContext(dbFile, async (ctx) => {
        const matrix = assignmentMatrix(ctx, directiveId);
        if (typeof outOption !== 'string') return matrix;
        const out = path.resolve(outOption);
        if (!out.toLowerCase().endsWith('.xlsx')) throw new CliError('Tệp Excel (--out) phải có đuôi .xlsx.');
        const bytes = await buildMatrixWorkbook({
          committeeName: getProfile(ctx.db)?.committeeName ?? '',
          scope: directiveId === null ? 'tất cả văn bản đã giao' : `văn bản mã ${directiveId}`,
          matrix,
        });
        await writeFileSafely(out, bytes, { overwrite: force });
        return { ...matrix, path: out, bytes: bytes.length };
      });
    }
    default:
      throw new CliError('Hãy cho biết việc cần làm: export, report, preview, import hoặc matrix.');
  }
}
