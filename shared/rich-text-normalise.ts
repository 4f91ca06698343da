import type {
  BlockNode,
  InlineNode,
  ListItemNode,
  MarkType,
  ParagraphNode,
  RichDoc,
  TableCellNode,
  TableRowNode,
  TextAlign,
  TextMark,
} from './rich-text';

/**
 * A node as the editor gives it (TipTap's `JSONContent` has this shape), or as a main-process
 * builder writes it: anything may be missing or unknown, so every field is checked before use.
 */
export interface EditorJson {
  type?: string;
  attrs?: Record<string, unknown>;
  content?: EditorJson[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}
type JSONContent = EditorJson;

/**
 * Turns what the editor (TipTap `editor.getJSON()`) or a paste produces into the stored vocabulary
 * of shared/rich-text.ts, so that `richDocSchema` in the main process accepts every save. The main
 * process uses it too, to compare what it generates with what the editor stored (refresh-merge.ts).
 *
 * Pure and DOM-free. The rules, kept minimal:
 * - Attributes the vocabulary does not know are dropped (e.g. a cell's `align`); defaults are left
 *   out (`textAlign: null`, `indent: 0`, `colspan: 1`, `rowspan: 1`, `colwidth: null`).
 * - Empty `content` is left out where the schema allows none (paragraph, heading); where it requires
 *   blocks (list item, table cell) an empty paragraph stands in, and a list item opens with a
 *   paragraph as the editor's `listItem` ('paragraph block*') requires. Lists and rows without children
 *   and tables without rows are dropped.
 * - Unknown marks (strike, code, link, …) are dropped; their text stays.
 * - Unknown containers (blockquote, taskList, …) are unwrapped: their blocks take their place.
 *   A code block becomes a paragraph (lines joined by hard breaks). Unknown leaves (horizontal
 *   rule, image) are dropped.
 * - Text is put in NFC (as the schema stores it), adjacent text with the same marks is merged and
 *   marks are put in a fixed order, so that two equal documents give equal JSON (the editor
 *   compares by JSON to tell an outside change from its own echo).
 */
export function normaliseEditorJson(json: JSONContent): RichDoc {
  const content = json.type === 'doc' ? blocks(json.content) : blocks([json]);
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

const MARK_ORDER: readonly MarkType[] = ['bold', 'italic', 'underline'];
const ALIGNMENTS: readonly TextAlign[] = ['left', 'center', 'right', 'justify'];
const INLINE_TYPES = new Set(['text', 'hardBreak']);
/** Leaves that carry nothing the vocabulary can hold. */
const DROPPED_LEAVES = new Set(['horizontalRule', 'image']);

function blocks(nodes: JSONContent[] | undefined): BlockNode[] {
  const out: BlockNode[] = [];
  // Inline nodes met at block level (malformed input) are gathered into one paragraph.
  let pendingInline: JSONContent[] = [];
  const flushInline = () => {
    if (pendingInline.length === 0) return;
    const content = inline(pendingInline);
    pendingInline = [];
    if (content.length > 0) out.push({ type: 'paragraph', content });
  };

  for (const node of nodes ?? []) {
    if (!node || typeof node !== 'object') continue;
    const type = node.type ?? '';
    if (INLINE_TYPES.has(type)) {
      pendingInline.push(node);
      continue;
    }
    flushInline();
    switch (type) {
      case 'paragraph':
        out.push(paragraph(node));
        break;
      case 'heading': {
        const level = Math.min(3, Math.max(1, Math.trunc(Number(node.attrs?.level) || 1))) as 1 | 2 | 3;
        const textAlign = alignment(node.attrs?.textAlign);
        const content = inline(node.content);
        out.push({
          type: 'heading',
          attrs: textAlign ? { level, textAlign } : { level },
          ...(content.length > 0 ? { content } : {}),
        });
        break;
      }
      case 'bulletList': {
        const items = listItems(node.content);
        if (items.length > 0) out.push({ type: 'bulletList', content: items });
        break;
      }
      case 'orderedList': {
        const items = listItems(node.content);
        if (items.length === 0) break;
        const rawStart = Math.trunc(Number(node.attrs?.start ?? 1));
        const start = Number.isFinite(rawStart) ? Math.min(10_000, Math.max(0, rawStart)) : 1;
        out.push({ type: 'orderedList', attrs: { start, type: listType(node.attrs?.type) }, content: items });
        break;
      }
      case 'table': {
        const rows = tableRows(node.content);
        if (rows.length > 0) out.push({ type: 'table', content: rows });
        break;
      }
      case 'codeBlock': {
        // The code's text, one hard break per line break, without the monospace.
        const text = (node.content ?? []).map((child) => child.text ?? '').join('');
        const content = inline(
          text.split('\n').flatMap((line, i) => [...(i > 0 ? [{ type: 'hardBreak' }] : []), { type: 'text', text: line }]),
        );
        out.push(content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' });
        break;
      }
      default:
        if (DROPPED_LEAVES.has(type)) break;
        // blockquote, listItem out of place, taskList, details…: keep what is inside.
        if (node.content && node.content.length > 0) out.push(...blocks(node.content));
        else if (typeof node.text === 'string') pendingInline.push({ type: 'text', text: node.text, marks: node.marks });
    }
  }
  flushInline();
  return out;
}

function paragraph(node: JSONContent): ParagraphNode {
  const textAlign = alignment(node.attrs?.textAlign);
  const indent = Math.min(4, Math.max(0, Math.trunc(Number(node.attrs?.indent) || 0)));
  const attrs: NonNullable<ParagraphNode['attrs']> = {
    ...(textAlign ? { textAlign } : {}),
    ...(indent > 0 ? { indent } : {}),
  };
  const content = inline(node.content);
  return {
    type: 'paragraph',
    ...(Object.keys(attrs).length > 0 ? { attrs } : {}),
    ...(content.length > 0 ? { content } : {}),
  };
}

/** At least one block: the schema (and ProseMirror's `block+`) require it in items and cells. */
function someBlocks(nodes: JSONContent[] | undefined): BlockNode[] {
  const content = blocks(nodes);
  return content.length > 0 ? content : [{ type: 'paragraph' }];
}

function listItems(nodes: JSONContent[] | undefined): ListItemNode[] {
  const items: ListItemNode[] = [];
  for (const node of nodes ?? []) {
    if (!node || typeof node !== 'object') continue;
    const content =
      node.type === 'listItem' || node.type === 'taskItem'
        ? someBlocks(node.content)
        : // Something else directly in a list: an item of its own rather than lost.
          blocks([node]);
    if (content.length === 0) continue;
    // The editor's list item is 'paragraph block*': an item cannot open with a list or a table.
    if (content[0]?.type !== 'paragraph') content.unshift({ type: 'paragraph' });
    items.push({ type: 'listItem', content });
  }
  return items;
}

function tableRows(nodes: JSONContent[] | undefined): TableRowNode[] {
  const rows: TableRowNode[] = [];
  for (const row of nodes ?? []) {
    if (row?.type !== 'tableRow') continue;
    const cells: TableCellNode[] = [];
    for (const cell of row.content ?? []) {
      if (cell?.type !== 'tableCell' && cell?.type !== 'tableHeader') continue;
      const colspan = span(cell.attrs?.colspan, 50);
      const rowspan = span(cell.attrs?.rowspan, 500);
      const colwidth = columnWidths(cell.attrs?.colwidth);
      const attrs: NonNullable<TableCellNode['attrs']> = {
        ...(colspan > 1 ? { colspan } : {}),
        ...(rowspan > 1 ? { rowspan } : {}),
        ...(colwidth ? { colwidth } : {}),
      };
      cells.push({
        type: cell.type,
        ...(Object.keys(attrs).length > 0 ? { attrs } : {}),
        content: someBlocks(cell.content),
      });
    }
    if (cells.length > 0) rows.push({ type: 'tableRow', content: cells });
  }
  return rows;
}

function inline(nodes: JSONContent[] | undefined): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes ?? []) {
    if (!node || typeof node !== 'object') continue;
    if (node.type === 'hardBreak') {
      out.push({ type: 'hardBreak' });
    } else if (node.type === 'text') {
      const text = typeof node.text === 'string' ? node.text.normalize('NFC') : '';
      if (text === '') continue;
      const marks = textMarks(node.marks);
      const previous = out[out.length - 1];
      if (previous?.type === 'text' && sameMarks(previous.marks, marks)) {
        previous.text += text;
      } else {
        out.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
      }
    } else if (node.content) {
      // An inline wrapper or a block inside inline content: keep its text.
      out.push(...inline(node.content.flatMap((child) => (child.type === 'paragraph' || child.type === 'heading' ? child.content ?? [] : [child]))));
    }
  }
  return out;
}

function textMarks(marks: JSONContent['marks']): TextMark[] {
  const present = new Set((marks ?? []).map((mark) => mark?.type));
  return MARK_ORDER.filter((type) => present.has(type)).map((type) => ({ type }));
}

function sameMarks(a: TextMark[] | undefined, b: TextMark[]): boolean {
  const left = a ?? [];
  return left.length === b.length && left.every((mark, i) => mark.type === b[i]?.type);
}

function alignment(value: unknown): TextAlign | null {
  return ALIGNMENTS.includes(value as TextAlign) ? (value as TextAlign) : null;
}

/** '1' and 'a' are kept; 'A' reads as 'a'; roman numerals and the rest fall back to the default numbering. */
function listType(value: unknown): '1' | 'a' | null {
  if (value === 'a' || value === 'A') return 'a';
  if (value === '1') return '1';
  return null;
}

function span(value: unknown, max: number): number {
  const n = Math.trunc(Number(value));
  return Number.isFinite(n) && n >= 1 ? Math.min(max, n) : 1;
}

function columnWidths(value: unknown): number[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > 50) return null;
  // ProseMirror-tables writes 0 for a column nobody has resized: such a list says nothing.
  if (!value.every((width) => typeof width === 'number' && Number.isFinite(width) && width >= 0)) return null;
  return value.some((width) => width > 0) ? (value as number[]) : null;
}
