import type { ValidationIssue } from '@trappen/staircase';
import { CaseloadError } from './errors';
import type { CaseloadNorm } from './norms';

/**
 * Where a load stands against its norm.
 *
 * @example
 * ```ts
 * const status: CaseloadStatus = caseloadStatus(28, { target: 25, max: 30 }); // 'overTarget'
 * ```
 */
export type CaseloadStatus = 'under' | 'atTarget' | 'overTarget' | 'overMax';

const EPSILON = 1e-9;

const isLoad = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * Classifies a load per full-time caseworker against a norm: `under` below the target,
 * `atTarget` exactly on it, `overTarget` above the target up to and including the
 * maximum, `overMax` above the maximum.
 *
 * @example
 * ```ts
 * caseloadStatus(25, { target: 25, max: 30 }); // 'atTarget'
 * caseloadStatus(30, { target: 25, max: 30 }); // 'overTarget'
 * caseloadStatus(30.5, { target: 25, max: 30 }); // 'overMax'
 * ```
 *
 * @throws {CaseloadError} for a load that is NaN, infinite or negative, or a norm whose
 * target is not positive or whose max is below its target.
 */
export function caseloadStatus(
  loadPerFte: number,
  norm: Pick<CaseloadNorm, 'target' | 'max'>,
): CaseloadStatus {
  const issues: ValidationIssue[] = [];
  if (!isLoad(loadPerFte))
    issues.push({
      path: ['loadPerFte'],
      message: 'must be a finite number ≥ 0',
      value: loadPerFte,
    });
  if (!isLoad(norm?.target) || !(norm.target > 0))
    issues.push({
      path: ['norm', 'target'],
      message: 'must be a finite number > 0',
      value: norm?.target,
    });
  if (!isLoad(norm?.max) || !(norm.max >= (norm.target ?? 0)))
    issues.push({
      path: ['norm', 'max'],
      message: 'must be a finite number, at least the target',
      value: norm?.max,
    });
  if (issues.length > 0) throw new CaseloadError(issues, 'Invalid caseload status input');
  if (loadPerFte > norm.max + EPSILON) return 'overMax';
  if (loadPerFte > norm.target + EPSILON) return 'overTarget';
  if (loadPerFte >= norm.target - EPSILON) return 'atTarget';
  return 'under';
}
