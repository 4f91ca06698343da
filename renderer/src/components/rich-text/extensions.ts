import type { Extensions } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { TextAlign } from '@tiptap/extension-text-align';
import { StarterKit } from '@tiptap/starter-kit';
import { BlankGuide } from './blank-guide';
import { OrderedListType } from './ordered-list-type';
import { ParagraphIndent } from './paragraph-indent';

/**
 * The editor's schema is the stored vocabulary (shared/rich-text.ts) and nothing more, so a paste
 * from Word or the web can only bring in what can be saved and exported: StarterKit's strike, code,
 * code block, blockquote, horizontal rule and link are left out; headings stop at level 3.
 * Kept from StarterKit: paragraph, heading, bold, italic, underline, hard break, bullet list,
 * ordered list (its `type` attribute serves "1." / "a)", see ordered-list-type.ts),
 * list item (+ its Tab/Shift-Tab keymap), undo/redo, drop and gap cursors, trailing paragraph.
 * Built once: the same array on every render keeps useEditor from reconfiguring the editor.
 */
export const richTextExtensions: Extensions = [
  StarterKit.configure({
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    link: false,
    strike: false,
    heading: { levels: [1, 2, 3] },
  }),
  OrderedListType,
  ParagraphIndent,
  TextAlign.configure({ types: ['heading', 'paragraph'] }),
  // Resizable: column widths are part of the vocabulary (colwidth) and go to Word.
  Table.configure({ resizable: true }),
  TableRow,
  TableHeader,
  TableCell,
  BlankGuide,
];
