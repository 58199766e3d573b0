import { exactExp, exactLog } from './exact-math';
import { zigguratNormal } from './ziggurat';

/**
 * A seeded pseudo-random generator (sfc32, seeded through splitmix32) with the
 * samplers the simulation needs. It uses 32-bit integer arithmetic and IEEE-754
 * basic operations only, so the same seed gives the same numbers on every machine.
 * Sampling allocates nothing.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /**
   * @param seed any safe integer; different seeds give independent-looking streams.
   *
   * @example
   * ```ts
   * new Rng(42).uniform(); // the same number on every machine
   * ```
   */
  constructor(seed: number) {
    let state = (seed >>> 0) ^ (Math.floor(seed / 2 ** 32) >>> 0);
    const next = () => {
      state = (state + 0x9e3779b9) | 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i += 1) this.nextUint32();
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform on the open interval (0, 1): never exactly 0 or 1. */
  uniform(): number {
    return (this.nextUint32() + 0.5) / 4294967296;
  }

  /** Standard normal (the ziggurat method; see `zigguratNormal`). */
  normal(): number {
    return zigguratNormal(this);
  }

  /** Gamma(shape, 1) (Marsaglia–Tsang; shape < 1 by boosting with U^(1/shape)). */
  gamma(shape: number): number {
    const boosted = shape < 1;
    const d = (boosted ? shape + 1 : shape) - 1 / 3;
    return this.gammaPrepared(d, 1 / Math.sqrt(9 * d), boosted ? 1 / shape : 0);
  }

  /**
   * Gamma(shape, 1) with the constants of {@link prepareGamma} computed once, for hot
   * loops drawing the same shapes many times.
   */
  gammaPrepared(d: number, c: number, inverseShape: number): number {
    let value: number;
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.uniform();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2 || exactLog(u) < 0.5 * x2 + d * (1 - v + exactLog(v))) {
        value = d * v;
        break;
      }
    }
    if (inverseShape === 0) return value;
    // Boost for shape < 1: value · U^(1/shape); an integer power (1/0.5 = 2 for the
    // default prior) is multiplied out exactly.
    const u = this.uniform();
    if (inverseShape <= 8 && Number.isInteger(inverseShape)) {
      let power = u;
      for (let k = 1; k < inverseShape; k += 1) power *= u;
      return value * power;
    }
    return value * exactExp(exactLog(u) * inverseShape);
  }
}

/**
 * Writes the Marsaglia–Tsang constants of a Gamma shape into `d`, `c` and
 * `inverseShape` at `index` (see {@link Rng.gammaPrepared}).
 */
export function prepareGamma(
  shape: number,
  index: number,
  d: Float64Array,
  c: Float64Array,
  inverseShape: Float64Array,
): void {
  const boosted = shape < 1;
  const dValue = (boosted ? shape + 1 : shape) - 1 / 3;
  d[index] = dValue;
  c[index] = 1 / Math.sqrt(9 * dValue);
  inverseShape[index] = boosted ? 1 / shape : 0;
}
