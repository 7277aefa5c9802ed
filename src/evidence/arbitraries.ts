/**
 * fast-check generators of exact inputs: rationals built from BigInts (never doubles), vectors of them.
 */
import fc from 'fast-check';
import { rat, type Rational } from '../algebra/rational.js';

/** Rationals p/q with |p| <= maxNumerator and 1 <= q <= maxDenominator, in lowest terms. */
export function rational(maxNumerator = 1000n, maxDenominator = 100n): fc.Arbitrary<Rational> {
  return fc
    .tuple(fc.bigInt({ min: -maxNumerator, max: maxNumerator }), fc.bigInt({ min: 1n, max: maxDenominator }))
    .map(([p, q]) => rat(p, q));
}

/** Vectors of `dimension` rationals, as `rational` draws them. */
export function rationalVector(dimension: number, maxNumerator = 1000n, maxDenominator = 100n): fc.Arbitrary<Rational[]> {
  return fc.array(rational(maxNumerator, maxDenominator), { minLength: dimension, maxLength: dimension });
}

/** Pairs (w, x) of rational vectors of one dimension drawn from 1..maxDimension. */
export function weightsAndInputs(maxDimension: number, maxNumerator = 40n, maxDenominator = 20n): fc.Arbitrary<{ w: Rational[]; x: Rational[] }> {
  return fc
    .integer({ min: 1, max: maxDimension })
    .chain((d) => fc.record({ w: rationalVector(d, maxNumerator, maxDenominator), x: rationalVector(d, maxNumerator, maxDenominator) }));
}

/** Rationals p/q in [lo, hi] with 1 <= q <= maxDenominator (lo, hi integers), in lowest terms. */
export function rationalIn(lo: bigint, hi: bigint, maxDenominator = 100n): fc.Arbitrary<Rational> {
  return fc
    .bigInt({ min: 1n, max: maxDenominator })
    .chain((q) => fc.bigInt({ min: lo * q, max: hi * q }).map((p) => rat(p, q)));
}
