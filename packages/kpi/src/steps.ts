import {
  defaultStaircase,
  type LocalizedText,
  type Movement,
  movement,
  stepOf,
} from '@trappen/staircase';
import { type KpiResult, result } from './definitions';
import type { KpiInput } from './input';
import { checkedInput } from './input';
import { definePeriod, type Period } from './period';

/**
 * Children on one step.
 *
 * @example
 * ```ts
 * const row: StepCount = { step: 'institution', rank: 6, name: { da: '…', en: '…' }, children: 4, share: 0.1 };
 * ```
 */
export interface StepCount {
  /** Step id. */
  step: string;
  /** Step rank (1 = least intrusive). */
  rank: number;
  /** Step name. */
  name: LocalizedText;
  /** Children on the step on the last day of the period. */
  children: number;
  /** Share of the children on any step; `null` when none is. */
  share: number | null;
}

/**
 * The step distribution on the last day of the period.
 *
 * @example
 * ```ts
 * const d: StepDistribution = stepDistribution(input, yearPeriod(2018)).value;
 * d.onStep; // 240
 * ```
 */
export interface StepDistribution {
  /** One row per step of the staircase, lowest first (zero rows included). */
  steps: StepCount[];
  /** Children on any step. */
  onStep: number;
  /** Children in the input on no step that day (universal services only). */
  onNoStep: number;
}

/**
 * Children per staircase step on the last day of the period (a child's step is the
 * highest among its active interventions, as `stepOf` defines it), and the shares.
 *
 * @example
 * ```ts
 * stepDistribution(input, quarterPeriod(2024, 2)).value.steps.map((s) => s.children);
 * // [10, 40, 120, 12, 50, 8]
 * ```
 */
export function stepDistribution(input: KpiInput, period: Period): KpiResult<StepDistribution> {
  const valid = checkedInput(input);
  const { to } = definePeriod(period);
  const staircase = valid.staircase ?? defaultStaircase;
  const counts = new Map<string, number>();
  const byChild = groupInterventions(valid);
  let onStep = 0;
  for (const child of valid.children) {
    const step = stepOf(staircase, byChild.get(child.id) ?? [], to);
    if (!step) continue;
    onStep += 1;
    counts.set(step.id, (counts.get(step.id) ?? 0) + 1);
  }
  const steps = staircase.steps.map((step) => {
    const children = counts.get(step.id) ?? 0;
    return {
      step: step.id,
      rank: step.rank,
      name: step.name,
      children,
      share: onStep > 0 ? children / onStep : null,
    };
  });
  return result('stepDistribution', period, {
    steps,
    onStep,
    onNoStep: valid.children.length - onStep,
  });
}

/**
 * Movement counts between the first and the last day of a period.
 *
 * @example
 * ```ts
 * const m: MovementCounts = staircaseMovement(input, yearPeriod(2018)).value;
 * m.down - m.up; // net movement down
 * ```
 */
export interface MovementCounts {
  /** On a lower step at the end than at the start. */
  down: number;
  /** On a higher step at the end. */
  up: number;
  /** On the same step. */
  unchanged: number;
  /** On no step at the start, on a step at the end. */
  entered: number;
  /** On a step at the start, on no step at the end. */
  exited: number;
  /** Children on a step at either date: the sum of the five counts above. */
  children: number;
}

/**
 * How children moved on the staircase from the period's first day to its last, by
 * staircase's `movement`: down, up, unchanged, entered, exited. Children on no step
 * at both dates are not counted.
 *
 * @example
 * ```ts
 * staircaseMovement(input, yearPeriod(2018)).value;
 * // { down: 30, up: 8, unchanged: 150, entered: 40, exited: 35, children: 263 }
 * ```
 */
export function staircaseMovement(input: KpiInput, period: Period): KpiResult<MovementCounts> {
  const valid = checkedInput(input);
  const { from, to } = definePeriod(period);
  const staircase = valid.staircase ?? defaultStaircase;
  const byChild = groupInterventions(valid);
  const counts: Record<Movement, number> = {
    down: 0,
    up: 0,
    unchanged: 0,
    entered: 0,
    exited: 0,
    none: 0,
  };
  for (const child of valid.children) {
    counts[movement(staircase, byChild.get(child.id) ?? [], from, to)] += 1;
  }
  const { none: _none, ...moved } = counts;
  const children = moved.down + moved.up + moved.unchanged + moved.entered + moved.exited;
  return result('staircaseMovement', period, { ...moved, children });
}

function groupInterventions(input: KpiInput): Map<string, KpiInput['interventions'][number][]> {
  const byChild = new Map<string, KpiInput['interventions'][number][]>();
  for (const intervention of input.interventions) {
    const list = byChild.get(intervention.childId);
    if (list) list.push(intervention);
    else byChild.set(intervention.childId, [intervention]);
  }
  return byChild;
}
