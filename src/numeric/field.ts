/**
 * One arithmetic interface for the neuron model, written once and evaluated in several number systems:
 * Decimal values, dual numbers (value + gradient), hyper-dual numbers (value + gradient + Hessian) and
 * outward-rounded intervals (enclosures).
 */
import type { Decimal } from 'decimal.js';
import type { Rational } from '../algebra/rational.js';
import { decimalContext, type DecimalCtor } from './context.js';
import { DualNumbers } from './dual.js';
import * as E from './elementary.js';
import { HyperDualNumbers } from './hyperdual.js';
import { IntervalContext } from './interval.js';

/** The operations the neuron's activations and losses need; each implementation states how exact it is. */
export interface Field<T> {
  fromRational(r: Rational): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  neg(a: T): T;
  exp(a: T): T;
  ln(a: T): T;
  sigmoid(a: T): T;
  tanh(a: T): T;
  relu(a: T): T;
  square(a: T): T;
}

/** Decimal point arithmetic at `precision` digits, plus softplus (ln(1+e^x), accurate at every x). */
export interface DecimalField extends Field<Decimal> {
  readonly D: DecimalCtor;
  softplus(a: Decimal): Decimal;
}

/**
 * Decimal arithmetic at `precision` significant digits (ROUND_HALF_EVEN): +, −, ×, ÷ correctly rounded (decimal.js);
 * exp, ln, sigmoid, tanh from the proved kernel (relative error <= 0.51·10^(1−p)); relu(0) = 0.
 */
export function decimalField(precision: number): DecimalField {
  const D = decimalContext(precision);
  return {
    D,
    fromRational: (r) => D.div(r.num.toString(), r.den.toString()),
    add: (a, b) => D.add(a, b),
    sub: (a, b) => D.sub(a, b),
    mul: (a, b) => D.mul(a, b),
    div: (a, b) => D.div(a, b),
    neg: (a) => new D(a).neg(),
    exp: (a) => E.exp(D, a),
    ln: (a) => E.ln(D, a),
    sigmoid: (a) => E.sigmoid(D, a),
    tanh: (a) => E.tanh(D, a),
    relu: (a) => (a.gt(0) ? new D(a) : new D(0)),
    square: (a) => D.mul(a, a),
    softplus: (a) => E.softplus(D, a),
  };
}

/** Forward-mode dual numbers over n variables at `precision` digits (one evaluation gives value and full gradient). */
export function dualField(precision: number, n: number): DualNumbers {
  return new DualNumbers(precision, n);
}

/** Hyper-dual numbers over n variables at `precision` digits (one evaluation gives value, gradient and Hessian). */
export function hyperDualField(precision: number, n: number): HyperDualNumbers {
  return new HyperDualNumbers(precision, n);
}

/** Outward-rounded intervals at `precision` digits: every result encloses the exact operation's range. */
export function intervalField(precision: number): IntervalContext {
  return new IntervalContext(precision);
}
