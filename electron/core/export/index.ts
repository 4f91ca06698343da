/** Word export of documents: the .docx itself, its default file name, and a safe write to disk. */
export { exportDocumentToDocx } from './docx-export';
export { defaultExportFileName, exportFileName } from './file-name';
export { writeFileSafely, type WriteOptions } from './write-file';
