import { documentFieldsOf, type DocumentRecord, type SaveDocumentInput } from '../../../shared/schemas/document';
import { call } from '../api/client';
import { createAutosaveEditor } from './autosave-editor';

/** The fields a save sends: what the user edits. Number and status change only through their own steps. */
export function toDocumentSavePayload(doc: DocumentRecord): SaveDocumentInput {
  return { id: doc.id, ...documentFieldsOf(doc) };
}

/** The document being drafted, saved as the user types (see autosave-editor.ts for the timing). */
export const useDocumentEditor = createAutosaveEditor<DocumentRecord>({
  fetch: (id) => call('documents:get', { id }),
  save: (doc, baseUpdatedAt) => call('documents:save', { ...toDocumentSavePayload(doc), baseUpdatedAt }),
  updatedAtOf: (doc) => doc.updatedAt,
});
