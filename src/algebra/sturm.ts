/**
 * Sturm sequences over Z (sign-preserving pseudo-remainders, primitive parts) and exact counts of distinct
 * real roots in half-open intervals (a, b] with rational or infinite ends.
 */
import { cmp, type Rational } from './rational.js';
import { zDegree, zDerivative, zLeading, zPositivePseudoRemainder, zPrimitiveSigned, zSignAt, zSquareFreePart, type ZPoly } from './poly-z.js';

/** An interval end: an exact rational or one of the infinities. */
export type Bound = Rational | '-inf' | '+inf';

/**
 * The Sturm sequence of the square-free part S of f: S, S', then −(positive multiples of) remainders.
 * Each entry differs from the classical sequence over Q by a positive factor, so sign variations agree.
 */
export function sturmSequence(f: ZPoly): ZPoly[] {
  if (f.length === 0) throw new RangeError('the zero polynomial has no Sturm sequence');
  const s = zSquareFreePart(f);
  const seq: ZPoly[] = [s];
  let next = zDerivative(s);
  while (next.length > 0) {
    seq.push(next);
    const a = seq[seq.length - 2];
    const b = seq[seq.length - 1];
    next = zPrimitiveSigned(zPositivePseudoRemainder(a, b).map((c) => -c));
  }
  return seq;
}

function signAtBound(f: ZPoly, x: Bound): -1 | 0 | 1 {
  if (x === '+inf' || x === '-inf') {
    const lead = zLeading(f) > 0n ? 1 : -1;
    return x === '+inf' || zDegree(f) % 2 === 0 ? lead : lead === 1 ? -1 : 1;
  }
  return zSignAt(f, x);
}

/** The number of sign changes of the sequence evaluated at x, zeros skipped. */
export function signVariations(sequence: readonly ZPoly[], x: Bound): number {
  let count = 0;
  let last = 0;
  for (const f of sequence) {
    const s = signAtBound(f, x);
    if (s === 0) continue;
    if (last !== 0 && s !== last) count++;
    last = s;
  }
  return count;
}

/** True iff a < b as interval ends (−∞ < every rational < +∞). */
export function boundLess(a: Bound, b: Bound): boolean {
  if (a === '+inf' || b === '-inf') return false;
  if (a === '-inf' || b === '+inf') return true;
  return cmp(a, b) < 0;
}

/** The number of distinct real roots of f ≠ 0 in (a, b] ((a, +∞) when b = +∞); 0 unless a < b. */
export function countRealRoots(f: ZPoly, a: Bound, b: Bound, sequence: readonly ZPoly[] = sturmSequence(f)): number {
  if (!boundLess(a, b)) return 0;
  return signVariations(sequence, a) - signVariations(sequence, b);
}

/** The number of distinct real roots of f ≠ 0 in (0, +∞). */
export function countPositiveRoots(f: ZPoly): number {
  return countRealRoots(f, { num: 0n, den: 1n }, '+inf');
}
