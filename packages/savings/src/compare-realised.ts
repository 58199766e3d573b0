import type { ValidationIssue } from '@trappen/staircase';
import { z } from 'zod';
import { type YearSeries, YearSeriesSchema } from './money';
import type { ReformProjection } from './scenario/project-reform';
import type { SimulationResult } from './scenario/simulate';
import { validate } from './validate';

/**
 * Where an actual figure falls against the projection's P10-P90 band.
 *
 * @example
 * ```ts
 * const position: BandPosition = compareRealised(simulation, { 2026: 4_000_000 }).years[0].position ?? 'within';
 * ```
 */
export type BandPosition = 'below' | 'within' | 'above';

/**
 * One year of realised against projected (DKK; net: + cost, − saving).
 *
 * @example
 * ```ts
 * const [year]: RealisedYear[] = compareRealised(simulation, { 2026: 4_000_000 }).years;
 * year.difference; // actual − projected
 * ```
 */
export interface RealisedYear {
  year: number;
  /** Projected net (the P50 of a simulation, or a deterministic projection's net). */
  projected: number;
  /** Realised net. */
  actual: number;
  /** `actual − projected`: positive means the year cost more (saved less) than projected. */
  difference: number;
  cumulativeProjected: number;
  cumulativeActual: number;
  cumulativeDifference: number;
  /** The projected P10-P90 of the net, when the projection is a simulation. */
  band: { p10: number; p90: number } | null;
  /** The actual net against `band`; `null` without a band. */
  position: BandPosition | null;
  /** The projected P10-P90 of the cumulative net, when the projection is a simulation. */
  cumulativeBand: { p10: number; p90: number } | null;
  /** The cumulative actual against `cumulativeBand`; `null` without a band. */
  cumulativePosition: BandPosition | null;
}

/**
 * The result of {@link compareRealised}.
 *
 * @example
 * ```ts
 * const check: RealisedComparison = compareRealised(simulation, { 2026: 4_000_000, 2027: 1_000_000 });
 * check.yearsOutsideBand; // e.g. [2027]
 * ```
 */
export interface RealisedComparison {
  years: RealisedYear[];
  /** Years whose actual net falls outside the P10-P90 band. */
  yearsOutsideBand: number[];
  /** Years whose cumulative actual falls outside the cumulative P10-P90 band. */
  yearsCumulativeOutsideBand: number[];
}

const finite = z.number().finite();
const BandSchema = z.object({ p10: finite, p50: finite, p90: finite });
const ProjectionSchema = z.object({
  years: z
    .array(
      z.object({
        year: z.number().int(),
        net: z.union([finite, BandSchema]),
        cumulativeNet: z.union([finite, BandSchema]),
      }),
    )
    .min(1),
});

function actualIssues(projection: unknown, actual: unknown): ValidationIssue[] {
  const years = (projection as { years?: unknown })?.years;
  if (!Array.isArray(years) || actual === null || typeof actual !== 'object') return [];
  const projected = years.map((row) => (row as { year?: unknown })?.year);
  const keys = Object.keys(actual)
    .map(Number)
    .sort((a, b) => a - b);
  const issues: ValidationIssue[] = [];
  for (const year of keys) {
    if (!projected.includes(year)) {
      issues.push({ path: ['actualByYear', String(year)], message: 'year not in the projection' });
    }
  }
  keys.forEach((year, index) => {
    if (projected.includes(year) && projected[index] !== year) {
      issues.push({
        path: ['actualByYear', String(year)],
        message: 'actuals must cover consecutive projected years from the first one',
      });
    }
  });
  if (keys.length === 0) issues.push({ path: ['actualByYear'], message: 'give at least one year' });
  return issues;
}

function position(value: number, band: { p10: number; p90: number } | null): BandPosition | null {
  if (!band) return null;
  if (value < band.p10) return 'below';
  if (value > band.p90) return 'above';
  return 'within';
}

/**
 * Compares realised nets with a projection year by year and cumulatively, and flags
 * the years where the actual falls outside the projected P10-P90 band. The projection
 * is a {@link SimulationResult} (compared with its P50, banded) or a
 * {@link ReformProjection} (no band). `actualByYear` holds the realised net per year in
 * the same sign convention (staff cost − realised saving; + cost, − saving), for
 * consecutive projected years from the first.
 *
 * @throws {SavingsError} listing every problem (years outside the projection, gaps,
 * non-finite values).
 *
 * @example
 * ```ts
 * const check = compareRealised(simulation, { 2026: 3_900_000, 2027: 1_200_000 });
 * check.yearsOutsideBand; // e.g. [2027]
 * ```
 */
export function compareRealised(
  projection: SimulationResult | ReformProjection,
  actualByYear: YearSeries,
): RealisedComparison {
  const input = validate(
    z.object({ projection: ProjectionSchema, actualByYear: YearSeriesSchema }),
    { projection, actualByYear },
    'Invalid input to compareRealised',
    () => actualIssues(projection, actualByYear),
  );
  let cumulativeActual = 0;
  const years: RealisedYear[] = [];
  for (const row of input.projection.years) {
    const actual = input.actualByYear[String(row.year)];
    if (actual === undefined) break;
    cumulativeActual += actual;
    const projected = typeof row.net === 'number' ? row.net : row.net.p50;
    const cumulativeProjected =
      typeof row.cumulativeNet === 'number' ? row.cumulativeNet : row.cumulativeNet.p50;
    const band = typeof row.net === 'number' ? null : { p10: row.net.p10, p90: row.net.p90 };
    const cumulativeBand =
      typeof row.cumulativeNet === 'number'
        ? null
        : { p10: row.cumulativeNet.p10, p90: row.cumulativeNet.p90 };
    years.push({
      year: row.year,
      projected,
      actual,
      difference: actual - projected,
      cumulativeProjected,
      cumulativeActual,
      cumulativeDifference: cumulativeActual - cumulativeProjected,
      band,
      position: position(actual, band),
      cumulativeBand,
      cumulativePosition: position(cumulativeActual, cumulativeBand),
    });
  }
  return {
    years,
    yearsOutsideBand: years.filter((y) => y.position && y.position !== 'within').map((y) => y.year),
    yearsCumulativeOutsideBand: years
      .filter((y) => y.cumulativePosition && y.cumulativePosition !== 'within')
      .map((y) => y.year),
  };
}
