/**
 * Evidence about iterative solvers, for the claims on Newton's method and gradient descent: the tables of correct
 * digits and error ratios with their pass criteria, a rigorous upper bound of the curvature L'' (interval Hessian),
 * the analytic curvature bound of the sigmoid with squared loss, and a float64 grid of a 2-D loss for contour plots.
 * Nothing here enters a proof: the tables are judged by the criteria they state.
 */
import type { Decimal } from 'decimal.js';
import { add, cmp, mul, rat, sub, type Rational } from '../algebra/rational.js';
import type { TableEvidence } from '../claim/types.js';
import { pointModel } from '../neuron/evaluate.js';
import { hessianAt, intervalModelField, lossAt, prepare, type Problem } from '../neuron/model.js';
import { decimalContext } from '../numeric/context.js';
import type { Field } from '../numeric/field.js';
import { IntervalContext } from '../numeric/interval.js';
import { correctDigits, gradientDescent, newton } from '../numeric/iteration.js';

/** The doubling rule: every step from a count of at least `floor` digits, until `cap`, reaches min(2d - slack, cap). */
export interface DoublingRule {
  floor: number;
  cap: number;
  slack: number;
}

/** The verdict of a doubling rule on a digit sequence: the pairs it checked and those that broke it. */
export interface DoublingCheck {
  passed: boolean;
  checked: number;
  failures: number[];
}

/**
 * Checks d_{k+1} >= min(2 d_k - slack, cap) for every k with floor <= d_k < cap; passes iff the cap is reached,
 * at least two steps were checked and none failed (so an iteration that stalls or never gets close fails).
 */
export function checkDoubling(digits: readonly number[], rule: DoublingRule): DoublingCheck {
  const failures: number[] = [];
  let checked = 0;
  for (let k = 0; k + 1 < digits.length; k++) {
    if (digits[k] < rule.floor || digits[k] >= rule.cap) continue;
    checked++;
    if (digits[k + 1] < Math.min(2 * digits[k] - rule.slack, rule.cap)) failures.push(k);
  }
  const reached = digits.some((d) => d >= rule.cap);
  return { passed: reached && checked >= 2 && failures.length === 0, checked, failures };
}

/** The first `n` significant digits of a decimal string, followed by an ellipsis when it was cut. */
function leading(text: string, n: number): string {
  const D = decimalContext(n);
  const x = new D(text);
  const cut = x.toSignificantDigits(n);
  return cut.eq(text) ? text : `${cut.toFixed()}…`;
}

/** Newton's iterates with their correct digits against a reference, as a table judged by the doubling rule. */
export interface NewtonDigits {
  table: TableEvidence;
  digits: number[];
}

/**
 * Runs Newton's method on grad L = 0 from w0 for `steps` steps at `precision` digits, measures the correct digits of
 * each iterate against `reference` (a more precise zero, each coordinate a decimal string, described by
 * `referenceText`) and judges them by `rule`.
 */
export function newtonDigitsTable(
  problem: Problem,
  w0: Rational[],
  precision: number,
  steps: number,
  reference: string[],
  referenceText: string,
  rule: DoublingRule,
): NewtonDigits {
  const D = decimalContext(precision + 60);
  const ref = reference.map((r) => new D(r));
  const { iterates } = newton(problem, w0, precision, steps);
  const ws = iterates.map((w) => w.map((x) => new D(x)));
  const digits = ws.map((w) => correctDigits(w, ref, precision));
  const errors = ws.map((w) => D.max(...w.map((x, i) => D.sub(x, ref[i]).abs())));
  const check = checkDoubling(digits, rule);
  const rows = ws.map((w, k) => [
    String(k),
    w.map((x) => leading(x.toFixed(), 32)).join(', '),
    errors[k].isZero() ? '0' : errors[k].toExponential(3),
    String(digits[k]),
    k === 0 || digits[k - 1] === 0 ? '' : (digits[k] / digits[k - 1]).toFixed(2),
    k === 0 || errors[k - 1].isZero() || digits[k] >= rule.cap ? '' : D.div(errors[k], errors[k - 1].pow(2)).toExponential(3),
  ]);
  const broken = check.failures.map((k) => `d_${k + 1} = ${digits[k + 1]} < 2·${digits[k]} − ${rule.slack}`).join('; ');
  const criterion =
    `Correct digits d_k = ⌊−log10(max_i |w_k,i − w*_i| / max(1, max_i |w*_i|))⌋, capped at ${precision}, against ${referenceText}. ` +
    `For every step k with ${rule.floor} ≤ d_k < ${rule.cap}: d_(k+1) ≥ min(2·d_k − ${rule.slack}, ${rule.cap}); the cap ${rule.cap} must be reached and at least two steps checked. ` +
    `Here ${check.checked} step(s) were checked` +
    (check.passed ? ', none failed.' : check.failures.length > 0 ? `; failed: ${broken}.` : ', but the rule was not met (cap not reached or too few steps).');
  return {
    table: {
      kind: 'table',
      title: `Newton's method at ${precision} significant digits from w_0 = ${w0.length === 1 ? ratText(w0[0]) : `(${w0.map(ratText).join(', ')})`}`,
      criterion,
      columns: ['k', 'w_k (first 32 digits)', 'e_k = max_i |w_k,i − w*_i|', 'correct digits d_k', 'd_k / d_(k−1)', 'e_k / e_(k−1)²'],
      rows,
      passed: check.passed,
    },
    digits,
  };
}

function ratText(r: Rational): string {
  return r.den === 1n ? r.num.toString() : `${r.num}/${r.den}`;
}

/** Gradient descent's error ratios against the predicted linear rate, as a table, with the errors per step. */
export interface LinearRate {
  table: TableEvidence;
  /** log10 |w_k - w*| per step (k = 0..steps). */
  log10Errors: number[];
  /** The predicted rate 1 - L''(w*)/M as a decimal string. */
  rate: string;
}

/**
 * Runs gradient descent with step 1/M on a scalar problem from w0 at `precision` digits for `steps` steps, and
 * compares the error ratios e_(k+1)/e_k (e_k = |w_k - w*| against `reference`) with the rate 1 - L''(w*)/M. Passes iff
 * each of the last `window` ratios is within relative `tolerance` of the rate. Rows: every `every`-th step and the last.
 */
export function linearRateTable(
  problem: Problem,
  w0: Rational,
  M: Rational,
  precision: number,
  steps: number,
  reference: string,
  window: number,
  tolerance: Rational,
  every: number,
): LinearRate {
  if (problem.data[0].x.length !== 1) throw new RangeError('linearRateTable needs a scalar weight');
  const D = decimalContext(precision + 20);
  const wStar = new D(reference);
  const curvature = pointModel(problem, precision + 20).hessian([wStar])[0][0];
  const rate = D.sub(1, D.div(curvature, D.div(M.num.toString(), M.den.toString())));
  const { iterates } = gradientDescent(problem, [w0], rat(M.den, M.num), precision, steps);
  const errors = iterates.map((w) => D.sub(w[0], wStar).abs());
  const ratios = errors.slice(1).map((e, k) => D.div(e, errors[k]));
  const deviation = ratios.map((r) => D.div(D.sub(r, rate), rate).abs());
  const tol = D.div(tolerance.num.toString(), tolerance.den.toString());
  const last = deviation.slice(-window);
  const passed = last.length === window && last.every((d) => d.lte(tol));
  const rows: string[][] = [];
  for (let k = 0; k < steps; k++) {
    if (k % every !== 0 && k !== steps - 1) continue;
    rows.push([String(k), errors[k].toExponential(3), errors[k + 1].toExponential(3), ratios[k].toSignificantDigits(12).toFixed(), deviation[k].toExponential(2)]);
  }
  const worst = last.reduce((a, b) => (a.gt(b) ? a : b));
  const criterion =
    `Predicted rate ρ = 1 − L''(w*)/M = ${rate.toSignificantDigits(15).toFixed()} with M = ${ratText(M)} and L''(w*) = ${curvature.toSignificantDigits(15).toFixed()} (at w* from the reference). ` +
    `Each of the last ${window} ratios e_(k+1)/e_k (steps ${steps - window}..${steps - 1}) must lie within relative tolerance ${ratText(tolerance)} of ρ; ` +
    `the largest relative deviation among them is ${worst.toExponential(2)}.`;
  return {
    table: {
      kind: 'table',
      title: `Gradient descent with step 1/M = ${ratText(rat(M.den, M.num))} from w_0 = ${ratText(w0)} at ${precision} significant digits`,
      criterion,
      columns: ['k', 'e_k = |w_k − w*|', 'e_(k+1)', 'e_(k+1) / e_k', '|ratio − ρ| / ρ'],
      rows,
      passed,
    },
    log10Errors: errors.map((e) => (e.isZero() ? -Infinity : e.log(10).toNumber())),
    rate: rate.toSignificantDigits(precision).toFixed(),
  };
}

/**
 * For the sigmoid with squared loss and targets in [0, 1]: B = sum_i |x_i|^2 (1/16 + max(t_i, 1 - t_i)/10), an upper
 * bound of the largest Hessian eigenvalue at every w, since Hess L = sum_i (s'^2 + r s'') x_i x_i^T, 0 < s' <= 1/4,
 * |s''| <= sqrt(3)/18 < 1/10 and |r| = |s - t| < max(t, 1 - t).
 */
export function sigmoidMseCurvatureBound(problem: Problem): Rational {
  if (problem.activation !== 'sigmoid' || problem.loss !== 'mse') throw new RangeError('the bound is for the sigmoid with squared loss');
  let total = rat(0);
  for (const { x, t } of problem.data) {
    if (cmp(t, rat(0)) < 0 || cmp(t, rat(1)) > 0) throw new RangeError('the bound needs targets in [0, 1]');
    const norm2 = x.reduce((acc, xi) => add(acc, mul(xi, xi)), rat(0));
    const m = cmp(t, rat(1, 2)) >= 0 ? t : sub(rat(1), t);
    total = add(total, mul(norm2, add(rat(1, 16), mul(m, rat(1, 10)))));
  }
  return total;
}

/**
 * A rigorous upper bound of L''(w) over [lo, hi] for a scalar problem: the largest upper end of the outward-rounded
 * interval Hessian over `pieces` equal subintervals, at `precision` digits.
 */
export function curvatureUpperBound(problem: Problem, lo: Rational, hi: Rational, pieces: number, precision: number): Decimal {
  if (problem.data[0].x.length !== 1) throw new RangeError('curvatureUpperBound needs a scalar weight');
  const ic = new IntervalContext(precision);
  const P = prepare(intervalModelField(ic), problem);
  const step = mul(sub(hi, lo), rat(1, pieces));
  let best: Decimal | null = null;
  for (let k = 0; k < pieces; k++) {
    const a = add(lo, mul(step, rat(k)));
    const b = k === pieces - 1 ? hi : add(a, step);
    const H = hessianAt(P, [{ lo: ic.fromRational(a).lo, hi: ic.fromRational(b).hi }]);
    if (best === null || H[0][0].hi.gt(best)) best = H[0][0].hi;
  }
  return best as Decimal;
}

/** IEEE float64 as a Field (for pictures only): the sigmoid evaluated without overflow on either side. */
const float64Field: Field<number> = {
  fromRational: (r) => Number(r.num) / Number(r.den),
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  neg: (a) => -a,
  exp: Math.exp,
  ln: Math.log,
  sigmoid: (a) => (a >= 0 ? 1 / (1 + Math.exp(-a)) : Math.exp(a) / (1 + Math.exp(a))),
  tanh: Math.tanh,
  relu: (a) => Math.max(0, a),
  square: (a) => a * a,
};

/** A closed interval [min, max] of one coordinate. */
export interface Span {
  min: number;
  max: number;
}

/** The loss of a 2-D problem in float64 on an n × n grid over x × y: grid[j][i] = L(x_i, y_j) (contourPlot's convention). */
export function float64LossGrid(problem: Problem, x: Span, y: Span, n: number): number[][] {
  if (problem.data[0].x.length !== 2) throw new RangeError('float64LossGrid needs two weights');
  const P = prepare(float64Field, problem);
  const at = (s: Span, i: number): number => s.min + ((s.max - s.min) * i) / (n - 1);
  return Array.from({ length: n }, (_, j) => Array.from({ length: n }, (_, i) => lossAt(P, [at(x, i), at(y, j)])));
}
