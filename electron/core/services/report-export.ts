import { formatNumberSymbol } from '../../../shared/number-symbol';
import type { DocumentRecord, ExportResult } from '../../../shared/schemas/document';
import type { WeekSchedule } from '../../../shared/schemas/report';
import type { CoreContext } from '../context';
import { writeFileSafely } from '../export';
import { ASCII_FILE_NAMES, exportFileName, type FileNameStyle } from '../export/file-name';
import { findCompilation } from '../repositories/reports';
import { buildReportAnnex } from '../reports/annex';
import { exportScheduleToDocx, type ScheduleLayout } from '../reports/schedule-docx';
import { weekSchedule } from '../reports/schedule';
import { fileNameStyle, platformOf, rememberExportedFile } from './document-export';
import { getDocument, requireProfile } from './documents-access';
import { reportErrors } from './report-messages';
import type { ReportDraft } from './reports';
import { taskToday } from './tasks';

/** The Excel annex of a compiled report, from its stored (frozen once finalised) figures. */
export async function renderReportAnnex(ctx: CoreContext, id: number): Promise<Uint8Array> {
  const doc = getDocument(ctx, id);
  const row = findCompilation(ctx.db, doc.id);
  if (!row) throw reportErrors.notCompiled();
  return buildReportAnnex(row.figures, requireProfile(ctx).committeeName);
}

/** "2026-07-05 Phu luc so lieu 6 thang dau nam 2026.xlsx" (or "… Phụ lục số liệu 6 tháng đầu năm 2026.xlsx") */
export function annexFileName(documentDate: string, periodLabel: string, style: FileNameStyle = ASCII_FILE_NAMES): string {
  return exportFileName({ date: documentDate, title: `Phụ lục số liệu ${periodLabel}`, extension: 'xlsx' }, style);
}

export async function exportReportAnnex(ctx: CoreContext, id: number): Promise<ExportResult> {
  const platform = platformOf(ctx);
  const doc = getDocument(ctx, id);
  const row = findCompilation(ctx.db, doc.id);
  if (!row) throw reportErrors.notCompiled();
  const filePath = await platform.chooseSavePath(annexFileName(doc.documentDate, row.period.label, fileNameStyle(ctx)));
  if (filePath === null) return { saved: false, filePath: null };
  const bytes = await buildReportAnnex(row.figures, requireProfile(ctx).committeeName);
  await writeFileSafely(filePath, bytes, { overwrite: true });
  rememberExportedFile(ctx, filePath);
  return { saved: true, filePath };
}

export function getWeekSchedule(ctx: CoreContext, anyDay: string): WeekSchedule {
  return weekSchedule(ctx.db, anyDay);
}

export async function renderScheduleDocx(ctx: CoreContext, anyDay: string): Promise<{ bytes: Buffer; schedule: WeekSchedule; layout: ScheduleLayout }> {
  const profile = requireProfile(ctx);
  const schedule = weekSchedule(ctx.db, anyDay);
  const { bytes, layout } = await exportScheduleToDocx(profile, schedule, taskToday(ctx));
  return { bytes, schedule, layout };
}

/** "2026-01-05 Lich cong tac tuan 05-01-2026 - 11-01-2026.docx" (or "… Lịch công tác tuần …") */
export function scheduleFileName(schedule: WeekSchedule, style: FileNameStyle = ASCII_FILE_NAMES): string {
  const dmy = (d: string) => `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)}`;
  return exportFileName({ date: schedule.monday, title: `Lịch công tác tuần ${dmy(schedule.monday)} - ${dmy(schedule.sunday)}`, extension: 'docx' }, style);
}

export async function exportScheduleFile(ctx: CoreContext, anyDay: string): Promise<ExportResult> {
  const platform = platformOf(ctx);
  const schedule = weekSchedule(ctx.db, anyDay);
  const filePath = await platform.chooseSavePath(scheduleFileName(schedule, fileNameStyle(ctx)));
  if (filePath === null) return { saved: false, filePath: null };
  const { bytes } = await renderScheduleDocx(ctx, anyDay);
  await writeFileSafely(filePath, bytes, { overwrite: true });
  rememberExportedFile(ctx, filePath);
  return { saved: true, filePath };
}

/** A report draft not stored anywhere, as the record the Word export takes (for the command line). */
export function unsavedReportRecord(ctx: CoreContext, draft: ReportDraft): DocumentRecord {
  const profile = requireProfile(ctx);
  const now = ctx.now().toISOString();
  return {
    ...draft.fields,
    id: 0,
    meetingId: null,
    meetingTitle: null,
    kind: 'bao_cao',
    status: 'ban_nhap',
    number: null,
    numberYear: null,
    numberSymbol: formatNumberSymbol('bao_cao', profile.abbreviation, null),
    finalisedAt: null,
    finalisedBy: null,
    contentHash: null,
    issuedAt: null,
    createdAt: now,
    updatedAt: now,
  };
}
