/**
 * The intake fixtures: texts with the record a person would write from them.
 *   tests/fixtures/intake/tuning/   texts the reader was tuned on (the three sample articles among them)
 *   tests/fixtures/intake/holdout/  texts written before the reader and never tuned on
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExpectedRecord } from './intake-score';

export const INTAKE_FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/intake');

export interface IntakeFixture {
  name: string;
  set: 'tuning' | 'holdout';
  textFile: string;
  text: string;
  expected: ExpectedRecord;
}

export function loadIntakeFixtures(set: 'tuning' | 'holdout'): IntakeFixture[] {
  const dir = path.join(INTAKE_FIXTURES, set);
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const expected = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as ExpectedRecord;
      const name = file.replace(/\.expected\.json$/, '');
      const textFile = path.resolve(dir, expected.text ?? `${name}.txt`);
      return { name, set, textFile, text: fs.readFileSync(textFile, 'utf8'), expected };
    });
}
