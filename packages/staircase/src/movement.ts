import { dayNumberOf, type IsoDate } from './dates';
import type { InterventionRecord } from './history';
import type { Staircase } from './schema';
import { stepOf } from './step-of';

/**
 * How a child moved on the staircase between two dates:
 * `down` / `up` / `unchanged` between steps, `entered` from no step, `exited` to no
 * step, and `none` when on no step at both dates.
 *
 * @example
 * ```ts
 * const counts: Record<Movement, number> = { down: 0, up: 0, unchanged: 0, entered: 0, exited: 0, none: 0 };
 * for (const history of children) counts[movement(defaultStaircase, history, '2024-01-01', '2024-12-31')] += 1;
 * ```
 */
export type Movement = 'down' | 'up' | 'unchanged' | 'entered' | 'exited' | 'none';

/**
 * Compares the child's step on `from` with the step on `to`.
 *
 * @example
 * ```ts
 * movement(defaultStaircase, [
 *   { code: 'residential-institution', start: '2023-01-01', end: '2023-06-30' },
 *   { code: 'foster-family', start: '2023-07-01' },
 * ], '2023-03-01', '2024-01-01'); // 'down'
 * ```
 */
export function movement(
  staircase: Staircase,
  interventions: readonly InterventionRecord[],
  from: IsoDate,
  to: IsoDate,
): Movement {
  dayNumberOf(from, ['from']);
  dayNumberOf(to, ['to']);
  const before = stepOf(staircase, interventions, from);
  const after = stepOf(staircase, interventions, to);
  if (!before && !after) return 'none';
  if (!before) return 'entered';
  if (!after) return 'exited';
  if (after.rank < before.rank) return 'down';
  if (after.rank > before.rank) return 'up';
  return 'unchanged';
}
