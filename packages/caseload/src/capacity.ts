import type { ValidationIssue } from '@trappen/staircase';
import { CaseloadError } from './errors';
import type { CaseloadNorm } from './norms';

/**
 * Plausible ranges, wide enough for any municipality (or all of them together) and
 * narrow enough that every result is a finite number: a target of 1e-300 children per
 * caseworker would need Infinity caseworkers.
 */
const LIMITS = {
  openCases: { min: 0, max: 10_000_000, text: 'must be a number from 0 to 10,000,000' },
  caseworkers: {
    min: 0.01,
    max: 1_000_000,
    text: 'must be 0 or a number from 0.01 to 1,000,000 (full-time caseworkers)',
  },
  target: { min: 0.01, max: 10_000, text: 'must be a number from 0.01 to 10,000' },
  annualCost: { min: 0, max: 1_000_000_000, text: 'must be a number from 0 to 1,000,000,000' },
} as const;

function inRange(value: unknown, limit: { min: number; max: number }): value is number {
  return typeof value === 'number' && value >= limit.min && value <= limit.max;
}

/**
 * Capacity planning: full-time caseworkers needed = open cases / target
 * caseload. Not rounded; round up to hire whole people.
 *
 * @example
 * ```ts
 * requiredCaseworkers(6000, { target: 25 }); // 240
 * requiredCaseworkers(144, 24); // 6 (Aarhus, "Closer to the family")
 * ```
 */
export function requiredCaseworkers(
  openCases: number,
  norm: Pick<CaseloadNorm, 'target'> | number,
): number {
  const target = typeof norm === 'number' ? norm : norm?.target;
  const issues: ValidationIssue[] = [];
  if (!inRange(openCases, LIMITS.openCases))
    issues.push({ path: ['openCases'], message: LIMITS.openCases.text, value: openCases });
  if (!inRange(target, LIMITS.target))
    issues.push({ path: ['target'], message: LIMITS.target.text, value: target });
  if (issues.length > 0) throw new CaseloadError(issues, 'Invalid capacity input');
  return (openCases as number) / (target as number);
}

/**
 * Input of {@link caseloadScenario}.
 *
 * @example
 * ```ts
 * const faxe: CaseloadScenarioInput = { openCases: 962.5, caseworkers: 17.5, targetCaseload: 25, annualCostPerCaseworker: 500_000 };
 * ```
 */
export interface CaseloadScenarioInput {
  /** Open cases (children with an open case), or an average over the year. */
  openCases: number;
  /** Full-time caseworkers today. */
  caseworkers: number;
  /** The caseload to reach, children per full-time caseworker. */
  targetCaseload: number;
  /** What one full-time caseworker costs a year, DKK. */
  annualCostPerCaseworker: number;
}

/**
 * Result of {@link caseloadScenario}.
 *
 * @example
 * ```ts
 * const { extraFte, annualCost }: CaseloadScenario = caseloadScenario(faxe); // 21, 10_500_000
 * ```
 */
export interface CaseloadScenario {
  /** Open cases per caseworker today, or `null` with no caseworkers. */
  currentCaseload: number | null;
  /** Full-time caseworkers needed for the target (not rounded). */
  requiredCaseworkers: number;
  /** `requiredCaseworkers − caseworkers`; negative when there is spare capacity. */
  extraFte: number;
  /** `extraFte` rounded up to whole caseworkers. */
  extraCaseworkers: number;
  /** `extraFte × annualCostPerCaseworker`, rounded to the krone (negative = capacity to spare). */
  annualCost: number;
  /** `extraCaseworkers × annualCostPerCaseworker`. */
  annualCostWholeCaseworkers: number;
}

/**
 * What it takes to bring the caseload to a target: extra full-time caseworkers and
 * their annual cost, the investment line of a business case in `@trappen/savings`.
 *
 * @example
 * ```ts
 * // Faxe, 2019: about 55 children per caseworker down to 25, 500,000 DKK each.
 * caseloadScenario({ openCases: 962.5, caseworkers: 17.5, targetCaseload: 25, annualCostPerCaseworker: 500_000 });
 * // { currentCaseload: 55, requiredCaseworkers: 38.5, extraFte: 21, extraCaseworkers: 21,
 * //   annualCost: 10_500_000, annualCostWholeCaseworkers: 10_500_000 }
 * ```
 */
export function caseloadScenario(input: CaseloadScenarioInput): CaseloadScenario {
  const { openCases, caseworkers, targetCaseload, annualCostPerCaseworker } =
    input ?? ({} as CaseloadScenarioInput);
  const issues: ValidationIssue[] = [];
  if (!inRange(openCases, LIMITS.openCases))
    issues.push({ path: ['openCases'], message: LIMITS.openCases.text, value: openCases });
  if (caseworkers !== 0 && !inRange(caseworkers, LIMITS.caseworkers))
    issues.push({ path: ['caseworkers'], message: LIMITS.caseworkers.text, value: caseworkers });
  if (!inRange(targetCaseload, LIMITS.target))
    issues.push({ path: ['targetCaseload'], message: LIMITS.target.text, value: targetCaseload });
  if (!inRange(annualCostPerCaseworker, LIMITS.annualCost))
    issues.push({
      path: ['annualCostPerCaseworker'],
      message: LIMITS.annualCost.text,
      value: annualCostPerCaseworker,
    });
  if (issues.length > 0) throw new CaseloadError(issues, 'Invalid caseload scenario');
  const required = openCases / targetCaseload;
  // Round away float noise (38.5 - 17.5 must be exactly 21) before rounding up.
  const extraFte = Math.round((required - caseworkers) * 1e9) / 1e9;
  const extraCaseworkers = Math.ceil(extraFte);
  return {
    currentCaseload: caseworkers > 0 ? openCases / caseworkers : null,
    requiredCaseworkers: required,
    extraFte,
    extraCaseworkers,
    annualCost: Math.round(extraFte * annualCostPerCaseworker),
    annualCostWholeCaseworkers: extraCaseworkers * annualCostPerCaseworker,
  };
}
