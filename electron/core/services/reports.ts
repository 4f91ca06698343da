import type { z } from 'zod';
import { registerKey } from '../../../shared/number-symbol';
import {
  periodChoiceProblem,
  periodForDuty,
  periodOf,
  periodTiming,
  reportKindOf,
  reportSummaryLine,
  type PeriodChoice,
  type ReportPeriod,
} from '../../../shared/report-periods';
import { plainText } from '../../../shared/rich-text';
import { documentFieldsSchema, type DocumentFields, type DocumentRecord } from '../../../shared/schemas/document';
import {
  type CompiledReport,
  type compileReportInput,
  type ReportFigures,
  type ReportInfo,
  type ReportingDuties,
  type ReportListItem,
  type ReportSettings,
  type ReportTemplate,
  type saveReportSettingsInput,
} from '../../../shared/schemas/report';
import { daysBetween } from '../../../shared/task-dates';
import type { CoreContext } from '../context';
import { blankDraft } from '../drafts';
import { insertDocument, updateDraftFields } from '../repositories/documents';
import {
  findCompilation,
  insertCompilation,
  listCompilations,
  readReportSettings,
  reportsOfDuties,
  setFrozen,
  updateCompilation,
  writeReportSettings,
  type CompilationRow,
} from '../repositories/reports';
import { compileBody, type CompiledBody } from '../reports/body';
import { defaultReportTemplate } from '../reports/default-template';
import { compileFigures } from '../reports/figures';
import { countBlanks } from '../reports/prose';
import { mergeRefresh } from '../reports/refresh-merge';
import { assertEditable, fieldsOf, getDocument, requireProfile } from './documents-access';
import { storeVersion } from './documents-versions';
import { reportErrors } from './report-messages';
import { completeTask, taskToday } from './tasks';
import { writeTransaction } from '../db/write/transaction';

/**
 * Periodic reports compiled from the records. A compiled report is a document of kind 'bao_cao'
 * (edited, versioned, finalised, numbered, exported like the others); report_compilations keeps
 * its period, figures and template. Figures are taken when the report is made and again only
 * when the user asks on a draft ("Cập nhật số liệu"); finalising freezes them.
 */

export function reportSettings(ctx: CoreContext): ReportSettings {
  const stored = readReportSettings(ctx.db);
  return { convention: stored.convention, template: stored.template ?? defaultReportTemplate(), templateIsDefault: stored.template === null };
}

export function saveReportSettings(ctx: CoreContext, input: z.output<typeof saveReportSettingsInput>): ReportSettings {
  writeTransaction(ctx.db, () => writeReportSettings(ctx.db, { convention: input.convention, template: input.template }, ctx.now().toISOString()));
  return reportSettings(ctx);
}

/** The period a choice names under the committee's convention; a choice that names none is refused in words. */
export function resolvePeriod(ctx: CoreContext, choice: PeriodChoice): ReportPeriod {
  const problem = periodChoiceProblem(choice);
  if (problem !== null) throw reportErrors.badPeriod(problem);
  return periodOf(choice, reportSettings(ctx).convention);
}

function compile(ctx: CoreContext, period: ReportPeriod, template: ReportTemplate, committeeName: string) {
  const today = taskToday(ctx);
  if (periodTiming(period, today) === 'future') throw reportErrors.futurePeriod(period);
  const figures = compileFigures(ctx.db, period, { today, compiledAt: ctx.now().toISOString() });
  return { figures, compiled: compileBody({ figures, template, committeeName }) };
}

/** The fields through the same schema as user input (NFC, limits), so the draft can be saved back unchanged. */
function validated(fields: DocumentFields): DocumentFields {
  const parsed = documentFieldsSchema.safeParse(fields);
  if (!parsed.success) throw reportErrors.bodyTooLarge();
  return parsed.data;
}

function infoOf(doc: DocumentRecord, row: CompilationRow): ReportInfo {
  return {
    documentId: doc.id,
    period: row.period,
    figures: row.figures,
    compiledAt: row.compiledAt,
    frozenAt: row.frozenAt,
    dutyTaskId: row.dutyTaskId,
    warnings: row.warnings,
    blanks: countBlanks(plainText(doc.body)),
  };
}

function requireCompilation(ctx: CoreContext, doc: DocumentRecord): CompilationRow {
  const row = findCompilation(ctx.db, doc.id);
  if (!row) throw reportErrors.notCompiled();
  return row;
}

export function getReport(ctx: CoreContext, id: number): ReportInfo {
  const doc = getDocument(ctx, id);
  return infoOf(doc, requireCompilation(ctx, doc));
}

function checkDuty(ctx: CoreContext, taskId: number | null): void {
  if (taskId === null) return;
  const row = ctx.db.prepare('SELECT recurrence FROM tasks WHERE id = ? AND deleted_at IS NULL').get(taskId) as { recurrence: string } | undefined;
  if (!row) throw reportErrors.dutyNotFound();
  if (row.recurrence === 'khong') throw reportErrors.dutyNotPeriodic();
}

export interface ReportDraft {
  period: ReportPeriod;
  fields: DocumentFields;
  figures: ReportFigures;
  template: ReportTemplate;
  warnings: string[];
}

/**
 * What "Soạn báo cáo" writes, without writing it: the period resolved under the committee's
 * convention, its figures, and the document fields (header, title, body…) of the new draft.
 * The app stores it as a document; the command line exports it as it is.
 */
export function buildReportDraft(ctx: CoreContext, choice: PeriodChoice): ReportDraft {
  const profile = requireProfile(ctx);
  const settings = reportSettings(ctx);
  const period = resolvePeriod(ctx, choice);
  const { figures, compiled } = compile(ctx, period, settings.template, profile.committeeName);
  const draft = blankDraft('bao_cao', {
    reportKind: reportKindOf(period.kind),
    summary: reportSummaryLine(period),
    profile,
    today: taskToday(ctx),
  });
  return { period, fields: validated({ ...draft, body: compiled.body }), figures, template: settings.template, warnings: compiled.warnings };
}

/** Compiles the period's figures into a new draft report following the committee's template. */
export function compileReport(ctx: CoreContext, input: z.output<typeof compileReportInput>): CompiledReport {
  checkDuty(ctx, input.dutyTaskId);
  const draft = buildReportDraft(ctx, input.period);
  const at = ctx.now().toISOString();
  const id = writeTransaction(ctx.db, () => {
    const documentId = insertDocument(ctx.db, { meetingId: null, kind: 'bao_cao', typeCode: registerKey('bao_cao'), fields: draft.fields }, at);
    insertCompilation(ctx.db, documentId, { figures: draft.figures, template: draft.template, warnings: draft.warnings, compiledAt: at }, input.dutyTaskId);
    return documentId;
  });
  const document = getDocument(ctx, id);
  return { document, report: infoOf(document, requireCompilation(ctx, document)) };
}

function mergeNotes(kept: number, replacedWhole: boolean): string[] {
  if (replacedWhole) {
    return ['Không nhận ra các mục của nội dung cũ (tên mục đã bị sửa), nên nội dung được soạn lại toàn bộ. Bản cũ được lưu trong Lịch sử phiên bản.'];
  }
  if (kept === 0) return [];
  return [`Đã giữ lại ${kept} đoạn do bạn viết hoặc sửa, đặt vào đúng mục của báo cáo mới. Bản trước khi cập nhật được lưu trong Lịch sử phiên bản.`];
}

/**
 * "Cập nhật số liệu": the figures again, as of today, for a draft. The text as it stood is kept as
 * a version first; the user's own writing is carried into the new body section by section.
 */
export function refreshReport(ctx: CoreContext, id: number): CompiledReport {
  const at = ctx.now().toISOString();
  writeTransaction(ctx.db, () => {
    const doc = getDocument(ctx, id);
    assertEditable(doc);
    const row = requireCompilation(ctx, doc);
    const profile = requireProfile(ctx);
    const template = reportSettings(ctx).template;
    const previous: CompiledBody = compileBody({ figures: row.figures, template: row.template, committeeName: profile.committeeName });
    const { figures, compiled } = compile(ctx, row.period, template, profile.committeeName);
    const merged = mergeRefresh(doc.body, previous, compiled);
    const fields = validated({ ...fieldsOf(doc), body: merged.body });
    storeVersion(ctx, doc, 'truoc_lam_moi', at);
    updateDraftFields(ctx.db, id, fields, { at });
    updateCompilation(ctx.db, id, {
      figures,
      template,
      warnings: [...compiled.warnings, ...mergeNotes(merged.keptBlocks, merged.replacedWhole)],
      compiledAt: at,
    });
  });
  const document = getDocument(ctx, id);
  return { document, report: infoOf(document, requireCompilation(ctx, document)) };
}

export function listReports(ctx: CoreContext): ReportListItem[] {
  return listCompilations(ctx.db, 200);
}

/** Called when a document is finalised or unlocked: a compiled report's figures freeze and thaw with it. */
export function freezeReportFigures(ctx: CoreContext, documentId: number, frozenAt: string | null): void {
  setFrozen(ctx.db, documentId, frozenAt, ctx.now().toISOString());
}

/**
 * Called when a document is issued: a report compiled for a reporting duty completes that duty
 * (which makes its next occurrence), closing the loop. Already done duties are left alone.
 */
export function completeDutyOfReport(ctx: CoreContext, documentId: number, numberSymbol: string, by: string): void {
  const row = findCompilation(ctx.db, documentId);
  if (!row || row.dutyTaskId === null) return;
  const task = ctx.db.prepare("SELECT status FROM tasks WHERE id = ? AND deleted_at IS NULL").get(row.dutyTaskId) as { status: string } | undefined;
  if (!task || task.status === 'hoan_thanh') return;
  completeTask(ctx, { id: row.dutyTaskId, result: `Đã ban hành Báo cáo số ${numberSymbol} (${row.period.label}).`, by });
}

/** Reporting duties shown on the home screen: overdue ones, and those due in the next 45 days. */
const DUTY_HORIZON_DAYS = 45;
const MAX_DUTIES = 30;

interface DutyRow {
  id: number;
  title: string;
  organisation: string;
  recurrence: 'hang_thang' | 'hang_quy' | 'sau_thang' | 'hang_nam';
  due_date: string;
}

export function reportingDuties(ctx: CoreContext): ReportingDuties {
  const today = taskToday(ctx);
  const convention = reportSettings(ctx).convention;
  const rows = ctx.db
    .prepare(
      `SELECT t.id, t.title, o.name AS organisation, t.recurrence, t.due_date
       FROM tasks t JOIN organisations o ON o.id = t.lead_organisation_id
       WHERE t.deleted_at IS NULL AND t.recurrence <> 'khong' AND t.status <> 'hoan_thanh' AND t.due_date IS NOT NULL
         AND t.due_date <= date(?, '+' || ? || ' days')
       ORDER BY t.due_date, t.id LIMIT ?`,
    )
    .all(today, DUTY_HORIZON_DAYS, MAX_DUTIES) as DutyRow[];
  const reports = reportsOfDuties(ctx.db, rows.map((row) => row.id));
  return {
    today,
    items: rows.map((row) => {
      const daysLeft = daysBetween(today, row.due_date);
      return {
        taskId: row.id,
        title: row.title,
        organisation: row.organisation,
        recurrence: row.recurrence,
        dueDate: row.due_date,
        overdue: daysLeft < 0,
        daysLate: daysLeft < 0 ? -daysLeft : 0,
        daysLeft,
        period: periodForDuty(row.recurrence, row.due_date, convention),
        report: reports.get(row.id) ?? null,
      };
    }),
  };
}
