import type { Rule, RuleObject } from 'antd/es/form';
import type { z } from 'zod';
import '../../../shared/schemas/messages';

/**
 * antd form rules read off the shared zod schemas — the very schemas the main process checks —
 * so that a form says exactly what the main process would, and no Vietnamese message is written
 * twice. `required` only draws the mark; the schema decides.
 */
export function schemaRule(schema: z.ZodType, options: { required?: boolean } = {}): RuleObject {
  return {
    required: options.required ?? false,
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(value ?? undefined);
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? 'Giá trị không hợp lệ.');
    },
  };
}

/** The rules of one field of an object schema: `fieldRules(personInput, 'fullName', { required: true })`. */
export function fieldRules<S extends z.ZodObject>(schema: S, key: keyof S['shape'] & string, options: { required?: boolean } = {}): Rule[] {
  return [schemaRule(schema.shape[key] as z.ZodType, options)];
}

/** The first message each of `schema`'s issues gives, for a whole-form check before saving. */
export function schemaMessages(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : [...new Set(result.error.issues.map((issue) => issue.message))];
}
