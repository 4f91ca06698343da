import {
  ATTENDANCE,
  ATTENDEE_ROLE,
  AWARD_FORM,
  AWARD_RECIPIENT_KIND,
  DIRECTIVE_DIRECTION,
  DIRECTIVE_STATUS,
  DIRECTIVE_TYPE,
  DOCUMENT_KIND,
  DOCUMENT_STATUS,
  MEETING_FORMAT,
  MEETING_KIND,
  MEETING_STATUS,
  ORGANISATION_KIND,
  REPORT_KIND,
  SPEECH_KIND,
  SYMBOL_FAMILY,
  TASK_PRIORITY,
  TASK_RECURRENCE,
  TASK_SOURCE,
  TASK_STATUS,
} from '../../../../shared/domain';
import { plainText, type RichDoc } from '../../../../shared/rich-text';
import type { DocumentHeader, DocumentSignature, MinutesSigners } from '../../../../shared/schemas/document';
import { foldForSearch } from '../../../../shared/text';
import type { Db } from '../open';
import { col } from './columns';
import { defineTable, type RowOf } from './define';

/**
 * Every table the app writes, declared once. Column names are the property names in snake_case
 * unless `.named()` says otherwise. `search_text` is not a column here: it is derived, and the
 * write path recomputes it with the table's `searchText` on every insert and update.
 *
 * Adding a field to a record: one line here, the migration adding the column, the zod schema of
 * the channel that edits it, and the screen that shows it.
 */

function organisationNames(db: Db, id: number | null): { name: string; abbreviation: string } | null {
  if (id === null) return null;
  const row = db.prepare('SELECT name, abbreviation FROM organisations WHERE id = ?').get(id);
  if (typeof row !== 'object' || row === null) return null;
  const { name, abbreviation } = row as Record<string, unknown>;
  return { name: String(name), abbreviation: String(abbreviation) };
}

export const organisations = defineTable({
  name: 'organisations',
  key: 'integer',
  stamped: true,
  softDelete: false,
  columns: {
    name: col.text(),
    kind: col.enum(ORGANISATION_KIND.values),
    abbreviation: col.text().default(''),
    active: col.boolean().default(true),
    /** A committee above or below (migration 008): its code in exchange packages, and which it is. */
    exchangeCode: col.textOrNull().default(null),
    exchangeRelation: col.enumOrNull(['cap_tren', 'cap_duoi'] as const).default(null),
  },
  searchText: (row) => foldForSearch(`${row.name} ${row.abbreviation}`),
});

export const people = defineTable({
  name: 'people',
  key: 'integer',
  stamped: true,
  softDelete: false,
  columns: {
    fullName: col.text(),
    title: col.text().default(''),
    organisationId: col.integerOrNull().default(null),
    phone: col.text().default(''),
    email: col.text().default(''),
    active: col.boolean().default(true),
  },
  /** A person is found by name, title, and the name or abbreviation of their organisation. */
  searchText: (row, db) => {
    const organisation = organisationNames(db, row.organisationId);
    return foldForSearch(`${row.fullName} ${row.title} ${organisation?.name ?? ''} ${organisation?.abbreviation ?? ''}`);
  },
});

export const meetings = defineTable({
  name: 'meetings',
  key: 'integer',
  stamped: true,
  softDelete: true,
  columns: {
    title: col.text(),
    kind: col.enum(MEETING_KIND.values),
    kindOther: col.text().default(''),
    startAt: col.text(),
    endAt: col.textOrNull().default(null),
    place: col.text().default(''),
    format: col.enum(MEETING_FORMAT.values).default('truc_tiep'),
    hostName: col.text().default(''),
    status: col.enum(MEETING_STATUS.values).default('du_kien'),
    notes: col.text().default(''),
  },
  searchText: (row) => foldForSearch(`${row.title} ${row.place} ${row.hostName} ${row.kindOther}`),
});

export const meetingConnectedPoints = defineTable({
  name: 'meeting_connected_points',
  key: 'uuid',
  stamped: false,
  softDelete: false,
  columns: {
    meetingId: col.integer(),
    position: col.integer(),
    name: col.text(),
  },
});

export const meetingAttendees = defineTable({
  name: 'meeting_attendees',
  key: 'uuid',
  stamped: false,
  softDelete: false,
  columns: {
    meetingId: col.integer(),
    position: col.integer(),
    personId: col.integerOrNull(),
    fullName: col.text(),
    title: col.text(),
    organisationName: col.text(),
    role: col.enum(ATTENDEE_ROLE.values),
    attendance: col.enum(ATTENDANCE.values),
    absenceReason: col.text(),
  },
});

export const agendaItems = defineTable({
  name: 'agenda_items',
  key: 'uuid',
  stamped: false,
  softDelete: false,
  columns: {
    meetingId: col.integer(),
    position: col.integer(),
    title: col.text(),
    presenter: col.text(),
  },
});

export const speeches = defineTable({
  name: 'speeches',
  key: 'uuid',
  stamped: false,
  softDelete: false,
  columns: {
    agendaItemId: col.text(),
    meetingId: col.integer(),
    position: col.integer(),
    kind: col.enum(SPEECH_KIND.values),
    speakerName: col.text(),
    speakerTitle: col.text(),
    summary: col.text(),
  },
});

export const conclusions = defineTable({
  name: 'conclusions',
  key: 'uuid',
  stamped: false,
  softDelete: false,
  columns: {
    meetingId: col.integer(),
    position: col.integer(),
    content: col.text(),
  },
});

export const awards = defineTable({
  name: 'awards',
  key: 'uuid',
  stamped: false,
  softDelete: false,
  columns: {
    meetingId: col.integer(),
    position: col.integer(),
    form: col.enum(AWARD_FORM.values),
    formOther: col.text(),
    recipient: col.text(),
    recipientKind: col.enum(AWARD_RECIPIENT_KIND.values),
    issuer: col.text(),
  },
});

/** Folded text for accent-insensitive search: kind, summary, body and (once issued) the number-symbol. */
export function documentSearchText(row: { kind: (typeof DOCUMENT_KIND.values)[number]; numberSymbol: string | null; summary: string; body: RichDoc }): string {
  return foldForSearch(`${DOCUMENT_KIND.labels[row.kind]} ${row.numberSymbol ?? ''} ${row.summary} ${plainText(row.body)}`);
}

export const documents = defineTable({
  name: 'documents',
  key: 'integer',
  stamped: true,
  softDelete: true,
  columns: {
    meetingId: col.integerOrNull().default(null),
    kind: col.enum(DOCUMENT_KIND.values),
    reportKind: col.enumOrNull(REPORT_KIND.values).default(null),
    summary: col.text().default(''),
    header: col.json<DocumentHeader>().named('header_json'),
    placeName: col.text().default(''),
    documentDate: col.text(),
    addressees: col.json<string[]>().named('addressees_json').default([]),
    body: col.json<RichDoc>().named('body_json'),
    signature: col.json<DocumentSignature>().named('signature_json'),
    minutesSigners: col.json<MinutesSigners>().named('minutes_signers_json'),
    recipients: col.json<string[]>().named('recipients_json').default([]),
    status: col.enum(DOCUMENT_STATUS.values).default('ban_nhap'),
    typeCode: col.text(),
    number: col.integerOrNull().default(null),
    numberYear: col.integerOrNull().default(null),
    numberSymbol: col.textOrNull().default(null),
    finalisedAt: col.textOrNull().default(null),
    finalisedBy: col.textOrNull().default(null),
    contentHash: col.textOrNull().default(null),
    issuedAt: col.textOrNull().default(null),
  },
  searchText: documentSearchText,
});

export const documentVersions = defineTable({
  name: 'document_versions',
  key: 'integer',
  stamped: false,
  softDelete: false,
  columns: {
    documentId: col.integer(),
    createdAt: col.text(),
    reason: col.enum(['tu_dong', 'hoan_thien', 'truoc_khoi_phuc', 'truoc_lam_moi', 'mo_khoa'] as const),
    summary: col.text().default(''),
    body: col.json<RichDoc>().named('body_json'),
  },
});

export const documentEvents = defineTable({
  name: 'document_events',
  key: 'integer',
  stamped: false,
  softDelete: false,
  columns: {
    documentId: col.integer(),
    at: col.text(),
    kind: col.enum(['hoan_thien', 'mo_khoa', 'ban_hanh'] as const),
    byName: col.text(),
    note: col.text().default(''),
  },
});

export const directives = defineTable({
  name: 'directives',
  key: 'integer',
  stamped: true,
  softDelete: true,
  columns: {
    direction: col.enum(DIRECTIVE_DIRECTION.values),
    family: col.enum(SYMBOL_FAMILY.values),
    numberSymbol: col.text(),
    symbolKey: col.text(),
    symbolIssuer: col.text().default(''),
    typeCode: col.textOrNull().default(null),
    type: col.enum(DIRECTIVE_TYPE.values),
    issuerOrganisationId: col.integerOrNull().default(null),
    issuerName: col.text().default(''),
    issuedDate: col.textOrNull().default(null),
    issuedYear: col.integerOrNull().default(null),
    signer: col.text().default(''),
    summary: col.text().default(''),
    arrivalNumber: col.integerOrNull().default(null),
    arrivalDate: col.textOrNull().default(null),
    arrivalYear: col.integerOrNull().default(null),
    status: col.enum(DIRECTIVE_STATUS.values).default('con_hieu_luc'),
    replacesId: col.integerOrNull().default(null),
    guidesId: col.integerOrNull().default(null),
    notes: col.text().default(''),
  },
  /** Folded text over the symbol, the kind, the summary, the issuing body and the signer. */
  searchText: (row, db) =>
    foldForSearch(
      [
        row.numberSymbol,
        DIRECTIVE_TYPE.labels[row.type],
        row.summary,
        organisationNames(db, row.issuerOrganisationId)?.name ?? '',
        row.issuerName,
        row.symbolIssuer,
        row.signer,
      ].join(' '),
    ),
});

export const directiveAttachments = defineTable({
  name: 'directive_attachments',
  key: 'integer',
  stamped: false,
  softDelete: false,
  columns: {
    directiveId: col.integer(),
    fileName: col.text(),
    storedName: col.text(),
    size: col.integer(),
    sha256: col.text(),
    mime: col.text(),
    addedAt: col.text(),
  },
});

export const tasks = defineTable({
  name: 'tasks',
  key: 'integer',
  stamped: true,
  softDelete: true,
  columns: {
    title: col.text(),
    detail: col.text().default(''),
    leadOrganisationId: col.integer(),
    responsiblePersonId: col.integerOrNull().default(null),
    startDate: col.textOrNull().default(null),
    dueDate: col.textOrNull().default(null),
    priority: col.enum(TASK_PRIORITY.values).default('trung_binh'),
    status: col.enum(TASK_STATUS.values).default('chua_thuc_hien'),
    result: col.text().default(''),
    completedAt: col.textOrNull().default(null),
    completedBy: col.textOrNull().default(null),
    source: col.enum(TASK_SOURCE.values),
    conclusionId: col.textOrNull().default(null),
    meetingId: col.integerOrNull().default(null),
    directiveId: col.integerOrNull().default(null),
    recurrence: col.enum(TASK_RECURRENCE.values).default('khong'),
    recurrenceDay: col.integerOrNull().default(null),
    previousTaskId: col.integerOrNull().default(null),
  },
  searchText: (row) => foldForSearch(`${row.title} ${row.detail} ${row.result}`),
});

export const taskProgress = defineTable({
  name: 'task_progress',
  key: 'integer',
  stamped: false,
  softDelete: false,
  columns: {
    taskId: col.integer(),
    progressDate: col.text(),
    note: col.text(),
    byName: col.text().default(''),
    createdAt: col.text(),
  },
});

export type OrganisationRow = RowOf<typeof organisations>;
export type PersonRow = RowOf<typeof people>;
export type MeetingRow = RowOf<typeof meetings>;
export type DocumentRow = RowOf<typeof documents>;
export type DirectiveRow = RowOf<typeof directives>;
export type TaskRow = RowOf<typeof tasks>;
