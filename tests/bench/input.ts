/**
 * The `input` section of `npm run bench` (also runnable alone: `npx tsx tests/bench/input.ts`):
 * how bad input is answered.
 *
 * - `numberSymbol`: the number-symbol reader on long pastes of the shapes that made the old
 *   regular expressions quadratic (one long word, a run of spaces, a run of full stops, words with
 *   single spaces, spaced separators), with the length limit lifted, from 16 KB to 1 MB. Linear
 *   time shows as a growth near 4 per 4× the length (the old reader: near 16, 6 s at 64 KB).
 * - `dispatch1Mb`: the same 1 MB paste sent through the app's dispatcher as the form sends it,
 *   refused by its length at once.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseNumberSymbol } from '../../shared/number-symbol-parser';
import { openTestCore } from '../support/core';

const SIZES = [16_384, 65_536, 262_144, 1_048_576];
const RUNS = 5;

/** The pastes that used to take quadratic time, each built to `length` characters. */
const SHAPES: Record<string, (length: number) => string> = {
  oneLongWord: (n) => 'A'.repeat(n),
  runOfSpaces: (n) => `5${' '.repeat(n - 2)}x`,
  runOfFullStops: (n) => `5${'.'.repeat(n - 2)}x`,
  wordsWithSingleSpaces: (n) => 'ab '.repeat(Math.floor(n / 3)),
  spacedSeparators: (n) => '5 / '.repeat(Math.floor(n / 4)),
  longIssuer: (n) => `5/QĐ-${'A-'.repeat(Math.floor((n - 5) / 2))}`,
};

/** The fastest of a few runs: the cost of the algorithm, with as little of the shared machine's noise as can be had. */
function bestMs(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return Math.round(best * 100) / 100;
}

export interface InputBench {
  numberSymbol: {
    sizes: number[];
    shapes: Record<string, { bestMs: number[]; growthPer4x: number[] }>;
    worstAt1MbMs: number;
    /** The largest growth from one size to the next (4× the length): near 4 is linear, near 16 quadratic. */
    worstGrowthPer4x: number;
    linear: boolean;
  };
  dispatch1Mb: { bestMs: number; code: string; message: string };
}

export function benchInput(): InputBench {
  const shapes: InputBench['numberSymbol']['shapes'] = {};
  for (const [name, make] of Object.entries(SHAPES)) {
    const times = SIZES.map((size) => {
      const text = make(size);
      return bestMs(() => parseNumberSymbol(text, { maxLength: Number.POSITIVE_INFINITY }));
    });
    // Below a millisecond the clock's noise swamps the ratio, so growth is read from 1 ms up.
    const growth = times.slice(1).map((t, i) => Math.round((Math.max(t, 1) / Math.max(times[i]!, 1)) * 100) / 100);
    shapes[name] = { bestMs: times, growthPer4x: growth };
  }
  const all = Object.values(shapes);
  const worstGrowthPer4x = Math.max(...all.flatMap((s) => s.growthPer4x.slice(1)));

  const core = openTestCore();
  try {
    const pasted = { direction: 'den', numberSymbol: 'A'.repeat(1 << 20), arrivalDate: '2026-03-10' };
    let answer = core.dispatch('directives:save', pasted);
    const dispatchMs = bestMs(() => {
      answer = core.dispatch('directives:save', pasted);
    });
    if (answer.ok) throw new Error('a 1 MB symbol was accepted');
    return {
      numberSymbol: {
        sizes: SIZES,
        shapes,
        worstAt1MbMs: Math.max(...all.map((s) => s.bestMs.at(-1)!)),
        worstGrowthPer4x,
        linear: worstGrowthPer4x < 8,
      },
      dispatch1Mb: { bestMs: dispatchMs, code: answer.error.code, message: answer.error.message },
    };
  } finally {
    core.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify({ benchmark: 'input', ...benchInput() }, null, 2)}\n`);
}
