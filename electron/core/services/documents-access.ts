import { documentFieldsOf, type DocumentRecord } from '../../../shared/schemas/document';
import type { Profile } from '../../../shared/schemas/profile';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { findDocument } from '../repositories/documents';
import { getProfile } from '../repositories/profile';
import { documentErrors } from './documents-messages';

/** Reading a document and the checks every document service shares. */

export function requireProfile(ctx: CoreContext): Profile {
  const profile = getProfile(ctx.db);
  if (!profile) throw documentErrors.noProfile();
  return profile;
}

export function getDocument(ctx: CoreContext, id: number): DocumentRecord {
  const doc = findDocument(ctx.db, id);
  if (!doc) throw notFound('văn bản này');
  return doc;
}

/** The fields of a record that the user edits (what is saved, versioned and hashed). */
export const fieldsOf = documentFieldsOf;

/** Only a draft can change; a finalised or issued document says why it cannot. */
export function assertEditable(doc: DocumentRecord): void {
  if (doc.status === 'da_hoan_thien') throw documentErrors.finalised(doc.finalisedAt, doc.finalisedBy);
  if (doc.status === 'da_ban_hanh') throw documentErrors.issued(doc.numberSymbol);
}

