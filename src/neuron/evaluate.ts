/**
 * The loss, gradient and Hessian at one point w, by three methods that share only the model's definition:
 * analytic formulas in Decimal, automatic differentiation (dual and hyper-dual numbers) of the loss, and
 * outward-rounded interval enclosures at the exact rational point.
 */
import type { Decimal } from 'decimal.js';
import type { Rational } from '../algebra/rational.js';
import { dualField, hyperDualField } from '../numeric/field.js';
import type { Interval, IntervalContext } from '../numeric/interval.js';
import { decimalModelField, gradientAt, hessianAt, intervalModelField, lossAndGradientAt, lossAt, prepare, type Problem } from './model.js';

/** L, grad L and Hess L at Decimal points by the analytic formulas at `precision` digits, with the data prepared once. */
export interface PointModel {
  readonly precision: number;
  loss(w: Decimal[]): Decimal;
  lossAndGradient(w: Decimal[]): { loss: Decimal; gradient: Decimal[] };
  gradient(w: Decimal[]): Decimal[];
  hessian(w: Decimal[]): Decimal[][];
}

/** The analytic point model of the problem at `precision` digits (values accurate to about that many digits). */
export function pointModel(problem: Problem, precision: number): PointModel {
  const P = prepare(decimalModelField(precision), problem);
  return {
    precision,
    loss: (w) => lossAndGradientAt(P, w).loss,
    lossAndGradient: (w) => lossAndGradientAt(P, w),
    gradient: (w) => gradientAt(P, w),
    hessian: (w) => hessianAt(P, w),
  };
}

/** L(w) and grad L(w) by forward-mode automatic differentiation of the loss (dual numbers at `precision` digits). */
export function adGradient(problem: Problem, w: Decimal[], precision: number): { loss: Decimal; gradient: Decimal[] } {
  const F = dualField(precision, w.length);
  const { v, g } = lossAt(prepare(F, problem), w.map((wi, i) => F.variable(i, wi)));
  return { loss: v, gradient: [...g] };
}

/** Hess L(w) by second-order automatic differentiation of the loss (hyper-dual numbers at `precision` digits). */
export function adHessian(problem: Problem, w: Decimal[], precision: number): Decimal[][] {
  const F = hyperDualField(precision, w.length);
  const { H } = lossAt(prepare(F, problem), w.map((wi, i) => F.variable(i, wi)));
  return H.map((row) => [...row]);
}

/** A rigorous enclosure of grad L(w) at the exact rational point w (analytic formula, outward rounding at ic's precision). */
export function gradientEnclosureAt(problem: Problem, w: Rational[], ic: IntervalContext): Interval[] {
  const P = prepare(intervalModelField(ic), problem);
  return gradientAt(P, w.map((wi) => ic.fromRational(wi)));
}
