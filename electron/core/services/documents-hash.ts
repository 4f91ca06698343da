import { createHash } from 'node:crypto';
import type { DocumentKind } from '../../../shared/domain';
import type { DocumentFields } from '../repositories/documents';

/**
 * JSON with object keys sorted at every level, so that the same content always gives the same
 * bytes whatever order the editor or the database happened to produce the keys in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** sha256 of what was locked at finalising: the kind and every field the user edits. */
export function documentContentHash(kind: DocumentKind, fields: DocumentFields): string {
  const content: Record<keyof DocumentFields | 'kind', unknown> = {
    kind,
    reportKind: fields.reportKind,
    summary: fields.summary,
    header: fields.header,
    placeName: fields.placeName,
    documentDate: fields.documentDate,
    addressees: fields.addressees,
    body: fields.body,
    signature: fields.signature,
    minutesSigners: fields.minutesSigners,
    recipients: fields.recipients,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}
