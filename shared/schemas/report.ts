import { z } from 'zod';
import { MEETING_KIND, type AwardForm, type MeetingKind, type TaskRecurrence, type TaskStatus } from '../domain';
import {
  CUTOFF_CONVENTIONS,
  REPORT_PERIOD_KINDS,
  periodChoiceProblem,
  type CutoffConvention,
  type PeriodTiming,
  type ReportPeriod,
} from '../report-periods';
import type { DocumentRecord } from './document';
import { entityId, listOf, localDate, optionalLine, optionalText, requiredLine } from './common';

/**
 * Periodic reports (báo cáo định kỳ) compiled from the records: the period chosen, the
 * committee's template, the figures each compiled report keeps (frozen when it is finalised).
 */

// ——— The template ————————————————————————————————————————————————————————————————————————

/** The three parts every Front report has: results, the overall assessment, the way ahead. */
export const REPORT_PARTS = ['ket_qua', 'danh_gia', 'phuong_huong'] as const;
export type ReportPart = (typeof REPORT_PARTS)[number];
export const REPORT_PART_LABELS: Record<ReportPart, string> = {
  ket_qua: 'Phần thứ nhất — I. Kết quả thực hiện',
  danh_gia: 'Phần thứ nhất — II. Đánh giá chung',
  phuong_huong: 'Phần thứ hai — Phương hướng, nhiệm vụ',
};

/** What the compiler writes into a section from the records. */
export const REPORT_BLOCKS = [
  'hoi_nghi',
  'van_ban_chi_dao',
  'ket_luan',
  'nhiem_vu',
  'khen_thuong',
  'bang_so_sanh',
  'so_lieu_khac',
  'han_che',
  'nhiem_vu_chuyen_ky',
  'bao_cao_dinh_ky',
] as const;
export type ReportBlock = (typeof REPORT_BLOCKS)[number];
export const REPORT_BLOCK_LABELS: Record<ReportBlock, string> = {
  hoi_nghi: 'Hội nghị đã tổ chức (theo loại, ngày, người chủ trì)',
  van_ban_chi_dao: 'Văn bản chỉ đạo đã tiếp nhận và việc triển khai',
  ket_luan: 'Kết luận của hội nghị, thông báo kết luận đã ban hành',
  nhiem_vu: 'Nhiệm vụ đã giao, hoàn thành, đúng hạn, quá hạn theo đơn vị',
  khen_thuong: 'Khen thưởng đã trao tại hội nghị',
  bang_so_sanh: 'Bảng số liệu so với kỳ trước và cùng kỳ năm trước',
  so_lieu_khac: 'Số liệu nêu tại hội nghị chưa thuộc mục nào khác',
  han_che: 'Nhiệm vụ quá hạn và hạn chế nêu tại hội nghị',
  nhiem_vu_chuyen_ky: 'Nhiệm vụ chưa hoàn thành chuyển sang kỳ sau',
  bao_cao_dinh_ky: 'Báo cáo định kỳ phải gửi trong kỳ sau',
};

export const reportSectionSchema = z.object({
  /** Stable key of the section: a refresh matches the user's writing to its section by it. */
  id: z
    .string()
    .regex(/^[a-z0-9_-]{1,40}$/, { error: 'Mã mục của mẫu báo cáo không hợp lệ.' }),
  part: z.enum(REPORT_PARTS, { error: 'Hãy chọn phần của báo cáo cho mục này.' }),
  title: requiredLine('Hãy nhập tên mục của mẫu báo cáo.', 300, 'Tên mục của mẫu báo cáo'),
  /** What staff should write where no record can say it; shown as a guided blank. Empty: no blank. */
  guide: optionalText(1000, 'Lời hướng dẫn của mục'),
  blocks: listOf(z.enum(REPORT_BLOCKS, { error: 'Nội dung tự động không hợp lệ.' }), REPORT_BLOCKS.length, 'nội dung tự động của một mục', 'nội dung')
    .default([])
    .transform((blocks) => [...new Set(blocks)]),
  /** Sentences with figures quoted at meetings that name one of these words go into this section. */
  keywords: listOf(optionalLine(80, 'Một từ khóa'), 40, 'từ khóa của một mục', 'từ khóa').default([])
    .transform((words) => [...new Set(words.filter((word) => word !== ''))]),
  /** Meetings of these kinds are named in this section too (hội nghị phản biện under giám sát, phản biện). */
  meetingKinds: listOf(z.enum(MEETING_KIND.values), MEETING_KIND.values.length, 'loại hội nghị của một mục', 'loại').default([])
    .transform((kinds) => [...new Set(kinds)]),
});
export type ReportSection = z.output<typeof reportSectionSchema>;
export type ReportSectionInput = z.input<typeof reportSectionSchema>;

export const reportTemplateSchema = z
  .object({
    sections: z
      .array(reportSectionSchema)
      .min(1, { error: 'Mẫu báo cáo phải còn ít nhất một mục. Hãy thêm mục hoặc khôi phục mẫu mặc định.' })
      .max(60, { error: 'Mẫu báo cáo tối đa 60 mục.' }),
  })
  .superRefine((template, ctx) => {
    const ids = template.sections.map((section) => section.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'Hai mục của mẫu báo cáo trùng mã; hãy tải lại trang.' });
  });
export type ReportTemplate = z.output<typeof reportTemplateSchema>;

export interface ReportSettings {
  convention: CutoffConvention;
  template: ReportTemplate;
  /** True while the committee uses the template shipped with the app. */
  templateIsDefault: boolean;
}

export const saveReportSettingsInput = z.object({
  convention: z.enum(CUTOFF_CONVENTIONS, { error: 'Hãy chọn cách chốt số liệu.' }),
  /** Null: go back to the default template. */
  template: reportTemplateSchema.nullable(),
});

// ——— Choosing a period ———————————————————————————————————————————————————————————————————


const PERIOD_YEAR = 'Hãy chọn năm của kỳ báo cáo (từ 1900 đến 2200).';
const PERIOD_INDEX = 'Hãy chọn tháng, quý hoặc nửa năm của kỳ báo cáo.';

export const periodChoiceSchema = z
  .object({
    kind: z.enum(REPORT_PERIOD_KINDS, { error: 'Hãy chọn loại kỳ báo cáo.' }),
    // Only the type here: the range is said by periodChoiceProblem, in words fitting the kind of period.
    year: z
      .number({ error: PERIOD_YEAR })
      .int({ error: PERIOD_YEAR })
      .nullable()
      .default(null),
    index: z
      .number({ error: PERIOD_INDEX })
      .int({ error: PERIOD_INDEX })
      .nullable()
      .default(null),
    from: localDate.nullable().default(null),
    to: localDate.nullable().default(null),
  })
  .superRefine((choice, ctx) => {
    const problem = periodChoiceProblem(choice);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });
export type PeriodChoiceInput = z.input<typeof periodChoiceSchema>;

export const compileReportInput = z.object({
  period: periodChoiceSchema,
  /** The reporting duty (a periodic task) this report answers; issuing the report completes it. */
  dutyTaskId: entityId.nullable().default(null),
});
export type CompileReportInput = z.input<typeof compileReportInput>;

export const previewReportInput = z.object({ period: periodChoiceSchema });

export const weekInput = z.object({
  /** Any day of the week; the schedule runs Monday to Sunday. */
  week: localDate,
});

// ——— The figures ——————————————————————————————————————————————————————————————————————————

/** The record a fact was read from; a meeting's children name their meeting too. */
export type SourceRef =
  | { type: 'meeting'; id: number }
  | { type: 'directive'; id: number }
  | { type: 'task'; id: number }
  | { type: 'document'; id: number }
  | { type: 'conclusion' | 'award' | 'speech'; id: string; meetingId: number };

/** A count and the records counted: `value` is always `sources.length`. */
export interface Fact {
  value: number;
  sources: SourceRef[];
}

export interface MeetingFact {
  id: number;
  title: string;
  kind: MeetingKind;
  startAt: string;
  place: string;
  /** "Nguyễn Văn Khánh, Chủ tịch Ủy ban MTTQ Việt Nam thành phố", as recorded at the meeting. */
  chairs: string[];
}

export interface DirectiveFact {
  id: number;
  numberSymbol: string;
  typeLabel: string;
  summary: string;
  issuerName: string;
  issuedDate: string | null;
  arrivalDate: string | null;
  /** Meetings that implemented, discussed or cited it, up to the end of the period. */
  meetings: Array<{ id: number; title: string; startAt: string; relation: string }>;
  /** Plans and guidance registered as implementing it (their "hướng dẫn / triển khai" link). */
  plans: Array<{ id: number; numberSymbol: string; typeLabel: string; summary: string; issuedDate: string | null }>;
  tasks: Fact;
}

export interface TaskFact {
  id: number;
  title: string;
  organisation: string;
  dueDate: string | null;
  status: TaskStatus;
  /** Days late at the cut-off (0 when not late). */
  daysLate: number;
}

export interface OrganisationTaskFacts {
  organisationId: number;
  name: string;
  memberOrganisation: boolean;
  assigned: Fact;
  completed: Fact;
  completedOnTime: Fact;
  overdue: Fact;
}

export interface AwardFact {
  id: string;
  meetingId: number;
  meetingTitle: string;
  date: string;
  form: AwardForm;
  formLabel: string;
  recipient: string;
  collective: boolean;
  issuer: string;
}

/** A sentence of a speech summary, word for word, and where it was said. */
export interface SentenceFact {
  text: string;
  speechId: string;
  meetingId: number;
  meetingTitle: string;
  date: string;
  speaker: string;
}

export interface DutyFact {
  taskId: number;
  title: string;
  organisation: string;
  recurrence: Exclude<TaskRecurrence, 'khong'>;
  /** Due dates falling in the next period (a monthly duty has several). */
  dueDates: string[];
}

/** The counts of the comparison table, for one period. */
export interface PeriodCounts {
  period: ReportPeriod;
  meetingsHeld: number;
  directivesReceived: number;
  conclusions: number;
  conclusionNotices: number;
  tasksAssigned: number;
  tasksCompleted: number;
  tasksCompletedOnTime: number;
  tasksOverdue: number;
  awards: number;
}

export interface ReportFigures {
  version: 1;
  period: ReportPeriod;
  timing: PeriodTiming;
  /** Last day whose events are counted: the period's end, or today for a period still running. */
  countedTo: string;
  /** First day not counted for "overdue" and "open": the day after the end, or today. */
  cutoff: string;
  nextPeriod: ReportPeriod | null;
  compiledAt: string;
  meetings: {
    held: Fact;
    byKind: Array<{ kind: MeetingKind; label: string; count: Fact }>;
    items: MeetingFact[];
    /** Past their date but still "Dự kiến": not counted as held; the user is told. */
    notMarkedHeld: Fact;
  };
  directives: { received: Fact; items: DirectiveFact[] };
  conclusions: { total: Fact; assignedAsTasks: Fact; notices: Fact };
  tasks: {
    assigned: Fact;
    completed: Fact;
    completedOnTime: Fact;
    overdue: Fact;
    open: Fact;
    byOrganisation: OrganisationTaskFacts[];
    overdueItems: TaskFact[];
    openItems: TaskFact[];
  };
  awards: { total: Fact; collective: number; individual: number; byForm: Array<{ form: AwardForm; label: string; count: Fact }>; items: AwardFact[] };
  quotedFigures: SentenceFact[];
  limitations: SentenceFact[];
  duties: DutyFact[];
  comparison: { current: PeriodCounts; previous: PeriodCounts | null; lastYear: PeriodCounts };
}

// ——— What the channels answer ——————————————————————————————————————————————————————————————

export interface ReportInfo {
  documentId: number;
  period: ReportPeriod;
  figures: ReportFigures;
  compiledAt: string;
  /** Set when the report was finalised: its figures no longer change. */
  frozenAt: string | null;
  dutyTaskId: number | null;
  /** What the user should know about this compilation (running period, deleted template sections…). */
  warnings: string[];
  /** Guided blanks ("[Cần bổ sung: …]") still in the body. */
  blanks: number;
}

export interface CompiledReport {
  document: DocumentRecord;
  report: ReportInfo;
}

export interface ReportListItem {
  documentId: number;
  summary: string;
  status: DocumentRecord['status'];
  numberSymbol: string;
  period: ReportPeriod;
  compiledAt: string;
  frozenAt: string | null;
  updatedAt: string;
}

export interface ReportingDuty {
  taskId: number;
  title: string;
  organisation: string;
  recurrence: Exclude<TaskRecurrence, 'khong'>;
  dueDate: string;
  overdue: boolean;
  daysLate: number;
  /** Days until due (negative when late). */
  daysLeft: number;
  /** The period this duty reports on, to prefill "Soạn báo cáo". */
  period: ReportPeriod;
  /** The report already compiled for it, if any. */
  report: { documentId: number; status: DocumentRecord['status'] } | null;
}

export interface ReportingDuties {
  today: string;
  items: ReportingDuty[];
}

export interface ScheduleEntry {
  meetingId: number;
  date: string;
  startTime: string;
  endTime: string | null;
  title: string;
  chair: string;
  participants: string;
  place: string;
  status: string;
}

export interface WeekSchedule {
  monday: string;
  sunday: string;
  entries: ScheduleEntry[];
}

