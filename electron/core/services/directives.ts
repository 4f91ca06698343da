import type { z } from 'zod';
import { parseNumberSymbol, type ParsedSymbol, type ParseSymbolResult } from '../../../shared/number-symbol-parser';
import type {
  DirectivePage,
  DirectiveRecord,
  listDirectivesInput,
  saveDirectiveInput,
  SymbolLookup,
} from '../../../shared/schemas/directive';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import {
  findByArrivalNumber,
  findBySymbolKey,
  findDirectiveRef,
  findDirectiveRow,
  findDuplicates,
  insertDirective,
  isDirectiveDeleted,
  listDirectivePage,
  listDirectivesPointingAt,
  maxArrivalNumber,
  setDirectiveDeleted,
  setDirectiveStatus,
  updateDirective,
  type DirectiveRow,
} from '../repositories/directives';
import { listDirectiveMeetings } from '../repositories/meeting-directives';
import { findOrganisation } from '../repositories/organisations';
import { directiveErrors } from './directives-messages';
import { linkDirective } from './meeting-directives';
import { writeTransaction } from '../db/write/transaction';

type SaveInput = z.output<typeof saveDirectiveInput>;

const yearOf = (date: string): number => Number(date.slice(0, 4));

export function getDirective(ctx: CoreContext, id: number): DirectiveRecord {
  const row = findDirectiveRow(ctx.db, id);
  if (!row) throw notFound('văn bản này trong sổ');
  return {
    ...row,
    replaces: row.replacesId === null ? null : findDirectiveRef(ctx.db, row.replacesId),
    guides: row.guidesId === null ? null : findDirectiveRef(ctx.db, row.guidesId),
    replacedBy: listDirectivesPointingAt(ctx.db, 'replaces_id', id),
    guidedBy: listDirectivesPointingAt(ctx.db, 'guides_id', id),
    meetings: listDirectiveMeetings(ctx.db, id),
  };
}

export function listDirectives(ctx: CoreContext, input: z.output<typeof listDirectivesInput>): DirectivePage {
  const parsed = input.text === '' ? null : parseNumberSymbol(input.text);
  const symbolKey = parsed?.ok ? parsed.value.normalized : null;
  const { items, total } = listDirectivePage(ctx.db, { ...input, symbolKey }, input.page, input.pageSize);
  return { items, total, page: input.page, pageSize: input.pageSize };
}

/** The schema already refused unreadable symbols; this reads the parts out again. */
function parsedSymbol(text: string): ParsedSymbol {
  const parsed = parseNumberSymbol(text);
  if (!parsed.ok) throw new AppError('VALIDATION', parsed.reason);
  return parsed.value;
}

/** Reads a typed symbol for the form: the kind to fill in, or why it cannot be read. */
export function parseSymbol(text: string): ParseSymbolResult {
  return parseNumberSymbol(text);
}

/** For linking from a meeting page: how the text reads, and the entries that carry that symbol. */
export function findBySymbol(ctx: CoreContext, text: string): SymbolLookup {
  const parsed = parseNumberSymbol(text);
  return { parsed, matches: parsed.ok ? findBySymbolKey(ctx.db, parsed.value.normalized) : [] };
}

/** The number the next incoming document of that date's year would get. */
export function nextArrivalNumber(ctx: CoreContext, arrivalDate: string): { number: number } {
  return { number: maxArrivalNumber(ctx.db, yearOf(arrivalDate)) + 1 };
}

/**
 * Arrival numbers run per calendar year of the arrival date, from 1. An entry keeps its number
 * while it stays in the same year; a number typed by hand must be free (deleted entries keep
 * theirs, so that undo never collides).
 */
function arrivalFor(ctx: CoreContext, input: SaveInput, existing: DirectiveRecord | null) {
  if (input.direction !== 'den' || input.arrivalDate === null) return { arrivalNumber: null, arrivalDate: null, arrivalYear: null };
  const year = yearOf(input.arrivalDate);
  if (input.arrivalNumber !== null) {
    const holder = findByArrivalNumber(ctx.db, year, input.arrivalNumber);
    if (holder && holder.id !== existing?.id) {
      throw directiveErrors.arrivalTaken(input.arrivalNumber, year, holder, maxArrivalNumber(ctx.db, year) + 1);
    }
    return { arrivalNumber: input.arrivalNumber, arrivalDate: input.arrivalDate, arrivalYear: year };
  }
  if (existing?.arrivalNumber != null && existing.arrivalDate !== null && yearOf(existing.arrivalDate) === year) {
    return { arrivalNumber: existing.arrivalNumber, arrivalDate: input.arrivalDate, arrivalYear: year };
  }
  return { arrivalNumber: maxArrivalNumber(ctx.db, year) + 1, arrivalDate: input.arrivalDate, arrivalYear: year };
}

function checkRelated(ctx: CoreContext, input: SaveInput): void {
  if (input.replacesId !== null) {
    const replaced = findDirectiveRow(ctx.db, input.replacesId);
    if (!replaced) throw directiveErrors.relatedMissing('thay thế');
    if (input.id !== null && replaced.replacesId === input.id) throw directiveErrors.mutualReplacement(replaced);
  }
  if (input.guidesId !== null && !findDirectiveRef(ctx.db, input.guidesId)) throw directiveErrors.relatedMissing('hướng dẫn');
}

/**
 * Creates or updates an entry in one transaction: the symbol read again, the duplicate check
 * (same symbol, year and issuing body), the arrival number, the links checked; and the directive
 * it now replaces marked "được thay thế", and the link to the meeting it was registered from.
 */
export function saveDirective(ctx: CoreContext, input: SaveInput): DirectiveRecord {
  const at = ctx.now().toISOString();
  const id = writeTransaction(ctx.db, (): number => {
    const existing = input.id === null ? null : getDirective(ctx, input.id);
    const symbol = parsedSymbol(input.numberSymbol);
    const organisation = input.issuerOrganisationId === null ? null : findOrganisation(ctx.db, input.issuerOrganisationId);
    if (input.issuerOrganisationId !== null && !organisation) throw directiveErrors.organisationMissing();
    const issuedYear = input.issuedDate !== null ? yearOf(input.issuedDate) : symbol.year;

    const duplicate = findDuplicates(
      ctx.db,
      { symbolKey: symbol.normalized, issuedYear, issuerOrganisationId: input.issuerOrganisationId },
      input.id,
    )[0];
    if (duplicate) throw directiveErrors.duplicate(duplicate);
    checkRelated(ctx, input);

    const row: DirectiveRow = {
      direction: input.direction,
      family: symbol.family,
      numberSymbol: symbol.normalized,
      symbolKey: symbol.normalized,
      symbolIssuer: symbol.issuer,
      typeCode: symbol.typeCode,
      type: input.type ?? symbol.type,
      issuerOrganisationId: input.issuerOrganisationId,
      issuerName: input.issuerName,
      issuedDate: input.issuedDate,
      issuedYear,
      signer: input.signer,
      summary: input.summary,
      ...arrivalFor(ctx, input, existing),
      status: input.status,
      replacesId: input.replacesId,
      guidesId: input.guidesId,
      notes: input.notes,
    };
    let savedId: number;
    if (existing) {
      if (!updateDirective(ctx.db, existing.id, row, { at, baseUpdatedAt: input.baseUpdatedAt })) throw notFound('văn bản này trong sổ');
      savedId = existing.id;
    } else {
      savedId = insertDirective(ctx.db, row, at);
    }
    if (row.replacesId !== null && row.replacesId !== existing?.replacesId) {
      setDirectiveStatus(ctx.db, row.replacesId, 'duoc_thay_the', at);
    }
    // Registered from a meeting's page: linked with the relation picked there, or not saved at all.
    if (input.linkMeeting !== null) linkDirective(ctx, { ...input.linkMeeting, directiveId: savedId });
    return savedId;
  });
  return getDirective(ctx, id);
}

/** To the bin; links, attachments and the arrival number stay, so "Hoàn tác" brings all back. */
export function deleteDirective(ctx: CoreContext, id: number): { id: number } {
  if (!setDirectiveDeleted(ctx.db, id, true, ctx.now().toISOString())) throw notFound('văn bản này trong sổ');
  return { id };
}

export function restoreDirective(ctx: CoreContext, id: number): { id: number } {
  writeTransaction(ctx.db, () => {
    const row = findDirectiveRow(ctx.db, id, true);
    if (!row || isDirectiveDeleted(ctx.db, id) !== true) throw notFound('văn bản đã xóa này');
    const duplicate = findDuplicates(
      ctx.db,
      { symbolKey: row.numberSymbol, issuedYear: row.issuedYear, issuerOrganisationId: row.issuerOrganisationId },
      id,
    )[0];
    if (duplicate) throw directiveErrors.restoreDuplicate(duplicate);
    setDirectiveDeleted(ctx.db, id, false, ctx.now().toISOString());
  });
  return { id };
}
