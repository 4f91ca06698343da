import type { DocumentRecord, DocumentVersion, DocumentVersionSummary, VersionReason } from '../../../shared/schemas/document';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { updateDraftFields } from '../repositories/documents';
import { findVersion, insertVersion, latestVersion, listVersions } from '../repositories/documents-history';
import { assertEditable, fieldsOf, getDocument } from './documents-access';
import { canonicalJson } from './documents-hash';
import { writeTransaction } from '../db/write/transaction';

/**
 * Autosave runs every second or so while the user types; one version per save would bury the
 * history. A version is kept at most every five minutes instead, so the history still has a
 * timestamped state for every stretch of work.
 */
export const AUTO_VERSION_INTERVAL_MS = 5 * 60 * 1000;

export function storeVersion(ctx: CoreContext, doc: DocumentRecord, reason: VersionReason, at: string): number {
  return insertVersion(ctx.db, doc.id, reason, { summary: doc.summary, body: doc.body }, at);
}

/**
 * Called by a save before it overwrites the document. What is kept is the content as it stood
 * before this save: the state the user had when they came back to the document, or five minutes
 * ago. The content being saved is the document itself and is never lost. A version identical to
 * the newest one is not stored twice.
 */
export function storeAutoVersion(ctx: CoreContext, doc: DocumentRecord, at: string): void {
  const latest = latestVersion(ctx.db, doc.id);
  if (latest !== null) {
    const age = Date.parse(at) - Date.parse(latest.createdAt);
    if (age < AUTO_VERSION_INTERVAL_MS) return;
    const same =
      latest.summary === doc.summary && canonicalJson(latest.body) === canonicalJson(doc.body);
    if (same) return;
  }
  storeVersion(ctx, doc, 'tu_dong', at);
}

export function listDocumentVersions(ctx: CoreContext, id: number): DocumentVersionSummary[] {
  getDocument(ctx, id);
  return listVersions(ctx.db, id);
}

export function getDocumentVersion(ctx: CoreContext, versionId: number): DocumentVersion {
  const version = findVersion(ctx.db, versionId);
  if (!version) throw notFound('phiên bản này');
  // A version of a document in the bin is not shown until the document is restored.
  getDocument(ctx, version.documentId);
  return version;
}

/**
 * Keeps content the user has on screen (not, or not all, saved) as a version, so that a refresh
 * or a restore never covers typing that exists nowhere else. Only a draft has such content.
 */
export function keepOnScreenVersion(
  ctx: CoreContext,
  input: { id: number; reason: 'truoc_lam_moi' | 'truoc_khoi_phuc'; summary: string; body: DocumentRecord['body'] },
): DocumentVersionSummary {
  const at = ctx.now().toISOString();
  const versionId = writeTransaction(ctx.db, () => {
    const doc = getDocument(ctx, input.id);
    assertEditable(doc);
    return insertVersion(ctx.db, doc.id, input.reason, { summary: input.summary, body: input.body }, at);
  });
  const kept = listVersions(ctx.db, input.id).find((version) => version.id === versionId);
  if (!kept) throw notFound('phiên bản vừa lưu');
  return kept;
}

/** Brings back a version's summary and body; the content it replaces is kept as a version first. */
export function restoreDocumentVersion(ctx: CoreContext, id: number, versionId: number): DocumentRecord {
  const at = ctx.now().toISOString();
  writeTransaction(ctx.db, () => {
    const doc = getDocument(ctx, id);
    const version = findVersion(ctx.db, versionId);
    if (!version || version.documentId !== id) throw notFound('phiên bản này của văn bản');
    assertEditable(doc);
    storeVersion(ctx, doc, 'truoc_khoi_phuc', at);
    updateDraftFields(ctx.db, id, { ...fieldsOf(doc), summary: version.summary, body: version.body }, { at });
  });
  return getDocument(ctx, id);
}
