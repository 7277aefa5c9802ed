/**
 * Forward-mode automatic differentiation over Decimal: a dual number carries a value and its gradient with respect
 * to n variables, so one evaluation of an expression gives the value and the full gradient (chain rule per operation).
 * Values and gradient entries are rounded to the context's precision at each step (not rigorous; see interval.ts).
 */
import type { Decimal } from 'decimal.js';
import type { Rational } from '../algebra/rational.js';
import { decimalContext, type DecimalCtor } from './context.js';
import * as E from './elementary.js';
import type { Field } from './field.js';

/** A value v and its gradient g = (∂v/∂w_0, ..., ∂v/∂w_{n−1}). */
export interface Dual {
  readonly v: Decimal;
  readonly g: readonly Decimal[];
}

/** Dual-number arithmetic over n variables at a fixed precision; implements Field<Dual>. */
export class DualNumbers implements Field<Dual> {
  /** The Decimal context of values and derivatives. */
  readonly D: DecimalCtor;
  /** Number of variables (length of every gradient). */
  readonly n: number;
  private readonly zeros: readonly Decimal[];

  /** Dual numbers over n variables, every entry rounded to `precision` digits (ROUND_HALF_EVEN). */
  constructor(precision: number, n: number) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`number of variables must be a natural number, got ${n}`);
    this.D = decimalContext(precision);
    this.n = n;
    this.zeros = Array.from({ length: n }, () => new this.D(0));
  }

  /** The i-th variable w_i at the given value: gradient e_i. */
  variable(i: number, value: Decimal | string): Dual {
    if (!Number.isInteger(i) || i < 0 || i >= this.n) throw new RangeError(`variable index ${i} outside [0, ${this.n})`);
    const g = this.zeros.slice();
    g[i] = new this.D(1);
    return { v: new this.D(value).toSD(this.D.precision), g };
  }

  /** A constant: gradient 0. */
  constant(value: Decimal | string): Dual {
    return { v: new this.D(value).toSD(this.D.precision), g: this.zeros };
  }

  /** The rational r rounded to the context's precision, as a constant. */
  fromRational(r: Rational): Dual {
    return { v: this.D.div(r.num.toString(), r.den.toString()), g: this.zeros };
  }

  /** (a + b, a' + b'). */
  add(a: Dual, b: Dual): Dual {
    const D = this.D;
    return { v: D.add(a.v, b.v), g: a.g.map((x, i) => D.add(x, b.g[i])) };
  }

  /** (a − b, a' − b'). */
  sub(a: Dual, b: Dual): Dual {
    const D = this.D;
    return { v: D.sub(a.v, b.v), g: a.g.map((x, i) => D.sub(x, b.g[i])) };
  }

  /** (−a, −a'). */
  neg(a: Dual): Dual {
    return { v: a.v.neg(), g: a.g.map((x) => x.neg()) };
  }

  /** (a·b, a'·b + a·b') (product rule). */
  mul(a: Dual, b: Dual): Dual {
    const D = this.D;
    return { v: D.mul(a.v, b.v), g: a.g.map((x, i) => D.add(D.mul(x, b.v), D.mul(a.v, b.g[i]))) };
  }

  /** (q, (a' − q·b')/b) with q = a/b (quotient rule); throws RangeError when b = 0. */
  div(a: Dual, b: Dual): Dual {
    const D = this.D;
    if (b.v.isZero()) throw new RangeError('dual division by a zero value');
    const q = D.div(a.v, b.v);
    return { v: q, g: a.g.map((x, i) => D.div(D.sub(x, D.mul(q, b.g[i])), b.v)) };
  }

  /** (a², 2a·a'). */
  square(a: Dual): Dual {
    return this.chain(a, this.D.mul(a.v, a.v), this.D.mul(2, a.v));
  }

  /** (a^k, k·a^(k−1)·a') for an integer k; throws RangeError when a = 0 and k < 0. */
  powInt(a: Dual, k: number): Dual {
    if (!Number.isInteger(k)) throw new RangeError(`non-integer exponent ${k}`);
    if (k < 0 && a.v.isZero()) throw new RangeError(`0 to the negative power ${k}`);
    const D = this.D;
    if (k === 0) return this.constant('1');
    return this.chain(a, D.pow(a.v, k), D.mul(k, D.pow(a.v, k - 1)));
  }

  /** (e^a, e^a·a'). */
  exp(a: Dual): Dual {
    const e = E.exp(this.D, a.v);
    return this.chain(a, e, e);
  }

  /** (ln a, a'/a); throws RangeError unless a > 0. */
  ln(a: Dual): Dual {
    if (!a.v.gt(0)) throw new RangeError(`ln of ${a.v}, which is not positive`);
    return this.chain(a, E.ln(this.D, a.v), this.D.div(1, a.v));
  }

  /** (s(a), s(a)·s(−a)·a'), both factors from one kernel call (no cancellation at large |a|). */
  sigmoid(a: Dual): Dual {
    const [s, d1] = E.sigmoidJet(this.D, a.v);
    return this.chain(a, s, d1);
  }

  /** (tanh a, (1 − tanh² a)·a') with 1 − tanh² computed as 4·s(2a)·s(−2a). */
  tanh(a: Dual): Dual {
    const [t, d1] = E.tanhJet(this.D, a.v);
    return this.chain(a, t, d1);
  }

  /** (softplus a, s(a)·a'). */
  softplus(a: Dual): Dual {
    return this.chain(a, E.softplus(this.D, a.v), E.sigmoid(this.D, a.v));
  }

  /** (max(a, 0), [a > 0]·a'): relu'(0) is taken to be 0 by convention (relu has no derivative at 0). */
  relu(a: Dual): Dual {
    return a.v.gt(0) ? a : this.constant('0');
  }

  /** (f, f1·a') for f = φ(a), f1 = φ'(a): the chain rule. */
  private chain(a: Dual, f: Decimal, f1: Decimal): Dual {
    const D = this.D;
    return { v: f, g: a.g.map((x) => (x.isZero() ? x : D.mul(f1, x))) };
  }
}
