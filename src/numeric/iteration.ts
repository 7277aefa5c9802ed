/**
 * Newton's method and gradient descent on a loss at high precision, with their whole iteration history, so that a
 * claim can show Newton's correct digits roughly doubling per step (quadratic convergence at a nondegenerate zero)
 * and gradient descent's linear rate (error ratio -> max_i |1 - eta * lambda_i| of the Hessian's eigenvalues).
 * Search code: nothing here is rigorous; certified zeros come from `zeros.ts`.
 */
import type { Decimal } from 'decimal.js';
import type { Rational } from '../algebra/rational.js';
import type { Problem } from '../neuron/model.js';
import { pointModel } from '../neuron/evaluate.js';
import { decimalContext } from './context.js';
import { approximateInverse } from './zeros.js';

/** The iterates w_0, ..., w_steps as decimal strings and, when a reference zero was given, correct digits of each. */
export interface IterationHistory {
  iterates: string[][];
  correctDigits?: number[];
}

/**
 * Correct significant digits of w against the reference r: floor(-log10(max_i |w_i - r_i| / max(1, max_i |r_i|))),
 * clipped to [0, cap] (cap when w = r).
 */
export function correctDigits(w: Decimal[], r: Decimal[], cap: number): number {
  const D = decimalContext(cap + 10);
  let error = new D(0);
  let scale = new D(1);
  w.forEach((wi, i) => {
    error = D.max(error, D.sub(wi, r[i]).abs());
    scale = D.max(scale, new D(r[i]).abs());
  });
  if (error.isZero()) return cap;
  const digits = Math.floor(-D.div(error, scale).log(10).toNumber());
  return Math.max(0, Math.min(cap, digits));
}

function history(iterates: Decimal[][], precision: number, reference?: Decimal[]): IterationHistory {
  const out: IterationHistory = { iterates: iterates.map((w) => w.map((x) => x.toFixed())) };
  if (reference) out.correctDigits = iterates.map((w) => correctDigits(w, reference, precision));
  return out;
}

function start(w0: Rational[], precision: number): Decimal[] {
  const D = decimalContext(precision);
  return w0.map((r) => D.div(r.num.toString(), r.den.toString()));
}

/**
 * Newton's method w_{k+1} = w_k - Hess L(w_k)^{-1} grad L(w_k) for `steps` steps at `precision` digits, from w0;
 * stops early (history shorter) if the Hessian becomes singular. Correct digits are measured against `reference`.
 */
export function newton(problem: Problem, w0: Rational[], precision: number, steps: number, reference?: Decimal[]): IterationHistory {
  const model = pointModel(problem, precision);
  const D = decimalContext(precision);
  const iterates = [start(w0, precision)];
  for (let k = 0; k < steps; k++) {
    const w = iterates[k];
    const C = approximateInverse(D, model.hessian(w));
    if (C === null) break;
    const g = model.gradient(w);
    iterates.push(w.map((wi, i) => D.sub(wi, C[i].reduce((acc, c, j) => D.add(acc, D.mul(c, g[j])), new D(0)))));
  }
  return history(iterates, precision, reference);
}

/**
 * Gradient descent w_{k+1} = w_k - eta grad L(w_k) with the fixed step eta, for `steps` steps at `precision` digits
 * from w0. Correct digits are measured against `reference`.
 */
export function gradientDescent(
  problem: Problem,
  w0: Rational[],
  eta: Rational,
  precision: number,
  steps: number,
  reference?: Decimal[],
): IterationHistory {
  const model = pointModel(problem, precision);
  const D = decimalContext(precision);
  const step = D.div(eta.num.toString(), eta.den.toString());
  const iterates = [start(w0, precision)];
  for (let k = 0; k < steps; k++) {
    const w = iterates[k];
    const g = model.gradient(w);
    iterates.push(w.map((wi, i) => D.sub(wi, D.mul(step, g[i]))));
  }
  return history(iterates, precision, reference);
}
