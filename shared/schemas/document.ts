import { z } from 'zod';
import {
  DOCUMENT_KIND,
  DOCUMENT_STATUS,
  REPORT_KIND,
  SIGNING_AUTHORITY,
  type DocumentKind,
  type DocumentStatus,
  type ReportKind,
} from '../domain';
import type { RichDoc } from '../rich-text';
import { baseUpdatedAt, entityId, listOf, localDate, optionalLine, optionalText, pageNumber, pageSize, requiredLine, wholeNumber } from './common';
import { richDocSchema } from './rich-text';


export const documentHeaderSchema = z.object({
  /** First line of the left header column, e.g. "ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NINH". */
  parentBody: optionalLine(300, 'Tên cơ quan chủ quản'),
  /** Second line, bold, e.g. "BAN THƯỜNG TRỰC". */
  issuingBody: requiredLine('Hãy nhập tên cơ quan ban hành (ví dụ: BAN THƯỜNG TRỰC).', 300, 'Tên cơ quan ban hành'),
});
export type DocumentHeader = z.output<typeof documentHeaderSchema>;

/**
 * Who signs and in what capacity. Printed, in capitals:
 *  tm:   "TM. <authorityBody>" / <signerTitle>
 *  kt:   "TM. <authorityBody>" / "KT. <principalTitle>" / <signerTitle>
 *  tl:   "TL. <principalTitle>" / <signerTitle>
 *  none: <signerTitle>
 * then space for the signature and seal, then the signer's name.
 */
export const documentSignatureSchema = z.object({
  authority: z.enum(SIGNING_AUTHORITY.values, { error: 'Hãy chọn thẩm quyền ký.' }),
  authorityBody: optionalLine(200, 'Tên tập thể lãnh đạo ký thay mặt'),
  principalTitle: optionalLine(200, 'Chức vụ người đứng đầu'),
  signerTitle: optionalLine(200, 'Chức vụ người ký'),
  signerName: optionalLine(120, 'Họ tên người ký'),
});
export type DocumentSignature = z.output<typeof documentSignatureSchema>;

/** Minutes are signed by the secretary (left) and the chair (right). */
export const minutesSignersSchema = z.object({
  secretaryName: optionalLine(120, 'Họ tên thư ký'),
  chairName: optionalLine(120, 'Họ tên chủ trì'),
});
export type MinutesSigners = z.output<typeof minutesSignersSchema>;

/** Lines such as "Kính gửi:" and "Nơi nhận:", each named in its messages. */
const textList = (max: number, what: string, line: string) => listOf(optionalLine(300, line), max, what, 'dòng').default([]);

/** Everything the user edits on a document (the number and status change only through their own steps). */
export const documentFieldsSchema = z.object({
  reportKind: z.enum(REPORT_KIND.values).nullable().default(null),
  /** Trích yếu: the line under the type name ("Hội nghị tổng kết công tác Mặt trận năm 2025"), or "V/v …" for a letter. */
  summary: optionalLine(500, 'Trích yếu'),
  header: documentHeaderSchema,
  /** Place for the date line, e.g. "Quảng Ninh". */
  placeName: optionalLine(100, 'Địa danh'),
  /** Date written in the date line: "Quảng Ninh, ngày 05 tháng 01 năm 2026". */
  documentDate: localDate,
  /** "Kính gửi:" lines for reports and letters sent upward. */
  addressees: textList(30, '“Kính gửi”', 'Một dòng “Kính gửi”'),
  body: richDocSchema,
  signature: documentSignatureSchema,
  minutesSigners: minutesSignersSchema,
  /** "Nơi nhận:" lines; the last is usually "Lưu: VT, …". */
  recipients: textList(50, '“Nơi nhận”', 'Một dòng “Nơi nhận”'),
});

export type DocumentFields = z.output<typeof documentFieldsSchema>;

export const saveDocumentInput = documentFieldsSchema.extend({ id: entityId, baseUpdatedAt });
export type SaveDocumentInput = z.input<typeof saveDocumentInput>;

export const createDocumentInput = z.object({
  kind: z.enum(DOCUMENT_KIND.values, { error: 'Hãy chọn loại văn bản.' }),
  reportKind: z.enum(REPORT_KIND.values).nullable().default(null),
  summary: optionalLine(500, 'Trích yếu'),
});

/** The kinds of draft a meeting can produce in one click. */
export const MEETING_DRAFT_KINDS = ['bien_ban', 'thong_bao_ket_luan', 'giay_moi'] as const satisfies readonly DocumentKind[];
export const createFromMeetingInput = z
  .object({
    meetingId: entityId,
    kind: z.enum(MEETING_DRAFT_KINDS, { error: 'Loại văn bản không tạo được từ hội nghị.' }),
    /** The invitation's date, chosen in "Tạo giấy mời"; null: today. */
    documentDate: localDate.nullable().default(null),
  })
  .superRefine((input, ctx) => {
    if (input.documentDate !== null && input.kind !== 'giay_moi') {
      ctx.addIssue({
        code: 'custom',
        path: ['documentDate'],
        message: 'Chỉ giấy mời được chọn ngày khi tạo; biên bản và thông báo kết luận mang ngày của hội nghị.',
      });
    }
  });

export const listDocumentsInput = z.object({
  meetingId: entityId.nullable().default(null),
  kind: z.enum(DOCUMENT_KIND.values).nullable().default(null),
  status: z.enum(DOCUMENT_STATUS.values).nullable().default(null),
  text: optionalLine(200, 'Nội dung tìm kiếm'),
  page: pageNumber,
  pageSize: pageSize(200),
});

export const finaliseDocumentInput = z.object({
  id: entityId,
  by: requiredLine('Hãy nhập họ tên người hoàn thiện văn bản.', 120, 'Họ tên người hoàn thiện'),
});
export const unlockDocumentInput = z.object({
  id: entityId,
  by: requiredLine('Hãy nhập họ tên người mở khóa.', 120, 'Họ tên người mở khóa'),
  reason: requiredLine('Hãy ghi lý do mở khóa văn bản đã hoàn thiện.', 500, 'Lý do mở khóa'),
});
export const issueDocumentInput = z.object({
  id: entityId,
  /** Null: take the next number of the register. A number typed by hand must be exactly the next one. */
  number: wholeNumber('Số văn bản', 1, 9999).nullable().default(null),
  by: requiredLine('Hãy nhập họ tên người ban hành.', 120, 'Họ tên người ban hành'),
});
export const restoreVersionInput = z.object({ id: entityId, versionId: entityId });

/**
 * What is on screen, kept as a version before something replaces it while it is not (fully)
 * saved. The summary may be the very field that was refused (too long), so it is kept up to a
 * larger limit than a save allows: a version is a record of what was typed, not a valid document.
 */
export const keepVersionInput = z.object({
  id: entityId,
  reason: z.enum(['truoc_lam_moi', 'truoc_khoi_phuc'], { error: 'Lý do lưu phiên bản không hợp lệ.' }),
  summary: optionalText(5000, 'Trích yếu'),
  body: richDocSchema,
});
export const versionInput = z.object({ versionId: entityId });

export interface DocumentRecord extends z.output<typeof documentFieldsSchema> {
  id: number;
  meetingId: number | null;
  meetingTitle: string | null;
  kind: DocumentKind;
  status: DocumentStatus;
  /** Assigned when issued: 5 → "Số: 05/BB-MTTQ-BTT". */
  number: number | null;
  numberYear: number | null;
  /** The full number-symbol as printed after "Số: " ("05/BB-MTTQ-BTT"), or the blank form before issue ("    /BB-MTTQ-BTT"). */
  numberSymbol: string;
  finalisedAt: string | null;
  finalisedBy: string | null;
  /** sha256 of the content at finalising: proves what was locked. */
  contentHash: string | null;
  issuedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DocumentSummary {
  id: number;
  kind: DocumentKind;
  reportKind: ReportKind | null;
  summary: string;
  status: DocumentStatus;
  numberSymbol: string;
  documentDate: string;
  meetingId: number | null;
  meetingTitle: string | null;
  updatedAt: string;
}

export interface DocumentPage {
  items: DocumentSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export type VersionReason = 'tu_dong' | 'hoan_thien' | 'truoc_khoi_phuc' | 'truoc_lam_moi' | 'mo_khoa';

export interface DocumentVersionSummary {
  id: number;
  documentId: number;
  createdAt: string;
  reason: VersionReason;
  /** First words of the body, to recognise a version in the list. */
  excerpt: string;
}

export interface DocumentVersion extends DocumentVersionSummary {
  body: RichDoc;
  summary: string;
}

export interface DocumentEvent {
  at: string;
  kind: 'hoan_thien' | 'mo_khoa' | 'ban_hanh';
  by: string;
  note: string;
}

export interface ExportResult {
  /** False when the user closed the save dialog without choosing a file. */
  saved: boolean;
  filePath: string | null;
}

/** The fields of a record that the user edits: what is saved, versioned and hashed. */
export function documentFieldsOf(doc: DocumentRecord): DocumentFields {
  return {
    reportKind: doc.reportKind,
    summary: doc.summary,
    header: doc.header,
    placeName: doc.placeName,
    documentDate: doc.documentDate,
    addressees: doc.addressees,
    body: doc.body,
    signature: doc.signature,
    minutesSigners: doc.minutesSigners,
    recipients: doc.recipients,
  };
}
