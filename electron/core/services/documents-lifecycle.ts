import type { z } from 'zod';
import { formatNumberSymbol, registerKey } from '../../../shared/number-symbol';
import { plainText } from '../../../shared/rich-text';
import type { DocumentEvent, DocumentRecord, finaliseDocumentInput, issueDocumentInput, unlockDocumentInput } from '../../../shared/schemas/document';
import type { CoreContext } from '../context';
import {
  findIssuedFromMeeting,
  findNumberHolder,
  highestIssuedNumber,
  markFinalised,
  markIssued,
  markUnlocked,
} from '../repositories/documents';
import { insertEvent, listEvents } from '../repositories/documents-history';
import { advanceMeetingStatus } from '../repositories/meetings';
import { fieldsOf, getDocument, requireProfile } from './documents-access';
import { documentContentHash } from './documents-hash';
import { documentErrors } from './documents-messages';
import { storeVersion } from './documents-versions';
import { completeDutyOfReport, freezeReportFigures } from './reports';
import { writeTransaction } from '../db/write/transaction';

/**
 * bản nháp → đã hoàn thiện (locked, with who, when and a hash of the content) → đã ban hành
 * (numbered in the register). Unlocking a finalised document is allowed and recorded; an issued
 * document never goes back.
 */

export function finaliseDocument(ctx: CoreContext, input: z.output<typeof finaliseDocumentInput>): DocumentRecord {
  const at = ctx.now().toISOString();
  writeTransaction(ctx.db, () => {
    const doc = getDocument(ctx, input.id);
    if (doc.status === 'da_ban_hanh') throw documentErrors.issued(doc.numberSymbol);
    if (doc.status === 'da_hoan_thien') throw documentErrors.alreadyFinalised(doc.finalisedAt, doc.finalisedBy);
    if (doc.summary === '') throw documentErrors.emptySummary();
    if (plainText(doc.body).trim() === '') throw documentErrors.emptyBody();
    // Minutes are signed by the one who took them: a blank left for the name is never locked.
    if (doc.kind === 'bien_ban' && doc.minutesSigners.secretaryName.trim() === '') throw documentErrors.noSecretary();
    storeVersion(ctx, doc, 'hoan_thien', at);
    markFinalised(ctx.db, doc.id, input.by, documentContentHash(doc.kind, fieldsOf(doc)), at);
    insertEvent(ctx.db, doc.id, { at, kind: 'hoan_thien', by: input.by, note: '' });
    // A compiled report's figures are frozen with it: later edits of the records never change it.
    freezeReportFigures(ctx, doc.id, at);
  });
  return getDocument(ctx, input.id);
}

export function unlockDocument(ctx: CoreContext, input: z.output<typeof unlockDocumentInput>): DocumentRecord {
  const at = ctx.now().toISOString();
  writeTransaction(ctx.db, () => {
    const doc = getDocument(ctx, input.id);
    if (doc.status === 'da_ban_hanh') throw documentErrors.unlockIssued(doc.numberSymbol);
    if (doc.status === 'ban_nhap') throw documentErrors.unlockDraft();
    markUnlocked(ctx.db, doc.id, at);
    insertEvent(ctx.db, doc.id, { at, kind: 'mo_khoa', by: input.by, note: input.reason });
    freezeReportFigures(ctx, doc.id, null);
  });
  return getDocument(ctx, input.id);
}

interface Register {
  typeCode: string;
  year: number;
  next: number;
}

/** The register a document is numbered in (per type code, per calendar year of its date) and its next number. */
function registerOf(ctx: CoreContext, doc: DocumentRecord): Register {
  const typeCode = registerKey(doc.kind);
  const year = Number(doc.documentDate.slice(0, 4));
  return { typeCode, year, next: highestIssuedNumber(ctx.db, typeCode, year) + 1 };
}

/** What issuing would assign now; an issued document answers with its own number. */
export function nextDocumentNumber(ctx: CoreContext, id: number): { number: number; numberSymbol: string } {
  const doc = getDocument(ctx, id);
  if (doc.number !== null) return { number: doc.number, numberSymbol: doc.numberSymbol };
  const profile = requireProfile(ctx);
  const { next } = registerOf(ctx, doc);
  return { number: next, numberSymbol: formatNumberSymbol(doc.kind, profile.abbreviation, next) };
}

/**
 * Issues a finalised document with the next number of its register, or with a number typed by
 * hand. A typed number is refused when another document holds it, and when it is above the next
 * one (it would leave a gap). A typed number below the next one that no document holds is
 * accepted: it fills a hole in the register (for instance one left by a number issued on paper
 * before the register was kept here), which is what the no-gap rule wants.
 */
export function issueDocument(ctx: CoreContext, input: z.output<typeof issueDocumentInput>): DocumentRecord {
  const at = ctx.now().toISOString();
  writeTransaction(ctx.db, () => {
    const doc = getDocument(ctx, input.id);
    if (doc.status === 'da_ban_hanh') throw documentErrors.issued(doc.numberSymbol);
    if (doc.status === 'ban_nhap') throw documentErrors.issueDraft();
    // A meeting has one set of minutes: a second draft, begun before the first was issued, is never issued beside it.
    const issuedMinutes = doc.kind === 'bien_ban' && doc.meetingId !== null ? findIssuedFromMeeting(ctx.db, doc.meetingId, 'bien_ban') : null;
    if (issuedMinutes) throw documentErrors.secondMinutes(issuedMinutes.numberSymbol, issuedMinutes.documentDate);
    const profile = requireProfile(ctx);
    const register = registerOf(ctx, doc);
    const number = input.number ?? register.next;
    const numberSymbol = formatNumberSymbol(doc.kind, profile.abbreviation, number);
    if (number !== register.next) {
      const holder = findNumberHolder(ctx.db, register.typeCode, register.year, number);
      if (holder) throw documentErrors.numberTaken(numberSymbol, register.year, holder.summary, register.next);
      if (number > register.next) throw documentErrors.numberGap(numberSymbol, doc.kind, register.year, register.next, number);
    }
    try {
      markIssued(ctx.db, doc.id, { number, year: register.year, numberSymbol }, at);
    } catch (error) {
      // The unique index caught a number taken by another connection since we looked.
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw documentErrors.numberRace();
      throw error;
    }
    const note = number < register.next ? `Số ${numberSymbol} (số còn trống trong sổ)` : `Số ${numberSymbol}`;
    insertEvent(ctx.db, doc.id, { at, kind: 'ban_hanh', by: input.by, note });
    // A report made for a reporting duty completes that duty once it is issued.
    completeDutyOfReport(ctx, doc.id, numberSymbol, input.by);
    // The meeting's minutes are issued: the meeting is "Đã có biên bản" (unless already further on).
    if (doc.kind === 'bien_ban' && doc.meetingId !== null) advanceMeetingStatus(ctx.db, doc.meetingId, 'da_co_bien_ban', at);
  });
  return getDocument(ctx, input.id);
}

export function listDocumentEvents(ctx: CoreContext, id: number): DocumentEvent[] {
  getDocument(ctx, id);
  return listEvents(ctx.db, id);
}
