import {
  type LocalizedText,
  PLACEMENT_TYPES,
  type PlacementGroup,
  type PlacementType,
  placementTypeInfo,
} from '@trappen/staircase';
import { indexHistories, placementDays, placementOn } from './children';
import { type KpiResult, result } from './definitions';
import { KpiError } from './errors';
import type { KpiInput } from './input';
import { checkedInput } from './input';
import { percentChange } from './percent-change';
import { type Period, periodDayNumbers } from './period';

/**
 * Days in a child-year (*årsbarn*). Always 365, also for leap years and for quarters,
 * so quarters add up to their year and every period is on one scale (a child placed
 * all of 2024 is 366 / 365 = 1.0027 child-years).
 *
 * @example
 * ```ts
 * const childYears = 730 / DAYS_PER_CHILD_YEAR; // 2
 * ```
 */
export const DAYS_PER_CHILD_YEAR = 365;

/**
 * The placement groups in reporting order.
 *
 * @example
 * ```ts
 * PLACEMENT_GROUPS; // ['family', 'independent', 'institution']
 * ```
 */
export const PLACEMENT_GROUPS: readonly PlacementGroup[] = ['family', 'independent', 'institution'];

/**
 * Placed children on one day, in total and per type and group.
 *
 * @example
 * ```ts
 * const placed: PlacedChildren = placedChildren(input, yearPeriod(2018)).value;
 * placed.byGroup.family; // 80
 * ```
 */
export interface PlacedChildren {
  /** Children placed on the last day of the period. */
  count: number;
  /** By the placement type that counts that day. */
  byType: Record<PlacementType, number>;
  /** By placement group. */
  byGroup: Record<PlacementGroup, number>;
}

const zeroTypes = (): Record<PlacementType, number> =>
  Object.fromEntries(PLACEMENT_TYPES.map((type) => [type, 0])) as Record<PlacementType, number>;
const zeroGroups = (): Record<PlacementGroup, number> => ({
  family: 0,
  independent: 0,
  institution: 0,
});

/**
 * Children with an active placement on the last day of the period (*anbragte børn*).
 * A placement is an intervention whose catalogue entry has a placement type; a child
 * with several counts once, under the one on the highest step.
 *
 * @example
 * ```ts
 * placedChildren(input, yearPeriod(2018)).value.count; // 131
 * ```
 */
export function placedChildren(input: KpiInput, period: Period): KpiResult<PlacedChildren> {
  const valid = checkedInput(input);
  const { to } = periodDayNumbers(period);
  const value: PlacedChildren = { count: 0, byType: zeroTypes(), byGroup: zeroGroups() };
  for (const { placements } of indexHistories(valid).children) {
    const type = placementOn(placements, to);
    if (!type) continue;
    value.count += 1;
    value.byType[type] += 1;
    value.byGroup[placementTypeInfo[type].group] += 1;
  }
  return result('placedChildren', period, value);
}

/**
 * Placed children at the end of each period, with the change from the previous
 * period and from the first to the last (`(new − old) / old`, `null` from 0).
 *
 * @example
 * ```ts
 * const trend = placedChildrenTrend(input, yearsBetween(2014, 2018)).value;
 * trend.change; // 0.5057… (87 → 131)
 * ```
 */
export interface PlacedChildrenTrend {
  /** One point per period, in the order given. */
  points: { period: Period; count: number; change: number | null }[];
  /** Change from the first period to the last. */
  change: number | null;
}

/**
 * {@link placedChildren} for each period, with changes. The result's period spans
 * from the first period's start to the last period's end.
 *
 * @example
 * ```ts
 * placedChildrenTrend(input, yearsBetween(2014, 2018)).value.points.map((p) => p.count);
 * // [87, 95, 110, 120, 131]
 * ```
 */
export function placedChildrenTrend(
  input: KpiInput,
  periods: readonly Period[],
): KpiResult<PlacedChildrenTrend> {
  const valid = checkedInput(input);
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last)
    throw new KpiError([
      { path: ['periods'], message: 'needs at least one period', value: periods },
    ]);
  const points: PlacedChildrenTrend['points'] = [];
  for (const period of periods) {
    const count = placedChildren(valid, period).value.count;
    const previous = points[points.length - 1];
    points.push({ period, count, change: previous ? percentChange(previous.count, count) : null });
  }
  const change = percentChange(points[0]?.count ?? 0, points[points.length - 1]?.count ?? 0);
  return result('placedChildren', { from: first.from, to: last.to }, { points, change });
}

/**
 * Child-years and share of one placement type or group.
 *
 * @example
 * ```ts
 * const row: MixRow = { days: 730, childYears: 2, share: 0.25, children: 3 };
 * ```
 */
export interface MixRow {
  /** Placement days in the period. */
  days: number;
  /** `days / 365`. */
  childYears: number;
  /** Share of all placement days; `null` when no child was placed. */
  share: number | null;
  /** Distinct children with at least one day (for disclosure control). */
  children: number;
}

/**
 * The placement mix of a period.
 *
 * @example
 * ```ts
 * const mix: PlacementMix = placementMix(input, yearPeriod(2018)).value;
 * mix.byGroup.institution.childYears; // 2.0
 * ```
 */
export interface PlacementMix extends MixRow {
  /** Per placement type, every type present (zero rows included). */
  byType: Record<PlacementType, MixRow & { group: PlacementGroup; name: LocalizedText }>;
  /** Per placement group. */
  byGroup: Record<PlacementGroup, MixRow>;
}

const emptyRow = (): MixRow => ({ days: 0, childYears: 0, share: null, children: 0 });

function finish(row: MixRow, total: number): void {
  row.childYears = row.days / DAYS_PER_CHILD_YEAR;
  row.share = total > 0 ? row.days / total : null;
}

/**
 * Placement days in child-years (*årsbørn* = days / 365) per placement type and
 * group (family, independent, institution) and their shares of all placement days.
 * Each child-day counts once, for the placement on the highest step.
 *
 * @example
 * ```ts
 * const mix = placementMix(input, yearPeriod(2016)).value;
 * mix.byType.residentialInstitution.childYears; // 5.9
 * mix.byGroup.family.share; // 0.63
 * ```
 */
export function placementMix(input: KpiInput, period: Period): KpiResult<PlacementMix> {
  const valid = checkedInput(input);
  const { from, to } = periodDayNumbers(period);
  const byType = Object.fromEntries(
    PLACEMENT_TYPES.map((type) => [
      type,
      { ...emptyRow(), group: placementTypeInfo[type].group, name: placementTypeInfo[type].name },
    ]),
  ) as PlacementMix['byType'];
  const byGroup = { family: emptyRow(), independent: emptyRow(), institution: emptyRow() };
  const total = emptyRow();
  for (const { placements } of indexHistories(valid).children) {
    const days = placementDays(placements, from, to);
    if (days.size === 0) continue;
    total.children += 1;
    const groups = new Set<PlacementGroup>();
    for (const [type, count] of days) {
      const group = placementTypeInfo[type].group;
      byType[type].days += count;
      byType[type].children += 1;
      byGroup[group].days += count;
      groups.add(group);
      total.days += count;
    }
    for (const group of groups) byGroup[group].children += 1;
  }
  for (const row of Object.values(byType)) finish(row, total.days);
  for (const row of Object.values(byGroup)) finish(row, total.days);
  finish(total, total.days);
  return result('placementMix', period, { ...total, byType, byGroup });
}
