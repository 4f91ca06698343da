import { performance } from 'node:perf_hooks';

/** Budgets from docs/architecture.md, "Performance budgets" (checked at p95). */
export const BUDGETS = {
  open: { p95Ms: 150, source: 'opening the database and migrating: under 150 ms' },
  list: { p95Ms: 30, source: "any list screen's query (one page, filtered, sorted): under 30 ms at p95" },
  report: { p95Ms: 2000, source: 'compiling a year report: under 2 s' },
  action: {
    p95Ms: 1000,
    source: 'no budget of its own in architecture.md; a one-click action held to the export budget (1 s at p95)',
  },
  dashboard: { p95Ms: 10, source: 'issue 9: the task dashboard at 50,000 tasks under 10 ms at p95' },
  search: { p95Ms: 20, source: 'global search over every record, accent-insensitive: under 20 ms at p95' },
  screen: {
    p95Ms: 30,
    source: 'no budget of its own in architecture.md; held to the list-screen budget (30 ms at p95) because it backs one screen',
  },
} as const;
export type BudgetName = keyof typeof BUDGETS;

export interface Measure {
  iterations: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
  budget: { p95Ms: number; source: string };
  pass: boolean;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/**
 * Times `run` `iterations` times after `warmup` untimed runs. `prepare` runs before each
 * sample outside the timing (e.g. choosing a fresh file name).
 */
export function measure(
  budget: BudgetName,
  options: { iterations: number; warmup: number },
  run: (iteration: number) => void,
  prepare: (iteration: number) => void = () => {},
): Measure {
  for (let i = 0; i < options.warmup; i++) {
    prepare(-1 - i);
    run(-1 - i);
  }
  const samples: number[] = [];
  for (let i = 0; i < options.iterations; i++) {
    prepare(i);
    const start = performance.now();
    run(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const p95 = percentile(samples, 95);
  return {
    iterations: options.iterations,
    medianMs: round(percentile(samples, 50)),
    p95Ms: round(p95),
    minMs: round(samples[0]!),
    maxMs: round(samples[samples.length - 1]!),
    budget: BUDGETS[budget],
    pass: p95 < BUDGETS[budget].p95Ms,
  };
}

export function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}
