import type { z } from 'zod';
import '../../../shared/schemas/messages';

/** One part of a record the schema refuses, with the schema's Vietnamese reason. */
export interface RefusedPart {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

export interface SplitResult<P> {
  /** What can be stored now: the record with every refused part put back as it was last stored. */
  storable: P | null;
  refused: RefusedPart[];
}

type Json = unknown;

/** The saved counterpart of an array element: the row with the same id, or the same place for plain lists. */
function savedElement(savedList: unknown, element: unknown, index: number): Json | undefined {
  if (!Array.isArray(savedList)) return undefined;
  const id = typeof element === 'object' && element !== null ? (element as { id?: unknown }).id : undefined;
  if (id !== undefined) return savedList.find((row) => typeof row === 'object' && row !== null && (row as { id?: unknown }).id === id);
  return savedList[index];
}

/**
 * `value` with the part at `path` taken from `saved`. A row the user added (not stored yet) is
 * left out instead. Returns undefined when the path is the whole record (nothing can be kept).
 */
function withSavedPart(value: Json, saved: Json, path: ReadonlyArray<PropertyKey>): Json | undefined {
  if (path.length === 0) return undefined;
  const [key, ...rest] = path;
  if (Array.isArray(value) && typeof key === 'number') {
    const element = value[key];
    const counterpart = savedElement(saved, element, key);
    if (counterpart === undefined) return value.filter((_, i) => i !== key);
    const next = rest.length === 0 ? counterpart : withSavedPart(element, counterpart, rest);
    if (next === undefined) return value.filter((_, i) => i !== key);
    return value.map((row, i) => (i === key ? next : row));
  }
  if (typeof value !== 'object' || value === null || key === undefined || typeof key === 'symbol') return undefined;
  const savedObject = typeof saved === 'object' && saved !== null ? (saved as Record<PropertyKey, unknown>) : {};
  const current = (value as Record<PropertyKey, unknown>)[key];
  const next = rest.length === 0 ? savedObject[key] : withSavedPart(current, savedObject[key], rest);
  if (next === undefined && rest.length > 0) return { ...value, [key]: savedObject[key] };
  return { ...value, [key]: next };
}

/**
 * Splits an edited record into what the schema accepts and what it refuses, so that one refused
 * field (an emptied title) never holds back the other edits: the refused parts keep their last
 * stored value in what is sent, and stay on screen as the user typed them.
 *
 * zod reports some problems only once the fields they depend on are valid (a whole-record check
 * runs after the fields pass), so the split is repeated until the rest passes.
 */
export function splitRefused<P>(schema: z.ZodType, payload: P, saved: P): SplitResult<P> {
  const refused: RefusedPart[] = [];
  let candidate: Json = payload;
  for (let round = 0; round < 5; round += 1) {
    const result = schema.safeParse(candidate);
    if (result.success) return { storable: candidate as P, refused };
    for (const issue of result.error.issues) {
      refused.push({ path: issue.path, message: issue.message });
      const next = withSavedPart(candidate, saved, issue.path);
      if (next === undefined) return { storable: null, refused };
      candidate = next;
    }
  }
  return { storable: null, refused };
}

/** The reasons, each said once, as one sentence a user can read. */
export function describeRefused(refused: ReadonlyArray<RefusedPart>): string {
  return [...new Set(refused.map((part) => part.message))].join(' ');
}
