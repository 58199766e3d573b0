/** Internal, unchecked money arithmetic (callers have validated their input). */

/** Rounds half away from zero; never returns `-0`. */
export function roundHalf(value: number): number {
  const rounded = Math.round(Math.abs(value));
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** DKK to whole øre, half away from zero, without binary floating point noise. */
export function dkkToOre(dkk: number): number {
  const ore = dkk * 100;
  if (Number.isInteger(ore)) return ore === 0 ? 0 : ore;
  return roundHalf(Number(ore.toPrecision(15)));
}

/** Øre to DKK. */
export function oreToDkk(ore: number): number {
  return ore / 100;
}

/** Σ value[k] / (1 + rate)^k, first year undiscounted. */
export function discounted(values: ArrayLike<number>, rate: number): number {
  let factor = 1;
  let sum = 0;
  for (let k = 0; k < values.length; k += 1) {
    sum += (values[k] as number) / factor;
    factor *= 1 + rate;
  }
  return sum;
}
