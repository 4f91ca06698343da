import { z } from 'zod';
import { TASK_PRIORITY, TASK_RECURRENCE, type DocumentKind, type TaskPriority, type TaskRecurrence, type TaskStatus } from '../domain';
import { entityId, listTooLong, localDate, optionalLine, optionalText, requiredLine } from './common';
import { committeeCode, type PackageKind } from './exchange-package';

/** Inputs and results of the exchange channels (committees, assignments, packages, the matrix). */

export const COMMITTEE_RELATION = {
  values: ['cap_tren', 'cap_duoi'] as const,
  labels: { cap_tren: 'Cấp trên', cap_duoi: 'Cấp dưới' },
};
export type CommitteeRelation = (typeof COMMITTEE_RELATION.values)[number];

export interface Committee {
  /** The organisation of the directory that stands for the committee. */
  id: number;
  name: string;
  code: string;
  relation: CommitteeRelation;
  active: boolean;
}

export interface CommitteeDirectory {
  /** From the profile; null until the committee has a code. */
  own: { code: string; name: string } | null;
  above: Committee[];
  below: Committee[];
}

export const saveCommitteeInput = z.object({
  id: entityId.nullable().default(null),
  name: requiredLine('Hãy nhập tên Ủy ban (ví dụ: Ủy ban MTTQ Việt Nam phường Hồng Bàng).', 300, 'Tên Ủy ban'),
  code: committeeCode,
  relation: z.enum(COMMITTEE_RELATION.values, { error: 'Hãy chọn cấp trên hay cấp dưới.' }),
});
export type SaveCommitteeInput = z.input<typeof saveCommitteeInput>;


/** One task of "Gửi cấp dưới", given to each of the chosen committees. */
export const assignmentTaskInput = z
  .object({
    /** The task being edited (its group), or null for a new one. */
    group: z.uuid({ error: 'Mã nhiệm vụ không hợp lệ.' }).nullable().default(null),
    title: requiredLine('Hãy nhập nội dung nhiệm vụ giao cho cấp dưới.', 500, 'Nội dung nhiệm vụ'),
    detail: optionalText(10_000, 'Nội dung chi tiết của nhiệm vụ'),
    lead: optionalLine(300, 'Tên đơn vị chủ trì'),
    dueDate: localDate.nullable().default(null),
    recurrence: z.enum(TASK_RECURRENCE.values, { error: 'Chế độ báo cáo không hợp lệ.' }).default('khong'),
    priority: z.enum(TASK_PRIORITY.values, { error: 'Mức ưu tiên không hợp lệ.' }).default('trung_binh'),
    committeeIds: z
      .array(entityId)
      .min(1, { error: 'Hãy chọn ít nhất một đơn vị cấp dưới nhận nhiệm vụ.' })
      .max(1000, { error: listTooLong('đơn vị cấp dưới nhận một nhiệm vụ', 1000, 'đơn vị') })
      .transform((ids) => [...new Set(ids)]),
  })
  .refine((task) => task.recurrence === 'khong' || task.dueDate !== null, {
    path: ['dueDate'],
    error: 'Nhiệm vụ báo cáo định kỳ phải có hạn báo cáo đầu tiên.',
  });

export const saveAssignmentsInput = z.object({
  directiveId: entityId,
  tasks: z.array(assignmentTaskInput).min(1, { error: 'Hãy thêm ít nhất một nhiệm vụ.' }).max(200, { error: 'Tối đa 200 nhiệm vụ mỗi lần.' }),
});
export type SaveAssignmentsInput = z.input<typeof saveAssignmentsInput>;

export const taskGroupInput = z.object({ directiveId: entityId, group: z.uuid({ error: 'Mã nhiệm vụ không hợp lệ.' }) });

export const exportDownInput = z.object({
  directiveId: entityId,
  committeeIds: z
    .array(entityId)
    .min(1, { error: 'Hãy chọn ít nhất một đơn vị cấp dưới để gửi.' })
    .max(1000, { error: listTooLong('đơn vị cấp dưới nhận gói', 1000, 'đơn vị') })
    .transform((ids) => [...new Set(ids)]),
});

export const reportUpInput = z.object({
  /** Issued documents (periodic reports…) to send with the progress. */
  documentIds: z.array(entityId).max(50, { error: 'Tối đa 50 văn bản mỗi lần gửi.' }).default([]),
});

export const packageTokenInput = z.object({ token: z.uuid({ error: 'Tệp đã chọn không còn hợp lệ. Hãy chọn lại tệp.' }) });

export const matrixInput = z.object({ directiveId: entityId.nullable().default(null) });

export interface AssignedCommittee {
  assignmentId: number;
  committeeId: number;
  name: string;
  code: string;
  sentAt: string | null;
  updatedAt: string;
}

export interface AssignmentGroup {
  group: string;
  title: string;
  detail: string;
  lead: string;
  dueDate: string | null;
  recurrence: TaskRecurrence;
  priority: TaskPriority;
  committees: AssignedCommittee[];
}

export interface DirectiveAssignments {
  directiveId: number;
  numberSymbol: string;
  summary: string;
  groups: AssignmentGroup[];
}

export interface PackageWritten {
  saved: boolean;
  filePath: string | null;
  receivers: number;
  assignments: number;
  reports: number;
  documents: number;
}

export type PreviewAction = 'them' | 'sua' | 'giu_nguyen' | 'tu_choi';
export type PreviewKind = 'don_vi' | 'van_ban' | 'nhiem_vu' | 'tien_do' | 'van_ban_ban_hanh';

export interface FieldChange {
  /** In Vietnamese: "Hạn hoàn thành". */
  field: string;
  before: string;
  after: string;
}

export interface PreviewItem {
  kind: PreviewKind;
  action: PreviewAction;
  /** The record's UUID (the committee's code for a committee added to the directory). */
  key: string;
  /** What a user recognises: "12/KH-MTTQ-BTT — Về …", "Tổ chức hội nghị…", "Phường Hồng Bàng: Tổ chức…". */
  label: string;
  /** Added: what it will be; changed: each field before and after; refused: why. */
  notes: string[];
  changes: FieldChange[];
}

export interface PackageSummary {
  packageId: string;
  kind: PackageKind;
  sender: { code: string; name: string };
  receivers: Array<{ code: string; name: string }>;
  sequence: number;
  createdAt: string;
  appVersion: string;
  fileName: string;
}

export interface RefusedItem {
  reason: string;
  message: string;
  record?: string;
}

export interface ImportPreview {
  package: PackageSummary;
  /** The same package was imported before: importing it again changes nothing. */
  alreadyImported: boolean;
  items: PreviewItem[];
  counts: { added: number; changed: number; unchanged: number; refused: number };
  refused: RefusedItem[];
}

export interface ImportResult {
  added: number;
  changed: number;
  refused: RefusedItem[];
  alreadyImported: boolean;
  /** The copy of the database taken before writing; null when nothing was written. */
  backupPath: string | null;
}

export interface OpenedPackage {
  /** Null when the user cancelled the dialog. */
  token: string | null;
  preview: ImportPreview | null;
}

/** A cell of the province's matrix: one committee below, one task given to it. */
export type MatrixState = 'hoan_thanh' | 'dung_han' | 'qua_han' | 'chua_bao_cao';

export const MATRIX_STATE_LABELS: Record<MatrixState, string> = {
  hoan_thanh: 'Hoàn thành',
  dung_han: 'Trong hạn',
  qua_han: 'Quá hạn',
  chua_bao_cao: 'Chưa báo cáo',
};

export interface MatrixCell {
  assignmentId: number;
  state: MatrixState;
  /** As reported: the status of the current occurrence (null before any report). */
  status: TaskStatus | null;
  dueDate: string | null;
  /** Counted from the due date and today's local date when not done; when done late, how late. */
  daysLate: number;
  completedAt: string | null;
  result: string;
  latestProgress: string | null;
  reportedAt: string | null;
}

export interface MatrixColumn {
  group: string;
  title: string;
  directiveId: number;
  numberSymbol: string;
  dueDate: string | null;
  recurrence: TaskRecurrence;
}

export interface MatrixRow {
  committeeId: number;
  name: string;
  code: string;
  /** By column, in the order of `columns`; null where the task was not given to this committee. */
  cells: Array<MatrixCell | null>;
  counts: Record<MatrixState, number>;
}

export interface AssignmentMatrix {
  today: string;
  directiveId: number | null;
  columns: MatrixColumn[];
  rows: MatrixRow[];
  totals: Record<MatrixState, number>;
  /** Of the cells not reported, those already past their due date. */
  lateNotReported: number;
}

export interface ExchangeLogEntry {
  id: number;
  packageId: string;
  direction: 'gui' | 'nhan';
  kind: PackageKind;
  senderCode: string;
  receivers: string[];
  sequence: number;
  createdAt: string;
  recordedAt: string;
  fileName: string;
  added: number;
  changed: number;
  refused: number;
}

export interface ReportCandidates {
  above: Committee | null;
  /** Tasks received from the committee above and still kept here. */
  tasks: number;
  documents: Array<{ id: number; kind: DocumentKind; numberSymbol: string; summary: string; documentDate: string }>;
}

/** On a task that came from the committee above: who gave it, and who leads it in their words. */
export interface TaskExchangeOrigin {
  committeeName: string;
  committeeCode: string;
  lead: string;
  receivedAt: string;
}

