/**
 * Walks a zod schema and makes, for every field it reaches, the wrong and oversized values a
 * hostile or buggy caller could send: a text one character over its limit, a list one row over,
 * a number beyond 2^53, a value of the wrong type. Each case is checked against the field's own
 * schema, whose message is the one the dispatcher shows (messages never depend on the path).
 *
 * Reads zod's definitions (`_zod.def`), the documented way to introspect a schema in zod 4.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';

type Def = Record<string, unknown> & { type: string; checks?: Array<{ _zod: { def: Record<string, unknown> } }> };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

export type CaseKind = 'limit' | 'wrong';

export interface BadCase {
  /** Where in the channel's input the field sits ("attendees[].fullName"). */
  path: string;
  /** What the case is ("one row over 500"). */
  label: string;
  kind: CaseKind;
  schema: z.ZodType;
  value: unknown;
  /** The issue a limit case must raise at the field itself; otherwise the case never reached the limit. */
  expects?: 'too_big' | 'too_small';
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The schema under optional / nullable / default wrappers, and the pipes' both ends. */
function coresOf(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  if (WRAPPERS.has(def.type)) return coresOf(def.innerType as z.ZodType);
  if (def.type === 'pipe') return [...coresOf(def.in as z.ZodType), ...coresOf(def.out as z.ZodType)];
  return [schema];
}

function checkDefs(schema: z.ZodType): Array<Record<string, unknown>> {
  const own = defOf(schema);
  const checks = (own.checks ?? []).map((check) => check._zod.def);
  // A string format (z.uuid()) is a schema and a check at once.
  if (typeof own.check === 'string') checks.push(own);
  return checks;
}

function numberLimit(checks: Array<Record<string, unknown>>, name: 'max_length' | 'min_length'): number | null {
  const values = checks.filter((check) => check.check === name).map((check) => Number(name === 'max_length' ? check.maximum : check.minimum));
  if (values.length === 0) return null;
  return name === 'max_length' ? Math.min(...values) : Math.max(...values);
}

const TEXT_CANDIDATES = ['Nội dung', 'a', '2026-03-10', '2026-03-10T08:00', '08:00', '56-NQ/TU', 'MTTQ-BTT', 'MTTQ-HP-HB', 'ABC', 'a1'];
const NUMBER_CANDIDATES = [1, 2, 2026, 0, 10, 50, 0.5];

/** A value the schema accepts, found by trying plain candidates; undefined when none fits. */
export function validSample(schema: z.ZodType, seen = new Set<z.ZodType>()): unknown {
  const ok = (value: unknown) => schema.safeParse(value).success;
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
      if (ok(undefined)) return undefined;
      return validSample(def.innerType as z.ZodType, seen);
    case 'nullable':
      return null;
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return validSample(def.innerType as z.ZodType, seen);
    case 'pipe': {
      const fromIn = validSample(def.in as z.ZodType, seen);
      if (ok(fromIn)) return fromIn;
      const fromOut = validSample(def.out as z.ZodType, seen);
      return ok(fromOut) ? fromOut : undefined;
    }
    case 'string': {
      const min = numberLimit(checkDefs(schema), 'min_length') ?? 0;
      const candidates = [...TEXT_CANDIDATES, randomUUID(), 'a'.repeat(Math.max(min, 1))];
      return candidates.find(ok);
    }
    case 'number':
    case 'int':
      return NUMBER_CANDIDATES.find(ok);
    case 'boolean':
      return true;
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0];
    case 'literal':
      return (def.values as unknown[])[0];
    case 'void':
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    case 'array': {
      const min = numberLimit(checkDefs(schema), 'min_length') ?? 0;
      if (min === 0) return [];
      const element = validSample(def.element as z.ZodType, seen);
      return Array.from({ length: min }, () => structuredClone(element));
    }
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const value: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(shape)) {
        const sample = validSample(field, seen);
        if (sample !== undefined) value[key] = sample;
      }
      return value;
    }
    case 'union': {
      for (const option of def.options as z.ZodType[]) {
        const sample = validSample(option, seen);
        if (ok(sample)) return sample;
      }
      return undefined;
    }
    case 'lazy': {
      if (seen.has(schema)) return undefined;
      seen.add(schema);
      return validSample((def.getter as () => z.ZodType)(), seen);
    }
    case 'custom':
      return [new Uint8Array(4), 'a', 1].find(ok);
    default:
      return undefined;
  }
}

/** Every bad case for every field reachable from `schema`. */
export function badCases(schema: z.ZodType, path = '', seenLazy = new Set<z.ZodType>()): BadCase[] {
  const cases: BadCase[] = [];
  const add = (kind: CaseKind, label: string, target: z.ZodType, value: unknown, expects?: BadCase['expects']) =>
    cases.push({ path: path || '(whole input)', label, kind, schema: target, value, ...(expects ? { expects } : {}) });
  const def = defOf(schema);

  if (WRAPPERS.has(def.type)) return badCases(def.innerType as z.ZodType, path, seenLazy);
  if (def.type === 'pipe') {
    // The whole pipe for the wrong type (what the caller meets first), each end for its limits.
    add('wrong', 'a value of the wrong type', schema, { sai: true });
    return [...cases, ...coresOf(schema).flatMap((core) => badCases(core, path, seenLazy).filter((c) => c.kind === 'limit'))];
  }
  const checks = checkDefs(schema);
  switch (def.type) {
    case 'string': {
      add('wrong', 'a number instead of text', schema, 12345);
      const max = numberLimit(checks, 'max_length');
      if (max !== null) add('limit', `one character over ${max}`, schema, 'x'.repeat(max + 1), 'too_big');
      const min = numberLimit(checks, 'min_length');
      if (min !== null && min > 0) add('limit', `shorter than ${min}`, schema, 'x'.repeat(min - 1));
      if (checks.some((check) => check.check === 'string_format')) add('wrong', 'text of the wrong form', schema, 'không đúng dạng !');
      break;
    }
    case 'number':
    case 'int': {
      add('wrong', 'text instead of a number', schema, 'mười');
      add('limit', 'a number beyond 2^53', schema, 2 ** 53 + 2);
      add('limit', 'a number below -2^53', schema, -(2 ** 53) - 2);
      if (checks.some((check) => check.check === 'number_format')) add('wrong', 'a fraction', schema, 1.5);
      for (const check of checks) {
        if (check.check === 'less_than') add('limit', `above ${String(check.value)}`, schema, Number(check.value) + 1);
        if (check.check === 'greater_than') add('limit', `below ${String(check.value)}`, schema, Number(check.value) - 1);
      }
      break;
    }
    case 'array': {
      add('wrong', 'text instead of a list', schema, 'danh sách');
      const element = def.element as z.ZodType;
      const max = numberLimit(checks, 'max_length');
      if (max !== null) {
        const sample = validSample(element);
        add('limit', `one row over ${max}`, schema, Array.from({ length: max + 1 }, () => structuredClone(sample)), 'too_big');
      }
      const min = numberLimit(checks, 'min_length');
      if (min !== null && min > 0) add('limit', `fewer than ${min} rows`, schema, [], 'too_small');
      cases.push(...badCases(element, `${path}[]`, seenLazy));
      break;
    }
    case 'object': {
      add('wrong', 'text instead of an object', schema, 'bản ghi');
      for (const [key, field] of Object.entries(def.shape as Record<string, z.ZodType>)) {
        cases.push(...badCases(field, path ? `${path}.${key}` : key, seenLazy));
      }
      break;
    }
    case 'union': {
      add('wrong', 'none of the shapes', schema, { sai: true });
      for (const option of def.options as z.ZodType[]) cases.push(...badCases(option, path, seenLazy));
      break;
    }
    case 'lazy': {
      if (seenLazy.has(schema)) break;
      seenLazy.add(schema);
      cases.push(...badCases((def.getter as () => z.ZodType)(), path, seenLazy));
      break;
    }
    case 'enum':
    case 'literal':
      add('wrong', 'a value not in the list', schema, 'khong_co_trong_danh_sach');
      break;
    case 'boolean':
      add('wrong', 'text instead of yes/no', schema, 'có');
      break;
    case 'custom':
    case 'void':
    case 'undefined':
    case 'null':
      add('wrong', 'an unexpected value', schema, { sai: true });
      break;
    case 'record':
      add('wrong', 'text instead of a table', schema, 'bảng');
      cases.push(...badCases(def.valueType as z.ZodType, `${path}{}`, seenLazy));
      break;
    case 'tuple':
      add('wrong', 'text instead of a tuple', schema, 'bộ');
      (def.items as z.ZodType[]).forEach((item, i) => cases.push(...badCases(item, `${path}[${i}]`, seenLazy)));
      break;
    default:
      break;
  }
  return cases;
}
