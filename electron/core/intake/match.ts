/**
 * A proposal checked against what the app already knows: attendees matched to the directory by
 * name without diacritics (the title read from the text is kept: it is the one held that day),
 * cited directives matched to the register by their canonical symbol, and — when completing an
 * existing meeting — what that meeting already has marked, so it is never added twice.
 */
import type { IntakeProposal } from '../../../shared/schemas/intake';
import { foldForSearch } from '../../../shared/text';
import type { Db } from '../db/open';
import { findBySymbolKey } from '../repositories/directives';
import { listMeetingDirectiveLinks } from '../repositories/meeting-directives';
import { loadMeetingChildren } from '../repositories/meeting-children';

interface DirectoryPerson {
  id: number;
  fullName: string;
  title: string;
  organisationName: string;
  active: boolean;
}

function directoryByName(db: Db): Map<string, DirectoryPerson[]> {
  const rows = db
    .prepare(
      `SELECT p.id, p.full_name AS fullName, p.title, COALESCE(o.name, '') AS organisationName, p.active
       FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id`,
    )
    .all() as Array<Omit<DirectoryPerson, 'active'> & { active: number }>;
  const map = new Map<string, DirectoryPerson[]>();
  for (const row of rows) {
    const key = foldForSearch(row.fullName);
    map.set(key, [...(map.get(key) ?? []), { ...row, active: row.active === 1 }]);
  }
  return map;
}

const words = (text: string) => new Set(foldForSearch(text).split(/[^a-z0-9]+/).filter((w) => w.length > 1));

function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  let common = 0;
  for (const w of wa) if (wb.has(w)) common += 1;
  return common / Math.max(1, Math.min(wa.size, wb.size));
}

/** Two people share a name: the one whose title or organisation the text's title matches best. */
function pick(candidates: readonly DirectoryPerson[], title: string): DirectoryPerson | null {
  if (candidates.length === 1) return candidates[0]!;
  const scored = candidates
    .map((p) => ({ p, score: overlap(title, `${p.title} ${p.organisationName}`) + (p.active ? 0.01 : 0) }))
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || best.score < 0.3 || (next && next.score === best.score)) return null;
  return best.p;
}

export function matchProposal(db: Db, proposal: IntakeProposal, meetingId: number | null): IntakeProposal {
  const directory = directoryByName(db);
  const notices = [...proposal.notices];
  const existing = meetingId === null ? null : loadMeetingChildren(db, meetingId);
  const linked = new Set(meetingId === null ? [] : listMeetingDirectiveLinks(db, meetingId).map((l) => l.directiveId));

  const attendees = proposal.attendees.map((attendee) => {
    const candidates = directory.get(foldForSearch(attendee.fullName)) ?? [];
    const person = pick(candidates, attendee.title);
    if (candidates.length > 1 && !person) {
      notices.push(`Danh bạ có ${candidates.length} người tên "${attendee.fullName}"; hãy chọn đúng người khi xem lại.`);
    }
    const alreadyInMeeting =
      existing?.attendees.some((a) => (person && a.personId === person.id) || foldForSearch(a.fullName) === foldForSearch(attendee.fullName)) ?? false;
    return {
      ...attendee,
      personId: person?.id ?? null,
      // The directory's organisation is the one on record; the title stays the one of that day.
      organisationName: person?.organisationName || attendee.organisationName,
      title: attendee.title || person?.title || '',
      alreadyInMeeting,
    };
  });

  const conclusions = proposal.conclusions.map((c) => ({
    ...c,
    alreadyInMeeting: existing?.conclusions.some((e) => foldForSearch(e.content) === foldForSearch(c.content)) ?? false,
  }));

  const directives = proposal.directives.map((d) => {
    const matches = findBySymbolKey(db, d.symbol);
    const year = d.issuedOn?.slice(0, 4) ?? null;
    const match = matches.find((m) => year !== null && m.issuedDate?.slice(0, 4) === year) ?? matches[0] ?? null;
    return { ...d, directiveId: match?.id ?? null, alreadyLinked: match ? linked.has(match.id) : false };
  });

  return { ...proposal, meetingId, attendees, conclusions, directives, notices };
}
