import { DOCUMENT_TYPE_CODE, type DocumentKind } from './domain';

/**
 * The number-symbol of an outgoing document ("05/BB-MTTQ-BTT"), in one place so that the
 * register, the renderer and the Word export print it identically (Nghị định 30/2020, Phụ lục I):
 * numbers below 10 take a leading zero, no spaces around "/" and "-", a letter (công văn) has no
 * type code ("249/MTTQ-BTT").
 */

/** Letters have no type code, but they still have their own register (one sequence per year). */
export const LETTER_REGISTER_KEY = 'CV';

/** What is printed in place of the number before a document is issued: room to write it by hand. */
export const BLANK_NUMBER = '     ';

/** The register a kind of document is numbered in: its type code, or the letters' register. */
export function registerKey(kind: DocumentKind): string {
  return DOCUMENT_TYPE_CODE[kind] ?? LETTER_REGISTER_KEY;
}

/** "05", "12", "123". */
export function formatDocumentNumber(number: number): string {
  return number < 10 ? `0${number}` : String(number);
}

/**
 * "05/BB-MTTQ-BTT", "249/MTTQ-BTT" for a letter; with `number` null the blank form
 * ("     /BB-MTTQ-BTT") that a draft shows until it is issued.
 */
export function formatNumberSymbol(kind: DocumentKind, abbreviation: string, number: number | null): string {
  const typeCode = DOCUMENT_TYPE_CODE[kind];
  const symbol = typeCode === null ? abbreviation : abbreviation === '' ? typeCode : `${typeCode}-${abbreviation}`;
  return `${number === null ? BLANK_NUMBER : formatDocumentNumber(number)}/${symbol}`;
}
