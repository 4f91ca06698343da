import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DirectiveType, TaskStatus } from '../../../shared/domain';
import type { Committee, PackageWritten } from '../../../shared/schemas/exchange';
import type {
  AssignmentRecord,
  DirectiveRecord,
  DocumentRecord,
  PackageKind,
  ReportOccurrence,
  ReportRecord,
} from '../../../shared/schemas/exchange-package';
import { localDateOf } from '../../../shared/task-dates';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { exportDocumentToDocx, exportFileName, writeFileSafely } from '../export';
import { attachmentFolder } from '../services/attachments';
import { fileNameStyle } from '../services/document-export';
import { getDocument } from '../services/documents-access';
import { APP_NAME, APP_VERSION } from './app-version';
import { assignmentsOfDirective, markAssignmentsSent } from './assignments';
import { committeeAbove, findCommittee, ownCommittee } from './committees';
import { buildPackage, sha256Hex, type PackageContent } from './package-file';
import { exchangePackages } from './tables';
import { insertRow } from '../db/write/write';
import { writeTransaction } from '../db/write/transaction';

/**
 * Writing packages: "Gửi cấp dưới" (a directive, its attachments and the tasks given to each
 * chosen committee below) and "Báo cáo lên cấp trên" (the progress on every task received from
 * the committee above, with the documents chosen). Records are keyed by the UUIDs of the one
 * write path; the file is written through a temporary file and a rename, so a package on disk is
 * always complete.
 */

/** A number-symbol as part of a file name Windows accepts: "12/KH-MTTQ-BTT" → "12-KH-MTTQ-BTT", "QĐi" → "QDi". */
function symbolInFileName(symbol: string): string {
  return symbol
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[\\/:*?"<>|\s]+/g, '-');
}

/** A number-symbol as one word of an export's name, its slashes made dashes ("12/KH-MTTQ-BTT" → "12-KH-MTTQ-BTT"). */
export function symbolInName(symbol: string): string {
  return symbol.trim().replace(/[\\/\s]+/g, '-');
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const needOwnCode = () =>
  new AppError(
    'VALIDATION',
    'Chưa khai báo mã đơn vị của Ủy ban mình. Hãy nhập mã đơn vị ở mục “Thông tin Ủy ban” trước khi gửi gói cho cấp trên, cấp dưới.',
  );

function uuidOf(ctx: CoreContext, table: 'directives' | 'directive_attachments' | 'tasks' | 'task_progress' | 'documents', id: number): string {
  const row = ctx.db.prepare(`SELECT uuid FROM ${table} WHERE id = ?`).get(id) as { uuid: string | null } | undefined;
  if (!row?.uuid) throw new Error(`${table} ${id} has no uuid`);
  return row.uuid;
}

function nextSequence(ctx: CoreContext): number {
  const row = ctx.db.prepare("SELECT max(sequence) AS n FROM exchange_packages WHERE direction = 'gui'").get() as { n: number | null };
  return (row.n ?? 0) + 1;
}

function header(ctx: CoreContext, kind: PackageKind, sender: { code: string; name: string }, receivers: Committee[]) {
  return {
    packageId: randomUUID(),
    kind,
    sender,
    receivers: receivers.map((r) => ({ code: r.code, name: r.name })),
    sequence: nextSequence(ctx),
    createdAt: ctx.now().toISOString(),
    app: { name: APP_NAME, version: APP_VERSION, schemaVersion: ctx.schemaVersion },
  };
}

interface DirectiveSource {
  id: number;
  direction: string;
  numberSymbol: string;
  type: DirectiveType;
  issuerName: string;
  issuedDate: string | null;
  signer: string;
  summary: string;
}

function readFileChecked(file: string, expected: string, shownName: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch (error) {
    throw new AppError(
      'NOT_FOUND',
      `Tệp đính kèm “${shownName}” không còn trong thư mục lưu trữ của ứng dụng (${path.dirname(file)}), nên chưa ghi được gói. Hãy gỡ tệp đó rồi đính kèm lại.`,
      { cause: error },
    );
  }
  if (sha256Hex(bytes) !== expected) {
    throw new AppError('CONFLICT', `Tệp đính kèm “${shownName}” đã bị thay đổi bên ngoài ứng dụng kể từ khi đính kèm, nên chưa ghi được gói. Hãy gỡ tệp rồi đính kèm lại.`);
  }
  return bytes;
}

function directiveRecord(ctx: CoreContext, directiveId: number, senderName: string, files: Map<string, Uint8Array>): DirectiveRecord {
  const row = ctx.db
    .prepare(
      `SELECT d.id, d.direction, d.number_symbol AS numberSymbol, d.type, COALESCE(o.name, NULLIF(d.issuer_name, ''), '') AS issuerName,
         d.issued_date AS issuedDate, d.signer, d.summary
       FROM directives d LEFT JOIN organisations o ON o.id = d.issuer_organisation_id WHERE d.id = ? AND d.deleted_at IS NULL`,
    )
    .get(directiveId) as DirectiveSource | undefined;
  if (!row) throw notFound('văn bản này trong sổ');
  const attachments = ctx.db
    .prepare('SELECT id, file_name AS fileName, stored_name AS storedName, size, sha256, mime FROM directive_attachments WHERE directive_id = ? ORDER BY id')
    .all(directiveId) as Array<{ id: number; fileName: string; storedName: string; size: number; sha256: string; mime: string }>;
  for (const a of attachments) {
    if (!files.has(a.sha256)) files.set(a.sha256, readFileChecked(path.join(attachmentFolder(ctx, directiveId), a.storedName), a.sha256, a.fileName));
  }
  return {
    uuid: uuidOf(ctx, 'directives', directiveId),
    numberSymbol: row.numberSymbol,
    type: row.type,
    // A directive the committee issued itself names the committee as its issuer (not one it received or only cites).
    issuerName: row.issuerName !== '' ? row.issuerName : row.direction === 'di' || row.direction === 'noi_bo' ? senderName : '',
    issuedDate: row.issuedDate,
    signer: row.signer,
    summary: row.summary,
    attachments: attachments.map((a) => ({ uuid: uuidOf(ctx, 'directive_attachments', a.id), fileName: a.fileName, mime: a.mime, size: a.size, sha256: a.sha256 })),
  };
}

export interface BuiltPackage {
  content: PackageContent;
  /** Rows to mark as sent once the file is on disk. */
  assignmentIds: number[];
  defaultFileName: string;
}

function stamp(ctx: CoreContext): string {
  return localDateOf(ctx.now());
}

/** The package of "Gửi cấp dưới": one file for all the chosen committees; each imports only its own tasks. */
export function buildDownPackage(ctx: CoreContext, directiveId: number, committeeIds: readonly number[]): BuiltPackage {
  const own = ownCommittee(ctx.db);
  if (!own) throw needOwnCode();
  const receivers = committeeIds.map((id) => {
    const committee = findCommittee(ctx.db, id);
    if (!committee || committee.relation !== 'cap_duoi') {
      throw new AppError('VALIDATION', 'Đơn vị được chọn không có trong danh sách đơn vị cấp dưới. Hãy tải lại trang rồi chọn lại.');
    }
    return committee;
  });
  const files = new Map<string, Uint8Array>();
  const directive = directiveRecord(ctx, directiveId, own.name, files);
  const codes = new Map(receivers.map((r) => [r.id, r.code]));
  const rows = assignmentsOfDirective(ctx.db, directiveId).filter((row) => codes.has(row.committeeId));
  const assignments: AssignmentRecord[] = rows.map((row) => ({
    uuid: row.uuid,
    group: row.group,
    directiveUuid: directive.uuid,
    receiverCode: codes.get(row.committeeId)!,
    title: row.title,
    detail: row.detail,
    lead: row.lead,
    dueDate: row.dueDate,
    recurrence: row.recurrence,
    priority: row.priority,
  }));
  return {
    content: {
      header: header(ctx, 'giao_nhiem_vu', own, receivers),
      records: { directives: [directive], assignments, reports: [], documents: [] },
      files,
    },
    assignmentIds: rows.map((row) => row.id),
    defaultFileName: exportFileName(
      {
        date: stamp(ctx),
        title: `Giao nhiệm vụ ${symbolInName(directive.numberSymbol)}${receivers.length === 1 ? ` - ${receivers[0]!.code}` : ''}`,
        extension: 'mttq',
      },
      fileNameStyle(ctx),
    ),
  };
}

interface TaskRow {
  id: number;
  dueDate: string | null;
  status: TaskStatus;
  completedAt: string | null;
  completedBy: string | null;
  result: string;
}

function occurrences(ctx: CoreContext, firstId: number): ReportOccurrence[] {
  const out: ReportOccurrence[] = [];
  const read = ctx.db.prepare(
    'SELECT id, due_date AS dueDate, status, completed_at AS completedAt, completed_by AS completedBy, result FROM tasks WHERE id = ?',
  );
  const nextOf = ctx.db.prepare('SELECT id FROM tasks WHERE previous_task_id = ? AND deleted_at IS NULL ORDER BY id LIMIT 1');
  const progressOf = ctx.db.prepare('SELECT id, progress_date AS date, note, by_name AS "by" FROM task_progress WHERE task_id = ? ORDER BY progress_date, id');
  let id: number | null = firstId;
  while (id !== null && out.length < 500) {
    const task = read.get(id) as TaskRow | undefined;
    if (!task) break;
    const progress = (progressOf.all(task.id) as Array<{ id: number; date: string; note: string; by: string }>).map((p) => ({
      uuid: uuidOf(ctx, 'task_progress', p.id),
      date: p.date,
      note: p.note,
      by: p.by,
    }));
    out.push({
      uuid: uuidOf(ctx, 'tasks', task.id),
      dueDate: task.dueDate,
      status: task.status,
      completedAt: task.completedAt,
      completedBy: task.completedBy ?? '',
      result: task.result,
      progress,
    });
    id = (nextOf.get(task.id) as { id: number } | undefined)?.id ?? null;
  }
  return out;
}

async function documentRecord(ctx: CoreContext, id: number, files: Map<string, Uint8Array>): Promise<DocumentRecord> {
  const doc = getDocument(ctx, id);
  if (doc.status !== 'da_ban_hanh') {
    throw new AppError('VALIDATION', `Văn bản “${doc.summary || doc.numberSymbol}” chưa ban hành; chỉ gửi lên cấp trên văn bản đã ban hành (có số).`);
  }
  const bytes = new Uint8Array(await exportDocumentToDocx(doc));
  const sha256 = sha256Hex(bytes);
  files.set(sha256, bytes);
  const fileName = `${symbolInFileName(doc.numberSymbol)}.docx`;
  return {
    uuid: uuidOf(ctx, 'documents', id),
    kind: doc.kind,
    numberSymbol: doc.numberSymbol,
    summary: doc.summary,
    documentDate: doc.documentDate,
    signer: doc.signature.signerName,
    file: { fileName, mime: DOCX_MIME, size: bytes.length, sha256 },
  };
}

/** The package of "Báo cáo lên cấp trên": progress on every task received from above, whole, and the documents chosen. */
export async function buildReportPackage(ctx: CoreContext, documentIds: readonly number[]): Promise<BuiltPackage> {
  const own = ownCommittee(ctx.db);
  if (!own) throw needOwnCode();
  const above = committeeAbove(ctx.db);
  if (!above) {
    throw new AppError(
      'VALIDATION',
      'Chưa có Ủy ban cấp trên trong danh bạ. Hãy thêm ở mục Danh bạ → Cấp trên, cấp dưới (hoặc nhận một gói giao nhiệm vụ của cấp trên trước).',
    );
  }
  const linked = ctx.db
    .prepare(
      `SELECT r.record_uuid AS uuid, r.local_id AS taskId FROM exchange_records r JOIN tasks t ON t.id = r.local_id
       WHERE r.kind = 'nhiem_vu' AND r.owner_code = ? AND t.deleted_at IS NULL ORDER BY r.id`,
    )
    .all(above.code) as Array<{ uuid: string; taskId: number }>;
  const reports: ReportRecord[] = linked
    .map((row) => ({ assignmentUuid: row.uuid, occurrences: occurrences(ctx, row.taskId) }))
    .filter((report) => report.occurrences.length > 0);
  const files = new Map<string, Uint8Array>();
  const documents: DocumentRecord[] = [];
  for (const id of documentIds) documents.push(await documentRecord(ctx, id, files));
  if (reports.length === 0 && documents.length === 0) {
    throw new AppError('VALIDATION', `Chưa có nhiệm vụ nào của ${above.name} giao, cũng chưa chọn văn bản nào, nên không có gì để báo cáo lên.`);
  }
  return {
    content: { header: header(ctx, 'bao_cao', own, [above]), records: { directives: [], assignments: [], reports, documents }, files },
    assignmentIds: [],
    defaultFileName: exportFileName({ date: stamp(ctx), title: `Báo cáo tiến độ ${own.code}`, extension: 'mttq' }, fileNameStyle(ctx)),
  };
}

/** Writes a built package to `filePath` (complete or not at all) and records it. */
export async function writeBuiltPackage(ctx: CoreContext, built: BuiltPackage, filePath: string, options: { overwrite?: boolean } = {}): Promise<PackageWritten> {
  const bytes = await buildPackage(built.content);
  await writeFileSafely(filePath, bytes, { overwrite: options.overwrite ?? true });
  const h = built.content.header;
  const records = built.content.records;
  const at = ctx.now().toISOString();
  writeTransaction(ctx.db, () => {
    insertRow(
      ctx.db,
      exchangePackages,
      {
        packageId: h.packageId,
        direction: 'gui',
        kind: h.kind,
        senderCode: h.sender.code,
        receivers: h.receivers.map((r) => r.code),
        sequence: h.sequence,
        createdAt: h.createdAt,
        recordedAt: at,
        fileName: path.basename(filePath),
        seal: sha256Hex(bytes.subarray(0, bytes.length - 64)),
        added: records.assignments.length + records.reports.length + records.documents.length,
      },
      { at },
    );
    markAssignmentsSent(ctx.db, built.assignmentIds, h.createdAt);
  });
  return {
    saved: true,
    filePath,
    receivers: h.receivers.length,
    assignments: records.assignments.length,
    reports: records.reports.length,
    documents: records.documents.length,
  };
}
