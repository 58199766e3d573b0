import type { CatalogueEntry, Staircase, Step } from './schema';

/**
 * Lookups derived once per staircase object.
 *
 * @example
 * ```ts
 * const { stepById, stepByRank, entryByCode, rankByCode } = indexStaircase(defaultStaircase);
 * stepByRank[6]?.id; // 'institution'
 * ```
 */
export interface StaircaseIndex {
  /** Step by id. */
  stepById: ReadonlyMap<string, Readonly<Step>>;
  /** Step by rank; index 0 is unused. */
  stepByRank: readonly (Readonly<Step> | undefined)[];
  /** Catalogue entry by intervention code. */
  entryByCode: ReadonlyMap<string, Readonly<CatalogueEntry>>;
  /** Step rank by intervention code. */
  rankByCode: ReadonlyMap<string, number>;
}

const cache = new WeakMap<Staircase, StaircaseIndex>();

/**
 * Lookup tables for a staircase, built once and cached per (frozen) staircase object,
 * so hot loops over thousands of children do not rebuild them.
 *
 * @example
 * ```ts
 * indexStaircase(defaultStaircase).rankByCode.get('foster-family'); // 5
 * ```
 */
export function indexStaircase(staircase: Staircase): StaircaseIndex {
  const cached = cache.get(staircase);
  if (cached) return cached;
  const stepById = new Map(staircase.steps.map((step) => [step.id, step] as const));
  const stepByRank: (Readonly<Step> | undefined)[] = [];
  for (const step of staircase.steps) stepByRank[step.rank] = step;
  const entryByCode = new Map(staircase.interventions.map((entry) => [entry.code, entry] as const));
  const rankByCode = new Map<string, number>();
  for (const entry of staircase.interventions) {
    const step = stepById.get(entry.step);
    if (step) rankByCode.set(entry.code, step.rank);
  }
  const index: StaircaseIndex = { stepById, stepByRank, entryByCode, rankByCode };
  cache.set(staircase, index);
  return index;
}
