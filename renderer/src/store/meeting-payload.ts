import type { Meeting } from '../../../shared/schemas/meeting';

const blank = (...values: string[]) => values.every((v) => v.trim() === '');

/**
 * What autosave sends: the meeting without rows the user has added but not typed anything into
 * yet (they hold no data; they are saved as soon as they do). Ids are kept, so a row saved later
 * keeps the id it has on screen.
 */
export function toSavePayload(meeting: Meeting): Meeting {
  const agenda = meeting.agenda
    .map((item) => ({ ...item, speeches: item.speeches.filter((s) => !blank(s.speakerName, s.speakerTitle, s.summary)) }))
    .filter((item) => item.speeches.length > 0 || !blank(item.title, item.presenter));
  return {
    ...meeting,
    connectedPoints: meeting.connectedPoints.filter((p) => !blank(p.name)),
    attendees: meeting.attendees.filter(
      (a) => a.personId !== null || !blank(a.fullName, a.title, a.organisationName, a.absenceReason),
    ),
    agenda,
    conclusions: meeting.conclusions.filter((c) => !blank(c.content)),
    awards: meeting.awards.filter((a) => !blank(a.recipient, a.formOther, a.issuer)),
  };
}
