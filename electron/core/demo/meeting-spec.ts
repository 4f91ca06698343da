import { randomUUID } from 'node:crypto';
import type {
  AttendeeRole,
  AwardForm,
  AwardRecipientKind,
  MeetingFormat,
  MeetingKind,
  MeetingStatus,
  SpeechKind,
} from '../../../shared/domain';
import type { MeetingInput } from '../../../shared/schemas/meeting';
import { DEMO_ORGANISATIONS, DEMO_PEOPLE, type PersonKey } from './directory-data';

/**
 * A compact way to write a demo meeting: attendees name a directory person by key, and the
 * builder fills in ids, the title snapshot and the organisation the way the editor would.
 */

export type AttendeeSpec =
  | {
      person: PersonKey;
      role: AttendeeRole;
      /** The title held at that meeting when it differs from today's directory title. */
      titleAtMeeting?: string;
      absentReason?: string;
    }
  | { guest: { fullName: string; title: string; organisationName: string }; role: AttendeeRole };

export interface SpeechSpec {
  kind: SpeechKind;
  speaker?: PersonKey;
  speakerName?: string;
  speakerTitle?: string;
  summary: string;
}

export interface AgendaSpec {
  title: string;
  presenter?: string;
  speeches?: SpeechSpec[];
}

export interface AwardSpec {
  form: AwardForm;
  recipient: string;
  recipientKind: AwardRecipientKind;
  issuer: string;
}

export interface MeetingSpec {
  title: string;
  kind: MeetingKind;
  startAt: string;
  endAt: string | null;
  place: string;
  format: MeetingFormat;
  hostName: string;
  status: MeetingStatus;
  notes?: string;
  connectedPoints?: string[];
  attendees: AttendeeSpec[];
  agenda?: AgendaSpec[];
  conclusions?: string[];
  awards?: AwardSpec[];
}

/** "Trần Lưu Quang, Ủy viên Trung ương Đảng, …" — how presenters are written in a programme. */
export function nameWithTitle(key: PersonKey, titleAtMeeting?: string): string {
  const person = DEMO_PEOPLE[key];
  return `${person.fullName}, ${titleAtMeeting ?? person.title}`;
}

export function buildMeetingInput(
  id: number,
  spec: MeetingSpec,
  personIds: Readonly<Record<PersonKey, number>>,
): MeetingInput {
  const snapshotTitles = new Map<PersonKey, string>();
  const attendees = spec.attendees.map((attendee) => {
    if ('guest' in attendee) {
      return {
        id: randomUUID(),
        personId: null,
        ...attendee.guest,
        role: attendee.role,
        attendance: 'co_mat' as const,
        absenceReason: '',
      };
    }
    const person = DEMO_PEOPLE[attendee.person];
    const title = attendee.titleAtMeeting ?? person.title;
    snapshotTitles.set(attendee.person, title);
    return {
      id: randomUUID(),
      personId: personIds[attendee.person],
      fullName: person.fullName,
      title,
      organisationName: DEMO_ORGANISATIONS[person.organisation].name,
      role: attendee.role,
      attendance: attendee.absentReason === undefined ? ('co_mat' as const) : ('vang_co_ly_do' as const),
      absenceReason: attendee.absentReason ?? '',
    };
  });
  return {
    id,
    title: spec.title,
    kind: spec.kind,
    startAt: spec.startAt,
    endAt: spec.endAt,
    kindOther: '',
    place: spec.place,
    format: spec.format,
    hostName: spec.hostName,
    status: spec.status,
    notes: spec.notes ?? '',
    connectedPoints: (spec.connectedPoints ?? []).map((name) => ({ id: randomUUID(), name })),
    attendees,
    agenda: (spec.agenda ?? []).map((item) => ({
      id: randomUUID(),
      title: item.title,
      presenter: item.presenter ?? '',
      speeches: (item.speeches ?? []).map((speech) => ({
        id: randomUUID(),
        kind: speech.kind,
        // A speaker who attended is written with the title recorded for this meeting.
        speakerName: speech.speaker ? DEMO_PEOPLE[speech.speaker].fullName : (speech.speakerName ?? ''),
        speakerTitle: speech.speaker
          ? (snapshotTitles.get(speech.speaker) ?? DEMO_PEOPLE[speech.speaker].title)
          : (speech.speakerTitle ?? ''),
        summary: speech.summary,
      })),
    })),
    conclusions: (spec.conclusions ?? []).map((content) => ({ id: randomUUID(), content })),
    awards: (spec.awards ?? []).map((award) => ({ id: randomUUID(), formOther: '', ...award })),
  };
}
