import type { Handlers } from './index';
import { exportDocumentFile, renderDocumentDocx, showExportedFile } from '../services/document-export';

/** Word export channels: these answer with a promise (building a .docx is asynchronous). */
export const exportHandlers = {
  'documents:renderDocx': (ctx, input) => renderDocumentDocx(ctx, input.id),
  'documents:exportDocx': (ctx, input) => exportDocumentFile(ctx, input.id),
  'files:showInFolder': (ctx, input) => showExportedFile(ctx, input.filePath),
} satisfies Partial<Handlers>;
