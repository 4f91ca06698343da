import type { z } from 'zod';
import { toLocalDateTimeString } from '../../../shared/datetime';
import { registerKey } from '../../../shared/number-symbol';
import {
  documentFieldsSchema,
  MEETING_DRAFT_KINDS,
  type createDocumentInput,
  type createFromMeetingInput,
  type DocumentPage,
  type DocumentRecord,
  type listDocumentsInput,
  type saveDocumentInput,
} from '../../../shared/schemas/document';
import type { SaveResult } from '../../../shared/schemas/meeting';
import type { CoreContext } from '../context';
import { blankDraft, draftFromMeeting, type DraftFields, type DraftSource } from '../drafts';
import { staleSaveError } from '../db/write/messages';
import { notFound } from '../errors';
import {
  findIssuedFromMeeting,
  insertDocument,
  listDocumentPage,
  setDocumentDeleted,
  updateDraftFields,
  type DocumentFields,
} from '../repositories/documents';
import { isMeetingDeleted } from '../repositories/meetings';
import { conclusionAssignments } from '../repositories/task-overview';
import { getMeeting } from './meetings';
import { assertEditable, fieldsOf, getDocument, requireProfile } from './documents-access';

export { getDocument };
import { documentErrors } from './documents-messages';
import { storeAutoVersion, storeVersion } from './documents-versions';
import { writeTransaction } from '../db/write/transaction';

/** Today as a local date ("2026-01-05"), from the injected clock. */
function today(ctx: CoreContext): string {
  return toLocalDateTimeString(ctx.now()).slice(0, 10);
}

/**
 * Generated text goes through the same schema as the user's input (NFC, tidy spaces, length
 * limits), so a draft can always be saved back unchanged.
 */
function validatedDraft(draft: DraftFields): DocumentFields {
  const parsed = documentFieldsSchema.safeParse(draft);
  if (!parsed.success) throw documentErrors.draftTooLarge();
  return parsed.data;
}

export function listDocuments(ctx: CoreContext, input: z.output<typeof listDocumentsInput>): DocumentPage {
  const { items, total } = listDocumentPage(ctx.db, input, input.page, input.pageSize);
  return { items, total, page: input.page, pageSize: input.pageSize };
}

/** A standalone document with the profile's header, signature and recipients and an empty body. */
export function createDocument(ctx: CoreContext, input: z.output<typeof createDocumentInput>): DocumentRecord {
  const profile = requireProfile(ctx);
  const fields = validatedDraft(blankDraft(input.kind, { ...input, profile, today: today(ctx) }));
  const id = insertDocument(ctx.db, { meetingId: null, kind: input.kind, typeCode: registerKey(input.kind), fields }, ctx.now().toISOString());
  return getDocument(ctx, id);
}

/** A draft filled from a meeting. The document is a copy: editing it never touches the meeting. */
export function createDocumentFromMeeting(ctx: CoreContext, input: z.output<typeof createFromMeetingInput>): DocumentRecord {
  const id = writeTransaction(ctx.db, () => {
    const source = draftSource(ctx, input.meetingId);
    // A meeting has one set of minutes: once issued, another draft would be a second record of it.
    const issuedMinutes = input.kind === 'bien_ban' ? findIssuedFromMeeting(ctx.db, source.meeting.id, 'bien_ban') : null;
    if (issuedMinutes) throw documentErrors.minutesIssued(issuedMinutes.numberSymbol, issuedMinutes.documentDate);
    const fields = validatedDraft(draftFromMeeting(input.kind, { ...source, documentDate: input.documentDate }));
    return insertDocument(
      ctx.db,
      { meetingId: source.meeting.id, kind: input.kind, typeCode: registerKey(input.kind), fields },
      ctx.now().toISOString(),
    );
  });
  return getDocument(ctx, id);
}

/**
 * Everything a draft of the meeting is made from: the meeting as saved, the profile, today, and
 * the tasks given from its conclusions (the notice states them).
 */
function draftSource(ctx: CoreContext, meetingId: number): DraftSource {
  return {
    meeting: getMeeting(ctx, meetingId),
    profile: requireProfile(ctx),
    today: today(ctx),
    assignments: conclusionAssignments(ctx.db, meetingId),
  };
}

function isMeetingDraftKind(kind: string): kind is (typeof MEETING_DRAFT_KINDS)[number] {
  return (MEETING_DRAFT_KINDS as readonly string[]).includes(kind);
}

/**
 * Regenerates what comes from the meeting (summary, date, body, minutes signers), on the user's
 * request only. The header, signature, recipients and place stay as the user set them, and so
 * does an invitation's date: it is the day the invitation is sent, not a fact of the meeting.
 * The content it replaces is kept as a 'truoc_lam_moi' version first.
 */
export function refreshDocumentFromMeeting(ctx: CoreContext, id: number): DocumentRecord {
  const at = ctx.now().toISOString();
  writeTransaction(ctx.db, () => {
    const doc = getDocument(ctx, id);
    assertEditable(doc);
    if (doc.meetingId === null || !isMeetingDraftKind(doc.kind)) throw documentErrors.notFromMeeting();
    if (isMeetingDeleted(ctx.db, doc.meetingId) !== false) throw documentErrors.meetingGone();
    const draft = validatedDraft(draftFromMeeting(doc.kind, draftSource(ctx, doc.meetingId)));
    const current = fieldsOf(doc);
    storeVersion(ctx, doc, 'truoc_lam_moi', at);
    const refreshed: DocumentFields = {
      ...current,
      summary: draft.summary,
      documentDate: doc.kind === 'giay_moi' ? current.documentDate : draft.documentDate,
      body: draft.body,
      minutesSigners: draft.minutesSigners,
    };
    updateDraftFields(ctx.db, id, refreshed, { at });
  });
  return getDocument(ctx, id);
}

/** Autosave of a draft; refused once the document is finalised or issued. */
export function saveDocument(ctx: CoreContext, input: z.output<typeof saveDocumentInput>): SaveResult {
  const at = ctx.now().toISOString();
  return writeTransaction(ctx.db, () => {
    const { id, baseUpdatedAt, ...fields } = input;
    const doc = getDocument(ctx, id);
    assertEditable(doc);
    if (baseUpdatedAt !== null && doc.updatedAt !== baseUpdatedAt) throw staleSaveError(doc.updatedAt);
    storeAutoVersion(ctx, doc, at);
    // Only reports have a report kind (kết quả, sơ kết, tổng kết).
    const stored: DocumentFields = { ...fields, reportKind: doc.kind === 'bao_cao' ? fields.reportKind : null };
    if (!updateDraftFields(ctx.db, id, stored, { at, baseUpdatedAt })) throw notFound('văn bản này');
    return { id, updatedAt: getDocument(ctx, id).updatedAt };
  });
}

/** Moves a document to the bin. An issued one stays: its number must remain in the register. */
export function deleteDocument(ctx: CoreContext, id: number): { id: number } {
  writeTransaction(ctx.db, () => {
    const doc = getDocument(ctx, id);
    if (doc.status === 'da_ban_hanh') throw documentErrors.deleteIssued(doc.numberSymbol);
    if (doc.status === 'da_hoan_thien') throw documentErrors.deleteFinalised();
    setDocumentDeleted(ctx.db, id, true, ctx.now().toISOString());
  });
  return { id };
}

export function restoreDocument(ctx: CoreContext, id: number): { id: number } {
  if (!setDocumentDeleted(ctx.db, id, false, ctx.now().toISOString())) throw notFound('văn bản đã xóa này');
  return { id };
}
