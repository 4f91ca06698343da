export { RichTextEditor, type RichTextEditorProps } from './RichTextEditor';
export { normaliseEditorJson } from './normalise';
