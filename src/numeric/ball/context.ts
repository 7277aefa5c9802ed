/**
 * Ball arithmetic at a fixed working precision in bits, as a Field<Ball> (src/numeric/field.ts), so that the neuron
 * model written once over Field<T> evaluates on balls: every result encloses the exact operation's range over the
 * arguments' balls (ball.ts, elementary.ts), with decimal ends at the edges (convert.ts).
 */
import type { Decimal } from 'decimal.js';
import type { Rational } from '../../algebra/rational.js';
import { decimalContext, outwardContexts, type DecimalCtor } from '../context.js';
import type { Field } from '../field.js';
import { add, div, exactBall, hull, magLower, mul, neg, signOf, square, sub, type Ball } from './ball.js';
import { fromDecimal, fromRational, lowerDecimal, midDecimal, radiusDecimal, upperDecimal } from './convert.js';
import { exp, ln, sigmoid, sigmoidJet, softplus, tanh } from './elementary.js';
import { magPow2 } from './mag.js';

/** Bits for `digits` decimal digits, as the Arb peer sizes them: ceil(digits·log2 10) + 16. */
export function bitsForDigits(digits: number): number {
  return Math.ceil(digits * 3.321928094887362) + 16;
}

/** Ball arithmetic whose midpoints keep `prec` bits; every operation encloses (Field<Ball>). */
export class BallContext implements Field<Ball> {
  /** Working precision in bits. */
  readonly prec: number;
  /** Significant digits of decimal ends (about prec·log10 2). */
  readonly digits: number;
  /** Outward contexts for the decimal ends, and a nearest one for midpoints. */
  private readonly down: DecimalCtor;
  private readonly up: DecimalCtor;
  private readonly near: DecimalCtor;

  /** Balls at `prec` bits (an integer >= 8). */
  constructor(prec: number) {
    if (!Number.isInteger(prec) || prec < 8) throw new RangeError(`ball precision must be an integer >= 8 bits, got ${prec}`);
    this.prec = prec;
    this.digits = Math.max(1, Math.floor(prec * 0.30102999566398));
    const { down, up } = outwardContexts(this.digits);
    this.down = down;
    this.up = up;
    this.near = decimalContext(this.digits);
  }

  /** A ball containing the exact rational r. */
  fromRational(r: Rational): Ball {
    return fromRational(r, this.prec);
  }

  /** A ball containing the finite Decimal x. */
  fromDecimal(x: Decimal): Ball {
    return fromDecimal(x, this.prec);
  }

  /** Encloses {x + y}. */
  add(a: Ball, b: Ball): Ball {
    return add(a, b, this.prec);
  }

  /** Encloses {x − y}. */
  sub(a: Ball, b: Ball): Ball {
    return sub(a, b, this.prec);
  }

  /** Encloses {x·y}. */
  mul(a: Ball, b: Ball): Ball {
    return mul(a, b, this.prec);
  }

  /** Encloses {x/y}; throws RangeError when b may contain 0. */
  div(a: Ball, b: Ball): Ball {
    return div(a, b, this.prec);
  }

  /** {−x}, exactly. */
  neg(a: Ball): Ball {
    return neg(a);
  }

  /** Encloses {e^x}. */
  exp(a: Ball): Ball {
    return exp(a, this.prec);
  }

  /** Encloses {ln x}; throws RangeError unless a > 0. */
  ln(a: Ball): Ball {
    return ln(a, this.prec);
  }

  /** Encloses {s(x)}. */
  sigmoid(a: Ball): Ball {
    return sigmoid(a, this.prec);
  }

  /** Encloses {tanh x}. */
  tanh(a: Ball): Ball {
    return tanh(a, this.prec);
  }

  /** Encloses {ln(1 + e^x)}. */
  softplus(a: Ball): Ball {
    return softplus(a, this.prec);
  }

  /** Encloses [s(x), s(−x), s'(x)] from one kernel call. */
  sigmoidJet(a: Ball): [Ball, Ball, Ball] {
    return sigmoidJet(a, this.prec);
  }

  /** Encloses {max(x, 0)}: a itself when a > 0, 0 when a < 0, else the hull of 0 and a. */
  relu(a: Ball): Ball {
    const s = signOf(a);
    if (s > 0) return a;
    if (s < 0) return exactBall(0n);
    return hull(exactBall(0n), a, this.prec);
  }

  /** Encloses {x²}. */
  square(a: Ball): Ball {
    return square(a, this.prec);
  }

  /** The Heaviside step over a: 1 when a > 0, 0 when a < 0, [0, 1] when a may contain 0. */
  step(a: Ball): Ball {
    const s = signOf(a);
    return s > 0 ? exactBall(1n) : s < 0 ? exactBall(0n) : { m: 1n, e: -1, rad: magPow2(-1) };
  }

  /** True iff a may contain 0. */
  containsZero(a: Ball): boolean {
    return magLower(a).m === 0;
  }

  /** A lower bound of a with `digits` significant digits (−Infinity for the whole line). */
  lower(a: Ball): Decimal {
    return lowerDecimal(a, this.down);
  }

  /** An upper bound of a with `digits` significant digits (Infinity for the whole line). */
  upper(a: Ball): Decimal {
    return upperDecimal(a, this.up);
  }

  /** The midpoint to `digits` digits (a value to show, not a bound). */
  mid(a: Ball): Decimal {
    return midDecimal(a, this.near);
  }

  /** An upper bound of the radius (3 significant digits would do; `digits` here). */
  radius(a: Ball): Decimal {
    return radiusDecimal(a, this.up);
  }
}
