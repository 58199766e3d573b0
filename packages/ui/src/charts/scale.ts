/** A linear mapping from a data domain to pixels. */
export type Scale = (value: number) => number;

/** Maps `[d0, d1]` linearly onto `[r0, r1]`; a zero-width domain maps to `r0`. */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): Scale {
  const span = d1 - d0;
  return (value) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
}

/**
 * Round tick values covering `[min, max]` (steps of 1, 2, 2.5 or 5 times a power of
 * ten), about `count` of them. The first and last ticks enclose the data.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (min === max) {
    if (min === 0) return [0, 1];
    return min > 0 ? [0, min] : [min, 0];
  }
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const start = Math.floor(min / step) * step;
  const end = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= end + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** The extent of the finite numbers given, always including `include` (e.g. zero). */
export function extent(values: readonly number[], ...include: number[]): [number, number] {
  const all = [...values, ...include].filter(Number.isFinite);
  if (all.length === 0) return [0, 1];
  return [Math.min(...all), Math.max(...all)];
}
