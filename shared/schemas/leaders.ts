import { z } from 'zod';
import type { Organisation, Person } from './directory';
import { requiredLine } from './common';

/**
 * The chair and vice-chairs typed in the committee's profile who are not yet in the directory
 * ("Danh bạ"): offered to be added after the profile is saved, so that they can be picked as
 * attendees, chairs and speakers like everyone else.
 */
export interface MissingLeader {
  fullName: string;
  /** The title from the profile, or "Chủ tịch …" / "Phó Chủ tịch …" of the committee when none was typed. */
  title: string;
  role: 'chu_tich' | 'pho_chu_tich';
}

export interface MissingLeaders {
  leaders: MissingLeader[];
  /** The committee as an organisation of the directory; null when adding the leaders adds it too. */
  organisation: Pick<Organisation, 'id' | 'name'> | null;
  committeeName: string;
}

export const addLeadersInput = z.object({
  /** The names the user agreed to add (the leaders still missing by then are added, the others skipped). */
  fullNames: z
    .array(requiredLine('Hãy cho biết họ tên người cần thêm vào danh bạ.', 120, 'Họ tên'))
    .min(1, { error: 'Hãy chọn ít nhất một người để thêm vào danh bạ.' })
    .max(11, { error: 'Hồ sơ có tối đa 11 lãnh đạo (Chủ tịch và 10 Phó Chủ tịch).' }),
});
export type AddLeadersInput = z.input<typeof addLeadersInput>;

export interface AddedLeaders {
  added: Person[];
  /** The committee's organisation the people were put in (added with them when it was missing); null when no one was added and it is missing. */
  organisation: Organisation | null;
  organisationAdded: boolean;
}
