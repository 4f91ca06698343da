/**
 * The command line, for IT staff and scripts (run with `npm run cli -- <command> …`):
 *
 *   export --db FILE --document ID --out FILE.docx [--force]
 *       writes one document as Word, exactly as the app's "Xuất Word" does
 *   demo --db FILE
 *       creates a new database filled with the demo data and prints the ids it created (JSON)
 *
 * Messages are Vietnamese; the exit code is 0 on success, 1 on a problem the message explains.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CoreContext } from '../core/context';
import { openDatabase } from '../core/db/open';
import { seedDemoData } from '../core/demo';
import { AppError } from '../core/errors';
import { exportDocumentToDocx, writeFileSafely } from '../core/export';
import { getDocument } from '../core/services/documents-access';
import { CliError, parseArgs, requireOption, type ParsedArgs } from './args';

const USAGE = `Cách dùng:
  npm run cli -- export --db TỆP_DỮ_LIỆU --document MÃ_VĂN_BẢN --out TỆP.docx [--force]
  npm run cli -- demo --db TỆP_DỮ_LIỆU_MỚI`;

function openContext(file: string): CoreContext {
  const opened = openDatabase(file);
  return { db: opened.db, now: () => new Date(), appVersion: 'cli', databasePath: file, schemaVersion: opened.schemaVersion };
}

async function exportCommand(args: ParsedArgs): Promise<void> {
  const dbFile = path.resolve(requireOption(args, 'db'));
  const out = path.resolve(requireOption(args, 'out'));
  const id = Number(requireOption(args, 'document'));
  if (!Number.isInteger(id) || id <= 0) throw new CliError('Mã văn bản (--document) phải là một số nguyên dương.');
  if (!fs.existsSync(dbFile)) throw new CliError(`Không có tệp dữ liệu ${dbFile}.`);
  if (!out.toLowerCase().endsWith('.docx')) throw new CliError('Tệp xuất (--out) phải có đuôi .docx.');
  const ctx = openContext(dbFile);
  try {
    const bytes = await exportDocumentToDocx(getDocument(ctx, id));
    await writeFileSafely(out, bytes, { overwrite: args.options.get('force') === true });
  } finally {
    ctx.db.close();
  }
  console.log(`Đã xuất văn bản ${id} ra ${out}`);
}

function demoCommand(args: ParsedArgs): void {
  const dbFile = path.resolve(requireOption(args, 'db'));
  if (fs.existsSync(dbFile) && fs.statSync(dbFile).size > 0) {
    throw new CliError(`Tệp ${dbFile} đã có; lệnh demo chỉ tạo tệp dữ liệu mới để không ghi đè dữ liệu thật.`);
  }
  const ctx = openContext(dbFile);
  try {
    console.log(JSON.stringify({ database: dbFile, ...seedDemoData(ctx) }, null, 2));
  } finally {
    ctx.db.close();
  }
}

async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === 'export') await exportCommand(args);
    else if (args.command === 'demo') demoCommand(args);
    else throw new CliError(args.command ? `Không có lệnh "${args.command}".` : 'Hãy cho biết lệnh cần chạy.');
    return 0;
  } catch (error) {
    if (error instanceof CliError || error instanceof AppError) {
      console.error(error.message);
      if (error instanceof CliError) console.error(USAGE);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
