import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { toLocalDateTimeString } from '../../../shared/datetime';
import { parseNumberSymbol } from '../../../shared/number-symbol-parser';
import { saveDirectiveInput } from '../../../shared/schemas/directive';
import type { IntakeApplyResult, IntakeProposal, intakeApplyInput, intakeDocxInput, intakeTextInput } from '../../../shared/schemas/intake';
import type { MeetingAttendee } from '../../../shared/schemas/meeting';
import { foldForSearch } from '../../../shared/text';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { analyseDocx, analyseText } from '../intake';
import { matchProposal } from '../intake/match';
import { findBySymbolKey } from '../repositories/directives';
import { listMeetingDirectiveLinks, upsertMeetingDirective } from '../repositories/meeting-directives';
import { loadMeetingChildren, writeMeetingChildren } from '../repositories/meeting-children';
import { findMeetingHeader, insertMeeting, updateMeetingHeader } from '../repositories/meetings';
import { findOrganisationByName } from '../repositories/organisations';
import { findPossibleDuplicates, insertPerson } from '../repositories/people';
import { saveDirective } from './directives';
import { writeTransaction } from '../db/write/transaction';

/**
 * Pre-filling a meeting from a text (issue 11). Reading proposes and writes nothing; applying
 * writes the confirmed proposal — the meeting, its attendees (and new people in the directory),
 * programme, conclusions, awards, the directives it cites (registered when new) and their links —
 * in one transaction, so a failure leaves the database as it was. Applied to an existing meeting,
 * it adds only what the meeting lacks.
 */

function requireMeeting(ctx: CoreContext, meetingId: number | null): void {
  if (meetingId !== null && !findMeetingHeader(ctx.db, meetingId)) throw notFound('hội nghị này');
}

export function readIntakeText(ctx: CoreContext, input: z.output<typeof intakeTextInput>): IntakeProposal {
  requireMeeting(ctx, input.meetingId);
  const proposal = analyseText(input.text, { today: ctx.now(), fileName: input.fileName });
  return matchProposal(ctx.db, proposal, input.meetingId);
}

export async function readIntakeDocx(ctx: CoreContext, input: z.output<typeof intakeDocxInput>): Promise<IntakeProposal> {
  requireMeeting(ctx, input.meetingId);
  const proposal = await analyseDocx(input.bytes, { today: ctx.now(), fileName: input.fileName });
  return matchProposal(ctx.db, proposal, input.meetingId);
}

type ApplyInput = z.output<typeof intakeApplyInput>;

const same = (a: string, b: string) => foldForSearch(a).replace(/[\s.;,:]+$/u, '') === foldForSearch(b).replace(/[\s.;,:]+$/u, '');

/** The directory's person for a name, or a new one when asked: never two with the same name made here, nor one the directory has. */
function personFor(ctx: CoreContext, attendee: ApplyInput['attendees'][number], at: string, made: Map<string, number>): { personId: number | null; created: boolean } {
  if (attendee.personId !== null) {
    const exists = ctx.db.prepare('SELECT 1 FROM people WHERE id = ?').get(attendee.personId);
    if (!exists) throw new AppError('NOT_FOUND', `"${attendee.fullName}" không còn trong danh bạ (có thể vừa bị gộp hoặc xóa). Hãy đọc lại văn bản.`);
    return { personId: attendee.personId, created: false };
  }
  if (!attendee.addToDirectory) return { personId: null, created: false };
  const key = foldForSearch(attendee.fullName);
  const already = made.get(key);
  if (already !== undefined) return { personId: already, created: false };
  const organisation = attendee.organisationName === '' ? null : findOrganisationByName(ctx.db, attendee.organisationName);
  const identity = { fullName: attendee.fullName, title: attendee.title, organisationId: organisation?.id ?? null };
  // Someone the directory may already hold (the directory's own rule, `mayBeSamePerson`) is linked,
  // never added a second time; only a namesake told apart by organisation or title is new.
  const known = findPossibleDuplicates(ctx.db, identity)[0];
  const id = known?.id ?? insertPerson(ctx.db, { ...identity, phone: '', email: '' }, at);
  made.set(key, id);
  return { personId: id, created: known === undefined };
}

/** A directive to link: the register's entry, or a new one registered from what the text says. */
function directiveFor(ctx: CoreContext, directive: ApplyInput['directives'][number], meetingDate: string, meetingTitle: string): { id: number; registered: boolean } {
  const parsed = parseNumberSymbol(directive.symbol);
  if (!parsed.ok) throw new AppError('VALIDATION', `Số, ký hiệu "${directive.symbol}": ${parsed.reason}`);
  if (directive.directiveId !== null) {
    const exists = ctx.db.prepare('SELECT 1 FROM directives WHERE id = ? AND deleted_at IS NULL').get(directive.directiveId);
    if (!exists) throw notFound(`văn bản ${parsed.value.normalized} trong sổ`);
    return { id: directive.directiveId, registered: false };
  }
  // Registered meanwhile (by this very save, or in another window): link that one.
  const year = directive.issuedOn?.slice(0, 4) ?? null;
  const found = findBySymbolKey(ctx.db, parsed.value.normalized);
  const match = found.find((d) => year !== null && d.issuedDate?.slice(0, 4) === year) ?? found[0];
  if (match) return { id: match.id, registered: false };
  const issuer = directive.issuerName === '' ? null : findOrganisationByName(ctx.db, directive.issuerName);
  // An incoming entry needs an arrival date; the text does not give it: the issue date (else the
  // meeting's) stands in, and the note says so.
  const arrivalDate = directive.direction === 'den' ? (directive.issuedOn ?? meetingDate) : null;
  const input = saveDirectiveInput.parse({
    direction: directive.direction,
    numberSymbol: parsed.value.normalized,
    issuerOrganisationId: issuer?.id ?? null,
    issuerName: issuer ? '' : directive.issuerName,
    issuedDate: directive.issuedOn,
    arrivalDate,
    notes: `Đăng ký từ văn bản của hội nghị "${meetingTitle}".${arrivalDate ? ' Ngày đến ghi tạm, hãy kiểm tra lại.' : ''}`,
  });
  return { id: saveDirective(ctx, input).id, registered: true };
}

export function applyIntake(ctx: CoreContext, input: ApplyInput): IntakeApplyResult {
  const at = ctx.now().toISOString();
  return writeTransaction(ctx.db, (): IntakeApplyResult => {
    const skipped: string[] = [];
    let meetingId = input.meetingId;
    const created = meetingId === null;
    if (meetingId === null) {
      // The schema makes sure a new meeting comes with its header.
      if (!input.header) throw new AppError('VALIDATION', 'Hội nghị mới cần có tên, loại và ngày giờ bắt đầu.');
      meetingId = insertMeeting(ctx.db, input.header, at).id;
    }
    const header = findMeetingHeader(ctx.db, meetingId);
    if (!header) throw notFound('hội nghị này');

    // The header: a new meeting takes everything; an existing one only what it lacks.
    const figures = input.figures.filter((f) => f !== '' && !header.notes.includes(f));
    const notes = figures.length === 0 ? header.notes : [header.notes, `Số liệu nêu trong văn bản: ${figures.join('; ')}.`].filter(Boolean).join('\n');
    const { uuid: _uuid, createdAt: _createdAt, updatedAt: _updatedAt, id: _id, ...current } = header;
    const given = input.header;
    const held = (given?.startAt ?? current.startAt) <= toLocalDateTimeString(ctx.now());
    const fields =
      created && given
        ? { ...current, ...given, notes, status: held ? ('da_hop' as const) : ('du_kien' as const) }
        : {
            ...current,
            place: current.place || (given?.place ?? ''),
            hostName: current.hostName || (given?.hostName ?? ''),
            endAt: current.endAt ?? (given?.endAt != null && given.endAt >= current.startAt ? given.endAt : null),
            notes,
          };
    if (!updateMeetingHeader(ctx.db, meetingId, fields, { at, touch: true })) throw notFound('hội nghị này');

    const children = loadMeetingChildren(ctx.db, meetingId);
    const made = new Map<string, number>();
    let people = 0;
    const attendees: MeetingAttendee[] = [...children.attendees];
    for (const attendee of input.attendees) {
      const { personId, created: madePerson } = personFor(ctx, attendee, at, made);
      if (madePerson) people += 1;
      const duplicate = attendees.find((a) => (personId !== null && a.personId === personId) || same(a.fullName, attendee.fullName));
      if (duplicate) {
        skipped.push(`${attendee.fullName} đã có trong thành phần dự họp.`);
        continue;
      }
      attendees.push({
        id: randomUUID(),
        personId,
        fullName: attendee.fullName,
        title: attendee.title,
        organisationName: attendee.organisationName,
        role: attendee.role,
        attendance: attendee.attendance,
        absenceReason: attendee.attendance === 'vang_co_ly_do' ? attendee.absenceReason : '',
      });
    }

    const agenda = [...children.agenda];
    let agendaItems = 0;
    let speeches = 0;
    for (const item of input.agenda) {
      const existing = item.title === '' ? undefined : agenda.find((a) => same(a.title, item.title));
      const target = existing ?? { id: randomUUID(), title: item.title, presenter: item.presenter, speeches: [] };
      if (!existing) {
        agenda.push(target);
        agendaItems += 1;
      } else if (target.presenter === '') target.presenter = item.presenter;
      for (const speech of item.speeches) {
        if (target.speeches.some((s) => s.kind === speech.kind && same(s.speakerName, speech.speakerName))) {
          skipped.push(`Ý kiến của ${speech.speakerName || 'người trình bày'} đã có trong "${target.title}".`);
          continue;
        }
        target.speeches = [...target.speeches, { id: randomUUID(), ...speech }];
        speeches += 1;
      }
    }

    const conclusions = [...children.conclusions];
    let conclusionCount = 0;
    for (const conclusion of input.conclusions) {
      if (conclusions.some((c) => same(c.content, conclusion.content))) {
        skipped.push('Một kết luận đã có trong hội nghị nên không thêm lại.');
        continue;
      }
      conclusions.push({ id: randomUUID(), content: conclusion.content });
      conclusionCount += 1;
    }

    const awards = [...children.awards];
    let awardCount = 0;
    for (const award of input.awards) {
      if (awards.some((a) => a.form === award.form && same(a.recipient, award.recipient))) {
        skipped.push(`Khen thưởng cho ${award.recipient} đã có.`);
        continue;
      }
      awards.push({ id: randomUUID(), ...award });
      awardCount += 1;
    }

    writeMeetingChildren(ctx.db, meetingId, { connectedPoints: children.connectedPoints, attendees, agenda, conclusions, awards }, at);

    const linked = new Set(listMeetingDirectiveLinks(ctx.db, meetingId).map((l) => l.directiveId));
    let directivesLinked = 0;
    let directivesRegistered = 0;
    const meetingDate = fields.startAt.slice(0, 10);
    for (const directive of input.directives) {
      const { id, registered } = directiveFor(ctx, directive, meetingDate, fields.title);
      if (registered) directivesRegistered += 1;
      if (linked.has(id)) {
        skipped.push(`Văn bản ${directive.symbol} đã được liên kết với hội nghị.`);
        continue;
      }
      upsertMeetingDirective(ctx.db, meetingId, id, directive.relation, at);
      linked.add(id);
      directivesLinked += 1;
    }

    return {
      meetingId,
      created,
      added: {
        attendees: attendees.length - children.attendees.length,
        people,
        agendaItems,
        speeches,
        conclusions: conclusionCount,
        awards: awardCount,
        directivesLinked,
        directivesRegistered,
      },
      skipped,
    };
  });
}
