import { DIRECTIVE_TYPE, TASK_PRIORITY, TASK_RECURRENCE, TASK_STATUS, type TaskPriority, type TaskRecurrence, type TaskStatus } from '../../../shared/domain';
import { formatLocalDate } from '../../../shared/datetime';
import type { Committee, FieldChange, ImportPreview, PreviewItem, RefusedItem } from '../../../shared/schemas/exchange';
import type {
  AssignmentRecord,
  DirectiveRecord,
  DocumentRecord,
  PackageManifest,
  PackageRecords,
  ReportRecord,
} from '../../../shared/schemas/exchange-package';
import { daysLate } from '../../../shared/task-dates';
import { sha256Hex } from './package-file';
import { PackageRefusedError, refuse, type Refusal } from './refusals';

/**
 * What importing a package would do, worked out from the package and a snapshot of what the
 * database holds (ImportState, read by import-state.ts) — a pure function: it reads nothing and
 * writes nothing, so the preview the user confirms is exactly the plan that is then applied.
 *
 * Ownership makes every decision local to one record, and nothing is ever merged:
 * - the sender owns a directive and an assignment: a newer package replaces their fields;
 * - the receiver of an assignment owns its progress: its report replaces the previous one whole;
 * - "newer" is the sender's package sequence, not a clock. A record whose content is the same as
 *   what was imported is unchanged (so importing twice changes nothing); an older package than the
 *   one a record came from is refused for that record, and the newer content stays.
 */

/** The fields of a directive the sender owns, as the receiving register holds them. */
export interface DirectiveFields {
  numberSymbol: string;
  type: DirectiveRecord['type'];
  issuerName: string;
  issuedDate: string | null;
  signer: string;
  summary: string;
}

export interface LinkedRecord {
  localId: number;
  sequence: number;
  hash: string;
}

export interface LocalDirective extends LinkedRecord {
  fields: DirectiveFields;
  attachmentHashes: readonly string[];
  arrivalNumber: number | null;
  arrivalYear: number | null;
}

export interface TaskFields {
  title: string;
  detail: string;
  dueDate: string | null;
  recurrence: TaskRecurrence;
  priority: TaskPriority;
}

export interface LocalTask extends LinkedRecord {
  fields: TaskFields;
  lead: string;
}

export interface StoredReport {
  sequence: number;
  hash: string;
  summary: ReportSummary;
}

export interface LocalAssignment {
  id: number;
  committeeCode: string;
  committeeName: string;
  title: string;
  deleted: boolean;
  report: StoredReport | null;
}

export interface ImportState {
  own: { code: string; name: string } | null;
  today: string;
  alreadyImported: boolean;
  /** The directory's committee with the sender's code, if any. */
  sender: Committee | null;
  /** The committee above in the directory (a commune has one). */
  above: Committee | null;
  /** By the record's UUID: the local entry it became, if it was imported before. */
  directives: ReadonlyMap<string, LocalDirective>;
  /** By the record's UUID: an entry registered by hand with the same symbol, year and issuer, to link to. */
  sameSymbol: ReadonlyMap<string, { id: number; numberSymbol: string; arrivalNumber: number | null; arrivalYear: number | null }>;
  tasks: ReadonlyMap<string, LocalTask>;
  /** The next free arrival number of the current year. */
  nextArrival: { year: number; number: number };
  /** Report packages: the assignments they report on, by UUID. */
  assignments: ReadonlyMap<string, LocalAssignment>;
  /** Report packages: issued documents imported before (registered as incoming), by UUID. */
  documents: ReadonlyMap<string, LinkedRecord>;
}

export interface ReportSummary {
  status: TaskStatus;
  dueDate: string | null;
  completedAt: string | null;
  result: string;
  latestProgress: string | null;
  progressCount: number;
}

export type PlanAction = 'add' | 'update' | 'unchanged' | 'link';

export interface DirectivePlan {
  record: DirectiveRecord;
  action: PlanAction;
  localId: number | null;
  hash: string;
  /** Arrival number given to a new entry. */
  arrival: { year: number; number: number } | null;
  /** Attachments the local entry does not have yet. */
  newFiles: DirectiveRecord['attachments'];
}

export interface TaskPlan {
  record: AssignmentRecord;
  action: Exclude<PlanAction, 'link'>;
  localId: number | null;
  hash: string;
}

export interface ReportPlan {
  record: ReportRecord;
  action: Exclude<PlanAction, 'link'>;
  assignmentId: number;
  hash: string;
  summary: ReportSummary;
}

export interface DocumentPlan {
  record: DocumentRecord;
  action: Exclude<PlanAction, 'link' | 'update'>;
  hash: string;
  arrival: { year: number; number: number } | null;
}

export interface ImportPlan {
  manifest: PackageManifest;
  alreadyImported: boolean;
  /** The sender, added to the directory as the committee above (a commune's first package). */
  addCommittee: { code: string; name: string; relation: 'cap_tren' } | null;
  directives: DirectivePlan[];
  tasks: TaskPlan[];
  reports: ReportPlan[];
  documents: DocumentPlan[];
  refused: Refusal[];
  preview: ImportPreview;
}

/** The hash a record is compared by: its JSON as validated (zod rebuilds objects in schema order). */
export function recordHash(record: unknown): string {
  return sha256Hex(JSON.stringify(record));
}

const text = (value: string | null | undefined) => (value === null || value === undefined || value === '' ? '(trống)' : value);
const date = (value: string | null) => (value === null ? '(không có)' : formatLocalDate(value));

function diff(changes: FieldChange[], field: string, before: string, after: string): void {
  if (before !== after) changes.push({ field, before, after });
}

function directiveChanges(before: DirectiveFields, after: DirectiveRecord): FieldChange[] {
  const changes: FieldChange[] = [];
  diff(changes, 'Số, ký hiệu', before.numberSymbol, after.numberSymbol);
  diff(changes, 'Loại văn bản', DIRECTIVE_TYPE.labels[before.type], DIRECTIVE_TYPE.labels[after.type]);
  diff(changes, 'Trích yếu', text(before.summary), text(after.summary));
  diff(changes, 'Ngày ban hành', date(before.issuedDate), date(after.issuedDate));
  diff(changes, 'Người ký', text(before.signer), text(after.signer));
  diff(changes, 'Cơ quan ban hành', text(before.issuerName), text(after.issuerName));
  return changes;
}

function taskChanges(before: TaskFields, beforeLead: string, after: AssignmentRecord): FieldChange[] {
  const changes: FieldChange[] = [];
  diff(changes, 'Nhiệm vụ', before.title, after.title);
  diff(changes, 'Nội dung chi tiết', text(before.detail), text(after.detail));
  diff(changes, 'Chủ trì thực hiện', text(beforeLead), text(after.lead));
  diff(changes, 'Hạn hoàn thành', date(before.dueDate), date(after.dueDate));
  diff(changes, 'Chế độ báo cáo', TASK_RECURRENCE.labels[before.recurrence], TASK_RECURRENCE.labels[after.recurrence]);
  diff(changes, 'Mức ưu tiên', TASK_PRIORITY.labels[before.priority], TASK_PRIORITY.labels[after.priority]);
  return changes;
}

/** The occurrence a report is read by: the first one not done, else the last one. */
export function summariseReport(record: ReportRecord): ReportSummary {
  const current = record.occurrences.find((o) => o.status !== 'hoan_thanh') ?? record.occurrences.at(-1)!;
  const progress = record.occurrences.flatMap((o) => o.progress).sort((a, b) => a.date.localeCompare(b.date));
  return {
    status: current.status,
    dueDate: current.dueDate,
    completedAt: current.completedAt,
    result: current.result,
    latestProgress: progress.at(-1)?.note ?? null,
    progressCount: progress.length,
  };
}

function reportChanges(before: ReportSummary | null, after: ReportSummary): FieldChange[] {
  const changes: FieldChange[] = [];
  diff(changes, 'Trạng thái', before ? TASK_STATUS.labels[before.status] : '(chưa báo cáo)', TASK_STATUS.labels[after.status]);
  diff(changes, 'Hạn kỳ này', before ? date(before.dueDate) : '(chưa báo cáo)', date(after.dueDate));
  diff(changes, 'Số lần báo cáo tiến độ', String(before?.progressCount ?? 0), String(after.progressCount));
  diff(changes, 'Tiến độ mới nhất', text(before?.latestProgress), text(after.latestProgress));
  diff(changes, 'Kết quả', text(before?.result), text(after.result));
  return changes;
}

function olderPackage(manifest: PackageManifest, label: string, record: string, storedSequence: number): Refusal {
  return {
    reason: 'OLDER_PACKAGE',
    record,
    message:
      `“${label}”: gói này (số ${manifest.sequence} của ${manifest.sender.name}) cũ hơn gói số ${storedSequence} đã nhận trước đó, ` +
      'nên nội dung mới hơn đã nhận được giữ nguyên.',
  };
}

/**
 * The decision for one record owned by the sender: unchanged when its content is what was
 * imported, else newer or older by the package sequence.
 */
function decide(linked: LinkedRecord | undefined, hash: string, sequence: number): 'add' | 'update' | 'unchanged' | 'older' {
  if (!linked) return 'add';
  if (linked.hash === hash) return 'unchanged';
  return sequence >= linked.sequence ? 'update' : 'older';
}

function directiveLabel(record: { numberSymbol: string; summary: string }): string {
  return record.summary === '' ? record.numberSymbol : `${record.numberSymbol} — ${record.summary}`;
}

/** Package-level checks that need the database: who the package is for, and from. */
function checkParties(manifest: PackageManifest, state: ImportState): void {
  if (!state.own) throw refuse.noOwnCode();
  if (!manifest.receivers.some((r) => r.code === state.own!.code)) {
    throw refuse.wrongReceiver(state.own.code, manifest.receivers.map((r) => `${r.name} — mã ${r.code}`).join('; '));
  }
  const from = `${manifest.sender.name} (mã ${manifest.sender.code})`;
  if (manifest.kind === 'giao_nhiem_vu') {
    if (state.sender && state.sender.relation === 'cap_duoi') {
      throw refuse.wrongSender(
        `Gói giao nhiệm vụ này đến từ ${from}, là đơn vị cấp dưới của Ủy ban mình; chỉ cấp trên mới giao nhiệm vụ. Hãy kiểm tra lại tệp.`,
      );
    }
    if (!state.sender && state.above) {
      throw refuse.wrongSender(
        `Gói này đến từ ${from}, nhưng cấp trên của Ủy ban mình trong danh bạ là ${state.above.name} (mã ${state.above.code}). ` +
          'Nếu cấp trên đã đổi mã, hãy sửa mã ở mục Danh bạ → Cấp trên, cấp dưới rồi nhận lại gói.',
      );
    }
  } else if (!state.sender || state.sender.relation !== 'cap_duoi') {
    throw refuse.wrongSender(
      `Gói báo cáo này đến từ ${from}, không có trong danh sách đơn vị cấp dưới của Ủy ban mình. ` +
        'Hãy thêm đơn vị đó ở mục Danh bạ → Cấp trên, cấp dưới (đúng mã) rồi nhận lại gói.',
    );
  }
}

export function planImport(input: { manifest: PackageManifest; records: PackageRecords; fileName: string }, state: ImportState): ImportPlan {
  const { manifest, records } = input;
  checkParties(manifest, state);
  const own = state.own!;
  const items: PreviewItem[] = [];
  const refused: Refusal[] = [];
  const plan: ImportPlan = {
    manifest,
    alreadyImported: state.alreadyImported,
    addCommittee: null,
    directives: [],
    tasks: [],
    reports: [],
    documents: [],
    refused,
    preview: null as unknown as ImportPreview,
  };
  let arrival = state.nextArrival.number;

  if (manifest.kind === 'giao_nhiem_vu') {
    if (!state.sender) {
      plan.addCommittee = { code: manifest.sender.code, name: manifest.sender.name, relation: 'cap_tren' };
      items.push({
        kind: 'don_vi',
        action: 'them',
        key: manifest.sender.code,
        label: manifest.sender.name,
        notes: [`Thêm vào danh bạ làm Ủy ban cấp trên, mã ${manifest.sender.code}.`],
        changes: [],
      });
    }
    for (const record of records.directives) {
      const hash = recordHash(record);
      const linked = state.directives.get(record.uuid);
      const decision = decide(linked, hash, manifest.sequence);
      const label = directiveLabel(record);
      if (decision === 'older') {
        refused.push(olderPackage(manifest, label, record.uuid, linked!.sequence));
        items.push({ kind: 'van_ban', action: 'tu_choi', key: record.uuid, label, notes: [refused.at(-1)!.message], changes: [] });
        continue;
      }
      const have = new Set(linked?.attachmentHashes ?? []);
      const newFiles = record.attachments.filter((a) => !have.has(a.sha256));
      const fileNotes = newFiles.map((a) => `Tệp đính kèm: ${a.fileName}`);
      if (decision === 'add') {
        const sameSymbol = state.sameSymbol.get(record.uuid);
        if (sameSymbol) {
          plan.directives.push({ record, action: 'link', localId: sameSymbol.id, hash, arrival: null, newFiles });
          const number = sameSymbol.arrivalNumber === null ? '' : ` (số đến ${sameSymbol.arrivalNumber}/${sameSymbol.arrivalYear})`;
          items.push({
            kind: 'van_ban',
            action: 'sua',
            key: record.uuid,
            label,
            notes: [`Sổ đã có văn bản ${sameSymbol.numberSymbol}${number}: dùng văn bản đó, không vào sổ lần nữa.`, ...fileNotes],
            changes: [],
          });
          continue;
        }
        const given = { year: state.nextArrival.year, number: arrival };
        arrival += 1;
        plan.directives.push({ record, action: 'add', localId: null, hash, arrival: given, newFiles });
        items.push({
          kind: 'van_ban',
          action: 'them',
          key: record.uuid,
          label,
          notes: [`Vào sổ văn bản đến, số đến ${given.number}/${given.year}, cơ quan ban hành: ${record.issuerName || manifest.sender.name}.`, ...fileNotes],
          changes: [],
        });
        continue;
      }
      const changes = decision === 'update' ? directiveChanges(linked!.fields, record) : [];
      const action = decision === 'update' && (changes.length > 0 || newFiles.length > 0) ? 'update' : 'unchanged';
      plan.directives.push({ record, action, localId: linked!.localId, hash, arrival: null, newFiles: action === 'update' ? newFiles : [] });
      items.push({
        kind: 'van_ban',
        action: action === 'update' ? 'sua' : 'giu_nguyen',
        key: record.uuid,
        label,
        notes: action === 'update' ? fileNotes : [],
        changes,
      });
    }
    const knownDirectives = new Set([...records.directives.map((d) => d.uuid), ...state.directives.keys()]);
    for (const record of records.assignments) {
      if (record.receiverCode !== own.code) continue;
      const hash = recordHash(record);
      const linked = state.tasks.get(record.uuid);
      const decision = decide(linked, hash, manifest.sequence);
      const label = record.title;
      if (!knownDirectives.has(record.directiveUuid)) {
        refused.push({
          reason: 'MISSING_DIRECTIVE',
          record: record.uuid,
          message: `“${label}”: gói không kèm văn bản giao nhiệm vụ này, nên chưa nhận được. Hãy đề nghị cấp trên gửi lại cả văn bản.`,
        });
        items.push({ kind: 'nhiem_vu', action: 'tu_choi', key: record.uuid, label, notes: [refused.at(-1)!.message], changes: [] });
        continue;
      }
      if (decision === 'older') {
        refused.push(olderPackage(manifest, label, record.uuid, linked!.sequence));
        items.push({ kind: 'nhiem_vu', action: 'tu_choi', key: record.uuid, label, notes: [refused.at(-1)!.message], changes: [] });
        continue;
      }
      if (decision === 'add') {
        plan.tasks.push({ record, action: 'add', localId: null, hash });
        const notes = [`Nhiệm vụ do ${manifest.sender.name} giao.`];
        if (record.lead !== '') notes.push(`Chủ trì: ${record.lead}.`);
        notes.push(`Hạn hoàn thành: ${date(record.dueDate)}.`);
        if (record.recurrence !== 'khong') notes.push(`Báo cáo ${TASK_RECURRENCE.labels[record.recurrence].toLocaleLowerCase('vi')}.`);
        items.push({ kind: 'nhiem_vu', action: 'them', key: record.uuid, label, notes, changes: [] });
        continue;
      }
      const changes = decision === 'update' ? taskChanges(linked!.fields, linked!.lead, record) : [];
      const action = decision === 'update' ? 'update' : 'unchanged';
      plan.tasks.push({ record, action, localId: linked!.localId, hash });
      items.push({ kind: 'nhiem_vu', action: action === 'update' ? 'sua' : 'giu_nguyen', key: record.uuid, label, notes: [], changes });
    }
  } else {
    const today = state.today;
    for (const record of records.reports) {
      const assignment = state.assignments.get(record.assignmentUuid);
      const summary = summariseReport(record);
      const hash = recordHash(record);
      if (!assignment || assignment.deleted) {
        refused.push({
          reason: 'UNKNOWN_ASSIGNMENT',
          record: record.assignmentUuid,
          message: 'Báo cáo về một nhiệm vụ không có (hoặc đã xóa) trong danh sách nhiệm vụ đã giao cấp dưới ở đây, nên không nhận.',
        });
        items.push({ kind: 'tien_do', action: 'tu_choi', key: record.assignmentUuid, label: 'Nhiệm vụ không rõ', notes: [refused.at(-1)!.message], changes: [] });
        continue;
      }
      const label = `${assignment.committeeName}: ${assignment.title}`;
      if (assignment.committeeCode !== manifest.sender.code) {
        refused.push({
          reason: 'NOT_OURS',
          record: record.assignmentUuid,
          message: `“${assignment.title}” được giao cho ${assignment.committeeName}, không phải ${manifest.sender.name}, nên báo cáo này không được nhận.`,
        });
        items.push({ kind: 'tien_do', action: 'tu_choi', key: record.assignmentUuid, label, notes: [refused.at(-1)!.message], changes: [] });
        continue;
      }
      const stored = assignment.report;
      const decision = decide(stored ? { localId: assignment.id, sequence: stored.sequence, hash: stored.hash } : undefined, hash, manifest.sequence);
      if (decision === 'older') {
        refused.push(olderPackage(manifest, label, record.assignmentUuid, stored!.sequence));
        items.push({ kind: 'tien_do', action: 'tu_choi', key: record.assignmentUuid, label, notes: [refused.at(-1)!.message], changes: [] });
        continue;
      }
      const action = decision === 'add' ? 'add' : decision;
      plan.reports.push({ record, action, assignmentId: assignment.id, hash, summary });
      const late = daysLate(summary.dueDate, summary.status, today);
      const notes = action === 'add' ? [`${TASK_STATUS.labels[summary.status]}${late > 0 ? `, quá hạn ${late} ngày` : ''}.`] : [];
      items.push({
        kind: 'tien_do',
        action: action === 'add' ? 'them' : action === 'update' ? 'sua' : 'giu_nguyen',
        key: record.assignmentUuid,
        label,
        notes,
        changes: action === 'unchanged' ? [] : reportChanges(stored?.summary ?? null, summary),
      });
    }
    for (const record of records.documents) {
      const hash = recordHash(record);
      const linked = state.documents.get(record.uuid);
      const label = directiveLabel(record);
      if (linked) {
        plan.documents.push({ record, action: 'unchanged', hash, arrival: null });
        items.push({ kind: 'van_ban_ban_hanh', action: 'giu_nguyen', key: record.uuid, label, notes: [], changes: [] });
        continue;
      }
      const given = { year: state.nextArrival.year, number: arrival };
      arrival += 1;
      plan.documents.push({ record, action: 'add', hash, arrival: given });
      items.push({
        kind: 'van_ban_ban_hanh',
        action: 'them',
        key: record.uuid,
        label,
        notes: [`Vào sổ văn bản đến, số đến ${given.number}/${given.year}, kèm tệp ${record.file.fileName}.`],
        changes: [],
      });
    }
  }

  if (state.alreadyImported) {
    // Importing the same package again changes nothing, whatever happened to the records since.
    for (const item of items) if (item.action !== 'tu_choi') item.action = 'giu_nguyen';
  }
  const count = (action: PreviewItem['action']) => items.filter((item) => item.action === action && item.kind !== 'don_vi').length;
  const refusedItems: RefusedItem[] = refused.map((r) => ({ reason: r.reason, message: r.message, ...(r.record ? { record: r.record } : {}) }));
  plan.preview = {
    package: {
      packageId: manifest.packageId,
      kind: manifest.kind,
      sender: manifest.sender,
      receivers: manifest.receivers,
      sequence: manifest.sequence,
      createdAt: manifest.createdAt,
      appVersion: manifest.app.version,
      fileName: input.fileName,
    },
    alreadyImported: state.alreadyImported,
    items,
    counts: { added: count('them'), changed: count('sua'), unchanged: count('giu_nguyen'), refused: count('tu_choi') },
    refused: refusedItems,
  };
  return plan;
}

export { PackageRefusedError };
