import { z } from 'zod';
import {
  DIRECTIVE_DIRECTION,
  DIRECTIVE_STATUS,
  DIRECTIVE_TYPE,
  MEETING_DIRECTIVE_RELATION,
  type DirectiveDirection,
  type DirectiveStatus,
  type DirectiveType,
  type MeetingDirectiveRelation,
  type SymbolFamily,
} from '../domain';
import { NUMBER_SYMBOL_MAX_LENGTH, parseNumberSymbol, type ParseSymbolResult } from '../number-symbol-parser';
import { baseUpdatedAt, entityId, localDate, optionalLine, optionalText, pageNumber, pageSize, yearNumber } from './common';


const SYMBOL_TOO_LONG = `Số, ký hiệu quá dài (tối đa ${NUMBER_SYMBOL_MAX_LENGTH} ký tự).`;

/** The text of a number-symbol, its length checked first and alone (`abort`): nothing reads a long paste. */
const symbolText = z
  .string({ error: 'Hãy nhập số, ký hiệu văn bản.' })
  .max(NUMBER_SYMBOL_MAX_LENGTH, { error: SYMBOL_TOO_LONG, abort: true });

/**
 * The number-symbol as typed. It must be readable: the parser's own sentence is the message, so
 * the user learns why ("Thiếu mã loại văn bản sau dấu gạch ngang") rather than just "invalid".
 */
const numberSymbol = symbolText.superRefine((value, ctx) => {
  const parsed = parseNumberSymbol(value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.reason });
});

const arrivalNumber = z
  .number({ error: 'Số đến phải là một số.' })
  .int({ error: 'Số đến phải là số nguyên.' })
  .min(1, { error: 'Số đến phải từ 1 trở lên.' })
  .max(99_999, { error: 'Số đến quá lớn.' });

const meetingDirectiveRelation = z.enum(MEETING_DIRECTIVE_RELATION.values, { error: 'Hãy chọn quan hệ giữa hội nghị và văn bản.' });

export const saveDirectiveInput = z
  .object({
    /** Null creates a new entry. */
    id: entityId.nullable().default(null),
    baseUpdatedAt,
    direction: z.enum(DIRECTIVE_DIRECTION.values, { error: 'Hãy chọn văn bản đến, đi, nội bộ hay trích dẫn.' }),
    numberSymbol,
    /** Null: the kind read from the symbol. A value overrides it (a code the user knows better). */
    type: z.enum(DIRECTIVE_TYPE.values, { error: 'Loại văn bản không hợp lệ.' }).nullable().default(null),
    issuerOrganisationId: entityId.nullable().default(null),
    /** The issuing body in words when it is not in the directory ("BCH Đảng bộ Thành phố"). */
    issuerName: optionalLine(300, 'Tên cơ quan ban hành'),
    issuedDate: localDate.nullable().default(null),
    signer: optionalLine(120, 'Họ tên người ký'),
    summary: optionalText(2000, 'Trích yếu'),
    /** Incoming only. Null takes the next number of the arrival date's year. */
    arrivalNumber: arrivalNumber.nullable().default(null),
    arrivalDate: localDate.nullable().default(null),
    status: z.enum(DIRECTIVE_STATUS.values, { error: 'Trạng thái hiệu lực không hợp lệ.' }).default('con_hieu_luc'),
    replacesId: entityId.nullable().default(null),
    guidesId: entityId.nullable().default(null),
    notes: optionalText(5000, 'Ghi chú'),
    /** Registered from a meeting's page: linked to it in the same transaction, with the relation picked there. */
    linkMeeting: z.object({ meetingId: entityId, relation: meetingDirectiveRelation }).nullable().default(null),
  })
  .superRefine((value, ctx) => {
    // Only a document received has an arrival date; one the committee only cites has none.
    if (value.direction === 'den' && value.arrivalDate === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['arrivalDate'],
        message: 'Văn bản đến cần có ngày đến. Văn bản chỉ trích dẫn, làm căn cứ (không nhận bản gốc) thì chọn "Văn bản trích dẫn".',
      });
    }
    if (value.direction !== 'den' && value.arrivalNumber !== null) {
      ctx.addIssue({ code: 'custom', path: ['arrivalNumber'], message: 'Chỉ văn bản đến mới có số đến.' });
    }
    if (value.issuedDate !== null && value.arrivalDate !== null && value.arrivalDate < value.issuedDate) {
      ctx.addIssue({ code: 'custom', path: ['arrivalDate'], message: 'Ngày đến không thể trước ngày ban hành.' });
    }
    if (value.id !== null && (value.replacesId === value.id || value.guidesId === value.id)) {
      ctx.addIssue({ code: 'custom', path: ['replacesId'], message: 'Văn bản không thể thay thế hay hướng dẫn chính nó.' });
    }
    if (value.replacesId !== null && value.replacesId === value.guidesId) {
      ctx.addIssue({ code: 'custom', path: ['guidesId'], message: 'Văn bản được thay thế và văn bản được hướng dẫn không thể là cùng một văn bản.' });
    }
  });
export type SaveDirectiveInput = z.input<typeof saveDirectiveInput>;

export const listDirectivesInput = z.object({
  direction: z.enum(DIRECTIVE_DIRECTION.values).nullable().default(null),
  type: z.enum(DIRECTIVE_TYPE.values).nullable().default(null),
  status: z.enum(DIRECTIVE_STATUS.values).nullable().default(null),
  year: yearNumber.nullable().default(null),
  text: optionalLine(200, 'Nội dung tìm kiếm'),
  page: pageNumber,
  pageSize: pageSize(200),
});

export const symbolTextInput = z.object({
  text: symbolText,
});

export const nextArrivalNumberInput = z.object({ arrivalDate: localDate });

export const linkDirectiveInput = z.object({
  meetingId: entityId,
  directiveId: entityId,
  relation: meetingDirectiveRelation.default('trien_khai'),
});
export const unlinkDirectiveInput = z.object({ meetingId: entityId, directiveId: entityId });

export const directiveIdInput = z.object({ directiveId: entityId });

/** Another directive, as a link shows it. */
export interface DirectiveRef {
  id: number;
  numberSymbol: string;
  type: DirectiveType;
  summary: string;
  issuedDate: string | null;
  status: DirectiveStatus;
}

export interface DirectiveSummary extends DirectiveRef {
  direction: DirectiveDirection;
  /** The directory organisation's name, else the name typed, else the issuer part of the symbol. */
  issuerLabel: string;
  arrivalNumber: number | null;
  arrivalDate: string | null;
}

export interface DirectiveMeetingLink {
  meetingId: number;
  meetingTitle: string;
  meetingStartAt: string;
  relation: MeetingDirectiveRelation;
}

export interface DirectiveRecord extends DirectiveSummary {
  family: SymbolFamily;
  typeCode: string | null;
  symbolIssuer: string;
  issuerOrganisationId: number | null;
  issuerOrganisationName: string | null;
  issuerName: string;
  issuedYear: number | null;
  signer: string;
  notes: string;
  replacesId: number | null;
  replaces: DirectiveRef | null;
  guidesId: number | null;
  guides: DirectiveRef | null;
  /** Directives that name this one as replaced or guided. */
  replacedBy: DirectiveRef[];
  guidedBy: DirectiveRef[];
  meetings: DirectiveMeetingLink[];
  attachmentCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface DirectivePage {
  items: DirectiveSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface MeetingDirective {
  directive: DirectiveSummary;
  relation: MeetingDirectiveRelation;
}

/** What `directives:findBySymbol` answers: how the text reads, and the entries with that symbol. */
export interface SymbolLookup {
  parsed: ParseSymbolResult;
  matches: DirectiveSummary[];
}

export interface Attachment {
  id: number;
  directiveId: number;
  fileName: string;
  size: number;
  sha256: string;
  mime: string;
  addedAt: string;
}

export const attachmentIdInput = z.object({ id: entityId });
