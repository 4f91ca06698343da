import fs from 'node:fs';
import path from 'node:path';
import { exportDocumentToDocx, writeFileSafely } from '../../core/export';
import { getDocument } from '../../core/services/documents-access';
import { CliError, requireOption } from '../args';
import { withCliContext, type CliCommand } from '../command';

/** Writes one document as Word, exactly as the app's "Xuất Word" does. */
export const exportCommand: CliCommand = {
  name: 'export',
  usage: ['export --db TỆP_DỮ_LIỆU --document MÃ_VĂN_BẢN --out TỆP.docx [--force]'],
  async run(args) {
    const dbFile = path.resolve(requireOption(args, 'db'));
    const out = path.resolve(requireOption(args, 'out'));
    const id = Number(requireOption(args, 'document'));
    if (!Number.isInteger(id) || id <= 0) throw new CliError('Mã văn bản (--document) phải là một số nguyên dương.');
    if (!fs.existsSync(dbFile)) throw new CliError(`Không có tệp dữ liệu ${dbFile}.`);
    if (!out.toLowerCase().endsWith('.docx')) throw new CliError('Tệp xuất (--out) phải có đuôi .docx.');
    const started = performance.now();
    const bytes = await withCliContext(dbFile, (ctx) => exportDocumentToDocx(getDocument(ctx, id)));
    await writeFileSafely(out, bytes, { overwrite: args.options.get('force') === true });
    return { document: id, path: out, bytes: bytes.length, ms: Math.round(performance.now() - started) };
  },
};
