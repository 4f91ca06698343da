import type { z } from 'zod';
import { TASK_SORT, TASK_SOURCE, TASK_STATUS, TASK_VIEW } from '../../../shared/domain';
import { formatLocalDate } from '../../../shared/datetime';
import type { ExportResult } from '../../../shared/schemas/document';
import type { TaskFilter, taskFilterSchema } from '../../../shared/schemas/task';
import type { CoreContext } from '../context';
import { writeFileSafely } from '../export';
import { fileNameText } from '../export/file-name';
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

const MAX_STEM = 90;

/** "2026-11-23 Nhiem vu qua han.xlsx", "2026-11-23 Nhiem vu - Hoi Nong dan thanh pho Hai Phong.xlsx". */
export function defaultTaskFileName(ctx: CoreContext, filter: TaskFilter, today: string): string {
  const style = fileNameStyle(ctx);
  const named = (text: string) => fileNameText(text, style);
  const words = [style.accented ? 'Nhiệm vụ' : 'Nhiem vu'];
  if (filter.view !== 'tat_ca') words.push(named(TASK_VIEW.labels[filter.view].toLocaleLowerCase('vi')));
  if (filter.status !== null) words.push(named(TASK_STATUS.labels[filter.status].toLocaleLowerCase('vi')));
  let stem = `${today} ${words.join(' ')}`;
  const organisation = filter.organisationId === null ? null : findOrganisation(ctx.db, filter.organisationId);
  if (organisation) stem += ` - ${named(organisation.name).replace(/^./, (c) => c.toUpperCase())}`;
  // Cut at a word, so the name never ends inside one.
  if (stem.length > MAX_STEM) stem = stem.slice(0, stem.lastIndexOf(' ', MAX_STEM));
  return `${stem.replace(/[. -]+$/, '')}.xlsx`;
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
