/**
 * Repeated input, every x_i = x: the gradient is −n(t̄ − s)s(1 − s)x, so the stationary points are the w with
 * s(w·x) = t̄, in closed form. Certificates, the gradient by formula and by AD, and the ladder.
 */
import { add as qAdd, div as qDiv, rat, ratToString, ZERO, type Rational } from '../algebra/rational.js';
import type { LadderEvidence } from '../claim/types.js';
import { precisionLadder } from '../evidence/ladder.js';
import type { Certificate } from '../kernel/types.js';
import { decimalContext, rationalToDecimal } from '../numeric/context.js';
import { oneMinusSigmoid } from '../numeric/elementary.js';
import { decimalField } from '../numeric/field.js';
import { chainRuleCertificate, positivityCertificate, sigmoidBoundsCertificates } from '../symbolic/certificates.js';
import { add, div, mul, neg, num, sub, sym, type Expr } from '../symbolic/expr.js';
import { symbolVector } from '../symbolic/linear-forms.js';
import { halfSquaredError, sigmoid } from '../symbolic/sigmoid.js';
import { adGradient } from './evaluate.js';
import type { Problem } from './model.js';
import { interpolationWeights } from './interpolation.js';

/** The mean (t_1 + … + t_n)/n of the symbols t_1..t_n, as an expression. */
export function symbolicMean(n: number): Expr {
  return n === 1 ? sym('t_1') : div(add(...symbolVector('t', n)), num(n));
}

/**
 * The certificates that, when every input equals x, ∂/∂w_j Σ_i ½(t_i − s(w·x))² ≡ −n(t̄ − s)s(1 − s)x_j with
 * t̄ = (t_1 + … + t_n)/n: for each n = 1..maxPoints a chain rule (derivative in h = w·x, composed with
 * h = w_j x_j + r for every dimension); and s(1 − s) > 0, s > 0, 1 − s > 0 for every real h.
 */
export function repeatedInputCertificates(maxPoints = 5): Certificate[] {
  const [h, r, wj, xj] = ['h', 'r', 'w_j', 'x_j'].map(sym);
  const s = sigmoid(h);
  const out: Certificate[] = [];
  for (let n = 1; n <= maxPoints; n++) {
    const loss = add(...symbolVector('t', n).map((t) => halfSquaredError(t, s)));
    const gradient = neg(mul(...(n === 1 ? [] : [num(n)]), sub(symbolicMean(n), s), s, sub(num(1), s)));
    out.push(chainRuleCertificate({ expression: loss, variable: 'h', derivative: gradient }, { expression: add(mul(wj, xj), r), variable: 'w_j', derivative: xj }));
  }
  out.push(positivityCertificate(mul(s, sub(num(1), s))), ...sigmoidBoundsCertificates());
  return out;
}

/** The claimed gradient −n(t̄ − s(w·x))s(w·x)(1 − s(w·x))x of n points with the same input x, at `precision` digits. */
export function repeatedInputGradientFormula(w: readonly Rational[], x: readonly Rational[], targets: readonly Rational[], precision: number): string[] {
  const F = decimalField(precision);
  const h = w.reduce((acc, wi, i) => F.add(acc, F.mul(F.fromRational(wi), F.fromRational(x[i]))), new F.D(0));
  const mean = F.div(targets.reduce((acc, t) => F.add(acc, F.fromRational(t)), new F.D(0)), new F.D(targets.length));
  const s = F.sigmoid(h);
  const factor = F.mul(F.mul(F.sub(mean, s), s), oneMinusSigmoid(F.D, h)).times(-targets.length);
  return x.map((xi) => F.mul(factor, F.fromRational(xi)).toString());
}

/** ∇L by forward-mode AD of the squared loss of the points (x, t_i), at `precision` digits. */
export function repeatedInputGradientAD(w: readonly Rational[], x: readonly Rational[], targets: readonly Rational[], precision: number): string[] {
  const D = decimalContext(precision);
  const problem: Problem = { activation: 'sigmoid', loss: 'mse', data: targets.map((t) => ({ x: [...x], t })) };
  return adGradient(problem, w.map((wi) => rationalToDecimal(D, wi)), precision).gradient.map((g) => g.toString());
}

/** The mean of exact rationals. */
export function mean(values: readonly Rational[]): Rational {
  return qDiv(values.reduce(qAdd, ZERO), rat(values.length));
}

/** The ladder s(x·w*) against t̄ for w* = logit(t̄)·x/‖x‖², the minimum-norm stationary point of n points with input x. */
export function repeatedInputLadder(x: readonly Rational[], targets: readonly Rational[], precisions: readonly number[]): LadderEvidence {
  const tbar = mean(targets);
  const at = `x = (${x.map(ratToString).join(', ')}), t = (${targets.map(ratToString).join(', ')}), mean ${ratToString(tbar)}`;
  return precisionLadder('s(\\mathbf{x} \\cdot \\mathbf{w}^*),\\ \\mathbf{w}^* = \\mathrm{logit}(\\bar t)\\, \\mathbf{x}/\\lVert\\mathbf{x}\\rVert^2', at, precisions, [
    { name: 'the mean target t̄', compute: (p) => rationalToDecimal(decimalContext(p), tbar).toString() },
    {
      name: 's(x · w*)',
      compute: (p) => {
        const F = decimalField(p);
        const w = interpolationWeights([[...x]], [tbar], p + 5);
        return F.sigmoid(x.reduce((acc, xi, j) => acc.plus(w[j].times(rationalToDecimal(F.D, xi))), new F.D(0))).toString();
      },
    },
  ]);
}

/** True iff the AD gradient at w* = logit(t̄)·x/‖x‖² (at `precision` digits) is at most 10^−digits·n·max(1, |x_j|) in every coordinate. */
export function repeatedInputGradientVanishes(x: readonly Rational[], targets: readonly Rational[], precision: number, digits: number): boolean {
  const w = interpolationWeights([[...x]], [mean(targets)], precision);
  const problem: Problem = { activation: 'sigmoid', loss: 'mse', data: targets.map((t) => ({ x: [...x], t })) };
  const { gradient } = adGradient(problem, w, precision);
  const D = decimalContext(precision);
  const scale = x.reduce((m, r) => D.max(m, rationalToDecimal(D, r).abs()), new D(1)).times(targets.length);
  return gradient.every((g) => g.abs().lte(scale.times(new D(10).pow(-digits))));
}
