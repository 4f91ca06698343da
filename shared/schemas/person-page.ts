import type { AttendeeRole, Attendance, AwardForm, SpeechKind, TaskStatus } from '../domain';
import type { Person } from './directory';

/** A person's page: what the records say about them, meeting by meeting. */
export interface PersonAttendance {
  meetingId: number;
  meetingTitle: string;
  startAt: string;
  /** The row inside the meeting, to open the meeting at it. */
  attendeeId: string;
  role: AttendeeRole;
  attendance: Attendance;
  /** The title they held at that meeting (the snapshot), not today's. */
  titleHeld: string;
  organisationName: string;
}

export interface PersonSpeech {
  meetingId: number;
  meetingTitle: string;
  startAt: string;
  speechId: string;
  kind: SpeechKind;
  titleHeld: string;
  excerpt: string;
}

export interface PersonAward {
  meetingId: number;
  meetingTitle: string;
  startAt: string;
  awardId: string;
  form: AwardForm;
  formOther: string;
  issuer: string;
}

export interface PersonTask {
  id: number;
  title: string;
  status: TaskStatus;
  dueDate: string | null;
}

export interface PersonPage {
  person: Person;
  attended: PersonAttendance[];
  spoke: PersonSpeech[];
  awards: PersonAward[];
  tasks: PersonTask[];
}
