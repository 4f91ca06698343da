import type { Meeting } from '../../../shared/schemas/meeting';
import type { Profile } from '../../../shared/schemas/profile';
import type { DocumentFields } from '../repositories/documents';

/** What a draft is made from. Drafts are pure functions of this: no database, no clock. */
export interface DraftSource {
  meeting: Meeting;
  profile: Profile;
  /** Today's local date ("2026-01-05"): an invitation is dated when it is sent, not on the meeting day. */
  today: string;
}

export type DraftFields = DocumentFields;
