import type { Intervention } from '@trappen/caseload';
import {
  defaultStaircase,
  indexStaircase,
  PLACEMENT_TYPES,
  type PlacementType,
  resolveHistory,
  type Staircase,
  type StaircaseIndex,
} from '@trappen/staircase';
import type { KpiChild, KpiInput } from './input';

/** A placement intervention as day numbers. Internal. */
export interface PlacementSpan {
  start: number;
  end: number;
  rank: number;
  type: PlacementType;
}

/** One child with its interventions and placements. Internal. */
export interface ChildHistory {
  child: KpiChild;
  interventions: Intervention[];
  placements: PlacementSpan[];
}

/** The staircase and every child's history, validated once. Internal. */
export interface HistoryIndex {
  staircase: Staircase;
  stairs: StaircaseIndex;
  children: ChildHistory[];
}

/**
 * Groups interventions by child (in the order of `input.children`) and resolves the
 * placements. Throws `StaircaseError` for unknown codes or bad dates. Internal.
 */
export function indexHistories(input: KpiInput): HistoryIndex {
  const staircase = input.staircase ?? defaultStaircase;
  const stairs = indexStaircase(staircase);
  const byChild = new Map<string, Intervention[]>();
  for (const child of input.children) byChild.set(child.id, []);
  for (const intervention of input.interventions)
    byChild.get(intervention.childId)?.push(intervention);
  const children = input.children.map((child) => {
    const interventions = byChild.get(child.id) ?? [];
    const placements: PlacementSpan[] = [];
    for (const item of resolveHistory(staircase, interventions)) {
      const type = stairs.entryByCode.get(item.record.code)?.placementType;
      if (type) placements.push({ start: item.startDay, end: item.endDay, rank: item.rank, type });
    }
    return { child, interventions, placements };
  });
  return { staircase, stairs, children };
}

const typeOrder = new Map(PLACEMENT_TYPES.map((type, index) => [type, index]));

/**
 * The placement that counts on a day among several active ones: the highest step,
 * then the later type in `PLACEMENT_TYPES` (the more intrusive). Internal.
 */
export function dominates(a: PlacementSpan, b: PlacementSpan): boolean {
  if (a.rank !== b.rank) return a.rank > b.rank;
  return (typeOrder.get(a.type) ?? 0) > (typeOrder.get(b.type) ?? 0);
}

/** The placement type that counts on `day`, or `undefined` when not placed. Internal. */
export function placementOn(
  placements: readonly PlacementSpan[],
  day: number,
): PlacementType | undefined {
  let best: PlacementSpan | undefined;
  for (const p of placements) {
    if (p.start <= day && day <= p.end && (!best || dominates(p, best))) best = p;
  }
  return best?.type;
}

/**
 * Days per placement type between `from` and `to` (inclusive), each day counted once
 * for the dominant placement. Internal.
 */
export function placementDays(
  placements: readonly PlacementSpan[],
  from: number,
  to: number,
): Map<PlacementType, number> {
  const days = new Map<PlacementType, number>();
  if (placements.length === 0) return days;
  // Boundaries where the set of active placements can change, clipped to the period.
  const cuts = new Set<number>([from, to + 1]);
  for (const p of placements) {
    if (p.start > from && p.start <= to) cuts.add(p.start);
    if (p.end + 1 > from && p.end + 1 <= to) cuts.add(p.end + 1);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < sorted.length; i += 1) {
    const start = sorted[i] as number;
    const type = placementOn(placements, start);
    if (type) days.set(type, (days.get(type) ?? 0) + (sorted[i + 1] as number) - start);
  }
  return days;
}
