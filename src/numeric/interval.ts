/**
 * Outward-rounded interval arithmetic on decimal.js.
 *
 * An interval [lo, hi] encloses a real number x when lo <= x <= hi. Every operation returns an interval that
 * encloses every result of the exact operation applied to points of its arguments: lower ends are computed in a
 * ROUND_FLOOR context, upper ends in a ROUND_CEIL context, and each composite step moves its bound the right way.
 * Ends carry at most `precision` significant digits. Trusted: decimal.js's +, −, ×, ÷ (and `exp`, used for tanh of
 * small arguments) are correctly rounded in the context's rounding mode (decimal.js documentation, ECOSYSTEM.md);
 * the ends of exp, ln, sigmoid, tanh and softplus come from the BigInt kernel's proved error bounds (fixed.ts).
 */
import { Decimal } from 'decimal.js';
import type { Rational } from '../algebra/rational.js';
import { parseRational } from '../algebra/rational.js';
import { decimalContext, outwardContexts, type DecimalCtor } from './context.js';
import type { Field } from './field.js';
import { expBounds, lnBounds, sigmoidBounds, softplusBounds, tanhBounds, type Bounds } from './elementary.js';

/** x >= 0 (also for −0), by sign bits: no allocation, unlike x.gte(0). */
function nonNegative(x: Decimal): boolean {
  return !x.isNeg() || x.isZero();
}

/** x <= 0 (also for +0), by sign bits. */
function nonPositive(x: Decimal): boolean {
  return x.isNeg() || x.isZero();
}

/**
 * A closed interval lo <= hi with decimal ends. Compute with an IntervalContext's operations: a Decimal method called
 * on an end rounds in that end's own context, which is not outward for every operation.
 */
export interface Interval {
  readonly lo: Decimal;
  readonly hi: Decimal;
}

/** Outward-rounded interval arithmetic at a fixed number of significant digits. */
export class IntervalContext implements Field<Interval> {
  /** Significant digits of every interval end. */
  readonly precision: number;
  /** ROUND_FLOOR context: lower ends. */
  readonly down: DecimalCtor;
  /** ROUND_CEIL context: upper ends. */
  readonly up: DecimalCtor;
  /** ROUND_HALF_EVEN context: midpoints and other non-rigorous helpers. */
  readonly near: DecimalCtor;

  /** Interval arithmetic whose ends have `precision` significant digits. */
  constructor(precision: number) {
    this.precision = precision;
    const { down, up } = outwardContexts(precision);
    this.down = down;
    this.up = up;
    this.near = decimalContext(precision);
  }

  /** The tightest interval with `precision`-digit ends enclosing the exact rational r. */
  fromRational(r: Rational): Interval {
    const n = r.num.toString();
    const d = r.den.toString();
    return { lo: this.down.div(n, d), hi: this.up.div(n, d) };
  }

  /** The interval enclosing x: [x, x] when x has at most `precision` digits, else its two neighbours. Strings may be integers, decimals or fractions p/q (parsed exactly). */
  point(x: Decimal | string): Interval {
    if (typeof x === 'string') return this.fromRational(parseRational(x));
    return { lo: x.toSD(this.precision, Decimal.ROUND_FLOOR), hi: x.toSD(this.precision, Decimal.ROUND_CEIL) };
  }

  /** The interval enclosing [lo, hi] (ends rounded outward); throws RangeError when lo > hi. */
  fromBounds(lo: Decimal | string, hi: Decimal | string): Interval {
    const a = this.point(lo);
    const b = this.point(hi);
    if (a.lo.gt(b.hi)) throw new RangeError(`empty interval [${a.lo}, ${b.hi}]`);
    return { lo: a.lo, hi: b.hi };
  }

  /** The smallest interval containing both a and b. */
  hull(a: Interval, b: Interval): Interval {
    return { lo: this.down.min(a.lo, b.lo), hi: this.up.max(a.hi, b.hi) };
  }

  /** a ∩ b, or null when they are disjoint. */
  intersect(a: Interval, b: Interval): Interval | null {
    const lo = this.down.max(a.lo, b.lo);
    const hi = this.up.min(a.hi, b.hi);
    return lo.lte(hi) ? { lo, hi } : null;
  }

  /** Encloses {x + y : x ∈ a, y ∈ b}. */
  add(a: Interval, b: Interval): Interval {
    return { lo: this.down.add(a.lo, b.lo), hi: this.up.add(a.hi, b.hi) };
  }

  /** Encloses {x − y : x ∈ a, y ∈ b}. */
  sub(a: Interval, b: Interval): Interval {
    return { lo: this.down.sub(a.lo, b.hi), hi: this.up.sub(a.hi, b.lo) };
  }

  /** {−x : x ∈ a}, exactly. */
  neg(a: Interval): Interval {
    return { lo: new this.down(a.hi).neg(), hi: new this.up(a.lo).neg() };
  }

  /** Encloses {x · y : x ∈ a, y ∈ b}; two directed products except when both straddle 0. */
  mul(a: Interval, b: Interval): Interval {
    const { down, up } = this;
    if (nonNegative(a.lo)) {
      if (nonNegative(b.lo)) return { lo: down.mul(a.lo, b.lo), hi: up.mul(a.hi, b.hi) };
      if (nonPositive(b.hi)) return { lo: down.mul(a.hi, b.lo), hi: up.mul(a.lo, b.hi) };
      return { lo: down.mul(a.hi, b.lo), hi: up.mul(a.hi, b.hi) };
    }
    if (nonPositive(a.hi)) {
      if (nonNegative(b.lo)) return { lo: down.mul(a.lo, b.hi), hi: up.mul(a.hi, b.lo) };
      if (nonPositive(b.hi)) return { lo: down.mul(a.hi, b.hi), hi: up.mul(a.lo, b.lo) };
      return { lo: down.mul(a.lo, b.hi), hi: up.mul(a.lo, b.lo) };
    }
    if (nonNegative(b.lo)) return { lo: down.mul(a.lo, b.hi), hi: up.mul(a.hi, b.hi) };
    if (nonPositive(b.hi)) return { lo: down.mul(a.hi, b.lo), hi: up.mul(a.lo, b.lo) };
    return {
      lo: down.min(down.mul(a.lo, b.hi), down.mul(a.hi, b.lo)),
      hi: up.max(up.mul(a.lo, b.lo), up.mul(a.hi, b.hi)),
    };
  }

  /** Encloses {x / y : x ∈ a, y ∈ b}; throws RangeError when 0 ∈ b. */
  div(a: Interval, b: Interval): Interval {
    const { down, up } = this;
    if (!nonPositive(b.lo)) {
      if (nonNegative(a.lo)) return { lo: down.div(a.lo, b.hi), hi: up.div(a.hi, b.lo) };
      if (nonPositive(a.hi)) return { lo: down.div(a.lo, b.lo), hi: up.div(a.hi, b.hi) };
      return { lo: down.div(a.lo, b.lo), hi: up.div(a.hi, b.lo) };
    }
    if (!nonNegative(b.hi)) {
      if (nonNegative(a.lo)) return { lo: down.div(a.hi, b.hi), hi: up.div(a.lo, b.lo) };
      if (nonPositive(a.hi)) return { lo: down.div(a.hi, b.lo), hi: up.div(a.lo, b.hi) };
      return { lo: down.div(a.hi, b.hi), hi: up.div(a.lo, b.hi) };
    }
    throw new RangeError(`interval division by [${b.lo}, ${b.hi}], which contains 0`);
  }

  /** Encloses {x² : x ∈ a}, tightly: [0, max²] when a straddles 0. */
  square(a: Interval): Interval {
    if (nonNegative(a.lo)) return { lo: this.down.mul(a.lo, a.lo), hi: this.up.mul(a.hi, a.hi) };
    if (nonPositive(a.hi)) return { lo: this.down.mul(a.hi, a.hi), hi: this.up.mul(a.lo, a.lo) };
    const m = this.up.max(a.lo.neg(), a.hi);
    return { lo: new this.down(0), hi: this.up.mul(m, m) };
  }

  /** Encloses {x^k : x ∈ a} for an integer k (k < 0 divides, so throws RangeError when 0 ∈ a); within about one unit of the exact range. */
  powInt(a: Interval, k: number): Interval {
    if (!Number.isInteger(k)) throw new RangeError(`non-integer exponent ${k}`);
    if (k === 0) return { lo: new this.down(1), hi: new this.up(1) };
    if (k < 0) return this.div({ lo: new this.down(1), hi: new this.up(1) }, this.powInt(a, -k));
    if (k % 2 === 1) {
      // x ↦ x^k is increasing for odd k.
      return { lo: this.signedPow(a.lo, k, 'down'), hi: this.signedPow(a.hi, k, 'up') };
    }
    const absLo = a.lo.gte(0) ? a.lo : a.hi.lte(0) ? a.hi.neg() : new this.down(0);
    const absHi = Decimal.max(a.lo.abs(), a.hi.abs());
    return { lo: this.powNonNegative(absLo, k, 'down'), hi: this.powNonNegative(absHi, k, 'up') };
  }

  /** Encloses {e^x : x ∈ a}; throws RangeError when e^hi overflows the decimal exponent range (about 10^(9·10^15)). */
  exp(a: Interval): Interval {
    const enclosure = this.increasing(a, expBounds);
    if (!enclosure.hi.isFinite()) throw new RangeError(`exp(${a.hi}) overflows the decimal exponent range`);
    return enclosure;
  }

  /** Encloses {ln x : x ∈ a} (increasing: enclosed from its ends); throws RangeError unless a.lo > 0. */
  ln(a: Interval): Interval {
    if (!a.lo.gt(0)) throw new RangeError(`ln of [${a.lo}, ${a.hi}], which is not positive`);
    return this.increasing(a, lnBounds);
  }

  /** Encloses {1/(1+e^−x) : x ∈ a} (the sigmoid is increasing: enclosed from its ends). */
  sigmoid(a: Interval): Interval {
    return this.increasing(a, sigmoidBounds);
  }

  /** Encloses {ln(1+e^x) : x ∈ a} (softplus is increasing). */
  softplus(a: Interval): Interval {
    return this.increasing(a, softplusBounds);
  }

  /** Encloses {tanh x : x ∈ a} (tanh is increasing). */
  tanh(a: Interval): Interval {
    return this.increasing(a, tanhBounds);
  }

  /**
   * Encloses {f(x) : x ∈ a} for an increasing f from rigorous bounds of f at the two ends: the lower bound of f(a.lo)
   * and the upper bound of f(a.hi) (one evaluation when a is a point).
   */
  private increasing(a: Interval, bounds: (x: Decimal, precision: number) => Bounds): Interval {
    const upper = bounds(a.hi, this.precision);
    return { lo: a.lo.eq(a.hi) ? upper.lo : bounds(a.lo, this.precision).lo, hi: upper.hi };
  }

  /** {max(x, 0) : x ∈ a}, exactly. */
  relu(a: Interval): Interval {
    return { lo: this.down.max(a.lo, 0), hi: this.up.max(a.hi, 0) };
  }

  /** True iff lo <= x <= hi. */
  contains(a: Interval, x: Decimal): boolean {
    return a.lo.lte(x) && x.lte(a.hi);
  }

  /** True iff lo <= 0 <= hi. */
  containsZero(a: Interval): boolean {
    return nonPositive(a.lo) && nonNegative(a.hi);
  }

  /** True iff a lies in the interior of b: b.lo < a.lo and a.hi < b.hi. */
  isSubsetInterior(a: Interval, b: Interval): boolean {
    return b.lo.lt(a.lo) && a.hi.lt(b.hi);
  }

  /** An upper bound on hi − lo (rounded up). */
  width(a: Interval): Decimal {
    return this.up.sub(a.hi, a.lo);
  }

  /** max(|lo|, |hi|), the largest magnitude in a. */
  mag(a: Interval): Decimal {
    return this.up.max(a.lo.abs(), a.hi.abs());
  }

  /** A `precision`-digit point of a near its centre, guaranteed to lie in [lo, hi]. */
  mid(a: Interval): Decimal {
    const m = this.near.add(a.lo, a.hi).div(2);
    return this.near.min(this.near.max(m, a.lo), a.hi);
  }

  /** The two ends as plain decimal strings. */
  toStrings(a: Interval): [string, string] {
    return [a.lo.toFixed(), a.hi.toFixed()];
  }

  private signedPow(x: Decimal, k: number, direction: 'down' | 'up'): Decimal {
    if (x.gte(0)) return this.powNonNegative(x, k, direction);
    // x^k = −|x|^k for odd k: a lower bound needs an upper bound of |x|^k, and vice versa.
    return this.powNonNegative(x.neg(), k, direction === 'down' ? 'up' : 'down').neg();
  }

  /**
   * A lower ('down') or upper ('up') bound of x^k for x >= 0 and k >= 1: binary powering at guard precision, every
   * product of nonnegative factors rounded in the same direction, then one final outward rounding to `precision`.
   */
  private powNonNegative(x: Decimal, k: number, direction: 'down' | 'up'): Decimal {
    const guard = this.precision + 2 * Math.ceil(Math.log10(k + 1)) + 3;
    const W = direction === 'down' ? outwardContexts(guard).down : outwardContexts(guard).up;
    let result: Decimal | null = null;
    let base = new W(x);
    for (let e = k; e > 0; e = Math.floor(e / 2)) {
      if (e % 2 === 1) result = result === null ? base : W.mul(result, base);
      if (e > 1) base = W.mul(base, base);
    }
    return (result as Decimal).toSD(this.precision, direction === 'down' ? Decimal.ROUND_FLOOR : Decimal.ROUND_CEIL);
  }
}
