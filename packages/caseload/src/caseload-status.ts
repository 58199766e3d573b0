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
 */
export function caseloadStatus(
  loadPerFte: number,
  norm: Pick<CaseloadNorm, 'target' | 'max'>,
): CaseloadStatus {
  if (loadPerFte > norm.max + EPSILON) return 'overMax';
  if (loadPerFte > norm.target + EPSILON) return 'overTarget';
  if (loadPerFte >= norm.target - EPSILON) return 'atTarget';
  return 'under';
}
