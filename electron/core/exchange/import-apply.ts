import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DirectiveType, DocumentKind } from '../../../shared/domain';
import { parseNumberSymbol } from '../../../shared/number-symbol-parser';
import { organisationsNamedIn } from '../../../shared/organisation-mentions';
import type { PackageFileRef } from '../../../shared/schemas/exchange-package';
import { dayOfMonth } from '../../../shared/task-dates';
import { foldForSearch } from '../../../shared/text';
import type { CoreContext } from '../context';
import { insertAttachment } from '../repositories/attachments';
import { directives, tasks } from '../db/write/tables';
import { insertRow, updateRow } from '../db/write/write';
import type { DirectiveRow } from '../repositories/directives';
import { findOrganisationByName, insertOrganisation, listOrganisations } from '../repositories/organisations';
import { getProfile } from '../repositories/profile';
import { attachmentFolder, uniqueStoredName } from '../services/attachments';
import { setCommitteeCode } from './committees';
import { assignmentReports, exchangeRecords } from './tables';
import type { DirectivePlan, DocumentPlan, ImportPlan, ReportPlan, TaskPlan } from './import-plan';
import type { ExchangeRecordKind } from './import-state';

/**
 * Writes an import plan. Runs inside the caller's transaction (synchronous, never awaited), so the
 * rows, the links and the log commit together or not at all; attached files are written into the
 * app's folder first (temporary file, then rename) and removed again if anything fails.
 */

interface ApplyContext {
  ctx: CoreContext;
  plan: ImportPlan;
  files: ReadonlyMap<string, Uint8Array>;
  at: string;
  today: string;
  /** Files written so far, removed if the transaction fails. */
  written: string[];
}

const DOCUMENT_TYPE: Record<DocumentKind, DirectiveType> = {
  bien_ban: 'bien_ban',
  thong_bao_ket_luan: 'thong_bao',
  bao_cao: 'bao_cao',
  ke_hoach: 'ke_hoach',
  giay_moi: 'giay_moi',
  cong_van: 'cong_van',
};

function writeRecordLink(a: ApplyContext, kind: ExchangeRecordKind, recordUuid: string, localId: number, hash: string, lead = ''): void {
  const fields = {
    localId,
    ownerCode: a.plan.manifest.sender.code,
    lead,
    contentSha256: hash,
    packageId: a.plan.manifest.packageId,
    packageSequence: a.plan.manifest.sequence,
    importedAt: a.at,
  };
  const existing = a.ctx.db.prepare('SELECT id FROM exchange_records WHERE record_uuid = ? AND kind = ?').get(recordUuid, kind) as { id: number } | undefined;
  if (existing) updateRow(a.ctx.db, exchangeRecords, existing.id, fields, { at: a.at });
  else insertRow(a.ctx.db, exchangeRecords, { recordUuid, kind, ...fields }, { at: a.at });
}

/**
 * A record created here from another committee's record keeps that record's UUID, so it is known
 * by the same UUID on both sides — unless this database already has a row with it (a copy of the
 * sender's own database, say), where a fresh one avoids the clash and exchange_records still links them.
 */
function uuidToKeep(a: ApplyContext, table: 'directives' | 'tasks', uuid: string): string | undefined {
  return a.ctx.db.prepare(`SELECT 1 FROM ${table} WHERE uuid = ?`).get(uuid) === undefined ? uuid : undefined;
}

/** Copies one file of the package into the directive's folder and records it. */
function storeFile(a: ApplyContext, directiveId: number, file: PackageFileRef): void {
  const bytes = a.files.get(file.sha256);
  if (!bytes) throw new Error('A file the plan needs is not in the package.');
  const folder = attachmentFolder(a.ctx, directiveId);
  fs.mkdirSync(folder, { recursive: true });
  const used = new Set(
    [
      ...(a.ctx.db.prepare('SELECT stored_name AS name FROM directive_attachments WHERE directive_id = ?').all(directiveId) as Array<{ name: string }>).map(
        (r) => r.name,
      ),
      ...fs.readdirSync(folder),
    ].map((name) => name.toLowerCase()),
  );
  const storedName = uniqueStoredName(file.fileName, used);
  const final = path.join(folder, storedName);
  const temp = path.join(folder, `.dang-nhan-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  fs.writeFileSync(temp, bytes, { flag: 'wx' });
  a.written.push(temp);
  fs.renameSync(temp, final);
  a.written[a.written.length - 1] = final;
  insertAttachment(a.ctx.db, {
    directiveId,
    fileName: file.fileName,
    storedName,
    size: file.size,
    sha256: file.sha256,
    mime: file.mime,
    addedAt: a.at,
  });
}

function senderOrganisationId(a: ApplyContext): number | null {
  const row = a.ctx.db.prepare('SELECT id FROM organisations WHERE exchange_code = ?').get(a.plan.manifest.sender.code) as { id: number } | undefined;
  return row?.id ?? null;
}

function addCommittee(a: ApplyContext): void {
  const add = a.plan.addCommittee;
  if (!add) return;
  const existing = findOrganisationByName(a.ctx.db, add.name);
  const id = existing && existing.kind === 'mat_tran' ? existing.id : insertOrganisation(a.ctx.db, { name: uniqueName(a, add.name), kind: 'mat_tran', abbreviation: '' }, a.at);
  setCommitteeCode(a.ctx.db, id, add.code, add.relation, a.at);
}

/** An organisation of another kind with the same name: keep both apart by the code. */
function uniqueName(a: ApplyContext, name: string): string {
  return findOrganisationByName(a.ctx.db, name) ? `${name} (${a.plan.manifest.sender.code})` : name;
}

function directiveRow(
  a: ApplyContext,
  record: { numberSymbol: string; type: DirectiveType; issuerName: string; issuedDate: string | null; signer: string; summary: string },
  arrival: { year: number; number: number } | null,
): DirectiveRow | null {
  const parsed = parseNumberSymbol(record.numberSymbol);
  if (!parsed.ok) return null;
  return {
    direction: 'den',
    family: parsed.value.family,
    numberSymbol: parsed.value.normalized,
    symbolKey: parsed.value.normalized,
    symbolIssuer: parsed.value.issuer,
    typeCode: parsed.value.typeCode,
    type: record.type,
    issuerOrganisationId: senderOrganisationId(a),
    issuerName: record.issuerName,
    issuedDate: record.issuedDate,
    issuedYear: record.issuedDate !== null ? Number(record.issuedDate.slice(0, 4)) : parsed.value.year,
    signer: record.signer,
    summary: record.summary,
    arrivalNumber: arrival?.number ?? null,
    arrivalDate: arrival ? a.today : null,
    arrivalYear: arrival?.year ?? null,
    status: 'con_hieu_luc',
    replacesId: null,
    guidesId: null,
    notes: `Nhận qua gói trao đổi từ ${a.plan.manifest.sender.name} (mã ${a.plan.manifest.sender.code}).`,
  };
}

/** New directive (incoming), link to one registered by hand, or the sender's new fields. Returns the local id. */
function applyDirective(a: ApplyContext, item: DirectivePlan): number | null {
  let id = item.localId;
  if (item.action === 'add') {
    const row = directiveRow(a, item.record, item.arrival);
    if (!row) return null;
    id = insertRow(a.ctx.db, directives, { ...row, uuid: uuidToKeep(a, 'directives', item.record.uuid) }, { at: a.at }).id;
  } else if (item.action === 'update' && id !== null) {
    const row = directiveRow(a, item.record, null);
    if (row) {
      // Only what the sender owns; the arrival number, status and notes are this committee's.
      const { family, numberSymbol, symbolKey, symbolIssuer, typeCode, type, issuerName, issuedDate, issuedYear, signer, summary } = row;
      updateRow(
        a.ctx.db,
        directives,
        id,
        { family, numberSymbol, symbolKey, symbolIssuer, typeCode, type, issuerName, issuedDate, issuedYear, signer, summary },
        { at: a.at, includeDeleted: true },
      );
    }
  }
  if (id === null || item.action === 'unchanged') return id;
  for (const file of item.newFiles) storeFile(a, id, file);
  writeRecordLink(a, 'van_ban', item.record.uuid, id, item.hash);
  return id;
}

/** The committee's own organisation in its directory: who leads a task from above unless its text names another. */
function ownOrganisationId(a: ApplyContext): number {
  const profile = getProfile(a.ctx.db);
  const name = profile?.committeeName ?? a.plan.manifest.receivers[0]!.name;
  const candidates = a.ctx.db
    .prepare("SELECT id, name FROM organisations WHERE kind = 'mat_tran' AND exchange_code IS NULL ORDER BY id")
    .all() as Array<{ id: number; name: string }>;
  const same = candidates.find((c) => foldForSearch(c.name) === foldForSearch(name)) ?? candidates[0];
  if (same) return same.id;
  return insertOrganisation(a.ctx.db, { name: uniqueName(a, name), kind: 'mat_tran', abbreviation: '' }, a.at);
}

function leadFor(a: ApplyContext, lead: string): number {
  if (lead !== '') {
    // The committee's own member organisations, not the committees above and below.
    const committees = new Set((a.ctx.db.prepare('SELECT id FROM organisations WHERE exchange_code IS NOT NULL').all() as Array<{ id: number }>).map((r) => r.id));
    const named = organisationsNamedIn(lead, listOrganisations(a.ctx.db, false).filter((o) => !committees.has(o.id)))[0];
    if (named !== undefined) return named;
  }
  return ownOrganisationId(a);
}

function applyTask(a: ApplyContext, item: TaskPlan, directiveIds: ReadonlyMap<string, number | null>): void {
  const record = item.record;
  const anchor = record.recurrence !== 'khong' && record.dueDate !== null ? dayOfMonth(record.dueDate) : null;
  if (item.action === 'add') {
    const startDate = record.dueDate === null || a.today <= record.dueDate ? a.today : null;
    const directiveId = directiveIds.get(record.directiveUuid) ?? null;
    const id = insertRow(
      a.ctx.db,
      tasks,
      {
        uuid: uuidToKeep(a, 'tasks', record.uuid),
        title: record.title,
        detail: record.detail,
        leadOrganisationId: leadFor(a, record.lead),
        responsiblePersonId: null,
        startDate,
        dueDate: record.dueDate,
        priority: record.priority,
        recurrence: record.recurrence,
        recurrenceDay: anchor,
        source: 'van_ban',
        directiveId,
      },
      { at: a.at },
    ).id;
    writeRecordLink(a, 'nhiem_vu', record.uuid, id, item.hash, record.lead);
    return;
  }
  if (item.action !== 'update' || item.localId === null) return;
  // A periodic duty is a chain of occurrences: the sender's new fields go to the one still open.
  const chain: Array<{ id: number; status: string; startDate: string | null }> = [];
  let next: number | null = item.localId;
  while (next !== null && chain.length < 1000) {
    const row = a.ctx.db.prepare('SELECT id, status, start_date AS startDate FROM tasks WHERE id = ?').get(next) as
      | { id: number; status: string; startDate: string | null }
      | undefined;
    if (!row) break;
    chain.push(row);
    next = (a.ctx.db.prepare('SELECT id FROM tasks WHERE previous_task_id = ? AND deleted_at IS NULL ORDER BY id LIMIT 1').get(row.id) as
      | { id: number }
      | undefined)?.id ?? null;
  }
  const target = [...chain].reverse().find((row) => row.status !== 'hoan_thanh');
  const titleOnly = target === undefined;
  const row = target ?? chain[0];
  if (!row) return;
  const startDate = row.startDate !== null && record.dueDate !== null && row.startDate > record.dueDate ? record.dueDate : row.startDate;
  if (titleOnly) {
    updateRow(a.ctx.db, tasks, row.id, { title: record.title, detail: record.detail, priority: record.priority }, { at: a.at, includeDeleted: true });
  } else {
    updateRow(
      a.ctx.db,
      tasks,
      row.id,
      {
        title: record.title,
        detail: record.detail,
        dueDate: record.dueDate,
        recurrence: record.recurrence,
        recurrenceDay: anchor,
        priority: record.priority,
        startDate,
      },
      { at: a.at, includeDeleted: true },
    );
  }
  writeRecordLink(a, 'nhiem_vu', record.uuid, item.localId, item.hash, record.lead);
}

function applyReport(a: ApplyContext, item: ReportPlan): void {
  if (item.action === 'unchanged') return;
  const fields = {
    status: item.summary.status,
    dueDate: item.summary.dueDate,
    completedAt: item.summary.completedAt,
    result: item.summary.result,
    latestProgress: item.summary.latestProgress,
    occurrences: item.record.occurrences,
    contentSha256: item.hash,
    packageId: a.plan.manifest.packageId,
    packageSequence: a.plan.manifest.sequence,
    reportedAt: a.plan.manifest.createdAt,
    importedAt: a.at,
  };
  const existing = a.ctx.db.prepare('SELECT id FROM assignment_reports WHERE assignment_id = ?').get(item.assignmentId) as { id: number } | undefined;
  // The committee below owns its report: the newer one replaces the row whole.
  if (existing) updateRow(a.ctx.db, assignmentReports, existing.id, fields, { at: a.at });
  else insertRow(a.ctx.db, assignmentReports, { assignmentId: item.assignmentId, ...fields }, { at: a.at });
}

/** An issued document of a committee below (its periodic report…) goes into the register as incoming, with its .docx. */
function applyDocument(a: ApplyContext, item: DocumentPlan): void {
  if (item.action !== 'add') return;
  const record = item.record;
  const row = directiveRow(
    a,
    {
      numberSymbol: record.numberSymbol,
      type: DOCUMENT_TYPE[record.kind],
      issuerName: a.plan.manifest.sender.name,
      issuedDate: record.documentDate,
      signer: record.signer,
      summary: record.summary,
    },
    item.arrival,
  );
  if (!row) return;
  const id = insertRow(a.ctx.db, directives, { ...row, uuid: uuidToKeep(a, 'directives', record.uuid) }, { at: a.at }).id;
  storeFile(a, id, record.file);
  writeRecordLink(a, 'van_ban_ban_hanh', record.uuid, id, item.hash);
}

export interface ApplyOutcome {
  added: number;
  changed: number;
}

/** Applies the plan. Call inside a transaction; on a throw, remove `written` files. */
export function applyImportPlan(ctx: CoreContext, plan: ImportPlan, files: ReadonlyMap<string, Uint8Array>, written: string[], today: string): ApplyOutcome {
  const a: ApplyContext = { ctx, plan, files, at: ctx.now().toISOString(), today, written };
  if (plan.alreadyImported) return { added: 0, changed: 0 };
  addCommittee(a);
  const directiveIds = new Map<string, number | null>();
  for (const item of plan.directives) directiveIds.set(item.record.uuid, applyDirective(a, item));
  // Assignments whose directive came in an earlier package.
  for (const item of plan.tasks) {
    if (!directiveIds.has(item.record.directiveUuid)) {
      const link = ctx.db.prepare("SELECT local_id AS id FROM exchange_records WHERE record_uuid = ? AND kind = 'van_ban'").get(item.record.directiveUuid) as
        | { id: number }
        | undefined;
      directiveIds.set(item.record.directiveUuid, link?.id ?? null);
    }
    applyTask(a, item, directiveIds);
  }
  for (const item of plan.reports) applyReport(a, item);
  for (const item of plan.documents) applyDocument(a, item);
  return { added: plan.preview.counts.added, changed: plan.preview.counts.changed };
}
