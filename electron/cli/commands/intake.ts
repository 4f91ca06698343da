import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/errors';
import { analyseDocx, analyseText } from '../../core/intake';
import { toCliOutput } from '../../core/intake/cli-shape';
import { matchProposal } from '../../core/intake/match';
import type { IntakeProposal } from '../../../shared/schemas/intake';
import { INTAKE_MAX_DOCX_BYTES } from '../../../shared/schemas/intake';
import { CliError, type ParsedArgs } from '../args';
import { withCliContext, type CliCommand } from '../command';

/** A .txt as text: UTF-8 (with or without its mark), or UTF-16 when Notepad saved it so. */
export function decodeTextFile(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function readInput(args: ParsedArgs): { kind: 'text' | 'docx'; file: string } {
  const text = args.options.get('text');
  const docx = args.options.get('docx');
  if (typeof text === 'string' && typeof docx === 'string') throw new CliError('Chỉ chọn một trong hai: --text hoặc --docx.');
  const given = typeof text === 'string' ? { kind: 'text' as const, file: text } : typeof docx === 'string' ? { kind: 'docx' as const, file: docx } : null;
  if (!given) throw new CliError('Thiếu tham số --text TỆP hoặc --docx TỆP.');
  const file = path.resolve(given.file);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliError(`Không có tệp ${file}.`);
  return { kind: given.kind, file };
}

/**
 * Reads a text or a Word file into a proposed meeting, through the same code as the app's
 * "Nhập từ văn bản", and prints it in the shape of issue 11. Nothing is saved. With --db the
 * attendees and directives are matched to that database's directory and register; --full prints
 * the whole proposal (with the spans of the source each item came from).
 */
export const intakeCommand: CliCommand = {
  name: 'intake',
  usage: ['intake --text TỆP.txt [--db TỆP_DỮ_LIỆU] [--full]', 'intake --docx TỆP.docx [--db TỆP_DỮ_LIỆU] [--full]'],
  async run(args) {
    const { kind, file } = readInput(args);
    const today = new Date();
    const fileName = path.basename(file);
    const size = fs.statSync(file).size;
    if (kind === 'docx' && size > INTAKE_MAX_DOCX_BYTES) throw new AppError('VALIDATION', `Tệp Word quá lớn (tối đa ${INTAKE_MAX_DOCX_BYTES / 1024 / 1024} MB).`);
    const bytes = fs.readFileSync(file);
    const proposal: IntakeProposal = kind === 'text' ? analyseText(decodeTextFile(bytes), { today, fileName }) : await analyseDocx(new Uint8Array(bytes), { today, fileName });
    const dbOption = args.options.get('db');
    let matched = proposal;
    if (typeof dbOption === 'string') {
      const dbFile = path.resolve(dbOption);
      if (!fs.existsSync(dbFile)) throw new CliError(`Không có tệp dữ liệu ${dbFile}.`);
      matched = await withCliContext(dbFile, (ctx) => matchProposal(ctx.db, proposal, null));
    }
    return args.options.get('full') === true ? matched : toCliOutput(matched);
  },
};
