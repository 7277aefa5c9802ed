/**
 * Decimal contexts: every computation runs in its own `Decimal.clone({ precision, rounding })`.
 * The global Decimal is never configured; clones are cached so that equal requests share one constructor.
 */
import { Decimal } from 'decimal.js';
import type { Rational } from '../algebra/rational.js';

/** The type of a decimal.js constructor (a clone carries its own precision and rounding mode). */
export type DecimalCtor = typeof Decimal;

/** The largest decimal exponent decimal.js allows; results above 10^MAX_EXPONENT overflow to ±Infinity. */
export const MAX_EXPONENT = 9e15;
/** The smallest decimal exponent decimal.js allows; results below 10^MIN_EXPONENT underflow to 0. */
export const MIN_EXPONENT = -9e15;

const cache = new Map<string, DecimalCtor>();

/**
 * A Decimal constructor with `precision` significant digits and the given rounding mode (default ROUND_HALF_EVEN),
 * plain (non-exponential) `toString` and the widest exponent range. Cached by (precision, rounding).
 */
export function decimalContext(precision: number, rounding: Decimal.Rounding = Decimal.ROUND_HALF_EVEN): DecimalCtor {
  if (!Number.isInteger(precision) || precision < 1 || precision > 1e9) {
    throw new RangeError(`precision must be an integer in [1, 1e9], got ${precision}`);
  }
  const key = `${precision}:${rounding}`;
  let D = cache.get(key);
  if (D === undefined) {
    D = Decimal.clone({
      precision,
      rounding,
      toExpPos: 9e15,
      toExpNeg: -9e15,
      maxE: MAX_EXPONENT,
      minE: MIN_EXPONENT,
    });
    cache.set(key, D);
  }
  return D;
}

/** The smallest positive decimal.js value, 10^MIN_EXPONENT. */
const TINY = `1e${MIN_EXPONENT}`;
/** The largest finite decimal.js value at `precision` digits, (10 − 10^(1−precision))·10^MAX_EXPONENT. */
function largest(precision: number): string {
  return `${'9'.repeat(precision)}e${MAX_EXPONENT - precision + 1}`;
}

type Binary = (x: Decimal.Value, y: Decimal.Value) => Decimal;

/**
 * decimal.js rounds a result below 10^MIN_EXPONENT in size to 0 and one above 10^MAX_EXPONENT to ±Infinity in every
 * rounding mode, which breaks a directed bound (ROUND_CEIL of 10^−5e15 · 10^−5e15 is 0, below the exact value).
 * This wraps a static operation of a directed context so that it rounds correctly at the range's edges too: an
 * underflow becomes ±10^MIN_EXPONENT on the side of the rounding direction, an overflow the largest finite value
 * when the direction points back to 0 (and ±Infinity otherwise); NaN (e.g. Infinity·0) throws RangeError.
 */
function directed(D: DecimalCtor, op: Binary, sign: (x: Decimal, y: Decimal) => number, towardPositive: boolean): Binary {
  const precision = D.precision;
  return (x, y) => {
    const r = op.call(D, x, y);
    if (r.isNaN()) throw new RangeError(`directed arithmetic on ${x} and ${y} is undefined (NaN)`);
    if (r.isZero() || !r.isFinite()) {
      const s = sign(new D(x), new D(y));
      if (r.isZero() && s !== 0) {
        if (towardPositive && s > 0) return new D(TINY);
        if (!towardPositive && s < 0) return new D(`-${TINY}`);
        return new D(0);
      }
      if (!r.isFinite()) {
        if (towardPositive && r.isNeg()) return new D(`-${largest(precision)}`);
        if (!towardPositive && !r.isNeg()) return new D(largest(precision));
      }
    }
    return r;
  };
}

/** The sign (−1, 0, 1) of x. */
function signOf(x: Decimal): number {
  return x.isZero() ? 0 : x.isNeg() ? -1 : 1;
}

const exactSign = {
  add: (x: Decimal, y: Decimal) => (x.eq(y.neg()) ? 0 : x.gt(y.neg()) ? 1 : -1),
  sub: (x: Decimal, y: Decimal) => (x.eq(y) ? 0 : x.gt(y) ? 1 : -1),
  mul: (x: Decimal, y: Decimal) => signOf(x) * signOf(y),
  div: (x: Decimal, y: Decimal) => signOf(x) * signOf(y),
};

const outwardCache = new Map<number, { down: DecimalCtor; up: DecimalCtor }>();

/** A directed context of its own (never the shared `decimalContext` clone) whose static add, sub, mul, div round correctly at the exponent range's edges. */
function directedContext(precision: number, rounding: Decimal.Rounding): DecimalCtor {
  const D = decimalContext(precision, rounding).clone();
  const towardPositive = rounding === Decimal.ROUND_CEIL;
  for (const name of ['add', 'sub', 'mul', 'div'] as const) {
    (D as unknown as Record<string, Binary>)[name] = directed(D, D[name], exactSign[name], towardPositive);
  }
  return D;
}

/**
 * The two directed-rounding contexts of an outward-rounded computation: `down` = ROUND_FLOOR, `up` = ROUND_CEIL.
 * Their static add, sub, mul and div stay directed at the exponent range's edges (10^MIN_EXPONENT, 10^MAX_EXPONENT):
 * a lower bound never underflows above, nor an upper bound below, the exact value. Instance methods (x.mul(y)) are
 * plain decimal.js and keep its flush-to-zero; outward code uses the static forms. Cached by precision.
 */
export function outwardContexts(precision: number): { down: DecimalCtor; up: DecimalCtor } {
  let pair = outwardCache.get(precision);
  if (pair === undefined) {
    pair = { down: directedContext(precision, Decimal.ROUND_FLOOR), up: directedContext(precision, Decimal.ROUND_CEIL) };
    outwardCache.set(precision, pair);
  }
  return pair;
}

/** The rational r = p/q as a Decimal of the context D (p/q correctly rounded in D's precision and rounding). */
export function rationalToDecimal(D: DecimalCtor, r: Rational): Decimal {
  return D.div(r.num.toString(), r.den.toString());
}
