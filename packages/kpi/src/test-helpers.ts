import type { KpiInput } from './input';

/** An input with every table empty, overridden by `parts` (tests only; not exported). */
export function makeInput(parts: Partial<KpiInput> = {}): KpiInput {
  return {
    caseworkers: [],
    children: [],
    cases: [],
    assignments: [],
    interventions: [],
    followUps: [],
    notifications: [],
    spend: [],
    budget: [],
    ...parts,
  };
}

/** Children `c0…c(n-1)` with the given id prefix (tests only). */
export function childIds(n: number, prefix = 'c'): string[] {
  return Array.from({ length: n }, (_, k) => `${prefix}${k}`);
}
