/**
 * One-ulp steps on IEEE 754 binary64, fast: the bit pattern read through a shared Float64Array / Uint32Array pair
 * (no BigInt), so that outward rounding costs a few nanoseconds. The slower exact reference is ieee754.ts.
 */

const FLOAT = new Float64Array(1);
const WORDS = new Uint32Array(FLOAT.buffer);
FLOAT[0] = 1;
/** Index of the word holding sign and exponent: 1 on little-endian platforms, 0 on big-endian ones. */
const HIGH = WORDS[1] === 0x3ff00000 ? 1 : 0;
const LOW = 1 - HIGH;

/** The least positive subnormal, 2^−1074. */
export const MIN_SUBNORMAL = 5e-324;

/** Adds one (toward +) or subtracts one (toward −) to the 64-bit pattern of the finite non-zero x in FLOAT. */
function step(x: number, increment: boolean): number {
  FLOAT[0] = x;
  if (increment) {
    if (WORDS[LOW] === 0xffffffff) {
      WORDS[LOW] = 0;
      WORDS[HIGH] += 1;
    } else WORDS[LOW] += 1;
  } else if (WORDS[LOW] === 0) {
    WORDS[LOW] = 0xffffffff;
    WORDS[HIGH] -= 1;
  } else WORDS[LOW] -= 1;
  return FLOAT[0];
}

/** The least double greater than x: ±0 → 2^−1074, MAX_VALUE → +Infinity, −Infinity → −MAX_VALUE; +Infinity and NaN unchanged. */
export function nextUp(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === 0) return MIN_SUBNORMAL;
  return step(x, x > 0);
}

/** The greatest double less than x: ±0 → −2^−1074, −MAX_VALUE → −Infinity, +Infinity → MAX_VALUE; −Infinity and NaN unchanged. */
export function nextDown(x: number): number {
  if (x !== x || x === -Infinity) return x;
  if (x === 0) return -MIN_SUBNORMAL;
  return step(x, x < 0);
}
