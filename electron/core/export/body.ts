import { AlignmentType, HeadingLevel, Paragraph, Table, type IParagraphOptions } from 'docx';
import type { BlockNode, HeadingNode, InlineNode, ListItemNode, ParagraphNode, TextAlign } from '../../../shared/rich-text';
import { inlineRuns } from './inline';
import { FIRST_LINE_INDENT, TWIPS_PER_CM } from './layout';
import { listIndent, type ListKind, type ListNumbering, type ListRef } from './numbering';
import { STYLE } from './styles';
import { bodyTable } from './tables';

export type Block = Paragraph | Table;

interface Context {
  lists: ListNumbering;
  /** Width available to a table at this place, in twips. */
  width: number;
  /** Inside a table cell: smaller type, no first-line indent. */
  inTable: boolean;
  /** Inside a header cell (tableHeader): bold, centred. */
  inHeaderCell: boolean;
  /** Nesting depth of lists around this block. */
  listDepth: number;
  /** Keep this paragraph on the page of what follows (the body's last paragraph, with the signature). */
  keepNext?: boolean;
  /** Space above the paragraph: a table has none below it, so the text after one would touch its border. */
  spaceBefore?: number;
}

/** 6 pt between a table and the text that follows it. */
const AFTER_TABLE = 120;

const ALIGNMENT: Record<TextAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.BOTH,
};

/** The editor's paragraph indent is in steps of 1 cm (0–4). */
function extraIndent(indent: number | undefined): number {
  const steps = Math.min(Math.max(Math.round(indent ?? 0), 0), 4);
  return steps * TWIPS_PER_CM;
}

function paragraphStyle(context: Context): string {
  if (context.inHeaderCell) return STYLE.tableHeading;
  return context.inTable ? STYLE.tableText : STYLE.body;
}

/**
 * Word draws a list number with the paragraph mark's formatting, not the text's: when the whole
 * item is bold ("1. Đánh giá chung"), the mark is made bold too so the number matches its text.
 */
function numberLook(content: readonly InlineNode[] | undefined): Pick<IParagraphOptions, 'run'> {
  const texts = (content ?? []).filter((node) => node.type === 'text' && node.text.trim() !== '');
  if (texts.length === 0) return {};
  const all = (mark: 'bold' | 'italic') => texts.every((node) => node.type === 'text' && (node.marks ?? []).some((m) => m.type === mark));
  const bold = all('bold');
  const italics = all('italic');
  return bold || italics ? { run: { ...(bold ? { bold } : {}), ...(italics ? { italics } : {}) } } : {};
}

/** Options for one paragraph of text; `list` numbers it as the first paragraph of a list item. */
function textParagraph(node: ParagraphNode, context: Context, list?: ListRef): Paragraph {
  const align = node.attrs?.textAlign ?? null;
  const left = extraIndent(node.attrs?.indent);
  const centredOrRight = align === 'center' || align === 'right';
  const options: IParagraphOptions = {
    style: paragraphStyle(context),
    children: inlineRuns(node.content),
    ...(align ? { alignment: ALIGNMENT[align] } : {}),
    ...(context.keepNext ? { keepNext: true } : {}),
    ...(context.spaceBefore ? { spacing: { before: context.spaceBefore } } : {}),
  };
  if (list) {
    return new Paragraph({
      ...options,
      ...numberLook(node.content),
      numbering: { reference: list.reference, level: list.level, custom: true },
      indent: listIndent(list.level, left, context.inTable),
    });
  }
  // A centred line with a first-line indent would sit off-centre.
  const firstLine = centredOrRight || context.inTable ? 0 : FIRST_LINE_INDENT;
  const indentNeeded = left > 0 || (centredOrRight && !context.inTable);
  return new Paragraph(indentNeeded ? { ...options, indent: { left, firstLine } } : options);
}

const PART_LINE = /^(Phần|Chương|Mục)\s+[IVXLCDM\d]+\.?$/i;

/**
 * Level 1 is a part title, centred in capitals. A first line "Phần I" or "Chương II" keeps its
 * ordinary case, as the layout writes it above the capitalised title.
 */
function headingParagraph(node: HeadingNode, context: Context, list?: ListRef): Paragraph {
  const level = node.attrs.level;
  const content: InlineNode[] = node.content ?? [];
  let upper = true;
  const transformed: InlineNode[] =
    level === 1
      ? content.map((inline, index) => {
          if (inline.type === 'hardBreak') {
            upper = true;
            return inline;
          }
          const isPartLine = index === 0 && content[1]?.type === 'hardBreak' && PART_LINE.test(inline.text.trim());
          upper = !isPartLine;
          return upper ? { ...inline, text: inline.text.toLocaleUpperCase('vi-VN') } : inline;
        })
      : content;
  const heading = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  const align = node.attrs.textAlign ?? null;
  return new Paragraph({
    heading,
    children: inlineRuns(transformed),
    ...(align ? { alignment: ALIGNMENT[align] } : {}),
    ...(list ? { numbering: { reference: list.reference, level: list.level, custom: true }, indent: listIndent(list.level, 0, context.inTable) } : {}),
    ...(context.inTable ? { indent: { firstLine: 0 } } : {}),
    ...(context.spaceBefore ? { spacing: { before: Math.max(context.spaceBefore, 120) } } : {}),
  });
}

function listKind(node: BlockNode): ListKind {
  if (node.type === 'bulletList') return 'bullet';
  if (node.type === 'orderedList' && node.attrs?.type === 'a') return 'letter';
  return 'decimal';
}

function listItems(items: ListItemNode[], ref: ListRef, context: Context): Block[] {
  const inner: Context = { ...context, listDepth: context.listDepth + 1, spaceBefore: undefined };
  const out: Block[] = [];
  for (const [index, item] of items.entries()) {
    // Only the list's first line keeps the space asked for above the list.
    if (index === 1) context = { ...context, spaceBefore: undefined };
    const [first, ...rest] = item.content;
    if (first && (first.type === 'paragraph' || first.type === 'heading')) {
      out.push(first.type === 'paragraph' ? textParagraph(first, context, ref) : headingParagraph(first, context, ref));
      out.push(...blocks(rest, inner));
    } else {
      // An item that starts with a nested list or a table still shows its own number first.
      out.push(textParagraph({ type: 'paragraph' }, context, ref));
      out.push(...blocks(item.content, inner));
    }
  }
  return out;
}

/** The editor's blocks as Word paragraphs and tables. */
export function blocks(nodes: readonly BlockNode[], outer: Context): Block[] {
  const out: Block[] = [];
  let previous: BlockNode | undefined;
  for (const [index, node] of nodes.entries()) {
    let context = previous?.type === 'table' ? { ...outer, spaceBefore: AFTER_TABLE } : outer;
    // The line that introduces a table ("Kết quả cụ thể như sau:") stays on the table's page.
    if (nodes[index + 1]?.type === 'table' && (node.type === 'paragraph' || node.type === 'heading')) context = { ...context, keepNext: true };
    previous = node;
    switch (node.type) {
      case 'paragraph':
        out.push(textParagraph(node, context));
        break;
      case 'heading':
        out.push(headingParagraph(node, context));
        break;
      case 'bulletList':
      case 'orderedList': {
        const start = node.type === 'orderedList' ? (node.attrs?.start ?? 1) : 1;
        const ref = context.lists.add(listKind(node), context.listDepth, start);
        out.push(...listItems(node.content, ref, context));
        break;
      }
      case 'table': {
        const table = bodyTable(node, context.width, (cell, width) =>
          blocks(cell.content, { ...context, width, inTable: true, inHeaderCell: cell.type === 'tableHeader', listDepth: 0, spaceBefore: undefined, keepNext: false }),
        );
        if (table) out.push(table);
        break;
      }
    }
  }
  return out;
}

/** The document body, with Word's rule that two tables never touch (they would merge into one). */
export function bodyBlocks(nodes: readonly BlockNode[], lists: ListNumbering, width: number): Block[] {
  const context: Context = { lists, width, inTable: false, inHeaderCell: false, listDepth: 0 };
  const last = nodes[nodes.length - 1];
  // The closing paragraph ("… thực hiện./.") goes with the signature: a page must not hold the signature alone.
  const converted =
    last?.type === 'paragraph'
      ? [...blocks(nodes.slice(0, -1), context), ...blocks([last], { ...context, keepNext: true })]
      : blocks(nodes, context);
  const out: Block[] = [];
  for (const block of converted) {
    if (block instanceof Table && out[out.length - 1] instanceof Table) out.push(new Paragraph({ style: STYLE.body }));
    out.push(block);
  }
  return out;
}
