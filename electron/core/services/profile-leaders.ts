import type { z } from 'zod';
import type { AddedLeaders, MissingLeader, MissingLeaders, addLeadersInput } from '../../../shared/schemas/leaders';
import type { Profile } from '../../../shared/schemas/profile';
import { foldForSearch } from '../../../shared/text';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { findOrganisationByName } from '../repositories/organisations';
import { findPeopleNamed } from '../repositories/people';
import { getProfile } from '../repositories/profile';
import { saveOrganisation, savePerson } from './directory';

function leadersOf(profile: Profile): MissingLeader[] {
  const titled = (title: string, fallback: string) => title || `${fallback} ${profile.committeeName}`;
  return [
    ...(profile.chair ? [{ fullName: profile.chair.fullName, title: titled(profile.chair.title, 'Chủ tịch'), role: 'chu_tich' as const }] : []),
    ...profile.deputies.map((d) => ({ fullName: d.fullName, title: titled(d.title, 'Phó Chủ tịch'), role: 'pho_chu_tich' as const })),
  ].filter((leader) => leader.fullName !== '');
}

/** Someone of that name is in the directory, in use or not: adding them again would make a duplicate. */
function inDirectory(ctx: CoreContext, fullName: string): boolean {
  return findPeopleNamed(ctx.db, fullName).length > 0;
}

export function missingLeaders(ctx: CoreContext): MissingLeaders {
  const profile = getProfile(ctx.db);
  if (!profile) return { leaders: [], organisation: null, committeeName: '' };
  const seen = new Set<string>();
  const leaders = leadersOf(profile).filter((leader) => {
    const key = foldForSearch(leader.fullName);
    if (seen.has(key) || inDirectory(ctx, leader.fullName)) return false;
    seen.add(key);
    return true;
  });
  const organisation = findOrganisationByName(ctx.db, profile.committeeName);
  return { leaders, organisation: organisation && { id: organisation.id, name: organisation.name }, committeeName: profile.committeeName };
}

/**
 * Adds the leaders the user confirmed, through the directory's own service (the write path, its
 * checks), in the committee's organisation — added first if the directory does not have it.
 * All or nothing: one transaction.
 */
export function addLeaders(ctx: CoreContext, input: z.output<typeof addLeadersInput>): AddedLeaders {
  return ctx.db.transaction(() => {
    const { leaders, organisation: known, committeeName } = missingLeaders(ctx);
    if (committeeName === '') throw new AppError('VALIDATION', 'Hãy lưu hồ sơ Ủy ban trước khi thêm lãnh đạo vào danh bạ.');
    const wanted = new Set(input.fullNames.map(foldForSearch));
    const toAdd = leaders.filter((leader) => wanted.has(foldForSearch(leader.fullName)));
    // Added meanwhile (in another window, by the CLI): nothing left to do, nothing created.
    if (toAdd.length === 0) return { added: [], organisation: findOrganisationByName(ctx.db, committeeName), organisationAdded: false };
    const organisation = known
      ? { id: known.id, added: false }
      : { id: saveOrganisation(ctx, { id: null, baseUpdatedAt: null, name: committeeName, kind: 'mat_tran', abbreviation: '' }).id, added: true };
    const added = toAdd.map((leader) =>
      // No namesake in the directory at all (missingLeaders), so none who could be the same person.
      savePerson(ctx, { id: null, baseUpdatedAt: null, fullName: leader.fullName, title: leader.title, organisationId: organisation.id, phone: '', email: '', confirmDuplicate: false }),
    );
    const saved = findOrganisationByName(ctx.db, committeeName)!;
    return { added, organisation: saved, organisationAdded: organisation.added };
  })();
}
