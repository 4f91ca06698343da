import { documentFieldsOf, saveDocumentInput, type DocumentRecord, type SaveDocumentInput } from '../../../shared/schemas/document';
import { call } from '../api/client';
import { createAutosaveEditor } from './autosave-editor';

/** The fields a save sends: what the user edits. Number and status change only through their own steps. */
export function toDocumentSavePayload(doc: DocumentRecord): SaveDocumentInput {
  return { id: doc.id, ...documentFieldsOf(doc) };
}

/** The document being drafted, saved as the user types (see autosave-editor.ts for the timing). */
export const useDocumentEditor = createAutosaveEditor<DocumentRecord, SaveDocumentInput>({
  fetch: (id) => call('documents:get', { id }),
  payloadOf: toDocumentSavePayload,
  schema: saveDocumentInput,
  send: (payload, baseUpdatedAt) => call('documents:save', { ...payload, baseUpdatedAt }),
  updatedAtOf: (doc) => doc.updatedAt,
});

type KeptReason = 'truoc_lam_moi' | 'truoc_khoi_phuc';

/** Keeps what is on screen as a version of the document (see documents:keepVersion). */
function keepOnScreen(reason: KeptReason) {
  return async (doc: DocumentRecord): Promise<void> => {
    await call('documents:keepVersion', { id: doc.id, reason, summary: doc.summary, body: doc.body });
  };
}

/**
 * "Làm mới từ hội nghị": the content is drafted again from the meeting. What is on screen and
 * not saved (a refused field, a paragraph typed meanwhile) is kept as a version first.
 */
export function refreshDocumentFromMeeting(id: number): Promise<DocumentRecord> {
  return useDocumentEditor
    .getState()
    .replaceWith(() => call('documents:refreshFromMeeting', { id }), { keep: keepOnScreen('truoc_lam_moi') });
}

/**
 * "Cập nhật số liệu" of a compiled report: its figures again as of today, the text written again
 * around what the user wrote in each section (the main process keeps the stored text as a version).
 * As with a refresh from the meeting, what is on screen and not saved is kept as a version first,
 * and the editor is read-only meanwhile: nothing typed is covered by the new text.
 */
export function refreshReportFigures(id: number): Promise<DocumentRecord> {
  // The new figures reach the screen through the query layer (reports:get is read again after the write).
  return useDocumentEditor
    .getState()
    .replaceWith(async () => (await call('reports:refresh', { id })).document, { keep: keepOnScreen('truoc_lam_moi') });
}

/** Brings back a version; what is on screen and not saved is kept as a version first. */
export function restoreDocumentVersion(id: number, versionId: number): Promise<DocumentRecord> {
  return useDocumentEditor
    .getState()
    .replaceWith(() => call('documents:restoreVersion', { id, versionId }), { keep: keepOnScreen('truoc_khoi_phuc') });
}

/**
 * Finalising, unlocking, issuing: only once everything on screen is stored (the step locks or
 * numbers what is stored). Anything typed while the step runs is kept as a version.
 */
export function runDocumentStep(step: () => Promise<DocumentRecord>): Promise<DocumentRecord> {
  return useDocumentEditor.getState().replaceWith(step, {
    unsavedMessage: 'Chưa thực hiện được vì nội dung đang soạn còn phần chưa lưu được:',
    keep: keepOnScreen('truoc_khoi_phuc'),
  });
}
