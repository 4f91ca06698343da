import { z } from 'zod';
import {
  ATTENDANCE,
  ATTENDEE_ROLE,
  AWARD_FORM,
  AWARD_RECIPIENT_KIND,
  DIRECTIVE_DIRECTION,
  MEETING_DIRECTIVE_RELATION,
  MEETING_FORMAT,
  MEETING_KIND,
  SPEECH_KIND,
  type Attendance,
  type AttendeeRole,
  type AwardForm,
  type AwardRecipientKind,
  type DirectiveDirection,
  type DirectiveType,
  type MeetingDirectiveRelation,
  type MeetingFormat,
  type MeetingKind,
  type SpeechKind,
  type SymbolFamily,
} from '../domain';
import { entityId, listOf, localDate, localDateTime, optionalLine, optionalText, requiredLine } from './common';
import { NUMBER_SYMBOL_MAX_LENGTH } from '../number-symbol-parser';
import { MEETING_TITLE_REQUIRED } from './meeting';

/**
 * Reading a meeting out of a text (issue 11): what the renderer sends, and the proposal it gets
 * back. Every proposed item carries the spans of the source text it was read from, so the review
 * screen can highlight it; nothing is saved until `intake:apply`.
 */

/** The longest text read at once: about 150 pages. A whole website saved as text is refused. */
export const INTAKE_MAX_CHARS = 500_000;
/** The largest .docx read: official documents with photos stay well below this. */
export const INTAKE_MAX_DOCX_BYTES = 20 * 1024 * 1024;

export interface TextSpan {
  start: number;
  end: number;
}

/** A proposed value; `inferred` says in Vietnamese what was guessed (the year, the hour). */
export interface ProposedField<T> {
  value: T;
  spans: TextSpan[];
  inferred: string | null;
}

export interface ProposedAttendee {
  key: string;
  fullName: string;
  title: string;
  organisationName: string;
  role: AttendeeRole;
  attendance: Attendance;
  absenceReason: string;
  /** The directory person matched without diacritics; null for someone new to the directory. */
  personId: number | null;
  /** Already an attendee of the meeting being completed: offered unticked, never added twice. */
  alreadyInMeeting: boolean;
  spans: TextSpan[];
}

export interface ProposedSpeech {
  key: string;
  kind: SpeechKind;
  speakerName: string;
  speakerTitle: string;
  summary: string;
  spans: TextSpan[];
}

export interface ProposedAgendaItem {
  key: string;
  title: string;
  presenter: string;
  /** True when the text has no programme and the item only groups speeches ("Ý kiến phát biểu"). */
  synthesized: boolean;
  speeches: ProposedSpeech[];
  spans: TextSpan[];
}

export interface ProposedConclusion {
  key: string;
  content: string;
  alreadyInMeeting: boolean;
  spans: TextSpan[];
}

export interface ProposedAward {
  key: string;
  form: AwardForm;
  formOther: string;
  recipient: string;
  recipientKind: AwardRecipientKind;
  issuer: string;
  /** Who handed it over at the meeting, when the text says ("đồng chí … trao"). */
  presentedBy: string;
  spans: TextSpan[];
}

export interface ProposedDirective {
  key: string;
  /** Canonical number-symbol ("56-NQ/TU"). */
  symbol: string;
  family: SymbolFamily;
  type: DirectiveType;
  issuedOn: string | null;
  issuerName: string;
  relation: MeetingDirectiveRelation;
  /** The register entry with this symbol; null when it is not registered yet. */
  directiveId: number | null;
  alreadyLinked: boolean;
  spans: TextSpan[];
}

export interface ProposedFigure {
  key: string;
  text: string;
  spans: TextSpan[];
}

export interface IntakeProposal {
  /** The normalised text every span points into; shown as it is on the review screen. */
  sourceText: string;
  sourceKind: 'text' | 'docx';
  fileName: string;
  /** The meeting being completed, or null for a new one. */
  meetingId: number | null;
  meeting: {
    title: ProposedField<string> | null;
    kind: ProposedField<MeetingKind>;
    startAt: ProposedField<string> | null;
    endAt: ProposedField<string> | null;
    place: ProposedField<string> | null;
    hostName: ProposedField<string> | null;
    format: ProposedField<MeetingFormat>;
  };
  attendees: ProposedAttendee[];
  agenda: ProposedAgendaItem[];
  conclusions: ProposedConclusion[];
  awards: ProposedAward[];
  directives: ProposedDirective[];
  figures: ProposedFigure[];
  /** Things the reader noticed and could not settle (Vietnamese, for the review screen). */
  notices: string[];
  /** Milliseconds spent reading, for the review screen and the benchmark. */
  elapsedMs: number;
}

const tooLong = `Văn bản quá dài để đọc một lần (tối đa ${INTAKE_MAX_CHARS.toLocaleString('vi-VN')} ký tự, khoảng 150 trang). Hãy dán riêng phần nói về hội nghị.`;

export const intakeTextInput = z.object({
  text: z.string({ error: 'Hãy dán nội dung văn bản.' }).max(INTAKE_MAX_CHARS, { error: tooLong }),
  fileName: optionalLine(260, 'Tên tệp'),
  /** Completing an existing meeting: what it already has is marked, never proposed twice. */
  meetingId: entityId.nullable().default(null),
});
export type IntakeTextInput = z.input<typeof intakeTextInput>;

export const intakeDocxInput = z.object({
  fileName: optionalLine(260, 'Tên tệp'),
  bytes: z
    .instanceof(Uint8Array, { error: 'Không đọc được tệp đã chọn. Hãy chọn lại tệp Word (.docx).' })
    .refine((bytes) => bytes.byteLength <= INTAKE_MAX_DOCX_BYTES, {
      error: `Tệp Word quá lớn (tối đa ${INTAKE_MAX_DOCX_BYTES / 1024 / 1024} MB).`,
    }),
  meetingId: entityId.nullable().default(null),
});
export type IntakeDocxInput = z.input<typeof intakeDocxInput>;


const applyAttendee = z.object({
  fullName: requiredLine('Mỗi người dự họp cần có họ tên.', 120, 'Họ tên người dự họp'),
  title: optionalLine(300, 'Chức vụ của người dự họp'),
  organisationName: optionalLine(300, 'Tên cơ quan, đơn vị của người dự họp'),
  role: z.enum(ATTENDEE_ROLE.values, { error: 'Vai trò của người dự họp không hợp lệ.' }),
  attendance: z.enum(ATTENDANCE.values, { error: 'Tình trạng có mặt không hợp lệ.' }).default('co_mat'),
  absenceReason: optionalLine(300, 'Lý do vắng'),
  personId: entityId.nullable().default(null),
  /** Someone new: also add them to the directory (with this title), so the next text finds them. */
  addToDirectory: z.boolean().default(false),
});

const applySpeech = z.object({
  kind: z.enum(SPEECH_KIND.values, { error: 'Loại ý kiến không hợp lệ.' }),
  speakerName: optionalLine(120, 'Họ tên người phát biểu'),
  speakerTitle: optionalLine(300, 'Chức vụ người phát biểu'),
  summary: optionalText(20_000, 'Nội dung ý kiến phát biểu'),
});

const applyAgendaItem = z.object({
  title: optionalLine(500, 'Tên nội dung chương trình'),
  presenter: optionalLine(300, 'Người trình bày'),
  speeches: listOf(applySpeech, 200, 'ý kiến phát biểu của một nội dung', 'ý kiến').default([]),
});

const applyAward = z.object({
  form: z.enum(AWARD_FORM.values, { error: 'Hình thức khen thưởng không hợp lệ.' }),
  formOther: optionalLine(200, 'Hình thức khen thưởng khác'),
  recipient: requiredLine('Mỗi khen thưởng cần có người hoặc tập thể được khen.', 300, 'Tên người, tập thể được khen thưởng'),
  recipientKind: z.enum(AWARD_RECIPIENT_KIND.values, { error: 'Hãy chọn tập thể hay cá nhân.' }),
  issuer: optionalLine(300, 'Cấp khen thưởng'),
});

const applyDirective = z.object({
  symbol: z
    .string({ error: 'Hãy nhập số, ký hiệu văn bản.' })
    .min(1, { error: 'Hãy nhập số, ký hiệu văn bản.' })
    .max(NUMBER_SYMBOL_MAX_LENGTH, { error: `Số, ký hiệu quá dài (tối đa ${NUMBER_SYMBOL_MAX_LENGTH} ký tự).` }),
  issuedOn: localDate.nullable().default(null),
  issuerName: optionalLine(300, 'Tên cơ quan ban hành'),
  relation: z.enum(MEETING_DIRECTIVE_RELATION.values).default('trich_dan'),
  /** The register entry to link; null registers the directive first. */
  directiveId: entityId.nullable().default(null),
  /** How a directive not yet in the register is registered. */
  direction: z.enum(DIRECTIVE_DIRECTION.values).default('den'),
});

const applyHeader = z.object({
  title: requiredLine(MEETING_TITLE_REQUIRED, 500, 'Tên hội nghị'),
  kind: z.enum(MEETING_KIND.values, { error: 'Hãy chọn loại hội nghị.' }),
  startAt: localDateTime,
  endAt: localDateTime.nullable().default(null),
  place: optionalLine(300, 'Địa điểm'),
  hostName: optionalLine(300, 'Tên cơ quan chủ trì tổ chức'),
  format: z.enum(MEETING_FORMAT.values).default('truc_tiep'),
});

export const intakeApplyInput = z
  .object({
    /** Null creates the meeting; an id adds to it what it lacks. */
    meetingId: entityId.nullable().default(null),
    /** Required for a new meeting; for an existing one only its blanks (place, organiser, end) are filled from it. */
    header: applyHeader.nullable().default(null),
    attendees: listOf(applyAttendee, 3000, 'thành phần dự họp', 'người').default([]),
    agenda: listOf(applyAgendaItem, 200, 'nội dung chương trình', 'nội dung').default([]),
    conclusions: listOf(z.object({ content: requiredLine('Kết luận không được để trống.', 5000, 'Nội dung kết luận') }), 500, 'kết luận', 'kết luận').default([]),
    awards: listOf(applyAward, 1000, 'khen thưởng', 'khen thưởng').default([]),
    directives: listOf(applyDirective, 200, 'văn bản liên quan', 'văn bản').default([]),
    /** Figures quoted in the text, kept in the meeting's notes. */
    figures: listOf(optionalLine(300, 'Một số liệu'), 500, 'số liệu', 'số liệu').default([]),
  })
  .superRefine((value, ctx) => {
    if (value.meetingId === null && value.header === null) {
      ctx.addIssue({ code: 'custom', path: ['header'], message: 'Hội nghị mới cần có tên, loại và ngày giờ bắt đầu.' });
    }
  });
export type IntakeApplyInput = z.input<typeof intakeApplyInput>;

export interface IntakeApplyResult {
  meetingId: number;
  created: boolean;
  added: {
    attendees: number;
    people: number;
    agendaItems: number;
    speeches: number;
    conclusions: number;
    awards: number;
    directivesLinked: number;
    directivesRegistered: number;
  };
  /** What was left out because the meeting already had it (Vietnamese sentences). */
  skipped: string[];
}

export type { Attendance, AttendeeRole, AwardForm, AwardRecipientKind, DirectiveDirection, MeetingFormat, MeetingKind, SpeechKind };
