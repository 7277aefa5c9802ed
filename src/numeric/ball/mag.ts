/**
 * Magnitudes: cheap one-sided bounds of non-negative reals, the radii of balls (Arb's mag_t).
 *
 * A Mag is m·2^e with m an integer in [2^25, 2^26) held in a double (or m = 0, or m = Infinity for "unbounded") and e
 * an integer exponent. Products of two mantissas stay below 2^52, so every double operation below is exact except
 * the ones whose rounding is stated and compensated; each function says whether it returns an upper or a lower bound.
 * Exponents are kept in [−EXP_LIMIT, EXP_LIMIT] (EXP_LIMIT = 2^52, so every exponent sum is an exact double):
 * an upper bound above the range becomes Infinity and one below it becomes 2^−EXP_LIMIT·2 (never 0); a lower bound
 * below the range becomes 0.
 */

/** m·2^e, m in [2^25, 2^26) ∪ {0, Infinity}. */
export interface Mag {
  readonly m: number;
  readonly e: number;
}

/** The largest |exponent| of a ball or magnitude: 2^52, so that a sum of two exponents is an exact double. */
export const EXP_LIMIT = 2 ** 52;
const TOP = 2 ** 26;
const LOW = 2 ** 25;
/** The smallest positive upper bound a Mag takes: 2^26·2^(−EXP_LIMIT) (radii never underflow to 0). */
const FLOOR_MAG: Mag = { m: LOW, e: -EXP_LIMIT + 1 };

/** Exactly 0. */
export const MAG_ZERO: Mag = { m: 0, e: 0 };
/** Unbounded (the radius of the whole real line). */
export const MAG_INF: Mag = { m: Infinity, e: 0 };
/** Exactly 1. */
export const MAG_ONE: Mag = { m: LOW, e: -25 };

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // the word holding sign and exponent

/** floor(log2 x) for a normal positive double x, read from its exponent bits (exact, unlike Math.log2). */
export function exponentOf(x: number): number {
  F64[0] = x;
  return ((U32[HIGH] >>> 20) & 0x7ff) - 1023;
}

/** The double 2^k for −1022 <= k <= 1023, built from its bits (exact). */
export function pow2(k: number): number {
  U32[1 - HIGH] = 0;
  U32[HIGH] = (k + 1023) << 20;
  return F64[0];
}

/** Exactly 2^k. */
export function magPow2(k: number): Mag {
  return clampUp(LOW, k - 25);
}

function clampUp(m: number, e: number): Mag {
  if (e > EXP_LIMIT - 26) return MAG_INF;
  if (e < -EXP_LIMIT) return FLOOR_MAG;
  return { m, e };
}

/**
 * An upper bound of x·2^e for a double x >= 0 with 2^−900 < x < 2^1000 or x in {0, Infinity}: x scaled by a power of
 * two (exact, from its exponent bits) into [2^25, 2^26), then rounded up to an integer.
 */
export function magUp(x: number, e: number): Mag {
  if (x === 0) return MAG_ZERO;
  if (x === Infinity) return MAG_INF;
  let s = exponentOf(x) - 25;
  let m = Math.ceil(x * pow2(-s)); // x·2^−s in [2^25, 2^26), exactly
  if (m === TOP) {
    m = LOW;
    s += 1;
  }
  return clampUp(m, e + s);
}

/** A lower bound of x·2^e for a finite double x >= 0 (same scaling as magUp, rounded down; 0 below the range). */
function magDown(x: number, e: number): Mag {
  if (x === 0) return MAG_ZERO;
  const s = exponentOf(x) - 25;
  const m = Math.floor(x * pow2(-s));
  if (e + s < -EXP_LIMIT) return MAG_ZERO;
  if (e + s > EXP_LIMIT - 26) return { m: LOW, e: EXP_LIMIT - 26 };
  return { m, e: e + s };
}

/** An upper bound of a + b (the larger one's exponent; the smaller one rounded up onto it). */
export function magAdd(a: Mag, b: Mag): Mag {
  if (a.m === 0) return b;
  if (b.m === 0) return a;
  if (a.m === Infinity || b.m === Infinity) return MAG_INF;
  const big = a.e >= b.e ? a : b;
  const small = a.e >= b.e ? b : a;
  const k = big.e - small.e;
  // small·2^−k rounded up to an integer: exact scaling, then an exact ceiling; < 1 when k > 26, so 1 covers it.
  const add = k > 52 ? 1 : Math.ceil(small.m * pow2(-k));
  return magUp(big.m + add, big.e);
}

/** An upper bound of a·b (the product of two mantissas is below 2^52: exact). */
export function magMul(a: Mag, b: Mag): Mag {
  if (a.m === 0 || b.m === 0) return MAG_ZERO;
  if (a.m === Infinity || b.m === Infinity) return MAG_INF;
  return magUp(a.m * b.m, a.e + b.e);
}

/** An upper bound of a/b for a lower bound b > 0: the double quotient (relative error <= 2^−53) raised by 2^−50. */
export function magDiv(a: Mag, b: Mag): Mag {
  if (a.m === 0) return MAG_ZERO;
  if (b.m === 0 || a.m === Infinity) return MAG_INF;
  return magUp((a.m / b.m) * (1 + 2 ** -50), a.e - b.e);
}

/** A lower bound of a − b for a lower bound a and an upper bound b (0 when b may reach a). */
export function magSubLower(a: Mag, b: Mag): Mag {
  if (b.m === 0) return a;
  if (a.m === 0 || b.m === Infinity) return MAG_ZERO;
  const k = b.e - a.e;
  if (k > 1) return MAG_ZERO; // b >= 2^25·2^(a.e+2) > a
  const bb = k < -52 ? 1 : Math.ceil(b.m * pow2(k));
  return a.m > bb ? magDown(a.m - bb, a.e) : MAG_ZERO;
}

/** True iff the bound a is below 2^k for certain (a <= (2^26 − 1)·2^a.e < 2^(a.e+26)). */
export function magBelowPow2(a: Mag, k: number): boolean {
  return a.m === 0 || (a.m !== Infinity && a.e + 26 <= k);
}

/** True iff the upper bound a is below the lower bound b for certain. */
function magLess(a: Mag, b: Mag): boolean {
  if (a.m === 0) return b.m > 0;
  if (b.m === 0 || a.m === Infinity) return false;
  if (b.m === Infinity) return true;
  const k = a.e - b.e;
  if (k > 1) return false;
  if (k < -52) return true;
  return a.m * pow2(k) < b.m;
}

/** min(a, b) for two upper bounds of the same quantity. */
export function magMin(a: Mag, b: Mag): Mag {
  return magLess(a, b) ? a : b;
}

/** Bit length of |n| (0 for 0), exact up to one extra bit: n's double rounds up at most to the next power of two. */
export function bitLength(n: bigint): number {
  const x = Math.abs(Number(n));
  if (x === 0) return 0;
  if (x < 2 ** 1023) return exponentOf(x) + 1;
  const hex = (n < 0n ? -n : n).toString(16);
  return hex.length * 4 - 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/** An upper bound of |n|·2^e: |n| <= x·(1 + 2^−53) for its double x, raised by 2^−50; shifted first past 2^1000. */
export function magOfBigUpper(n: bigint, e: number): Mag {
  if (n === 0n) return MAG_ZERO;
  const x = Math.abs(Number(n));
  if (x < 2 ** 1000) return magUp(x * (1 + 2 ** -50), e);
  const a = n < 0n ? -n : n;
  const s = bitLength(a) - 64;
  return magUp(Number(a >> BigInt(s)) * (1 + 2 ** -50) + 1, e + s);
}

/** A lower bound of |n|·2^e (the double lowered by 2^−50; truncated first past 2^1000). */
export function magOfBigLower(n: bigint, e: number): Mag {
  if (n === 0n) return MAG_ZERO;
  const x = Math.abs(Number(n));
  if (x < 2 ** 1000) return magDown(x * (1 - 2 ** -50), e);
  const a = n < 0n ? -n : n;
  const s = bitLength(a) - 64;
  return magDown(Number(a >> BigInt(s)) * (1 - 2 ** -50), e + s);
}
