/** Says how a cost grows with data size, from measurements at several sizes. */

/** One measurement: the data size (e.g. children) and the cost (e.g. median ms). */
export interface SizePoint {
  label: string;
  size: number;
  cost: number;
}

const MEANING: Record<string, string> = {
  'about flat': 'better than linear, the work does not depend on the data size',
  sublinear: 'better than linear, as an index lookup or a per-municipality scope gives',
  linear: 'proportional to the data, as a full scan gives',
  SUPERLINEAR:
    'worse than linear: look for work per row that scans a whole table (a missing index, a query not limited to the municipality, a nested loop) or a working set that outgrew memory',
};

/**
 * A line such as `small → national: data ×120, time ×3.1 (exponent 0.24, sublinear: …)`,
 * saying what the shape means (and where to look when it is worse than linear).
 * The exponent is the slope on log-log axes between the smallest and largest size.
 */
export function growthLine(points: readonly SizePoint[], what = 'time'): string {
  const sorted = [...points]
    .filter((p) => p.size > 0 && p.cost > 0)
    .sort((a, b) => a.size - b.size);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last || first === last)
    return 'growth: measured at one size only (full run: all three)';
  const dataFactor = last.size / first.size;
  const costFactor = last.cost / first.cost;
  const exponent = Math.log(costFactor) / Math.log(dataFactor);
  const shape =
    exponent <= 0.2
      ? 'about flat'
      : exponent <= 0.8
        ? 'sublinear'
        : exponent <= 1.2
          ? 'linear'
          : 'SUPERLINEAR';
  const steps = sorted.map((p) => `${p.label} ${p.cost.toPrecision(3)}`).join(', ');
  return `growth ${first.label} → ${last.label}: data ×${dataFactor.toFixed(1)}, ${what} ×${costFactor.toFixed(2)} (exponent ${exponent.toFixed(2)}, ${shape}: ${MEANING[shape]}); ${steps}`;
}
