import { type CaseloadNorms, normFor } from '@trappen/caseload';
import type { CatalogueRow } from './catalogue';

/** How much a child with an active intervention of `code` counts under one norm (only weights above 1). */
export interface CodeWeight {
  /** The team id whose override carries the weights, or `''` for the municipality's norm. */
  norm: string;
  code: string;
  weight: number;
}

/**
 * The norms' weights per catalogue code, as caseload's `childWeight` applies them: the
 * step's `byStep` weight, else `placement` on a placement step, else 1. A child counts
 * with the largest weight among its active interventions and never below 1, so only
 * weights above 1 are listed. `teams` are the teams whose override has its own weights.
 */
export function caseloadWeights(
  norms: CaseloadNorms,
  catalogue: readonly CatalogueRow[],
): { weights: CodeWeight[]; teams: string[] } {
  const teams = Object.keys(norms.teams).filter(
    (team) => normFor(norms, team).weights !== norms.municipality.weights,
  );
  const weights: CodeWeight[] = [];
  for (const norm of ['', ...teams]) {
    const given = norm === '' ? norms.municipality.weights : normFor(norms, norm).weights;
    if (!given) continue;
    for (const entry of catalogue) {
      const weight =
        given.byStep?.[entry.step] ?? (entry.placement_step ? (given.placement ?? 1) : 1);
      if (weight > 1) weights.push({ norm, code: entry.code, weight });
    }
  }
  return { weights, teams };
}
