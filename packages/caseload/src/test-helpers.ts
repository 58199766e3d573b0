import type { CaseloadInput } from './input';

/** An input with every table empty, overridden by `parts` (tests only; not exported). */
export function makeInput(parts: Partial<CaseloadInput> = {}): CaseloadInput {
  return {
    caseworkers: [],
    children: [],
    cases: [],
    assignments: [],
    interventions: [],
    followUps: [],
    actionPlans: [],
    childAssessments: [],
    reassessments: [],
    ...parts,
  };
}

/** One child with an open case from `opened`, assigned to `caseworkerId` from the same day. */
export function oneChild(
  id: string,
  caseworkerId: string,
  opened = '2024-01-01',
): Pick<CaseloadInput, 'children' | 'cases' | 'assignments'> {
  return {
    children: [{ id }],
    cases: [{ id: `case-${id}`, childId: id, opened }],
    assignments: [{ childId: id, caseworkerId, from: opened }],
  };
}

/** `n` children with open cases, all assigned to one caseworker. */
export function manyChildren(
  n: number,
  caseworkerId: string,
  prefix = 'c',
): Pick<CaseloadInput, 'children' | 'cases' | 'assignments'> {
  const ids = Array.from({ length: n }, (_, k) => `${prefix}${k}`);
  return {
    children: ids.map((id) => ({ id })),
    cases: ids.map((id) => ({ id: `case-${id}`, childId: id, opened: '2024-01-01' })),
    assignments: ids.map((id) => ({ childId: id, caseworkerId, from: '2024-01-01' })),
  };
}
