import type { DocumentKind, ReportKind } from '../../../shared/domain';
import { EMPTY_DOC } from '../../../shared/rich-text';
import type { MEETING_DRAFT_KINDS } from '../../../shared/schemas/document';
import type { Profile } from '../../../shared/schemas/profile';
import { conclusionNoticeDraft } from './conclusion-notice';
import { defaultAddressees, defaultHeader, defaultRecipients, defaultSignature, NO_MINUTES_SIGNERS } from './defaults';
import { invitationDraft } from './invitation';
import { minutesDraft } from './minutes';
import type { DraftFields, DraftSource } from './types';

export type MeetingDraftKind = (typeof MEETING_DRAFT_KINDS)[number];
export type { ConclusionAssignment, DraftFields, DraftSource } from './types';

const MEETING_DRAFTS: Record<MeetingDraftKind, (source: DraftSource) => DraftFields> = {
  bien_ban: minutesDraft,
  thong_bao_ket_luan: conclusionNoticeDraft,
  giay_moi: invitationDraft,
};

/** A document filled from a meeting. Pure: the same meeting and profile give the same draft. */
export function draftFromMeeting(kind: MeetingDraftKind, source: DraftSource): DraftFields {
  return MEETING_DRAFTS[kind](source);
}

/** A standalone document: the profile's header and signature, an empty body. */
export function blankDraft(
  kind: DocumentKind,
  options: { reportKind: ReportKind | null; summary: string; profile: Profile; today: string },
): DraftFields {
  const { profile } = options;
  return {
    reportKind: kind === 'bao_cao' ? options.reportKind : null,
    summary: options.summary,
    header: defaultHeader(profile),
    placeName: profile.placeName,
    documentDate: options.today,
    addressees: defaultAddressees(kind, profile),
    body: EMPTY_DOC,
    signature: defaultSignature(profile),
    minutesSigners: NO_MINUTES_SIGNERS,
    recipients: defaultRecipients(kind, profile),
  };
}
