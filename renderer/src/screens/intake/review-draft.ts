/**
 * The review of a proposal: every proposed item with an "accepted" tick (ticked unless the
 * meeting already has it), editable in place; and what "Lưu hội nghị" sends. Pure functions, so
 * the store stays small and the tests can drive them.
 */
import type { DirectiveDirection, MeetingFormat, MeetingKind } from '../../../../shared/domain';
import { MEETING_TITLE_REQUIRED } from '../../../../shared/schemas/meeting';
import type {
  IntakeApplyInput,
  IntakeProposal,
  ProposedAgendaItem,
  ProposedAttendee,
  ProposedAward,
  ProposedDirective,
  ProposedSpeech,
  TextSpan,
} from '../../../../shared/schemas/intake';

export type Reviewed<T> = T & { accepted: boolean };

export interface ReviewHeader {
  title: string;
  kind: MeetingKind;
  startAt: string | null;
  endAt: string | null;
  place: string;
  hostName: string;
  format: MeetingFormat;
}

export interface ReviewDraft {
  header: ReviewHeader;
  attendees: Array<Reviewed<ProposedAttendee> & { addToDirectory: boolean }>;
  agenda: Array<Reviewed<Omit<ProposedAgendaItem, 'speeches'>> & { speeches: Array<Reviewed<ProposedSpeech>> }>;
  conclusions: Array<Reviewed<{ key: string; content: string; alreadyInMeeting: boolean; spans: TextSpan[] }>>;
  awards: Array<Reviewed<ProposedAward>>;
  directives: Array<Reviewed<ProposedDirective> & { direction: DirectiveDirection }>;
  figures: Array<Reviewed<{ key: string; text: string; spans: TextSpan[] }>>;
}

export function draftFromProposal(proposal: IntakeProposal): ReviewDraft {
  const m = proposal.meeting;
  return {
    header: {
      title: m.title?.value ?? '',
      kind: m.kind.value,
      startAt: m.startAt?.value ?? null,
      endAt: m.endAt?.value ?? null,
      place: m.place?.value ?? '',
      hostName: m.hostName?.value ?? '',
      format: m.format.value,
    },
    attendees: proposal.attendees.map((a) => ({ ...a, accepted: !a.alreadyInMeeting, addToDirectory: a.personId === null })),
    agenda: proposal.agenda.map((item) => ({ ...item, accepted: true, speeches: item.speeches.map((s) => ({ ...s, accepted: true })) })),
    conclusions: proposal.conclusions.map((c) => ({ ...c, accepted: !c.alreadyInMeeting })),
    awards: proposal.awards.map((a) => ({ ...a, accepted: true })),
    // A directive the text only cites ("căn cứ …") was not received here: registered as cited, with no arrival date.
    directives: proposal.directives.map((d) => ({ ...d, accepted: !d.alreadyLinked, direction: d.relation === 'trich_dan' ? ('trich_dan' as const) : ('den' as const) })),
    figures: proposal.figures.map((f) => ({ ...f, accepted: true })),
  };
}

/** What keeps the record from being saved, in Vietnamese; empty when it can be saved. */
export function blockers(draft: ReviewDraft, completing: boolean): string[] {
  const out: string[] = [];
  if (!completing) {
    if (draft.header.title.trim() === '') out.push(MEETING_TITLE_REQUIRED);
    if (!draft.header.startAt) out.push('Hãy nhập ngày giờ bắt đầu hội nghị.');
  }
  if (draft.attendees.some((a) => a.accepted && a.fullName.trim() === '')) out.push('Có người dự họp được chọn nhưng chưa có họ tên.');
  if (draft.awards.some((a) => a.accepted && a.recipient.trim() === '')) out.push('Có khen thưởng được chọn nhưng chưa ghi người hoặc tập thể được khen.');
  return out;
}

/** How many items are ticked, per section, for the save button and the section titles. */
export function acceptedCounts(draft: ReviewDraft) {
  const n = <T extends { accepted: boolean }>(rows: readonly T[]) => rows.filter((r) => r.accepted).length;
  return {
    attendees: n(draft.attendees),
    agenda: n(draft.agenda),
    speeches: draft.agenda.filter((a) => a.accepted).reduce((sum, a) => sum + n(a.speeches), 0),
    conclusions: n(draft.conclusions),
    awards: n(draft.awards),
    directives: n(draft.directives),
    figures: n(draft.figures),
  };
}

export function toApplyInput(draft: ReviewDraft, meetingId: number | null): IntakeApplyInput {
  const h = draft.header;
  const header =
    h.title.trim() !== '' && h.startAt
      ? { title: h.title, kind: h.kind, startAt: h.startAt, endAt: h.endAt, place: h.place, hostName: h.hostName, format: h.format }
      : null;
  return {
    meetingId,
    header,
    attendees: draft.attendees
      .filter((a) => a.accepted)
      .map((a) => ({
        fullName: a.fullName,
        title: a.title,
        organisationName: a.organisationName,
        role: a.role,
        attendance: a.attendance,
        absenceReason: a.attendance === 'vang_co_ly_do' ? a.absenceReason : '',
        personId: a.personId,
        addToDirectory: a.personId === null && a.addToDirectory,
      })),
    agenda: draft.agenda
      .filter((item) => item.accepted)
      .map((item) => ({
        title: item.title,
        presenter: item.presenter,
        speeches: item.speeches
          .filter((s) => s.accepted)
          .map((s) => ({ kind: s.kind, speakerName: s.speakerName, speakerTitle: s.speakerTitle, summary: s.summary })),
      })),
    conclusions: draft.conclusions.filter((c) => c.accepted && c.content.trim() !== '').map((c) => ({ content: c.content })),
    awards: draft.awards
      .filter((a) => a.accepted)
      .map((a) => ({ form: a.form, formOther: a.formOther, recipient: a.recipient, recipientKind: a.recipientKind, issuer: a.issuer })),
    directives: draft.directives
      .filter((d) => d.accepted)
      .map((d) => ({ symbol: d.symbol, issuedOn: d.issuedOn, issuerName: d.issuerName, relation: d.relation, directiveId: d.directiveId, direction: d.direction })),
    figures: draft.figures.filter((f) => f.accepted && f.text.trim() !== '').map((f) => f.text),
  };
}

export type HighlightKind = 'header' | 'attendee' | 'speech' | 'conclusion' | 'award' | 'directive' | 'figure';

export interface Highlight {
  key: string;
  kind: HighlightKind;
  spans: readonly TextSpan[];
  accepted: boolean;
}

/** Every highlighted passage of the source, with the item it belongs to. */
export function highlightsOf(draft: ReviewDraft, proposal: IntakeProposal): Highlight[] {
  const m = proposal.meeting;
  const header: Highlight[] = (
    [
      ['tieu-de', m.title],
      ['thoi-gian', m.startAt],
      ['ket-thuc', m.endAt],
      ['dia-diem', m.place],
      ['to-chuc', m.hostName],
    ] as const
  ).flatMap(([key, field]) => (field ? [{ key, kind: 'header' as const, spans: field.spans, accepted: true }] : []));
  return [
    ...header,
    ...draft.attendees.map((a) => ({ key: a.key, kind: 'attendee' as const, spans: a.spans, accepted: a.accepted })),
    ...draft.agenda.flatMap((item) => item.speeches.map((s) => ({ key: s.key, kind: 'speech' as const, spans: s.spans, accepted: item.accepted && s.accepted }))),
    ...draft.conclusions.map((c) => ({ key: c.key, kind: 'conclusion' as const, spans: c.spans, accepted: c.accepted })),
    ...draft.awards.map((a) => ({ key: a.key, kind: 'award' as const, spans: a.spans, accepted: a.accepted })),
    ...draft.directives.map((d) => ({ key: d.key, kind: 'directive' as const, spans: d.spans, accepted: d.accepted })),
    ...draft.figures.map((f) => ({ key: f.key, kind: 'figure' as const, spans: f.spans, accepted: f.accepted })),
  ];
}

export interface TextPiece {
  start: number;
  end: number;
  /** The innermost highlight over this piece (the shortest span), and every key covering it. */
  kind: HighlightKind | null;
  keys: string[];
  accepted: boolean;
}

/**
 * Cuts the source into pieces at every span boundary. Spans nest (an attendee inside a speech's
 * paragraph): a piece shows the innermost one, and knows every item it belongs to.
 */
export function piecesOf(textLength: number, highlights: readonly Highlight[]): TextPiece[] {
  const spans = highlights.flatMap((h) => h.spans.filter((s) => s.end > s.start).map((s) => ({ ...s, h })));
  const cuts = new Set<number>([0, textLength]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(textLength, s.start)));
    cuts.add(Math.max(0, Math.min(textLength, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    const innermost = covering.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    pieces.push({
      start,
      end,
      kind: innermost?.h.kind ?? null,
      keys: [...new Set(covering.map((s) => s.h.key))],
      accepted: innermost?.h.accepted ?? true,
    });
  }
  return pieces;
}
