import { z } from 'zod';
import type { BlockNode, InlineNode, RichDoc } from '../rich-text';

/**
 * Validates a document body coming from the renderer: only the nodes and marks of
 * shared/rich-text.ts, text in NFC, bounded in size so a runaway paste cannot fill the disk.
 */
const MAX_TEXT = 200_000;

const textAlign = z.enum(['left', 'center', 'right', 'justify']).nullable().optional();

const inlineSchema: z.ZodType<InlineNode> = z.union([
  z.object({
    type: z.literal('text'),
    text: z
      .string()
      .min(1, { error: 'Nội dung văn bản không hợp lệ.' })
      .max(MAX_TEXT, { error: 'Đoạn văn quá dài.' })
      .transform((s) => s.normalize('NFC')),
    marks: z.array(z.object({ type: z.enum(['bold', 'italic', 'underline']) })).max(3).optional(),
  }),
  z.object({ type: z.literal('hardBreak') }),
]);

const blockSchema: z.ZodType<BlockNode> = z.lazy(() =>
  z.union([
    z.object({
      type: z.literal('paragraph'),
      attrs: z.object({ textAlign, indent: z.number().int().min(0).max(4).optional() }).optional(),
      content: z.array(inlineSchema).max(5000).optional(),
    }),
    z.object({
      type: z.literal('heading'),
      attrs: z.object({ level: z.union([z.literal(1), z.literal(2), z.literal(3)]), textAlign }),
      content: z.array(inlineSchema).max(5000).optional(),
    }),
    z.object({ type: z.literal('bulletList'), content: z.array(listItemSchema).min(1).max(2000) }),
    z.object({
      type: z.literal('orderedList'),
      attrs: z
        .object({ start: z.number().int().min(0).max(10_000).optional(), type: z.enum(['1', 'a']).nullable().optional() })
        .optional(),
      content: z.array(listItemSchema).min(1).max(2000),
    }),
    z.object({
      type: z.literal('table'),
      content: z
        .array(
          z.object({
            type: z.literal('tableRow'),
            content: z
              .array(
                z.object({
                  type: z.enum(['tableCell', 'tableHeader']),
                  attrs: z
                    .object({
                      colspan: z.number().int().min(1).max(50).optional(),
                      rowspan: z.number().int().min(1).max(500).optional(),
                      colwidth: z.array(z.number()).max(50).nullable().optional(),
                    })
                    .optional(),
                  content: z.array(blockSchema).max(200),
                }),
              )
              .min(1)
              .max(50),
          }),
        )
        .min(1)
        .max(2000),
    }),
  ]),
);

const listItemSchema = z.object({ type: z.literal('listItem'), content: z.array(blockSchema).min(1).max(200) });

export const richDocSchema: z.ZodType<RichDoc> = z.object(
  {
    type: z.literal('doc', { error: 'Nội dung văn bản không hợp lệ.' }),
    content: z.array(blockSchema, { error: 'Nội dung văn bản không hợp lệ.' }).max(20_000),
  },
  { error: 'Nội dung văn bản không hợp lệ.' },
);
