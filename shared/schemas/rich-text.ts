import { z } from 'zod';
import type { BlockNode, InlineNode, RichDoc } from '../rich-text';
import { listOf, textTooLong, wholeNumber } from './common';

/**
 * Validates a document body coming from the renderer: only the nodes and marks of
 * shared/rich-text.ts, text in NFC, bounded in size so a runaway paste cannot fill the disk,
 * and bounded in depth so a body nested a thousand levels is answered, not crashed on.
 */
const MAX_TEXT = 200_000;

/**
 * Lists and tables nested in one another. Word numbers nine levels of a list and the export
 * draws no deeper (electron/core/export/numbering.ts); ten leaves room for a table around them.
 */
export const RICH_TEXT_MAX_NESTING = 10;

const BODY_INVALID = 'Nội dung văn bản không hợp lệ.';
const TOO_DEEP = `Nội dung văn bản có danh sách, bảng lồng nhau quá nhiều cấp (tối đa ${RICH_TEXT_MAX_NESTING} cấp).`;
const TOO_MANY_NODES = 'Nội dung văn bản quá lớn để lưu một lần (hơn một triệu đoạn, dòng và ô).';
const NESTING_TYPES = new Set(['bulletList', 'orderedList', 'table']);
/** `content` arrays inside one another: a table adds three (rows, cells, blocks), a list two. */
const MAX_CONTENT_DEPTH = 3 * RICH_TEXT_MAX_NESTING + 2;

/** Nodes of one body walked before its depth is known; far above any real document (a 200-page one has ~50,000). */
const MAX_NODES = 1_000_000;

/**
 * Why the raw body cannot be given to the schema, or null: lists and tables nested deeper than
 * allowed, `content` inside `content` deeper than any allowed body (a cycle is endlessly deep),
 * or more nodes than any document. Walks with its own stack, never by recursion, so no input
 * can exhaust the call stack, and stops at the first limit passed.
 */
export function bodyShapeProblem(value: unknown): string | null {
  const stack: Array<{ node: unknown; levels: number; contentDepth: number }> = [{ node: value, levels: 0, contentDepth: 0 }];
  let visited = 0;
  while (stack.length > 0) {
    const { node, levels, contentDepth } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    visited += 1;
    if (visited > MAX_NODES) return TOO_MANY_NODES;
    const type = (node as { type?: unknown }).type;
    const here = typeof type === 'string' && NESTING_TYPES.has(type) ? levels + 1 : levels;
    if (here > RICH_TEXT_MAX_NESTING) return TOO_DEEP;
    const content = (node as { content?: unknown }).content;
    if (!Array.isArray(content)) continue;
    if (contentDepth + 1 > MAX_CONTENT_DEPTH) return TOO_DEEP;
    for (const child of content) stack.push({ node: child, levels: here, contentDepth: contentDepth + 1 });
  }
  return null;
}

const textAlign = z.enum(['left', 'center', 'right', 'justify']).nullable().optional();

const inlineSchema: z.ZodType<InlineNode> = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('text'),
    text: z
      .string()
      .min(1, { error: BODY_INVALID })
      .max(MAX_TEXT, { error: textTooLong('Một đoạn văn', MAX_TEXT) })
      .transform((s) => s.normalize('NFC')),
    marks: listOf(z.object({ type: z.enum(['bold', 'italic', 'underline'], { error: BODY_INVALID }) }), 3, 'kiểu chữ của một đoạn chữ', 'kiểu (đậm, nghiêng, gạch chân)').optional(),
  }),
  z.object({ type: z.literal('hardBreak') }),
], { error: BODY_INVALID });

const inlineContent = listOf(inlineSchema, 5000, 'đoạn chữ có định dạng trong một đoạn văn', 'đoạn chữ');

// Unions keyed by `type`: a node of an unknown type is refused at once, not tried against every
// shape (which would descend into its content once per shape).
const blockSchema: z.ZodType<BlockNode> = z.lazy(() => {
  const listItems = listOf(listItemSchema, 2000, 'mục của một danh sách', 'mục').min(1, { error: 'Mỗi danh sách cần có ít nhất một mục.' });
  return z.discriminatedUnion('type', [
    z.object({
      type: z.literal('paragraph'),
      attrs: z.object({ textAlign, indent: wholeNumber('Mức thụt lề của đoạn văn', 0, 4).optional() }).optional(),
      content: inlineContent.optional(),
    }),
    z.object({
      type: z.literal('heading'),
      attrs: z.object({ level: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'Cấp đề mục phải là 1, 2 hoặc 3.' }), textAlign }),
      content: inlineContent.optional(),
    }),
    z.object({ type: z.literal('bulletList'), content: listItems }),
    z.object({
      type: z.literal('orderedList'),
      attrs: z
        .object({
          start: wholeNumber('Số bắt đầu của danh sách đánh số', 0, 10_000).optional(),
          type: z.enum(['1', 'a'], { error: BODY_INVALID }).nullable().optional(),
        })
        .optional(),
      content: listItems,
    }),
    z.object({
      type: z.literal('table'),
      content: listOf(
        z.object({
          type: z.literal('tableRow'),
          content: listOf(
            z.object({
              type: z.enum(['tableCell', 'tableHeader'], { error: BODY_INVALID }),
              attrs: z
                .object({
                  colspan: wholeNumber('Số cột một ô gộp', 1, 50).optional(),
                  rowspan: wholeNumber('Số dòng một ô gộp', 1, 500).optional(),
                  colwidth: listOf(z.number({ error: BODY_INVALID }), 50, 'độ rộng cột của một ô', 'giá trị').nullable().optional(),
                })
                .optional(),
              content: listOf(blockSchema, 200, 'đoạn văn trong một ô của bảng', 'đoạn'),
            }),
            50,
            'ô của một dòng trong bảng',
            'ô',
          ).min(1, { error: 'Mỗi dòng của bảng cần có ít nhất một ô.' }),
        }),
        2000,
        'dòng của một bảng',
        'dòng',
      ).min(1, { error: 'Mỗi bảng cần có ít nhất một dòng.' }),
    }),
  ], { error: BODY_INVALID });
});

const listItemSchema = z.object({
  type: z.literal('listItem'),
  content: listOf(blockSchema, 200, 'đoạn văn trong một mục của danh sách', 'đoạn').min(1, { error: 'Mỗi mục của danh sách cần có ít nhất một đoạn.' }),
});

const docSchema = z.object(
  {
    type: z.literal('doc', { error: BODY_INVALID }),
    content: listOf(blockSchema, 20_000, 'đoạn văn, bảng của văn bản', 'đoạn'),
  },
  { error: BODY_INVALID },
);

/** The depth is checked first, on the raw value; only a body within it is given to the schema. */
export const richDocSchema: z.ZodType<RichDoc> = z
  .unknown()
  .check((payload) => {
    const problem = bodyShapeProblem(payload.value);
    if (problem !== null) payload.issues.push({ code: 'custom', message: problem, input: payload.value });
  })
  .pipe(docSchema);
