import { fromZodIssues, type ValidationIssue } from '@trappen/staircase';
import { z } from 'zod';
import { CaseloadError } from './errors';

const load = z.number().finite().positive().max(1000);
const weight = z.number().finite().positive().max(100);

/**
 * How much one child counts. `placement` applies when the child has an active
 * intervention on a placement step; `byStep` (step id → weight) wins over it. A child
 * counts with the largest weight among its active interventions, and 1 otherwise.
 *
 * @example
 * ```ts
 * CaseloadWeightsSchema.parse({ placement: 1.5, byStep: { institution: 2 } });
 * ```
 */
export const CaseloadWeightsSchema = z.strictObject({
  /** Weight of a child placed outside the home (e.g. 1.5). */
  placement: weight.optional(),
  /** Weight by step id. */
  byStep: z.record(z.string().min(1), weight).optional(),
});

/**
 * A caseload norm: children per full-time caseworker. `target` is what the
 * municipality aims for, `max` the ceiling a leader must act on (default 25 and 30).
 *
 * @example
 * ```ts
 * CaseloadNormSchema.parse({}); // { target: 25, max: 30 }
 * ```
 */
export const CaseloadNormSchema = z
  .strictObject({
    /** Target children per full-time caseworker (default 25). */
    target: load.default(25),
    /** Maximum children per full-time caseworker (default 30). */
    max: load.default(30),
    /** Optional weights, e.g. `{ placement: 1.5 }`. */
    weights: CaseloadWeightsSchema.optional(),
  })
  .refine((norm) => norm.target <= norm.max, {
    message: 'target must not exceed max',
    path: ['target'],
  });

/**
 * A team's override: any field of the municipality's norm.
 *
 * @example
 * ```ts
 * TeamNormSchema.parse({ target: 24 }); // { target: 24 }
 * ```
 */
export const TeamNormSchema = z.strictObject({
  target: load.optional(),
  max: load.optional(),
  weights: CaseloadWeightsSchema.optional(),
});

/**
 * A municipality's norm with optional overrides per team id.
 *
 * @example
 * ```ts
 * CaseloadNormsSchema.parse({ teams: { disability: { target: 24 } } }).municipality; // { target: 25, max: 30 }
 * ```
 */
export const CaseloadNormsSchema = z.strictObject({
  /** The municipality's norm. */
  municipality: CaseloadNormSchema.default({ target: 25, max: 30 }),
  /** Overrides by team id (fields not given are inherited). */
  teams: z.record(z.string().min(1), TeamNormSchema).default({}),
});

/**
 * Weights as given; see {@link CaseloadWeightsSchema}.
 *
 * @example
 * ```ts
 * const weights: CaseloadWeights = { placement: 1.5 };
 * ```
 */
export type CaseloadWeights = z.output<typeof CaseloadWeightsSchema>;
/**
 * A validated caseload norm; see {@link CaseloadNormSchema}.
 *
 * @example
 * ```ts
 * const norm: CaseloadNorm = normFor(defaultCaseloadNorms, 'north'); // { target: 25, max: 30 }
 * ```
 */
export type CaseloadNorm = z.output<typeof CaseloadNormSchema>;
/**
 * A caseload norm as given (defaults not yet applied).
 *
 * @example
 * ```ts
 * const input: CaseloadNormInput = { max: 28 }; // target defaults to 25
 * ```
 */
export type CaseloadNormInput = z.input<typeof CaseloadNormSchema>;
/**
 * A team's override.
 *
 * @example
 * ```ts
 * const override: TeamNorm = { target: 24 };
 * ```
 */
export type TeamNorm = z.output<typeof TeamNormSchema>;
/**
 * Validated norms for a municipality and its teams.
 *
 * @example
 * ```ts
 * const norms: CaseloadNorms = defineCaseloadNorms({ teams: { disability: { target: 24 } } });
 * ```
 */
export type CaseloadNorms = Readonly<z.output<typeof CaseloadNormsSchema>>;
/**
 * Norms as given (defaults not yet applied).
 *
 * @example
 * ```ts
 * const input: CaseloadNormsInput = { municipality: { target: 25, max: 30, weights: { placement: 1.5 } } };
 * ```
 */
export type CaseloadNormsInput = z.input<typeof CaseloadNormsSchema>;

/**
 * Validates caseload norms and returns them frozen with defaults applied. A team
 * override is checked merged with the municipality's norm (its target may not exceed
 * its max). Every problem is reported together in one {@link CaseloadError}.
 *
 * @example
 * ```ts
 * const norms = defineCaseloadNorms({
 *   municipality: { target: 25, max: 30, weights: { placement: 1.5 } },
 *   teams: { disability: { target: 24 } },
 * });
 * normFor(norms, 'disability').target; // 24
 * ```
 */
export function defineCaseloadNorms(input: CaseloadNormsInput = {}): CaseloadNorms {
  const parsed = CaseloadNormsSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    throw new CaseloadError(fromZodIssues(parsed.error.issues), 'Invalid caseload norms');
  }
  const issues: ValidationIssue[] = [];
  for (const [team, override] of Object.entries(parsed.data.teams)) {
    const merged = mergeNorm(parsed.data.municipality, override);
    if (merged.target > merged.max) {
      issues.push({
        path: ['teams', team, 'target'],
        message: `target must not exceed max (${merged.max})`,
        value: merged.target,
      });
    }
  }
  if (issues.length > 0) throw new CaseloadError(issues, 'Invalid caseload norms');
  return Object.freeze(parsed.data);
}

function mergeNorm(base: CaseloadNorm, override: TeamNorm | undefined): CaseloadNorm {
  if (!override) return base;
  return {
    target: override.target ?? base.target,
    max: override.max ?? base.max,
    weights: override.weights ?? base.weights,
  };
}

/**
 * The norm that applies to a team: the municipality's norm with the team's overrides.
 *
 * @example
 * ```ts
 * normFor(defaultCaseloadNorms, 'any-team'); // { target: 25, max: 30, weights: undefined }
 * ```
 */
export function normFor(norms: CaseloadNorms, team: string | undefined): CaseloadNorm {
  const override =
    team === undefined
      ? undefined
      : Object.hasOwn(norms.teams, team)
        ? norms.teams[team]
        : undefined;
  return mergeNorm(norms.municipality, override);
}

/**
 * The default norms: target 25 and max 30 children per full-time caseworker, no
 * weights, no team overrides (the union's guideline is 20-30; Faxe sized
 * its investment for 25).
 *
 * @example
 * ```ts
 * defaultCaseloadNorms.municipality.max; // 30
 * ```
 */
export const defaultCaseloadNorms: CaseloadNorms = defineCaseloadNorms();
