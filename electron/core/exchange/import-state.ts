import type { DirectiveType, TaskPriority, TaskRecurrence } from '../../../shared/domain';
import { parseNumberSymbol } from '../../../shared/number-symbol-parser';
import type { PackageManifest, PackageRecords } from '../../../shared/schemas/exchange-package';
import { localDateOf } from '../../../shared/task-dates';
import type { Db } from '../db/open';
import { findDuplicates, maxArrivalNumber } from '../repositories/directives';
import { findAssignmentByUuid } from './assignments';
import { committeeAbove, findCommittee, findCommitteeByCode, ownCommittee } from './committees';
import type { ImportState, LinkedRecord, LocalAssignment, LocalDirective, LocalTask, ReportSummary } from './import-plan';

/**
 * The snapshot of the database that planImport decides from: only the rows the package's records
 * point at (by UUID through exchange_records, or by assignment UUID), so reading it costs a few
 * indexed lookups per record whatever the database's size.
 */

export type ExchangeRecordKind = 'van_ban' | 'nhiem_vu' | 'van_ban_ban_hanh';

interface ExchangeRecordRow {
  local_id: number;
  package_sequence: number;
  content_sha256: string;
  lead: string;
}

export function findExchangeRecord(db: Db, kind: ExchangeRecordKind, uuid: string): ExchangeRecordRow | null {
  return (
    (db
      .prepare('SELECT local_id, package_sequence, content_sha256, lead FROM exchange_records WHERE record_uuid = ? AND kind = ?')
      .get(uuid, kind) as ExchangeRecordRow | undefined) ?? null
  );
}

function linked(row: ExchangeRecordRow): LinkedRecord {
  return { localId: row.local_id, sequence: row.package_sequence, hash: row.content_sha256 };
}

function localDirective(db: Db, row: ExchangeRecordRow): LocalDirective | null {
  const directive = db
    .prepare(
      `SELECT number_symbol AS numberSymbol, type, issuer_name AS issuerName, issued_date AS issuedDate, signer, summary,
         arrival_number AS arrivalNumber, arrival_year AS arrivalYear FROM directives WHERE id = ?`,
    )
    .get(row.local_id) as
    | { numberSymbol: string; type: DirectiveType; issuerName: string; issuedDate: string | null; signer: string; summary: string; arrivalNumber: number | null; arrivalYear: number | null }
    | undefined;
  if (!directive) return null;
  const hashes = db.prepare('SELECT sha256 FROM directive_attachments WHERE directive_id = ?').all(row.local_id) as Array<{ sha256: string }>;
  const { arrivalNumber, arrivalYear, ...fields } = directive;
  return { ...linked(row), fields, attachmentHashes: hashes.map((h) => h.sha256), arrivalNumber, arrivalYear };
}

function localTask(db: Db, row: ExchangeRecordRow): LocalTask | null {
  const task = db
    .prepare('SELECT title, detail, due_date AS dueDate, recurrence, priority FROM tasks WHERE id = ?')
    .get(row.local_id) as { title: string; detail: string; dueDate: string | null; recurrence: TaskRecurrence; priority: TaskPriority } | undefined;
  if (!task) return null;
  return { ...linked(row), fields: task, lead: row.lead };
}

function storedReport(db: Db, assignmentId: number): LocalAssignment['report'] {
  const row = db
    .prepare(
      `SELECT package_sequence AS sequence, content_sha256 AS hash, status, due_date AS dueDate, completed_at AS completedAt, result,
         latest_progress AS latestProgress, occurrences_json AS occurrences FROM assignment_reports WHERE assignment_id = ?`,
    )
    .get(assignmentId) as (Omit<ReportSummary, 'progressCount'> & { sequence: number; hash: string; occurrences: string }) | undefined;
  if (!row) return null;
  const { sequence, hash, occurrences, ...rest } = row;
  const progressCount = (JSON.parse(occurrences) as Array<{ progress: unknown[] }>).reduce((n, o) => n + o.progress.length, 0);
  return { sequence, hash, summary: { ...rest, progressCount } };
}

export function readImportState(db: Db, manifest: PackageManifest, records: PackageRecords, now: Date): ImportState {
  const today = localDateOf(now);
  const year = Number(today.slice(0, 4));
  const sender = findCommitteeByCode(db, manifest.sender.code);
  const alreadyImported =
    db.prepare("SELECT 1 FROM exchange_packages WHERE package_id = ? AND direction = 'nhan'").get(manifest.packageId) !== undefined;

  const directives = new Map<string, LocalDirective>();
  const sameSymbol = new Map<string, { id: number; numberSymbol: string; arrivalNumber: number | null; arrivalYear: number | null }>();
  for (const record of records.directives) {
    const link = findExchangeRecord(db, 'van_ban', record.uuid);
    const local = link ? localDirective(db, link) : null;
    if (local) {
      directives.set(record.uuid, local);
      continue;
    }
    const parsed = parseNumberSymbol(record.numberSymbol);
    if (!parsed.ok) continue;
    const issuedYear = record.issuedDate !== null ? Number(record.issuedDate.slice(0, 4)) : parsed.value.year;
    const duplicate = findDuplicates(db, { symbolKey: parsed.value.normalized, issuedYear, issuerOrganisationId: sender?.id ?? null }, null)[0];
    if (duplicate) {
      sameSymbol.set(record.uuid, {
        id: duplicate.id,
        numberSymbol: duplicate.numberSymbol,
        arrivalNumber: duplicate.arrivalNumber,
        arrivalYear: duplicate.arrivalDate === null ? null : Number(duplicate.arrivalDate.slice(0, 4)),
      });
    }
  }

  const tasks = new Map<string, LocalTask>();
  for (const record of records.assignments) {
    const link = findExchangeRecord(db, 'nhiem_vu', record.uuid);
    const local = link ? localTask(db, link) : null;
    if (local) tasks.set(record.uuid, local);
  }

  const assignments = new Map<string, LocalAssignment>();
  for (const record of records.reports) {
    const row = findAssignmentByUuid(db, record.assignmentUuid);
    if (!row) continue;
    const committee = findCommittee(db, row.committeeId);
    assignments.set(record.assignmentUuid, {
      id: row.id,
      committeeCode: committee?.code ?? '',
      committeeName: committee?.name ?? '',
      title: row.title,
      deleted: row.deletedAt !== null,
      report: storedReport(db, row.id),
    });
  }

  const documents = new Map<string, LinkedRecord>();
  for (const record of records.documents) {
    const link = findExchangeRecord(db, 'van_ban_ban_hanh', record.uuid);
    if (link) documents.set(record.uuid, linked(link));
  }

  return {
    own: ownCommittee(db),
    today,
    alreadyImported,
    sender,
    above: committeeAbove(db),
    directives,
    sameSymbol,
    tasks,
    nextArrival: { year, number: maxArrivalNumber(db, year) + 1 },
    assignments,
    documents,
  };
}
