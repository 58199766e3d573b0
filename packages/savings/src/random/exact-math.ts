/**
 * Natural logarithm and exponential built from IEEE-754 basic operations only
 * (+ − × ÷, exact scaling by 2), so a simulation gives bit-identical results on every
 * conforming JavaScript engine and CPU (`Math.log`/`Math.exp` may differ in the last
 * bit between engines). Accurate to about 1e-16 relative.
 */

const LN2_HI = 0.6931471803691238; // high bits of ln 2 (exact product with small integers)
const LN2_LO = 1.9082149292705877e-10; // ln 2 − LN2_HI
const SQRT2 = Math.SQRT2;
/** 1/3, 1/5, …, 1/23 (each a correctly rounded IEEE division, the same everywhere). */
const ATANH = [3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23].map((k) => 1 / k);
/** 1/1!, 1/2!, …, 1/17!. */
const INV_FACTORIAL: number[] = [];
for (let n = 1, f = 1; n <= 17; n += 1) {
  f *= n;
  INV_FACTORIAL.push(1 / f);
}

/**
 * ln(x) for x > 0; −Infinity for 0 and NaN for negative input (callers never pass
 * those).
 *
 * @example
 * ```ts
 * exactLog(Math.E); // 1
 * ```
 */
export function exactLog(x: number): number {
  if (!(x > 0)) return x === 0 ? Number.NEGATIVE_INFINITY : Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return x;
  let m = x;
  let e = 0;
  while (m >= 2 ** 32) {
    m *= 2 ** -32;
    e += 32;
  }
  while (m < 2 ** -32) {
    m *= 2 ** 32;
    e -= 32;
  }
  while (m >= 2) {
    m *= 0.5;
    e += 1;
  }
  while (m < 1) {
    m *= 2;
    e -= 1;
  }
  if (m > SQRT2) {
    m *= 0.5;
    e += 1;
  }
  // ln m = 2 atanh(s) = 2 (s + s³/3 + s⁵/5 + …), s = (m − 1)/(m + 1), |s| < 0.1716,
  // so s² < 0.0295 and 12 terms reach double precision (Horner form).
  const s = (m - 1) / (m + 1);
  const z = s * s;
  let series = ATANH[10] as number;
  for (let k = 9; k >= 0; k -= 1) series = (ATANH[k] as number) + z * series;
  series = 1 + z * series;
  return e * LN2_HI + (e * LN2_LO + 2 * s * series);
}

/**
 * e^x; 0 below −745 and Infinity above 709.8.
 *
 * @example
 * ```ts
 * exactExp(0); // 1
 * ```
 */
export function exactExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x < -745.2) return 0;
  if (x > 709.8) return Number.POSITIVE_INFINITY;
  const k = Math.round(x / Math.LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  // Taylor series of e^r, |r| ≤ 0.347: 17 terms is past double precision (Horner form).
  let sum = INV_FACTORIAL[16] as number;
  for (let n = 15; n >= 0; n -= 1) sum = (INV_FACTORIAL[n] as number) + r * sum;
  sum = 1 + r * sum;
  let scale = k;
  while (scale > 0) {
    const step = Math.min(scale, 30);
    sum *= 2 ** step;
    scale -= step;
  }
  while (scale < 0) {
    const step = Math.min(-scale, 30);
    sum *= 2 ** -step;
    scale += step;
  }
  return sum;
}
