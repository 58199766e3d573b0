import { exactExp, exactLog } from './exact-math';

/**
 * Tables of Marsaglia and Tsang's ziggurat for the standard normal (128 layers),
 * computed with the deterministic `exactExp`/`exactLog`, so they are the same on every
 * machine. Each draw uses 7 bits of a 32-bit integer for the layer, 1 for the sign and
 * the other 24 for the magnitude (independent bits, as Doornik recommends).
 */
const LAYERS = 128;
const SCALE = 2 ** 24;
/** Start of the tail. */
export const ZIGGURAT_R = 3.442619855899;
const AREA = 9.91256303526217e-3;

/** Acceptance thresholds on the 24-bit magnitude, per layer. */
export const ZIGGURAT_K = new Float64Array(LAYERS);
/** Width of a magnitude step, per layer. */
export const ZIGGURAT_W = new Float64Array(LAYERS);
/** Density at each layer's edge. */
export const ZIGGURAT_F = new Float64Array(LAYERS);

{
  let dn = ZIGGURAT_R;
  let tn = dn;
  const q = AREA / exactExp(-0.5 * dn * dn);
  ZIGGURAT_K[0] = (dn / q) * SCALE;
  ZIGGURAT_K[1] = 0;
  ZIGGURAT_W[0] = q / SCALE;
  ZIGGURAT_W[LAYERS - 1] = dn / SCALE;
  ZIGGURAT_F[0] = 1;
  ZIGGURAT_F[LAYERS - 1] = exactExp(-0.5 * dn * dn);
  for (let i = LAYERS - 2; i >= 1; i -= 1) {
    dn = Math.sqrt(-2 * exactLog(AREA / dn + exactExp(-0.5 * dn * dn)));
    ZIGGURAT_K[i + 1] = (dn / tn) * SCALE;
    tn = dn;
    ZIGGURAT_F[i] = exactExp(-0.5 * dn * dn);
    ZIGGURAT_W[i] = dn / SCALE;
  }
}

/** A source of 32-bit integers and uniforms, as `Rng` provides. */
export interface BitSource {
  nextUint32(): number;
  uniform(): number;
}

/**
 * One standard normal draw by the ziggurat method. About 98.8 % of draws take the
 * fast path (one integer, one compare, one multiply).
 */
export function zigguratNormal(source: BitSource): number {
  for (;;) {
    const bits = source.nextUint32();
    const layer = bits & 127;
    const negative = (bits & 128) !== 0;
    const magnitude = bits >>> 8;
    const x = magnitude * (ZIGGURAT_W[layer] as number);
    if (magnitude < (ZIGGURAT_K[layer] as number)) return negative ? -x : x;
    if (layer === 0) {
      // The tail beyond R (Marsaglia's method).
      let tail: number;
      let y: number;
      do {
        tail = -exactLog(source.uniform()) / ZIGGURAT_R;
        y = -exactLog(source.uniform());
      } while (y + y < tail * tail);
      return negative ? -(ZIGGURAT_R + tail) : ZIGGURAT_R + tail;
    }
    const fHigh = ZIGGURAT_F[layer] as number;
    const fLow = ZIGGURAT_F[layer - 1] as number;
    if (fHigh + source.uniform() * (fLow - fHigh) < exactExp(-0.5 * x * x)) {
      return negative ? -x : x;
    }
  }
}
