import type { z } from 'zod';
import type {
  Meeting,
  MeetingPage,
  SaveResult,
  createMeetingInput,
  listMeetingsInput,
  meetingInput,
} from '../../../shared/schemas/meeting';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { loadMeetingChildren, writeMeetingChildren } from '../repositories/meeting-children';
import {
  findMeetingHeader,
  insertMeeting,
  listMeetingPage,
  setMeetingDeleted,
  updateMeetingHeader,
} from '../repositories/meetings';
import { writeTransaction } from '../db/write/transaction';

export function listMeetings(ctx: CoreContext, input: z.output<typeof listMeetingsInput>): MeetingPage {
  const { items, total } = listMeetingPage(ctx.db, input, input.page, input.pageSize);
  return { items, total, page: input.page, pageSize: input.pageSize };
}

export function createMeeting(ctx: CoreContext, input: z.output<typeof createMeetingInput>): SaveResult {
  const row = writeTransaction(ctx.db, () => insertMeeting(ctx.db, input, ctx.now().toISOString()));
  return { id: row.id, updatedAt: row.updatedAt };
}

export function getMeeting(ctx: CoreContext, id: number): Meeting {
  const header = findMeetingHeader(ctx.db, id);
  if (!header) throw notFound('hội nghị này');
  return { ...header, ...loadMeetingChildren(ctx.db, id) };
}

/** Saves the whole meeting record at once, header and rows, in one transaction. */
export function saveMeeting(ctx: CoreContext, input: z.output<typeof meetingInput>): SaveResult {
  const at = ctx.now().toISOString();
  return writeTransaction(ctx.db, () => {
    const { id, baseUpdatedAt, connectedPoints, attendees, agenda, conclusions, awards, ...header } = input;
    const personIds = [...new Set(attendees.flatMap((a) => (a.personId === null ? [] : [a.personId])))];
    if (personIds.length > 0) {
      const found = ctx.db
        .prepare('SELECT count(*) AS n FROM people WHERE id IN (SELECT value FROM json_each(?))')
        .get(JSON.stringify(personIds)) as { n: number };
      if (found.n !== personIds.length) {
        throw new AppError('NOT_FOUND', 'Có người dự họp không còn trong danh bạ (có thể vừa bị gộp). Hãy chọn lại người đó.');
      }
    }
    // The header first: it refuses a stale save before any row inside the meeting is written.
    const saved = updateMeetingHeader(ctx.db, id, header, { at, baseUpdatedAt, touch: true });
    if (!saved) throw notFound('hội nghị này');
    writeMeetingChildren(ctx.db, id, { connectedPoints, attendees, agenda, conclusions, awards }, at);
    return { id, updatedAt: saved.updatedAt };
  });
}

/** Moves a meeting to the bin; `restoreMeeting` brings it back with everything it held. */
export function deleteMeeting(ctx: CoreContext, id: number): { id: number } {
  if (!setMeetingDeleted(ctx.db, id, true, ctx.now().toISOString())) throw notFound('hội nghị này');
  return { id };
}

export function restoreMeeting(ctx: CoreContext, id: number): { id: number } {
  if (!setMeetingDeleted(ctx.db, id, false, ctx.now().toISOString())) throw notFound('hội nghị đã xóa này');
  return { id };
}
