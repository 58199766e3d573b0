import { exactExp, exactLog } from './exact-math';

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
  private spare = 0;
  private hasSpare = false;

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

  /** Standard normal (Marsaglia's polar method; the second value is kept for the next call). */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.uniform() - 1;
      v = 2 * this.uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * exactLog(s)) / s);
    this.spare = v * factor;
    this.hasSpare = true;
    return u * factor;
  }

  /** Gamma(shape, 1) (Marsaglia–Tsang; shape < 1 by boosting with U^(1/shape)). */
  gamma(shape: number): number {
    if (shape < 1) {
      const boosted = this.gamma(shape + 1);
      return boosted * exactExp(exactLog(this.uniform()) / shape);
    }
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
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
      if (u < 1 - 0.0331 * x2 * x2) return d * v;
      if (exactLog(u) < 0.5 * x2 + d * (1 - v + exactLog(v))) return d * v;
    }
  }
}
