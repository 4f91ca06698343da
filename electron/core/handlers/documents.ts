import type { Handlers } from './index';
import {
  createDocument,
  createDocumentFromMeeting,
  deleteDocument,
  getDocument,
  listDocuments,
  refreshDocumentFromMeeting,
  restoreDocument,
  saveDocument,
} from '../services/documents';
import {
  finaliseDocument,
  issueDocument,
  listDocumentEvents,
  nextDocumentNumber,
  unlockDocument,
} from '../services/documents-lifecycle';
import { getDocumentVersion, keepOnScreenVersion, listDocumentVersions, restoreDocumentVersion } from '../services/documents-versions';

/**
 * The document channels (Word export lives with the export code). Spread into the handler
 * table, whose type checks that every channel of the contract has its handler.
 */
export const documentHandlers = {
  'documents:list': (ctx, input) => listDocuments(ctx, input),
  'documents:get': (ctx, input) => getDocument(ctx, input.id),
  'documents:create': (ctx, input) => createDocument(ctx, input),
  'documents:createFromMeeting': (ctx, input) => createDocumentFromMeeting(ctx, input),
  'documents:refreshFromMeeting': (ctx, input) => refreshDocumentFromMeeting(ctx, input.id),
  'documents:save': (ctx, input) => saveDocument(ctx, input),
  'documents:versions': (ctx, input) => listDocumentVersions(ctx, input.id),
  'documents:version': (ctx, input) => getDocumentVersion(ctx, input.versionId),
  'documents:restoreVersion': (ctx, input) => restoreDocumentVersion(ctx, input.id, input.versionId),
  'documents:keepVersion': (ctx, input) => keepOnScreenVersion(ctx, input),
  'documents:events': (ctx, input) => listDocumentEvents(ctx, input.id),
  'documents:finalise': (ctx, input) => finaliseDocument(ctx, input),
  'documents:unlock': (ctx, input) => unlockDocument(ctx, input),
  'documents:nextNumber': (ctx, input) => nextDocumentNumber(ctx, input.id),
  'documents:issue': (ctx, input) => issueDocument(ctx, input),
  'documents:delete': (ctx, input) => deleteDocument(ctx, input.id),
  'documents:restore': (ctx, input) => restoreDocument(ctx, input.id),
} satisfies Partial<Handlers>;
