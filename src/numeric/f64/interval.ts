/**
 * Outward-rounded interval arithmetic on float64, the fast pruning arithmetic of the box search.
 *
 * An F64Interval [lo, hi] (lo <= hi, ends doubles, possibly ±Infinity as bounds) encloses a real x when lo <= x <= hi.
 * +, −, ×, ÷ compute each end in round-to-nearest and then move it one ulp outward (nextDown / nextUp on the bits,
 * round.ts): a correctly rounded IEEE result is within half an ulp of the exact one (also for subnormal results, and
 * a result that overflows to ±Infinity lies beyond ±MAX_VALUE), so the moved end is a bound. Trusted: the platform's
 * IEEE 754 binary64 +, −, ×, ÷ in round-to-nearest (ECMA-262 requires it). Ends are never NaN: 0 × ±Infinity is
 * taken as 0 (a bound times zero), and a lower end is never +Infinity nor an upper end −Infinity.
 */
import { cmp, type Rational } from '../../algebra/rational.js';
import { exactValue, roundToDouble } from '../ieee754.js';
import { nextDown, nextUp } from './round.js';

/** A closed interval with double ends, lo <= hi. */
export interface F64Interval {
  readonly lo: number;
  readonly hi: number;
}

/** The whole real line, [−Infinity, +Infinity]. */
export const ENTIRE: F64Interval = { lo: -Infinity, hi: Infinity };

/** The greatest double <= r (exact: RN(r) stepped down when it lies above r); −MAX_VALUE or below rounds to −Infinity only past it. */
export function roundDown(r: Rational): number {
  const x = roundToDouble(r);
  if (x === Infinity) return Number.MAX_VALUE;
  if (x === -Infinity) return -Infinity;
  return cmp(exactValue(x), r) > 0 ? nextDown(x) : x;
}

/** The least double >= r. */
export function roundUp(r: Rational): number {
  const x = roundToDouble(r);
  if (x === -Infinity) return -Number.MAX_VALUE;
  if (x === Infinity) return Infinity;
  return cmp(exactValue(x), r) < 0 ? nextUp(x) : x;
}

/** The narrowest interval with double ends enclosing the rational r (a point when r is a double). */
export function fromRational(r: Rational): F64Interval {
  return { lo: roundDown(r), hi: roundUp(r) };
}

/** [x, x] for a finite double x (exact). */
export function point(x: number): F64Interval {
  return { lo: x, hi: x };
}

/** Encloses {x + y}. */
export function add(a: F64Interval, b: F64Interval): F64Interval {
  return { lo: nextDown(a.lo + b.lo), hi: nextUp(a.hi + b.hi) };
}

/** Encloses {x − y}. */
export function sub(a: F64Interval, b: F64Interval): F64Interval {
  return { lo: nextDown(a.lo - b.hi), hi: nextUp(a.hi - b.lo) };
}

/** {−x}, exactly. */
export function neg(a: F64Interval): F64Interval {
  return { lo: -a.hi, hi: -a.lo };
}

/** x·y with 0·(±Infinity) = 0: the product of two bounds, one of them zero, bounds a product with a zero factor. */
function times(x: number, y: number): number {
  return x === 0 || y === 0 ? 0 : x * y;
}

/** Encloses {x · y}. */
export function mul(a: F64Interval, b: F64Interval): F64Interval {
  if (a.lo >= 0 && b.lo >= 0) return { lo: Math.max(0, nextDown(times(a.lo, b.lo))), hi: nextUp(times(a.hi, b.hi)) };
  const p = times(a.lo, b.lo);
  const q = times(a.lo, b.hi);
  const r = times(a.hi, b.lo);
  const s = times(a.hi, b.hi);
  return { lo: nextDown(Math.min(p, q, r, s)), hi: nextUp(Math.max(p, q, r, s)) };
}

/** Encloses {x · c} for a double c, exactly scaled when c is a power of two (then only overflow or underflow can round). */
export function scale(a: F64Interval, c: number): F64Interval {
  return mul(a, point(c));
}

/** Encloses {x / y}; ENTIRE when 0 ∈ b (no finite bound). */
export function div(a: F64Interval, b: F64Interval): F64Interval {
  if (b.lo <= 0 && b.hi >= 0) return ENTIRE;
  const p = a.lo / b.lo;
  const q = a.lo / b.hi;
  const r = a.hi / b.lo;
  const s = a.hi / b.hi;
  // b excludes 0 and its ends are not both infinite of one sign… an infinite end over an infinite end gives NaN: treat as unbounded.
  if (p !== p || q !== q || r !== r || s !== s) return ENTIRE;
  return { lo: nextDown(Math.min(p, q, r, s)), hi: nextUp(Math.max(p, q, r, s)) };
}

/** Encloses {x²}, [0, max²] when a straddles 0. */
export function square(a: F64Interval): F64Interval {
  if (a.lo >= 0) return { lo: Math.max(0, nextDown(a.lo * a.lo)), hi: nextUp(a.hi * a.hi) };
  if (a.hi <= 0) return { lo: Math.max(0, nextDown(a.hi * a.hi)), hi: nextUp(a.lo * a.lo) };
  const m = Math.max(-a.lo, a.hi);
  return { lo: 0, hi: nextUp(m * m) };
}

/** The smallest interval containing a and b. */
export function hull(a: F64Interval, b: F64Interval): F64Interval {
  return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) };
}

/** a ∩ b, or null when they are disjoint. */
export function intersect(a: F64Interval, b: F64Interval): F64Interval | null {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  return lo <= hi ? { lo, hi } : null;
}

/** True iff lo <= 0 <= hi. */
export function containsZero(a: F64Interval): boolean {
  return a.lo <= 0 && a.hi >= 0;
}

/** True iff a lies in the interior of b. */
export function inInterior(a: F64Interval, b: F64Interval): boolean {
  return b.lo < a.lo && a.hi < b.hi;
}

/** A double in [lo, hi] near the centre (the centre itself for finite ends that do not overflow; 0 for ENTIRE). */
export function midpoint(a: F64Interval): number {
  if (a.lo === -Infinity) return a.hi === Infinity ? 0 : -Number.MAX_VALUE;
  if (a.hi === Infinity) return Number.MAX_VALUE;
  const m = a.lo / 2 + a.hi / 2;
  return Math.min(a.hi, Math.max(a.lo, m));
}

/** An upper bound of hi − lo. */
export function width(a: F64Interval): number {
  return nextUp(a.hi - a.lo);
}

/** max(|lo|, |hi|). */
export function magnitude(a: F64Interval): number {
  return Math.max(-a.lo, a.hi);
}
