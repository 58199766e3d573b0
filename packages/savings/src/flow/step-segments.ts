import type { ResolvedIntervention } from '@trappen/staircase';

/**
 * One child's days as elementary segments: from one boundary (a start, or the day
 * after an end) to the next, with the step the child is on (the highest step among
 * active interventions, as `timeline` in `@trappen/staircase` defines it) and the total
 * daily rate in øre of the active interventions. Days with no active intervention are
 * left out. Segments come in day order; adjacent ones may share a step.
 */
export interface StepSegments {
  /** Number of segments written. */
  count: number;
  /** First day of each segment (day number). */
  from: Float64Array;
  /** Last day of each segment (day number; `Infinity` when open-ended). */
  to: Float64Array;
  /** Step rank of each segment (1 = lowest). */
  rank: Int32Array;
  /** Total daily rate of each segment, in øre. */
  rateOre: Float64Array;
}

/** Reusable buffers for {@link stepSegments}, grown on demand. */
export class SegmentBuffers implements StepSegments {
  count = 0;
  from = new Float64Array(64);
  to = new Float64Array(64);
  rank = new Int32Array(64);
  rateOre = new Float64Array(64);
  eventDay = new Float64Array(128);
  eventRank = new Int32Array(128);
  eventDelta = new Int32Array(128);
  eventRate = new Float64Array(128);
  order: number[] = [];
  active = new Int32Array(21);

  /** Makes room for `events` events (and as many segments). */
  reserve(events: number): void {
    if (events <= this.eventDay.length) return;
    const size = Math.max(events, this.eventDay.length * 2);
    this.eventDay = new Float64Array(size);
    this.eventRank = new Int32Array(size);
    this.eventDelta = new Int32Array(size);
    this.eventRate = new Float64Array(size);
    this.from = new Float64Array(size);
    this.to = new Float64Array(size);
    this.rank = new Int32Array(size);
    this.rateOre = new Float64Array(size);
  }
}

/**
 * Sweeps one child's resolved interventions into {@link StepSegments} (written into
 * `buffers`). `rateOre[i]` is the daily rate of `resolved[i]` in øre; sums stay exact.
 */
export function stepSegments(
  resolved: readonly ResolvedIntervention[],
  rateOre: readonly number[],
  steps: number,
  buffers: SegmentBuffers,
): StepSegments {
  buffers.reserve(resolved.length * 2);
  if (buffers.active.length < steps + 1) buffers.active = new Int32Array(steps + 1);
  const { eventDay, eventRank, eventDelta, eventRate, active } = buffers;
  let events = 0;
  resolved.forEach((item, index) => {
    eventDay[events] = item.startDay;
    eventRank[events] = item.rank;
    eventDelta[events] = 1;
    eventRate[events] = rateOre[index] ?? 0;
    events += 1;
    if (Number.isFinite(item.endDay)) {
      eventDay[events] = item.endDay + 1;
      eventRank[events] = item.rank;
      eventDelta[events] = -1;
      eventRate[events] = -(rateOre[index] ?? 0);
      events += 1;
    }
  });
  const order = buffers.order;
  order.length = events;
  for (let e = 0; e < events; e += 1) order[e] = e;
  order.sort((a, b) => (eventDay[a] as number) - (eventDay[b] as number));

  active.fill(0);
  let rate = 0;
  let count = 0;
  let e = 0;
  while (e < events) {
    const day = eventDay[order[e] as number] as number;
    while (e < events && eventDay[order[e] as number] === day) {
      const at = order[e] as number;
      const r = eventRank[at] as number;
      active[r] = (active[r] as number) + (eventDelta[at] as number);
      rate += eventRate[at] as number;
      e += 1;
    }
    let top = 0;
    for (let r = steps; r > 0; r -= 1) {
      if ((active[r] as number) > 0) {
        top = r;
        break;
      }
    }
    if (top === 0) continue;
    const next =
      e < events ? (eventDay[order[e] as number] as number) - 1 : Number.POSITIVE_INFINITY;
    buffers.from[count] = day;
    buffers.to[count] = next;
    buffers.rank[count] = top;
    buffers.rateOre[count] = rate;
    count += 1;
  }
  buffers.count = count;
  return buffers;
}
