import type { CommitteeLevel } from '../../../../shared/domain';
import type { Profile, ProfileInput } from '../../../../shared/schemas/profile';

/** What the profile form holds: the chair is split into two plain fields. */
export interface ProfileFormValues {
  committeeName: string;
  parentBody: string;
  placeName: string;
  level: CommitteeLevel | undefined;
  abbreviation: string;
  committeeCode: string;
  chairName: string;
  chairTitle: string;
  deputies: Array<{ fullName: string; title: string }>;
  accentedFileNames: boolean;
}

export const MAX_DEPUTIES = 10;

export function toFormValues(profile: Profile | null): ProfileFormValues {
  return {
    committeeName: profile?.committeeName ?? '',
    parentBody: profile?.parentBody ?? '',
    placeName: profile?.placeName ?? '',
    level: profile?.level,
    abbreviation: profile?.abbreviation ?? '',
    committeeCode: profile?.committeeCode ?? '',
    chairName: profile?.chair?.fullName ?? '',
    chairTitle: profile?.chair?.title ?? '',
    deputies: (profile?.deputies ?? []).map((d) => ({ fullName: d.fullName, title: d.title })),
    accentedFileNames: profile?.accentedFileNames ?? false,
  };
}

export function toProfileInput(values: ProfileFormValues): ProfileInput {
  const chairName = (values.chairName ?? '').trim();
  const chairTitle = (values.chairTitle ?? '').trim();
  return {
    committeeName: values.committeeName ?? '',
    parentBody: values.parentBody ?? '',
    placeName: values.placeName ?? '',
    // The server refuses a missing level with a Vietnamese message; the form's own rule fires first.
    level: values.level as CommitteeLevel,
    abbreviation: values.abbreviation ?? '',
    committeeCode: values.committeeCode ?? '',
    chair: chairName || chairTitle ? { fullName: chairName, title: chairTitle } : null,
    deputies: (values.deputies ?? []).map((d) => ({ fullName: d?.fullName ?? '', title: d?.title ?? '' })),
    accentedFileNames: values.accentedFileNames === true,
  };
}
