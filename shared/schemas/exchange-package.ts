import { z } from 'zod';
import { DIRECTIVE_TYPE, DOCUMENT_KIND, TASK_PRIORITY, TASK_RECURRENCE, TASK_STATUS } from '../domain';
import { isValidLocalDate } from '../datetime';

/**
 * What an exchange package (.mttq) holds, as the reading side checks it. A package comes from
 * another PC on a USB stick or by e-mail, so everything in it is untrusted input: the manifest and
 * every record are validated here before anything is shown or written.
 *
 * The manifest follows the header of edXML (QCVN 102:2016/BTTTT) in spirit: sender and receivers
 * by code, the package's own id, when it was made, by which app and schema version, what it holds,
 * a trace of every hop, and the sha256 of every part. The records travel keyed by the UUIDs of
 * the one write path.
 */

/** The format's name in the manifest; anything else is not ours. */
export const PACKAGE_FORMAT = 'so-tay-mat-tran/goi-trao-doi';
/** Raised when a change makes older apps unable to read new packages. */
export const PACKAGE_FORMAT_VERSION = 1;
export const PACKAGE_EXTENSION = '.mttq';

/**
 * A committee's code (mã đơn vị): letters and digits in groups joined by ".", "-" or "_", like the
 * electronic identifiers of state bodies ("000.00.31.H31") or a code agreed locally ("MTTQ-HP").
 * Stored in capitals.
 */
export const COMMITTEE_CODE = /^[A-Z0-9]+(?:[._-][A-Z0-9]+)*$/;
export const COMMITTEE_CODE_MAX = 40;

export const committeeCode = z
  .string({ error: 'Hãy nhập mã đơn vị.' })
  .transform((value) => value.normalize('NFC').trim().toUpperCase())
  .pipe(
    z
      .string()
      .min(2, { error: 'Mã đơn vị phải có ít nhất 2 ký tự.' })
      .max(COMMITTEE_CODE_MAX, { error: `Mã đơn vị tối đa ${COMMITTEE_CODE_MAX} ký tự.` })
      .regex(COMMITTEE_CODE, {
        error: 'Mã đơn vị chỉ gồm chữ cái không dấu và chữ số, nối bằng dấu chấm hoặc gạch ngang, ví dụ: MTTQ-HP hoặc 000.00.31.H31.',
      }),
  );

const uuid = z.uuid();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const localDate = z.string().refine(isValidLocalDate);
const isoTime = z.iso.datetime({ offset: true });
const line = (max: number) => z.string().max(max);

export const PACKAGE_KIND = {
  values: ['giao_nhiem_vu', 'bao_cao'] as const,
  labels: { giao_nhiem_vu: 'Văn bản và nhiệm vụ giao cấp dưới', bao_cao: 'Báo cáo tiến độ lên cấp trên' },
};
export type PackageKind = (typeof PACKAGE_KIND.values)[number];

const party = z.object({ code: committeeCode, name: line(300) });

export const packagePartSchema = z.object({
  path: z.string().regex(/^(ban-ghi\/[a-z-]+\.json|tep\/[0-9a-f]{64})$/),
  sha256,
  bytes: z.number().int().min(0),
});
export type PackagePart = z.infer<typeof packagePartSchema>;

export const manifestSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int().positive(),
  packageId: uuid,
  kind: z.enum(PACKAGE_KIND.values),
  sender: party,
  receivers: z.array(party).min(1).max(1000),
  /** The sender's running number of packages: a higher one is newer, whatever the clocks say. */
  sequence: z.number().int().positive(),
  createdAt: isoTime,
  app: z.object({ name: line(100), version: line(40), schemaVersion: z.number().int().min(0) }),
  contents: z.object({
    directives: z.number().int().min(0),
    assignments: z.number().int().min(0),
    reports: z.number().int().min(0),
    documents: z.number().int().min(0),
    files: z.number().int().min(0),
  }),
  parts: z.array(packagePartSchema).max(10_000),
  /** Every hop (edXML's TraceHeaderList): made by, sent by. */
  trace: z.array(z.object({ code: committeeCode, action: z.enum(['tao', 'gui']), at: isoTime })).max(50),
});
export type PackageManifest = z.infer<typeof manifestSchema>;

const fileRef = z.object({
  fileName: line(260).min(1),
  mime: line(120),
  size: z.number().int().min(0),
  sha256,
});
export type PackageFileRef = z.infer<typeof fileRef>;

/** A directive as its sender registered it: the receiver registers it as incoming. */
export const directiveRecordSchema = z.object({
  uuid,
  numberSymbol: line(100).min(1),
  type: z.enum(DIRECTIVE_TYPE.values),
  issuerName: line(300),
  issuedDate: localDate.nullable(),
  signer: line(200),
  summary: line(5000),
  attachments: z.array(fileRef.extend({ uuid })).max(100),
});
export type DirectiveRecord = z.infer<typeof directiveRecordSchema>;

/** A task given to one committee below. The sender owns every field here. */
export const assignmentRecordSchema = z.object({
  uuid,
  /** Shared by the copies of one task given to several committees: one column of the matrix. */
  group: uuid,
  directiveUuid: uuid,
  receiverCode: committeeCode,
  title: line(500).min(1),
  detail: line(10_000),
  /** Who leads it at the receiving committee, in the sender's words. */
  lead: line(300),
  dueDate: localDate.nullable(),
  recurrence: z.enum(TASK_RECURRENCE.values),
  priority: z.enum(TASK_PRIORITY.values),
});
export type AssignmentRecord = z.infer<typeof assignmentRecordSchema>;

const progressEntry = z.object({ uuid, date: localDate, note: line(2000), by: line(120) });

/** One occurrence of an assigned task as the receiver keeps it (a periodic duty has several). */
const occurrenceSchema = z.object({
  uuid,
  dueDate: localDate.nullable(),
  status: z.enum(TASK_STATUS.values),
  completedAt: isoTime.nullable(),
  completedBy: line(120),
  result: line(10_000),
  progress: z.array(progressEntry).max(2000),
});
export type ReportOccurrence = z.infer<typeof occurrenceSchema>;

/** The receiver's progress on one assignment: it owns all of this. */
export const reportRecordSchema = z.object({
  assignmentUuid: uuid,
  occurrences: z.array(occurrenceSchema).min(1).max(500),
});
export type ReportRecord = z.infer<typeof reportRecordSchema>;

/** A document the sender issued (a periodic report…), with its .docx. */
export const documentRecordSchema = z.object({
  uuid,
  kind: z.enum(DOCUMENT_KIND.values),
  numberSymbol: line(100).min(1),
  summary: line(5000),
  documentDate: localDate,
  signer: line(200),
  file: fileRef,
});
export type DocumentRecord = z.infer<typeof documentRecordSchema>;

export const RECORD_PARTS = {
  directives: 'ban-ghi/van-ban.json',
  assignments: 'ban-ghi/nhiem-vu.json',
  reports: 'ban-ghi/tien-do.json',
  documents: 'ban-ghi/van-ban-ban-hanh.json',
} as const;

export const packageRecordsSchema = z.object({
  directives: z.array(directiveRecordSchema).max(1000),
  assignments: z.array(assignmentRecordSchema).max(100_000),
  reports: z.array(reportRecordSchema).max(100_000),
  documents: z.array(documentRecordSchema).max(1000),
});
export type PackageRecords = z.infer<typeof packageRecordsSchema>;
