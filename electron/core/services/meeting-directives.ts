import type { z } from 'zod';
import type { linkDirectiveInput, MeetingDirective } from '../../../shared/schemas/directive';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { findDirectiveRef, summariesByIds } from '../repositories/directives';
import { isMeetingDeleted } from '../repositories/meetings';
import { deleteMeetingDirective, listMeetingDirectiveLinks, upsertMeetingDirective } from '../repositories/meeting-directives';
import { writeTransaction } from '../db/write/transaction';

/** Which directives a meeting discusses, implements or cites. */

function requireMeeting(ctx: CoreContext, meetingId: number): void {
  if (isMeetingDeleted(ctx.db, meetingId) !== false) throw notFound('hội nghị này');
}

/** Deleted directives drop out of the list but keep their link, so undoing the delete restores it. */
export function listMeetingDirectives(ctx: CoreContext, meetingId: number): MeetingDirective[] {
  requireMeeting(ctx, meetingId);
  const links = listMeetingDirectiveLinks(ctx.db, meetingId);
  const summaries = summariesByIds(ctx.db, links.map((link) => link.directiveId));
  return links.flatMap((link) => {
    const directive = summaries.get(link.directiveId);
    return directive ? [{ directive, relation: link.relation }] : [];
  });
}

export function linkDirective(ctx: CoreContext, input: z.output<typeof linkDirectiveInput>): MeetingDirective[] {
  writeTransaction(ctx.db, () => {
    requireMeeting(ctx, input.meetingId);
    if (!findDirectiveRef(ctx.db, input.directiveId)) throw notFound('văn bản này trong sổ');
    upsertMeetingDirective(ctx.db, input.meetingId, input.directiveId, input.relation, ctx.now().toISOString());
  });
  return listMeetingDirectives(ctx, input.meetingId);
}

export function unlinkDirective(ctx: CoreContext, meetingId: number, directiveId: number): MeetingDirective[] {
  requireMeeting(ctx, meetingId);
  deleteMeetingDirective(ctx.db, meetingId, directiveId, ctx.now().toISOString());
  return listMeetingDirectives(ctx, meetingId);
}
