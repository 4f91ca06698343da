import type { z } from 'zod';
import { TASK_SORT, TASK_SOURCE, TASK_STATUS, TASK_VIEW } from '../../../shared/domain';
import { formatLocalDate } from '../../../shared/datetime';
import type { ExportResult } from '../../../shared/schemas/document';
import type { TaskFilter, taskFilterSchema } from '../../../shared/schemas/task';
import type { CoreContext } from '../context';
import { writeFileSafely } from '../export';
import { exportFileName } from '../export/file-name';
import { buildTaskWorkbook } from '../export/task-workbook';
import { findMeetingHeader } from '../repositories/meetings';
import { findOrganisation } from '../repositories/organisations';
import { getProfile } from '../repositories/profile';
import { listTaskRows } from '../repositories/task-list';
import { fileNameStyle, platformOf, rememberExportedFile } from './document-export';
import { taskToday } from './tasks';

/** The filter in words, for the title row: what someone reading the sheet upstairs needs to know. */
export function describeTaskFilter(ctx: CoreContext, filter: TaskFilter): string {
  const parts: string[] = [filter.view === 'tat_ca' ? 'Tất cả nhiệm vụ' : TASK_VIEW.labels[filter.view]];
  if (filter.organisationId !== null) {
    parts.push(`đơn vị: ${findOrganisation(ctx.db, filter.organisationId)?.name ?? 'không còn trong danh bạ'} (chủ trì hoặc phối hợp)`);
  }
  if (filter.status !== null) parts.push(`trạng thái: ${TASK_STATUS.labels[filter.status].toLocaleLowerCase('vi')}`);
  if (filter.source !== null) parts.push(`nguồn: ${TASK_SOURCE.labels[filter.source].toLocaleLowerCase('vi')}`);
  if (filter.meetingId !== null) parts.push(`hội nghị: ${findMeetingHeader(ctx.db, filter.meetingId, true)?.title ?? '(đã xóa)'}`);
  if (filter.dueFrom !== null && filter.dueTo !== null) {
    parts.push(`hạn từ ${formatLocalDate(filter.dueFrom)} đến ${formatLocalDate(filter.dueTo)}`);
  } else if (filter.dueFrom !== null) {
    parts.push(`hạn từ ${formatLocalDate(filter.dueFrom)}`);
  } else if (filter.dueTo !== null) {
    parts.push(`hạn đến ${formatLocalDate(filter.dueTo)}`);
  }
  if (filter.text !== '') parts.push(`có chữ "${filter.text}"`);
  parts.push(`sắp theo ${TASK_SORT.labels[filter.sort].toLocaleLowerCase('vi')}`);
  return parts.join('; ');
}

/**
 * "2026-11-23 Nhiem vu qua han.xlsx", "2026-11-23 Nhiem vu - Hoi Nong dan thanh pho Hai Phong.xlsx":
 * named and cut like every export (`exportFileName`), in the committee's chosen style.
 */
export function defaultTaskFileName(ctx: CoreContext, filter: TaskFilter, today: string): string {
  const words = ['Nhiệm vụ'];
  if (filter.view !== 'tat_ca') words.push(TASK_VIEW.labels[filter.view].toLocaleLowerCase('vi'));
  if (filter.status !== null) words.push(TASK_STATUS.labels[filter.status].toLocaleLowerCase('vi'));
  const organisation = filter.organisationId === null ? null : findOrganisation(ctx.db, filter.organisationId);
  if (organisation) words.push('-', organisation.name);
  return exportFileName({ date: today, title: words.join(' '), extension: 'xlsx' }, fileNameStyle(ctx));
}

/** Asks where to save, builds the workbook of the whole view (not only the page shown), writes it safely. */
export async function exportTasksXlsx(ctx: CoreContext, filter: z.output<typeof taskFilterSchema>): Promise<ExportResult> {
  const platform = platformOf(ctx);
  const today = taskToday(ctx);
  const filePath = await platform.chooseSavePath(defaultTaskFileName(ctx, filter, today));
  if (filePath === null) return { saved: false, filePath: null };
  const bytes = await buildTaskWorkbook({
    committeeName: getProfile(ctx.db)?.committeeName ?? '',
    filterText: describeTaskFilter(ctx, filter),
    today,
    tasks: listTaskRows(ctx.db, filter, today, null),
  });
  await writeFileSafely(filePath, bytes, { overwrite: true });
  rememberExportedFile(ctx, filePath);
  return { saved: true, filePath };
}
