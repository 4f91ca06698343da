export { RichTextEditor, type RichTextEditorProps } from './RichTextEditor';
export { normaliseEditorJson } from '../../../../shared/rich-text-normalise';
