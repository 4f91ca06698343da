import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatInstant, formatInstantDate, formatLocalDate, formatLocalDateTime } from '../../shared/datetime';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

/**
 * Ways of writing a date that do not go through shared/datetime.ts and so come out in another
 * style: the system's ("08:30:00 4/1/2023", "4/1/2023"), or a dayjs pattern other than day first
 * with zeros.
 */
const OTHER_STYLES: Array<[RegExp, string]> = [
  [/\.toLocaleDateString\(/, 'toLocaleDateString'],
  [/\.toLocaleTimeString\(/, 'toLocaleTimeString'],
  [/new Date\([^)]*\)\.toLocaleString\(/, 'a Date through toLocaleString'],
  [/toLocaleString\([^)]*\{[^}]*\b(day|month|year|hour|minute)\s*:/, 'toLocaleString with date parts'],
  [/Intl\.DateTimeFormat\(/, 'Intl.DateTimeFormat'],
  [/format=["'{`]+(?!DD\/MM\/YYYY)[DMY][^"'`]*["'`]/, 'a picker format other than DD/MM/YYYY'],
  [/\.format\(['"`](?!YYYY-MM-DD)[^'"`]*\b(D{1,2}|M{1,2})[/.-]/, 'a dayjs display pattern'],
];

describe('one date style on screen and in the exports', () => {
  it('"05/01/2026" and "08:30, 05/01/2026", from one formatter', () => {
    expect(formatLocalDate('2026-01-05')).toBe('05/01/2026');
    expect(formatLocalDateTime('2026-01-05T08:30')).toBe('08:30, 05/01/2026');
    const moment = new Date(2023, 0, 4, 8, 30, 15);
    expect(formatInstant(moment.toISOString())).toBe('08:30, 04/01/2023');
    expect(formatInstantDate(moment.toISOString())).toBe('04/01/2023');
    expect(formatInstant('không phải ngày')).toBe('');
  });

  it('no screen or export writes a date its own way', () => {
    const files = [
      ...sourceFiles(path.join(ROOT, 'renderer/src')),
      ...sourceFiles(path.join(ROOT, 'electron/core/export')),
      ...sourceFiles(path.join(ROOT, 'electron/core/exchange')),
      ...sourceFiles(path.join(ROOT, 'electron/core/reports')),
    ];
    const found: string[] = [];
    for (const file of files) {
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const [pattern, what] of OTHER_STYLES) {
          if (pattern.test(line)) found.push(`${path.relative(ROOT, file)}:${i + 1} ${what}: ${line.trim()}`);
        }
      });
    }
    expect(found).toEqual([]);
  });
});
