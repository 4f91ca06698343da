import type { Handlers } from './index';
import {
  compileReport,
  getReport,
  listReports,
  refreshReport,
  reportingDuties,
  reportSettings,
  resolvePeriod,
  saveReportSettings,
} from '../services/reports';
import { exportReportAnnex, exportScheduleFile, getWeekSchedule } from '../services/report-export';

/** The report and weekly-schedule channels, spread into the handler table. */
export const reportHandlers = {
  'reports:settings': (ctx) => reportSettings(ctx),
  'reports:saveSettings': (ctx, input) => saveReportSettings(ctx, input),
  'reports:period': (ctx, input) => resolvePeriod(ctx, input.period),
  'reports:compile': (ctx, input) => compileReport(ctx, input),
  'reports:refresh': (ctx, input) => refreshReport(ctx, input.id),
  'reports:get': (ctx, input) => getReport(ctx, input.id),
  'reports:list': (ctx) => listReports(ctx),
  'reports:duties': (ctx) => reportingDuties(ctx),
  'reports:exportXlsx': (ctx, input) => exportReportAnnex(ctx, input.id),
  'schedule:week': (ctx, input) => getWeekSchedule(ctx, input.week),
  'schedule:exportDocx': (ctx, input) => exportScheduleFile(ctx, input.week),
} satisfies Partial<Handlers>;
