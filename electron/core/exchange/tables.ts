import { TASK_PRIORITY, TASK_RECURRENCE, TASK_STATUS } from '../../../shared/domain';
import { PACKAGE_KIND } from '../../../shared/schemas/exchange-package';
import { col } from '../db/write/columns';
import { defineTable, type RowOf } from '../db/write/define';

/**
 * The exchange's tables (migration 008), declared for the one write path: every insert and update
 * of them is stamped and appended to the change log like any other record's.
 */

export const committeeAssignments = defineTable({
  name: 'committee_assignments',
  key: 'integer',
  stamped: true,
  softDelete: true,
  columns: {
    group: col.text().named('task_group'),
    directiveId: col.integer(),
    committeeId: col.integer(),
    title: col.text(),
    detail: col.text().default(''),
    lead: col.text().default(''),
    dueDate: col.textOrNull().default(null),
    recurrence: col.enum(TASK_RECURRENCE.values).default('khong'),
    priority: col.enum(TASK_PRIORITY.values).default('trung_binh'),
    sentAt: col.textOrNull().default(null),
  },
});
export type AssignmentRow = RowOf<typeof committeeAssignments>;

export const assignmentReports = defineTable({
  name: 'assignment_reports',
  key: 'integer',
  stamped: false,
  softDelete: false,
  columns: {
    assignmentId: col.integer(),
    status: col.enum(TASK_STATUS.values),
    dueDate: col.textOrNull().default(null),
    completedAt: col.textOrNull().default(null),
    result: col.text().default(''),
    latestProgress: col.textOrNull().default(null),
    occurrences: col.json<unknown[]>().named('occurrences_json'),
    contentSha256: col.text(),
    packageId: col.text(),
    packageSequence: col.integer(),
    reportedAt: col.text(),
    importedAt: col.text(),
  },
});

export const exchangeRecords = defineTable({
  name: 'exchange_records',
  key: 'integer',
  stamped: false,
  softDelete: false,
  columns: {
    recordUuid: col.text(),
    kind: col.enum(['van_ban', 'nhiem_vu', 'van_ban_ban_hanh'] as const),
    localId: col.integer(),
    ownerCode: col.text(),
    lead: col.text().default(''),
    contentSha256: col.text(),
    packageId: col.text(),
    packageSequence: col.integer(),
    importedAt: col.text(),
  },
});
export type ExchangeRecordRow = RowOf<typeof exchangeRecords>;

export const exchangePackages = defineTable({
  name: 'exchange_packages',
  key: 'integer',
  stamped: false,
  softDelete: false,
  columns: {
    packageId: col.text(),
    direction: col.enum(['gui', 'nhan'] as const),
    kind: col.enum(PACKAGE_KIND.values),
    senderCode: col.text(),
    receivers: col.json<string[]>().named('receivers_json'),
    sequence: col.integer(),
    createdAt: col.text(),
    recordedAt: col.text(),
    fileName: col.text().default(''),
    seal: col.text(),
    added: col.integer().default(0),
    changed: col.integer().default(0),
    refused: col.json<unknown[]>().named('refused_json').default([]),
    backupPath: col.textOrNull().default(null),
  },
});
