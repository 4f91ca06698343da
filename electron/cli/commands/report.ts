import fs from 'node:fs';
import path from 'node:path';
import type { PeriodChoice, ReportPeriodKind } from '../../../shared/report-periods';
import { plainText } from '../../../shared/rich-text';
import { exportDocumentToDocx, writeFileSafely } from '../../core/export';
import { buildReportAnnex } from '../../core/reports/annex';
import { countBlanks } from '../../core/reports/prose';
import { figureCounts } from '../../core/reports/summary';
import { requireProfile, getDocument } from '../../core/services/documents-access';
import { unsavedReportRecord } from '../../core/services/report-export';
import { buildReportDraft, compileReport } from '../../core/services/reports';
import { CliError, requireOption, type ParsedArgs } from '../args';
import { withCliContext, type CliCommand } from '../command';

/** The names --kind accepts, English and Vietnamese (without tone marks), for each kind of period. */
export const REPORT_KIND_NAMES: Record<string, ReportPeriodKind> = {
  month: 'thang',
  monthly: 'thang',
  thang: 'thang',
  quarter: 'quy',
  quarterly: 'quy',
  quy: 'quy',
  half: 'sau_thang',
  'half-year': 'sau_thang',
  '6-months': 'sau_thang',
  'six-months': 'sau_thang',
  '6months': 'sau_thang',
  'sau-thang': 'sau_thang',
  'so-ket': 'sau_thang',
  'nine-months': 'chin_thang',
  '9-months': 'chin_thang',
  '9months': 'chin_thang',
  'chin-thang': 'chin_thang',
  year: 'nam',
  annual: 'nam',
  yearly: 'nam',
  nam: 'nam',
  'tong-ket': 'nam',
  custom: 'tuy_chon',
  'tuy-chon': 'tuy_chon',
};

const INDEX_FLAG: Partial<Record<ReportPeriodKind, string>> = { thang: 'month', quy: 'quarter', sau_thang: 'half' };
const KIND_WORDS: Record<ReportPeriodKind, string> = {
  thang: 'Báo cáo tháng',
  quy: 'Báo cáo quý',
  sau_thang: 'Báo cáo 6 tháng',
  chin_thang: 'Báo cáo 9 tháng',
  nam: 'Báo cáo năm',
  tuy_chon: 'Báo cáo theo khoảng thời gian',
};

function integer(args: ParsedArgs, name: string): number | null {
  const value = args.options.get(name);
  if (value === undefined) return null;
  if (value === true || !/^\d+$/.test(value.trim())) throw new CliError(`Tham số --${name} phải là một số nguyên dương.`);
  return Number(value);
}

/** The period the flags name; every flag that does not belong to the kind is refused, so nothing is silently ignored. */
export function periodChoiceFromArgs(args: ParsedArgs): PeriodChoice {
  const name = requireOption(args, 'kind').trim().toLowerCase();
  const kind = REPORT_KIND_NAMES[name];
  if (!kind) {
    throw new CliError(
      `Không hiểu loại báo cáo "${name}". Dùng một trong: month (tháng), quarter (quý), half (6 tháng), nine-months (9 tháng), year (năm), custom (khoảng thời gian, với --from và --to).`,
    );
  }
  const wanted = INDEX_FLAG[kind];
  for (const flag of ['month', 'quarter', 'half']) {
    if (flag !== wanted && args.options.has(flag)) throw new CliError(`${KIND_WORDS[kind]} không nhận tham số --${flag}.`);
  }
  if (kind === 'tuy_chon') {
    if (args.options.has('year')) throw new CliError('Báo cáo theo khoảng thời gian dùng --from và --to, không dùng --year.');
    const from = requireOption(args, 'from');
    const to = requireOption(args, 'to');
    for (const [flag, value] of [['from', from], ['to', to]] as const) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new CliError(`Tham số --${flag} phải là ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2026-01-31.`);
    }
    return { kind, from, to };
  }
  for (const flag of ['from', 'to']) if (args.options.has(flag)) throw new CliError(`${KIND_WORDS[kind]} không nhận tham số --${flag}; hãy dùng --year.`);
  const year = integer(args, 'year');
  if (year === null) throw new CliError('Thiếu tham số --year (năm của kỳ báo cáo, ví dụ --year 2026).');
  if (wanted === undefined) return { kind, year };
  const index = integer(args, wanted);
  if (index === null) {
    const hint = { month: '--month 1 … 12', quarter: '--quarter 1 … 4', half: '--half 1 (6 tháng đầu năm) hoặc --half 2 (6 tháng cuối năm)' }[wanted];
    throw new CliError(`${KIND_WORDS[kind]} cần tham số ${hint}.`);
  }
  return { kind, year, index };
}

function outputPath(args: ParsedArgs, name: string, extension: string, required: boolean): string | null {
  const value = args.options.get(name);
  if (value === undefined && !required) return null;
  const file = path.resolve(requireOption(args, name));
  if (!file.toLowerCase().endsWith(extension)) throw new CliError(`Tệp --${name} phải có đuôi ${extension}.`);
  if (fs.existsSync(file) && args.options.get('force') !== true) {
    throw new CliError(`Tệp ${file} đã có. Thêm --force để ghi đè.`);
  }
  return file;
}

/**
 * Compiles the report of a period exactly as "Soạn báo cáo" does and writes it to Word (and the
 * annex to Excel). The database is only read, unless --save asks to keep the draft in it.
 */
export const reportCommand: CliCommand = {
  name: 'report',
  usage: [
    'report --db TỆP_DỮ_LIỆU --kind month|quarter|half|nine-months|year --year NĂM [--month N | --quarter N | --half 1|2] --out TỆP.docx [--xlsx TỆP.xlsx] [--save] [--force]',
    'report --db TỆP_DỮ_LIỆU --kind custom --from NĂM-THÁNG-NGÀY --to NĂM-THÁNG-NGÀY --out TỆP.docx [--xlsx TỆP.xlsx]',
  ],
  async run(args) {
    const dbFile = path.resolve(requireOption(args, 'db'));
    if (!fs.existsSync(dbFile)) throw new CliError(`Không có tệp dữ liệu ${dbFile}.`);
    const choice = periodChoiceFromArgs(args);
    const out = outputPath(args, 'out', '.docx', true)!;
    const xlsx = outputPath(args, 'xlsx', '.xlsx', false);
    const save = args.options.get('save') === true;
    const started = performance.now();
    const built = await withCliContext(dbFile, async (ctx) => {
      if (save) {
        const { document, report } = compileReport(ctx, { period: { year: null, index: null, from: null, to: null, ...choice }, dutyTaskId: null });
        const record = getDocument(ctx, document.id);
        return { documentId: document.id as number | null, record, figures: report.figures, warnings: report.warnings, committee: requireProfile(ctx).committeeName };
      }
      const draft = buildReportDraft(ctx, choice);
      return { documentId: null, record: unsavedReportRecord(ctx, draft), figures: draft.figures, warnings: draft.warnings, committee: requireProfile(ctx).committeeName };
    });
    const docx = await exportDocumentToDocx(built.record);
    await writeFileSafely(out, docx, { overwrite: true });
    let xlsxBytes: number | null = null;
    if (xlsx !== null) {
      const annex = await buildReportAnnex(built.figures, built.committee);
      await writeFileSafely(xlsx, annex, { overwrite: true });
      xlsxBytes = annex.length;
    }
    const { period } = built.figures;
    return {
      path: out,
      bytes: docx.length,
      xlsx: xlsx === null ? null : { path: xlsx, bytes: xlsxBytes },
      documentId: built.documentId,
      summary: built.record.summary,
      period: { kind: period.kind, year: period.year, index: period.index, start: period.start, end: period.end, label: period.label, convention: period.convention },
      timing: built.figures.timing,
      countedTo: built.figures.countedTo,
      figures: figureCounts(built.figures),
      guidedBlanks: countBlanks(plainText(built.record.body)),
      warnings: built.warnings,
      ms: Math.round(performance.now() - started),
    };
  },
};
