import fs from 'node:fs';
import path from 'node:path';
import { isValidLocalDate } from '../../../shared/datetime';
import { writeFileSafely } from '../../core/export';
import { renderScheduleDocx } from '../../core/services/report-export';
import { CliError, requireOption } from '../args';
import { withCliContext, type CliCommand } from '../command';

/** Writes the weekly work schedule of the week holding --week to Word, as "Xuất lịch tuần" does. */
export const scheduleCommand: CliCommand = {
  name: 'schedule',
  usage: ['schedule --db TỆP_DỮ_LIỆU --week NĂM-THÁNG-NGÀY --out TỆP.docx [--force]'],
  async run(args) {
    const dbFile = path.resolve(requireOption(args, 'db'));
    if (!fs.existsSync(dbFile)) throw new CliError(`Không có tệp dữ liệu ${dbFile}.`);
    const week = requireOption(args, 'week').trim();
    if (!isValidLocalDate(week)) throw new CliError(`Ngày --week "${week}" không có thật hoặc sai dạng; hãy ghi NĂM-THÁNG-NGÀY, ví dụ 2026-01-05.`);
    const out = path.resolve(requireOption(args, 'out'));
    if (!out.toLowerCase().endsWith('.docx')) throw new CliError('Tệp xuất (--out) phải có đuôi .docx.');
    if (fs.existsSync(out) && args.options.get('force') !== true) throw new CliError(`Tệp ${out} đã có. Thêm --force để ghi đè.`);
    const started = performance.now();
    const { bytes, schedule, layout } = await withCliContext(dbFile, (ctx) => renderScheduleDocx(ctx, week));
    await writeFileSafely(out, bytes, { overwrite: true });
    return {
      path: out,
      bytes: bytes.length,
      week: { monday: schedule.monday, sunday: schedule.sunday },
      orientation: layout.landscape ? 'landscape' : 'portrait',
      columns: layout.columns.map((column) => column.header),
      entries: schedule.entries.map((e) => ({ meetingId: e.meetingId, date: e.date, time: e.startTime, title: e.title, chair: e.chair, place: e.place })),
      ms: Math.round(performance.now() - started),
    };
  },
};
