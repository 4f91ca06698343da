import { expect } from 'vitest';

/** True when the text holds at least one Vietnamese letter with a diacritic (tone or vowel mark, or đ). */
export function hasVietnameseDiacritic(text: string): boolean {
  return /[\u0300-\u036f]/.test(text.normalize('NFD')) || /[đĐ]/.test(text);
}

/** English words that would betray a raw library or SQLite message or a stack trace on screen. */
const ENGLISH_LEAKS = [
  /\bExpected\b/i,
  /\bInvalid input\b/i,
  /\bRequired\b/i,
  /\breceived\b/i,
  /\bSqliteError\b/,
  /\bSQLITE_[A-Z]+\b/,
  /\bError:/,
  /\n\s+at\s/,
  /\bundefined\b/,
  /\bENOTDIR\b|\bEACCES\b|\bENOENT\b/,
  /\bfile is not a database\b/i,
];

/** Asserts a message is fit to show a Vietnamese user: has diacritics, no English machine text. */
export function expectVietnameseMessage(message: string): void {
  expect(message.trim().length).toBeGreaterThan(0);
  expect(hasVietnameseDiacritic(message), `not Vietnamese: ${message}`).toBe(true);
  for (const leak of ENGLISH_LEAKS) expect(message, `leaks English (${leak}): ${message}`).not.toMatch(leak);
}
