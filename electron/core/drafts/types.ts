import type { TaskRecurrence } from '../../../shared/domain';
import type { Meeting } from '../../../shared/schemas/meeting';
import type { Profile } from '../../../shared/schemas/profile';
import type { DocumentFields } from '../repositories/documents';

/** A task given from one of the meeting's conclusions ("Giao nhiệm vụ"), as a conclusion notice states it. */
export interface ConclusionAssignment {
  conclusionId: string;
  title: string;
  leadName: string;
  supportingNames: readonly string[];
  dueDate: string | null;
  recurrence: TaskRecurrence;
}

/** What a draft is made from. Drafts are pure functions of this: no database, no clock. */
export interface DraftSource {
  meeting: Meeting;
  profile: Profile;
  /** Today's local date ("2026-01-05"): an invitation is dated when it is sent, not on the meeting day. */
  today: string;
  /** The date chosen for the document when it is made ("Tạo giấy mời"); today when none was chosen. */
  documentDate?: string | null;
  /** The tasks given from the meeting's conclusions, in the order they were given; none when left out. */
  assignments?: readonly ConclusionAssignment[];
}

export type DraftFields = DocumentFields;
