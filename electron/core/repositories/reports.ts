import type { DocumentStatus } from '../../../shared/domain';
import type { CutoffConvention, ReportPeriod, ReportPeriodKind } from '../../../shared/report-periods';
import type { ReportFigures, ReportListItem, ReportTemplate } from '../../../shared/schemas/report';
import { formatNumberSymbol } from '../../../shared/number-symbol';
import type { Db } from '../db/open';
import { appendChange } from '../db/write/write';

/**
 * The rows only compiled reports have (report_compilations, keyed by their document) and the
 * committee's report settings (one row). Neither has an integer key of its own, so they are written
 * here in SQL, each write logged in change_log in the caller's transaction, as the profile is.
 */

export interface CompilationRow {
  documentId: number;
  period: ReportPeriod;
  figures: ReportFigures;
  template: ReportTemplate;
  warnings: string[];
  compiledAt: string;
  frozenAt: string | null;
  dutyTaskId: number | null;
}

interface Row {
  document_id: number;
  figures_json: string;
  template_json: string;
  warnings_json: string;
  compiled_at: string;
  frozen_at: string | null;
  duty_task_id: number | null;
}

function toCompilation(row: Row): CompilationRow {
  const figures = JSON.parse(row.figures_json) as ReportFigures;
  return {
    documentId: row.document_id,
    period: figures.period,
    figures,
    template: JSON.parse(row.template_json) as ReportTemplate,
    warnings: JSON.parse(row.warnings_json) as string[],
    compiledAt: row.compiled_at,
    frozenAt: row.frozen_at,
    dutyTaskId: row.duty_task_id,
  };
}

export function findCompilation(db: Db, documentId: number): CompilationRow | null {
  const row = db.prepare('SELECT * FROM report_compilations WHERE document_id = ?').get(documentId) as Row | undefined;
  return row ? toCompilation(row) : null;
}

export interface CompilationWrite {
  figures: ReportFigures;
  template: ReportTemplate;
  warnings: string[];
  compiledAt: string;
}

function writeParams(write: CompilationWrite) {
  const { period } = write.figures;
  return {
    periodKind: period.kind satisfies ReportPeriodKind,
    periodYear: period.year,
    periodIndex: period.index,
    periodStart: period.start,
    periodEnd: period.end,
    convention: period.convention satisfies CutoffConvention,
    figuresJson: JSON.stringify(write.figures),
    templateJson: JSON.stringify(write.template),
    warningsJson: JSON.stringify(write.warnings),
    compiledAt: write.compiledAt,
  };
}

const COMPILATION_FIELDS = ['period_kind', 'period_year', 'period_index', 'period_start', 'period_end', 'convention', 'figures_json', 'template_json', 'warnings_json', 'compiled_at'];

function logCompilation(db: Db, documentId: number, operation: 'insert' | 'update', fields: readonly string[], at: string): void {
  appendChange(db, { table: 'report_compilations', rowKey: documentId, rowUuid: null, operation, fields, at });
}

export function insertCompilation(db: Db, documentId: number, write: CompilationWrite, dutyTaskId: number | null): void {
  db.prepare(
    `INSERT INTO report_compilations (document_id, period_kind, period_year, period_index, period_start, period_end, convention,
       figures_json, template_json, warnings_json, compiled_at, duty_task_id)
     VALUES (@documentId, @periodKind, @periodYear, @periodIndex, @periodStart, @periodEnd, @convention,
       @figuresJson, @templateJson, @warningsJson, @compiledAt, @dutyTaskId)`,
  ).run({ ...writeParams(write), documentId, dutyTaskId });
  logCompilation(db, documentId, 'insert', [...COMPILATION_FIELDS, 'duty_task_id'], write.compiledAt);
}

/** New figures for a report not yet frozen; false when it is frozen (finalised) or missing. */
export function updateCompilation(db: Db, documentId: number, write: CompilationWrite): boolean {
  const changed =
    db
      .prepare(
        `UPDATE report_compilations SET period_kind = @periodKind, period_year = @periodYear, period_index = @periodIndex,
           period_start = @periodStart, period_end = @periodEnd, convention = @convention, figures_json = @figuresJson,
           template_json = @templateJson, warnings_json = @warningsJson, compiled_at = @compiledAt
         WHERE document_id = @documentId AND frozen_at IS NULL`,
      )
      .run({ ...writeParams(write), documentId }).changes === 1;
  if (changed) logCompilation(db, documentId, 'update', COMPILATION_FIELDS, write.compiledAt);
  return changed;
}

/** Finalising freezes the figures; unlocking thaws them (the document is a draft again). */
export function setFrozen(db: Db, documentId: number, frozenAt: string | null, at: string): void {
  const changed = db.prepare('UPDATE report_compilations SET frozen_at = ? WHERE document_id = ?').run(frozenAt, documentId).changes === 1;
  if (changed) logCompilation(db, documentId, 'update', ['frozen_at'], at);
}

export interface ReportListRow {
  document_id: number;
  summary: string;
  status: DocumentStatus;
  number_symbol: string | null;
  figures_json: string;
  compiled_at: string;
  frozen_at: string | null;
  updated_at: string;
  abbreviation: string | null;
}

/** The compiled reports not in the bin, newest period first. */
export function listCompilations(db: Db, limit: number): ReportListItem[] {
  const rows = db
    .prepare(
      `SELECT r.document_id, d.summary, d.status, d.number_symbol, r.figures_json, r.compiled_at, r.frozen_at, d.updated_at,
         (SELECT abbreviation FROM committee_profile WHERE id = 1) AS abbreviation
       FROM report_compilations r JOIN documents d ON d.id = r.document_id
       WHERE d.deleted_at IS NULL
       ORDER BY r.period_end DESC, r.period_start, d.id DESC LIMIT ?`,
    )
    .all(limit) as ReportListRow[];
  return rows.map((row) => ({
    documentId: row.document_id,
    summary: row.summary,
    status: row.status,
    numberSymbol: row.number_symbol ?? formatNumberSymbol('bao_cao', row.abbreviation ?? '', null),
    period: (JSON.parse(row.figures_json) as ReportFigures).period,
    compiledAt: row.compiled_at,
    frozenAt: row.frozen_at,
    updatedAt: row.updated_at,
  }));
}

/** The latest report (not in the bin) compiled for each reporting duty. */
export function reportsOfDuties(db: Db, taskIds: readonly number[]): Map<number, { documentId: number; status: DocumentStatus }> {
  const out = new Map<number, { documentId: number; status: DocumentStatus }>();
  if (taskIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT r.duty_task_id, d.id, d.status FROM report_compilations r JOIN documents d ON d.id = r.document_id
       WHERE d.deleted_at IS NULL AND r.duty_task_id IN (SELECT value FROM json_each(?))
       ORDER BY d.id`,
    )
    .all(JSON.stringify(taskIds)) as Array<{ duty_task_id: number; id: number; status: DocumentStatus }>;
  for (const row of rows) out.set(row.duty_task_id, { documentId: row.id, status: row.status });
  return out;
}

export interface SettingsRow {
  convention: CutoffConvention;
  template: ReportTemplate | null;
}

export function readReportSettings(db: Db): SettingsRow {
  const row = db.prepare('SELECT convention, template_json FROM report_settings WHERE id = 1').get() as
    | { convention: CutoffConvention; template_json: string | null }
    | undefined;
  if (!row) return { convention: 'lich', template: null };
  return { convention: row.convention, template: row.template_json === null ? null : (JSON.parse(row.template_json) as ReportTemplate) };
}

/** Callers hold a transaction: the row and its change-log entry go together. */
export function writeReportSettings(db: Db, settings: SettingsRow, at: string): void {
  db.prepare(
    `INSERT INTO report_settings (id, convention, template_json, updated_at) VALUES (1, @convention, @templateJson, @at)
     ON CONFLICT (id) DO UPDATE SET convention = excluded.convention, template_json = excluded.template_json, updated_at = excluded.updated_at`,
  ).run({ convention: settings.convention, templateJson: settings.template === null ? null : JSON.stringify(settings.template), at });
  appendChange(db, { table: 'report_settings', rowKey: 1, rowUuid: null, operation: 'update', fields: ['convention', 'template_json'], at });
}
