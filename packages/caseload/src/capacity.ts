import type { ValidationIssue } from '@trappen/staircase';
import { CaseloadError } from './errors';
import type { CaseloadNorm } from './norms';

const nonNegative = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
const positive = (value: unknown): value is number => nonNegative(value) && value > 0;

/**
 * Capacity planning (DOMAIN.md §4): full-time caseworkers needed = open cases / target
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
  if (!nonNegative(openCases))
    issues.push({ path: ['openCases'], message: 'must be a finite number ≥ 0', value: openCases });
  if (!positive(target))
    issues.push({ path: ['target'], message: 'must be a finite number > 0', value: target });
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
  if (!nonNegative(openCases))
    issues.push({ path: ['openCases'], message: 'must be a finite number ≥ 0', value: openCases });
  if (!nonNegative(caseworkers))
    issues.push({
      path: ['caseworkers'],
      message: 'must be a finite number ≥ 0',
      value: caseworkers,
    });
  if (!positive(targetCaseload))
    issues.push({
      path: ['targetCaseload'],
      message: 'must be a finite number > 0',
      value: targetCaseload,
    });
  if (!nonNegative(annualCostPerCaseworker)) {
    issues.push({
      path: ['annualCostPerCaseworker'],
      message: 'must be a finite number ≥ 0',
      value: annualCostPerCaseworker,
    });
  }
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
