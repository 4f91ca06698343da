/**
 * The reader against the records a person would write from the same texts: recall and precision
 * of the fields, per file, for the texts it was tuned on and for the held-out ones (written
 * before the reader, never tuned on: see tests/fixtures/intake/README.md). No person is ever
 * proposed that the text does not name. The same texts pasted from a web page (NFD, odd spaces)
 * and typed in Word (.docx with real list numbering and tables) must read the same.
 */
import { describe, expect, it } from 'vitest';
import { analyseDocx, analyseText } from '../../electron/core/intake';
import { asWebPaste, textToDocx } from '../support/intake-docx-builder';
import { loadIntakeFixtures } from '../support/intake-fixtures';
import { scoreProposal } from '../support/intake-score';
import { foldForSearch } from '../../shared/text';

const TODAY = new Date('2026-03-10T09:00:00');
const TARGET = 0.9;

describe.each(['tuning', 'holdout'] as const)('%s texts', (set) => {
  const fixtures = loadIntakeFixtures(set);

  it('has texts in several styles', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(4);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: recall and precision ≥ 90 %, nobody invented', (_name, fixture) => {
    const score = scoreProposal(analyseText(fixture.text, { today: TODAY }), fixture.expected);
    const detail = score.misses.join('\n');
    expect(score.recall, detail).toBeGreaterThanOrEqual(TARGET);
    expect(score.precision, detail).toBeGreaterThanOrEqual(TARGET);
    expect(score.inventedPeople).toEqual([]);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: every highlight points at the words proposed', (_name, fixture) => {
    const proposal = analyseText(fixture.text, { today: TODAY });
    const at = (span: { start: number; end: number }) => foldForSearch(proposal.sourceText.slice(span.start, span.end));
    const m = proposal.meeting;
    for (const field of [m.place, m.hostName]) {
      if (field) expect(at(field.spans[0]!)).toBe(foldForSearch(field.value));
    }
    // A title may get the noun the text leaves out ("Làm việc với …" → "Buổi làm việc với …").
    if (m.title) expect(foldForSearch(m.title.value).endsWith(at(m.title.spans[0]!))).toBe(true);
    for (const a of proposal.attendees) for (const span of a.spans) expect(at(span)).toContain(foldForSearch(a.fullName.split(' ').pop()!));
    for (const d of proposal.directives) for (const span of d.spans) expect(at(span).replace(/\s/g, '')).toContain(foldForSearch(d.symbol).replace(/^0/, ''));
    for (const f of proposal.figures) expect(at(f.spans[0]!)).toBe(foldForSearch(f.text));
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s pasted from a web page reads the same', (_name, fixture) => {
    const plain = scoreProposal(analyseText(fixture.text, { today: TODAY }), fixture.expected);
    const pasted = scoreProposal(analyseText(asWebPaste(fixture.text), { today: TODAY }), fixture.expected);
    expect(pasted.correct).toBe(plain.correct);
    expect(pasted.proposed).toBe(plain.proposed);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s typed in Word reads the same', async (_name, fixture) => {
    const plain = scoreProposal(analyseText(fixture.text, { today: TODAY }), fixture.expected);
    const docx = scoreProposal(await analyseDocx(new Uint8Array(await textToDocx(fixture.text)), { today: TODAY }), fixture.expected);
    expect(docx.recall, docx.misses.join('\n')).toBeGreaterThanOrEqual(Math.min(plain.recall, TARGET));
    expect(docx.precision, docx.misses.join('\n')).toBeGreaterThanOrEqual(Math.min(plain.precision, TARGET));
    expect(docx.inventedPeople).toEqual([]);
  });
});
