import {
  ATTENDEE_ROLE,
  AWARD_FORM,
  DIRECTIVE_TYPE,
  DOCUMENT_KIND,
  MEETING_KIND,
  ORGANISATION_KIND,
  type SearchKind,
} from '../../../shared/domain';
import { plainText } from '../../../shared/rich-text';
import type { RowOf } from '../db/write/define';
import type {
  agendaItems,
  awards,
  conclusions,
  DirectiveRow,
  DocumentRow,
  meetingAttendees,
  MeetingRow,
  OrganisationRow,
  PersonRow,
  speeches,
  TaskRow,
} from '../db/write/tables';

/**
 * What the search index holds for one row of the app: its text as written (`head`, what names it,
 * and `body`, the rest), the record a result opens (kind and id) and the row inside it to open at
 * (part and partId: an attendee, a speech, a conclusion…), and the day it belongs to, for recency.
 *
 * Every searchable row makes at most one entry, named by its `source` ("speeches:<uuid>"). A row
 * in the bin, or inside a meeting in the bin, makes none.
 */

export type SearchPart = 'header' | 'attendee' | 'agenda' | 'speech' | 'conclusion' | 'award' | 'body';

export interface SearchEntry {
  source: string;
  kind: SearchKind;
  recordId: number;
  part: SearchPart;
  partId: string | null;
  head: string;
  body: string;
  /** Days since 1900-01-01 of the record's date (a meeting's day, a directive's issue date…). */
  day: number;
}

const EPOCH = Date.UTC(1900, 0, 1);
const DAY_MS = 86_400_000;

/** Days since 1900 of an ISO date or date-time ("2026-01-05", "2026-01-05T08:00", "…Z"). */
export function dayNumber(value: string | null | undefined): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!match) return 0;
  const days = Math.floor((Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) - EPOCH) / DAY_MS);
  return Math.max(0, days);
}

/** Fields of one entry, in reading order ("Trưởng Ban Phong trào; Ủy ban MTTQ…; Đại biểu"). */
function join(...parts: Array<string | null | undefined>): string {
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join('; ');
}

/** The meeting's own fields, and the symbols of the directives linked to it ("56-NQ/TU"), so that a symbol finds the meetings citing it. */
export function meetingEntry(row: MeetingRow, linkedSymbols: readonly string[]): SearchEntry | null {
  if (row.deletedAt !== null) return null;
  return {
    source: `meetings:${row.id}`,
    kind: 'meeting',
    recordId: row.id,
    part: 'header',
    partId: null,
    head: row.title,
    body: join(MEETING_KIND.labels[row.kind], row.kindOther, row.place, row.hostName, row.notes, linkedSymbols.join(' ')),
    day: dayNumber(row.startAt),
  };
}

/** The live meeting a row belongs to; null when it is in the bin. */
export interface MeetingContext {
  id: number;
  startAt: string;
}

function childEntry(table: string, row: { id: string; meetingId: number }, meeting: MeetingContext | null, part: SearchPart, head: string, body: string): SearchEntry | null {
  if (!meeting || meeting.id !== row.meetingId) return null;
  if (head.trim() === '' && body.trim() === '') return null;
  return { source: `${table}:${row.id}`, kind: 'meeting', recordId: row.meetingId, part, partId: row.id, head, body, day: dayNumber(meeting.startAt) };
}

export function attendeeEntry(row: RowOf<typeof meetingAttendees>, meeting: MeetingContext | null): SearchEntry | null {
  return childEntry('meeting_attendees', row, meeting, 'attendee', row.fullName, join(row.title, row.organisationName, ATTENDEE_ROLE.labels[row.role]));
}

export function agendaEntry(row: RowOf<typeof agendaItems>, meeting: MeetingContext | null): SearchEntry | null {
  return childEntry('agenda_items', row, meeting, 'agenda', row.title, row.presenter);
}

export function speechEntry(row: RowOf<typeof speeches>, meeting: MeetingContext | null): SearchEntry | null {
  return childEntry('speeches', row, meeting, 'speech', row.speakerName, join(row.speakerTitle, row.summary));
}

export function conclusionEntry(row: RowOf<typeof conclusions>, meeting: MeetingContext | null): SearchEntry | null {
  return childEntry('conclusions', row, meeting, 'conclusion', '', row.content);
}

export function awardEntry(row: RowOf<typeof awards>, meeting: MeetingContext | null): SearchEntry | null {
  const form = row.form === 'khac' ? row.formOther : AWARD_FORM.labels[row.form];
  return childEntry('awards', row, meeting, 'award', row.recipient, join(form, row.issuer));
}

export function directiveEntry(row: DirectiveRow, issuerOrganisationName: string | null): SearchEntry | null {
  if (row.deletedAt !== null) return null;
  return {
    source: `directives:${row.id}`,
    kind: 'directive',
    recordId: row.id,
    part: 'header',
    partId: null,
    head: join(row.numberSymbol, row.summary),
    body: join(DIRECTIVE_TYPE.labels[row.type], issuerOrganisationName, row.issuerName, row.symbolIssuer, row.signer, row.notes),
    day: dayNumber(row.issuedDate ?? row.arrivalDate ?? row.createdAt),
  };
}

export function taskEntry(row: TaskRow, progressNotes: readonly string[]): SearchEntry | null {
  if (row.deletedAt !== null) return null;
  return {
    source: `tasks:${row.id}`,
    kind: 'task',
    recordId: row.id,
    part: 'header',
    partId: null,
    head: row.title,
    body: join(row.detail, ...progressNotes, row.result),
    day: dayNumber(row.startDate ?? row.dueDate ?? row.createdAt),
  };
}

export function documentEntry(row: DocumentRow): SearchEntry | null {
  if (row.deletedAt !== null) return null;
  return {
    source: `documents:${row.id}`,
    kind: 'document',
    recordId: row.id,
    part: 'body',
    partId: null,
    head: join(DOCUMENT_KIND.labels[row.kind], row.numberSymbol, row.summary),
    body: plainText(row.body),
    day: dayNumber(row.documentDate),
  };
}

export function personEntry(row: PersonRow, organisation: { name: string; abbreviation: string } | null): SearchEntry {
  return {
    source: `people:${row.id}`,
    kind: 'person',
    recordId: row.id,
    part: 'header',
    partId: null,
    head: row.fullName,
    body: join(row.title, organisation?.name, organisation?.abbreviation),
    day: dayNumber(row.createdAt),
  };
}

export function organisationEntry(row: OrganisationRow): SearchEntry {
  return {
    source: `organisations:${row.id}`,
    kind: 'organisation',
    recordId: row.id,
    part: 'header',
    partId: null,
    head: join(row.name, row.abbreviation),
    body: ORGANISATION_KIND.labels[row.kind],
    day: dayNumber(row.createdAt),
  };
}
