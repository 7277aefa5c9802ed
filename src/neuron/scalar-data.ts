/**
 * Scalar data (x_i, t_i) with exact rationals: the sums S_xx, S_tx, S_tt, random data sets for property runs, the
 * scalar problem of an activation, and Newton's method on AD derivatives of its loss (numeric evidence only).
 */
import type { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { add as qAdd, mul as qMul, ZERO, type Rational } from '../algebra/rational.js';
import { rational } from '../evidence/arbitraries.js';
import { decimalContext, rationalToDecimal } from '../numeric/context.js';
import { adGradient, adHessian } from './evaluate.js';
import type { Problem } from './model.js';

/** One scalar data point (x, t). */
export interface ScalarDatum {
  x: Rational;
  t: Rational;
}

/** The sums S_xx = Σ x_i², S_tx = Σ t_i x_i, S_tt = Σ t_i² of the data, exactly. */
export function dataSums(data: readonly ScalarDatum[]): { Sxx: Rational; Stx: Rational; Stt: Rational } {
  const sum = (f: (d: ScalarDatum) => Rational): Rational => data.map(f).reduce(qAdd, ZERO);
  return { Sxx: sum((d) => qMul(d.x, d.x)), Stx: sum((d) => qMul(d.t, d.x)), Stt: sum((d) => qMul(d.t, d.t)) };
}

/** Scalar data sets of 1..maxPoints points (x, t), entries p/q with |p| ≤ 20, q ≤ 6. */
export function scalarData(maxPoints = 8): fc.Arbitrary<ScalarDatum[]> {
  return fc.array(fc.record({ x: rational(20n, 6n), t: rational(20n, 6n) }), { minLength: 1, maxLength: maxPoints });
}

/** The scalar problem with activation `activation`, squared loss and data (x_i, t_i). */
export function scalarProblem(activation: Problem['activation'], data: readonly ScalarDatum[]): Problem {
  return { activation, loss: 'mse', data: data.map(({ x, t }) => ({ x: [x], t })) };
}

/**
 * A zero of L' for a scalar problem by Newton's method on forward-mode AD derivatives (dual numbers for L',
 * hyper-dual numbers for L''), from `start`, at `precision` digits: stops when the step is below 10^−(precision+2)·max(1, |w|).
 */
export function newtonStationaryPoint(problem: Problem, start: Decimal, precision: number, maxSteps = 60): Decimal {
  const D = decimalContext(precision + 10);
  let w = new D(start);
  for (let k = 0; k < maxSteps; k++) {
    const g = adGradient(problem, [w], precision + 10).gradient[0];
    const h = adHessian(problem, [w], precision + 10)[0][0];
    const step = D.div(g, h);
    w = D.sub(w, step);
    if (step.abs().lte(D.max(1, w.abs()).times(new D(10).pow(-(precision + 2))))) break;
  }
  return new (decimalContext(precision))(w).toSD(precision);
}

/** True iff the AD derivative of the scalar problem's loss at w (a decimal string), at `precision` digits, is at most 10^−digits·scale. */
export function adDerivativeVanishes(problem: Problem, w: Decimal, precision: number, digits: number, scale: Rational): boolean {
  const g = adGradient(problem, [w], precision).gradient[0];
  const D = decimalContext(precision);
  return g.abs().lte(rationalToDecimal(D, scale).abs().times(new D(10).pow(-digits)));
}
