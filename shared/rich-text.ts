/**
 * The rich text of a document body, as the editor (TipTap/ProseMirror) stores it in JSON.
 * Only what official documents use is allowed; the Word export and the draft generator
 * speak exactly this vocabulary, and the main process validates it (shared/schemas/rich-text.ts).
 */

export type TextAlign = 'left' | 'center' | 'right' | 'justify';
export type MarkType = 'bold' | 'italic' | 'underline';

export interface TextMark {
  type: MarkType;
}

export interface TextNode {
  type: 'text';
  text: string;
  marks?: TextMark[];
}

export interface HardBreakNode {
  type: 'hardBreak';
}

export type InlineNode = TextNode | HardBreakNode;

export interface ParagraphNode {
  type: 'paragraph';
  attrs?: {
    textAlign?: TextAlign | null;
    /** Extra left indent in steps of 1 cm (0–4). Body paragraphs also get the first-line indent on export. */
    indent?: number;
  };
  content?: InlineNode[];
}

export interface HeadingNode {
  type: 'heading';
  attrs: { level: 1 | 2 | 3; textAlign?: TextAlign | null };
  content?: InlineNode[];
}

export interface ListItemNode {
  type: 'listItem';
  content: BlockNode[];
}

export interface BulletListNode {
  type: 'bulletList';
  content: ListItemNode[];
}

/**
 * Numbered list. `type` null or '1' numbers "1.", "2."…; 'a' numbers "a)", "b)"… as Vietnamese
 * documents do. Bullet lists are shown with "-".
 */
export interface OrderedListNode {
  type: 'orderedList';
  attrs?: { start?: number; type?: '1' | 'a' | null };
  content: ListItemNode[];
}

export interface TableCellNode {
  type: 'tableCell' | 'tableHeader';
  attrs?: { colspan?: number; rowspan?: number; colwidth?: number[] | null };
  content: BlockNode[];
}

export interface TableRowNode {
  type: 'tableRow';
  content: TableCellNode[];
}

export interface TableNode {
  type: 'table';
  content: TableRowNode[];
}

export type BlockNode = ParagraphNode | HeadingNode | BulletListNode | OrderedListNode | TableNode;

export interface RichDoc {
  type: 'doc';
  content: BlockNode[];
}

export const EMPTY_DOC: RichDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

/** Builders for code that writes documents (the draft generator, tests). */
export const rt = {
  text(text: string, ...marks: MarkType[]): TextNode {
    return marks.length > 0 ? { type: 'text', text, marks: marks.map((type) => ({ type })) } : { type: 'text', text };
  },
  paragraph(content: InlineNode[] | string, attrs?: ParagraphNode['attrs']): ParagraphNode {
    const inline = typeof content === 'string' ? (content === '' ? [] : [rt.text(content)]) : content;
    return { type: 'paragraph', ...(attrs ? { attrs } : {}), ...(inline.length > 0 ? { content: inline } : {}) };
  },
  heading(level: 1 | 2 | 3, text: string, textAlign: TextAlign | null = null): HeadingNode {
    return { type: 'heading', attrs: { level, textAlign }, content: text === '' ? [] : [rt.text(text)] };
  },
  orderedList(items: BlockNode[][], type: '1' | 'a' = '1', start = 1): OrderedListNode {
    return { type: 'orderedList', attrs: { start, type }, content: items.map((content) => ({ type: 'listItem', content })) };
  },
  bulletList(items: BlockNode[][]): BulletListNode {
    return { type: 'bulletList', content: items.map((content) => ({ type: 'listItem', content })) };
  },
  doc(content: BlockNode[]): RichDoc {
    return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
  },
};

/** The plain text of a document, one line per block: for search and for hashing what was finalised. */
export function plainText(doc: RichDoc): string {
  const lines: string[] = [];
  const inline = (nodes: InlineNode[] | undefined) =>
    (nodes ?? []).map((node) => (node.type === 'text' ? node.text : '\n')).join('');
  const walk = (blocks: BlockNode[]) => {
    for (const block of blocks) {
      if (block.type === 'paragraph' || block.type === 'heading') lines.push(inline(block.content));
      else if (block.type === 'table') block.content.forEach((row) => row.content.forEach((cell) => walk(cell.content)));
      else block.content.forEach((item) => walk(item.content));
    }
  };
  walk(doc.content);
  return lines.join('\n');
}
