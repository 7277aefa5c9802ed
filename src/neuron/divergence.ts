/**
 * Loss decreasing towards infinity: on linearly separable data with saturating targets, a direction v along which
 * the loss falls for ever, with an exact certificate. For sigmoid (mse or xent) with every target 0 or 1, or tanh
 * (mse) with every target −1 or 1, suppose every margin m_i = σ_i (v·x_i) is > 0, σ_i = +1 for the upper target and
 * −1 for the lower one (checked in exact rationals). Each term of L(λv) is a strictly decreasing function of λ
 * (the activation is strictly increasing and the target is its supremum or infimum), so dL(λv)/dλ < 0 for every
 * λ >= 0 and L(λv) → 0 = inf L, while L > 0 everywhere: no global minimum exists. Finding v is float64 search
 * (damped Newton on the cross-entropy, which drives w along a separating direction); only the margins prove.
 */
import { add, cmp, mul, rat, ZERO, type Rational } from '../algebra/rational.js';
import { exactDecimal, exactValue } from '../numeric/ieee754.js';
import { approximateInverse } from '../numeric/f64/matrix.js';
import type { Problem } from './model.js';

/** A certified direction of unbounded decrease: v (exact decimal strings of doubles) and the least margin min_i σ_i v·x_i > 0. */
export interface Divergence {
  direction: string[];
  minMargin: string;
  statement: string;
}

/** The sign σ_i of each target when every target is the activation's supremum or infimum, else null (no such certificate). */
function targetSigns(problem: Problem): number[] | null {
  const [lower, upper] = problem.activation === 'sigmoid' ? [rat(0), rat(1)] : problem.activation === 'tanh' && problem.loss === 'mse' ? [rat(-1), rat(1)] : [null, null];
  if (lower === null || upper === null) return null;
  const signs = problem.data.map((p) => (cmp(p.t, upper) === 0 ? 1 : cmp(p.t, lower) === 0 ? -1 : 0));
  return signs.every((s) => s !== 0) && signs.includes(1) && signs.includes(-1) ? signs : null;
}

/** The least exact margin min_i σ_i (v·x_i) for the double vector v. */
function leastMargin(problem: Problem, signs: number[], v: number[]): Rational {
  const exact = v.map(exactValue);
  let least: Rational | null = null;
  problem.data.forEach((p, i) => {
    let h = ZERO;
    p.x.forEach((x, j) => (h = add(h, mul(exact[j], x))));
    const m = signs[i] > 0 ? h : mul(rat(-1), h);
    if (least === null || cmp(m, least) < 0) least = m;
  });
  return least as unknown as Rational;
}

/**
 * A certified direction of unbounded decrease of L, or null when the targets are not all saturating, the data are not
 * separated by the directions tried (Newton on the logistic loss, at most `iterations` steps), or none is found.
 */
export function divergenceDirection(problem: Problem, iterations = 100): Divergence | null {
  const signs = targetSigns(problem);
  if (signs === null) return null;
  // Rows a_i = σ_i x_i in float64; Newton on the logistic loss Σ ln(1 + e^(−a_i·w)) with a tiny ridge.
  const A = problem.data.map((p, i) => p.x.map((x) => signs[i] * (Number(x.num) / Number(x.den))));
  if (!A.every((row) => row.every(Number.isFinite))) return null;
  const d = A[0].length;
  let w = Array.from({ length: d }, () => 0);
  for (let k = 0; k < iterations; k++) {
    const g = Array.from({ length: d }, () => 0);
    const H = Array.from({ length: d }, () => Array.from({ length: d }, () => 0));
    for (const a of A) {
      const m = a.reduce((acc, aj, j) => acc + aj * w[j], 0);
      const q = 1 / (1 + Math.exp(m));
      const c = q * (1 - q);
      for (let i = 0; i < d; i++) {
        g[i] -= q * a[i];
        for (let j = i; j < d; j++) H[i][j] += c * a[i] * a[j];
      }
    }
    const trace = H.reduce((acc, row, i) => acc + row[i], 0);
    for (let i = 0; i < d; i++) for (let j = 0; j < i; j++) H[i][j] = H[j][i];
    for (let i = 0; i < d; i++) H[i][i] += (1e-12 * trace) / d + 1e-300;
    const Y = approximateInverse(H);
    if (Y === null) return null;
    w = w.map((wi, i) => wi - Y[i].reduce((acc, y, j) => acc + y * g[j], 0));
    if (!w.every(Number.isFinite)) return null;
    if (!A.every((a) => a.reduce((acc, aj, j) => acc + aj * w[j], 0) > 0)) continue;
    const least = leastMargin(problem, signs, w);
    if (least.num > 0n) {
      const m = (Number(least.num) / Number(least.den)).toPrecision(6);
      return {
        direction: w.map(exactDecimal),
        minMargin: m,
        statement:
          `every margin sign(t_i)·(v·x_i) is > 0 (least ${m}, checked exactly in rationals): each term of L(λv) strictly ` +
          'decreases in λ, so L(λv) decreases for every λ >= 0 and tends to 0 = inf L, which no point attains (no global minimum)',
      };
    }
  }
  return null;
}
