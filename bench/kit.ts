/**
 * The benchmark kit: every `*.bench.ts` file measures its subject and a baseline in
 * the same run and reports the ratio, because these machines are noisy.
 * `pnpm bench` runs each bench file as a script and gathers what `report()` writes.
 */
import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Min, median and max of repeated timings, in milliseconds. */
export interface Timing {
  min: number;
  median: number;
  max: number;
  runs: number;
}

/** One reported figure. */
export interface BenchFigure {
  /** What was measured, e.g. `caseload: deadlines + caseloads, 6,000 cases`. */
  name: string;
  /** The subject's timing. */
  subject: Timing;
  /** The baseline's timing, measured in the same run. */
  baseline?: Timing;
  /** A throughput figure, e.g. `{ value: 1.2e6, unit: 'interventions/s' }` (from the median). */
  throughput?: { value: number; unit: string };
  /** subject/baseline or baseline/subject, as `ratioMeaning` says. */
  ratio?: number;
  /** How to read the ratio, e.g. `time / floor time (goal ≤ 3)`. */
  ratioMeaning?: string;
  /** The goal in words and whether it was met. */
  goal?: { text: string; met: boolean };
  /** Anything else worth saying (sizes, growth). */
  notes?: string;
}

/** True when `pnpm bench --quick` asked for the small version. */
export const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';

/**
 * Times `fn` over `runs` runs after `warmup` untimed runs.
 *
 * @example
 * ```ts
 * const t = measure(() => work(), { runs: 7 });
 * ```
 */
export function measure(fn: () => unknown, { runs = 7, warmup = 2 } = {}): Timing {
  for (let i = 0; i < warmup; i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return summarise(times);
}

/** Async variant of {@link measure}. */
export async function measureAsync(
  fn: () => Promise<unknown>,
  { runs = 7, warmup = 2 } = {},
): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return summarise(times);
}

/** Min/median/max of a list of timings. */
export function summarise(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return {
    min: sorted[0] ?? 0,
    median,
    max: sorted[sorted.length - 1] ?? 0,
    runs: sorted.length,
  };
}

/**
 * Prints the figures and, when run by `pnpm bench`, appends them as JSON lines to the
 * file named by `BENCH_OUT`.
 */
export function report(figures: BenchFigure[]): void {
  for (const figure of figures) {
    const parts = [`${figure.name}: median ${figure.subject.median.toFixed(2)} ms`];
    if (figure.baseline) parts.push(`baseline ${figure.baseline.median.toFixed(2)} ms`);
    if (figure.ratio !== undefined)
      parts.push(`ratio ${figure.ratio.toFixed(2)} (${figure.ratioMeaning ?? ''})`);
    if (figure.throughput)
      parts.push(
        `${Math.round(figure.throughput.value).toLocaleString('en')} ${figure.throughput.unit}`,
      );
    if (figure.goal) parts.push(`goal ${figure.goal.text}: ${figure.goal.met ? 'met' : 'NOT met'}`);
    console.log(parts.join(' | '));
    if (process.env.BENCH_OUT) appendFileSync(process.env.BENCH_OUT, `${JSON.stringify(figure)}\n`);
  }
}
