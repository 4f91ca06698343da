/**
 * The proposal in the shape `npm run cli -- intake` prints (issue 11): the meeting's fields as
 * shared/schemas/meeting.ts names them, the directives with `issuedOn` as YYYY-MM-DD or null.
 */
import type { AttendeeRole, AwardForm, AwardRecipientKind, MeetingKind, SpeechKind } from '../../../shared/domain';
import type { IntakeProposal } from '../../../shared/schemas/intake';

export interface IntakeCliOutput {
  meeting: {
    title: string;
    kind: MeetingKind;
    startAt: string | null;
    place: string;
    hostName: string;
    attendees: Array<{ fullName: string; title: string; organisationName: string; role: AttendeeRole }>;
    agenda: Array<{
      title: string;
      presenter: string;
      speeches: Array<{ kind: SpeechKind; speakerName: string; speakerTitle: string; summary: string }>;
    }>;
    conclusions: Array<{ content: string }>;
    awards: Array<{ form: AwardForm; recipient: string; recipientKind: AwardRecipientKind; issuer: string }>;
  };
  directives: Array<{ symbol: string; issuedOn: string | null; issuerName: string }>;
}

export function toCliOutput(proposal: IntakeProposal): IntakeCliOutput {
  const m = proposal.meeting;
  return {
    meeting: {
      title: m.title?.value ?? '',
      kind: m.kind.value,
      startAt: m.startAt?.value ?? null,
      place: m.place?.value ?? '',
      hostName: m.hostName?.value ?? '',
      attendees: proposal.attendees.map((a) => ({ fullName: a.fullName, title: a.title, organisationName: a.organisationName, role: a.role })),
      agenda: proposal.agenda.map((item) => ({
        title: item.title,
        presenter: item.presenter,
        speeches: item.speeches.map((s) => ({ kind: s.kind, speakerName: s.speakerName, speakerTitle: s.speakerTitle, summary: s.summary })),
      })),
      conclusions: proposal.conclusions.map((c) => ({ content: c.content })),
      awards: proposal.awards.map((a) => ({ form: a.form, recipient: a.recipient, recipientKind: a.recipientKind, issuer: a.issuer })),
    },
    directives: proposal.directives.map((d) => ({ symbol: d.symbol, issuedOn: d.issuedOn, issuerName: d.issuerName })),
  };
}
