/**
 * "The round trip gives back the same meeting": a meeting drafted into minutes, exported to Word
 * by the app, and read back must give the facts the minutes carry. Compared field by field;
 * what the minutes do not print (an absent person's title, the meeting's notes, connected
 * points) is not expected back.
 */
import type { IntakeProposal } from '../../shared/schemas/intake';
import type { Meeting } from '../../shared/schemas/meeting';
import { foldForSearch } from '../../shared/text';

const norm = (text: string) => foldForSearch(text).replace(/[\s.;,:…]+$/u, '');

export interface RoundTripDifference {
  field: string;
  expected: unknown;
  actual: unknown;
}

export function roundTripDifferences(meeting: Meeting, proposal: IntakeProposal): RoundTripDifference[] {
  const out: RoundTripDifference[] = [];
  const check = (field: string, expected: unknown, actual: unknown, equal = JSON.stringify(expected) === JSON.stringify(actual)) => {
    if (!equal) out.push({ field, expected, actual });
  };
  const m = proposal.meeting;
  check('title', meeting.title, m.title?.value);
  check('kind', meeting.kind, m.kind.value);
  check('startAt', meeting.startAt, m.startAt?.value);
  check('endAt', meeting.endAt, m.endAt?.value ?? null);
  check('place', meeting.place, m.place?.value ?? '');
  check('hostName', meeting.hostName, m.hostName?.value ?? '');

  const attendees = meeting.attendees.filter((a) => a.fullName !== '');
  check('attendees.count', attendees.length, proposal.attendees.length);
  for (const a of attendees) {
    const back = proposal.attendees.find((p) => norm(p.fullName) === norm(a.fullName));
    if (!back) {
      out.push({ field: `attendee ${a.fullName}`, expected: a.fullName, actual: null });
      continue;
    }
    check(`attendee ${a.fullName}.role`, a.role, back.role);
    check(`attendee ${a.fullName}.attendance`, a.attendance, back.attendance);
    if (a.attendance === 'co_mat') check(`attendee ${a.fullName}.title`, a.title || a.organisationName, back.title);
    if (a.attendance === 'vang_co_ly_do') check(`attendee ${a.fullName}.absenceReason`, norm(a.absenceReason), norm(back.absenceReason));
  }

  check('agenda.count', meeting.agenda.length, proposal.agenda.length);
  meeting.agenda.forEach((item, i) => {
    const back = proposal.agenda[i];
    check(`agenda[${i}].title`, norm(item.title), norm(back?.title ?? ''));
    check(`agenda[${i}].presenter`, norm(item.presenter), norm(back?.presenter ?? ''));
    check(`agenda[${i}].speeches.count`, item.speeches.length, back?.speeches.length ?? 0);
    item.speeches.forEach((speech, j) => {
      const s = back?.speeches[j];
      check(`agenda[${i}].speeches[${j}].kind`, speech.kind, s?.kind);
      check(`agenda[${i}].speeches[${j}].speakerName`, speech.speakerName, s?.speakerName);
      check(`agenda[${i}].speeches[${j}].speakerTitle`, speech.speakerTitle, s?.speakerTitle);
      check(`agenda[${i}].speeches[${j}].summary`, norm(speech.summary), norm(s?.summary ?? ''));
    });
  });

  const conclusions = meeting.conclusions.filter((c) => c.content.trim() !== '');
  check('conclusions', conclusions.map((c) => norm(c.content)), proposal.conclusions.map((c) => norm(c.content)));
  const awards = meeting.awards.filter((a) => a.recipient !== '');
  check(
    'awards',
    awards.map((a) => ({ form: a.form, recipient: norm(a.recipient), recipientKind: a.recipientKind, issuer: norm(a.issuer) })),
    proposal.awards.map((a) => ({ form: a.form, recipient: norm(a.recipient), recipientKind: a.recipientKind, issuer: norm(a.issuer) })),
  );
  return out;
}
