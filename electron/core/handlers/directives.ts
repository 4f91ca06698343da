import type { Handlers } from './index';
import { addAttachments, listAttachments, openAttachment, removeAttachment } from '../services/attachments';
import {
  deleteDirective,
  findBySymbol,
  getDirective,
  listDirectives,
  nextArrivalNumber,
  parseSymbol,
  restoreDirective,
  saveDirective,
} from '../services/directives';
import { linkDirective, listMeetingDirectives, unlinkDirective } from '../services/meeting-directives';
import { listDirectiveYears } from '../repositories/directives';

/** The directives register, its links to meetings and its attachments. */
export const directiveHandlers = {
  'directives:list': (ctx, input) => listDirectives(ctx, input),
  'directives:years': (ctx) => listDirectiveYears(ctx.db),
  'directives:get': (ctx, input) => getDirective(ctx, input.id),
  'directives:save': (ctx, input) => saveDirective(ctx, input),
  'directives:delete': (ctx, input) => deleteDirective(ctx, input.id),
  'directives:restore': (ctx, input) => restoreDirective(ctx, input.id),
  'directives:parseSymbol': (_ctx, input) => parseSymbol(input.text),
  'directives:findBySymbol': (ctx, input) => findBySymbol(ctx, input.text),
  'directives:nextArrivalNumber': (ctx, input) => nextArrivalNumber(ctx, input.arrivalDate),
  'meetings:linkDirective': (ctx, input) => linkDirective(ctx, input),
  'meetings:unlinkDirective': (ctx, input) => unlinkDirective(ctx, input.meetingId, input.directiveId),
  'meetings:directives': (ctx, input) => listMeetingDirectives(ctx, input.id),
  'attachments:add': (ctx, input) => addAttachments(ctx, input.directiveId),
  'attachments:list': (ctx, input) => listAttachments(ctx, input.directiveId),
  'attachments:open': (ctx, input) => openAttachment(ctx, input.id),
  'attachments:remove': (ctx, input) => removeAttachment(ctx, input.id),
} satisfies Partial<Handlers>;
