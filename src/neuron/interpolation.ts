/**
 * Interpolation, n ≤ d points with linearly independent inputs: w* = X⁺ logit(t) fits every target, so the squared
 * loss is 0 there. Certificates (symbolic and per instance) that X·X⁺c = c and that s(logit t) = t, the numeric
 * weights and the evidence that the gradient vanishes there.
 */
import type { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { isZero, rat, ratToString, type Rational } from '../algebra/rational.js';
import { determinant, gramOfRows, pseudoInverseRows, type QMatrix } from '../algebra/matrix-q.js';
import type { LadderEvidence } from '../claim/types.js';
import { rationalVector } from '../evidence/arbitraries.js';
import { precisionLadder } from '../evidence/ladder.js';
import type { Certificate } from '../kernel/types.js';
import { decimalContext, rationalToDecimal } from '../numeric/context.js';
import { logit } from '../numeric/elementary.js';
import { decimalField } from '../numeric/field.js';
import { identityCertificate } from '../symbolic/certificates.js';
import { add, div, exp, num, sub, substitute, sym, type Expr } from '../symbolic/expr.js';
import { linearCombination, symbolMatrix, symbolVector } from '../symbolic/linear-forms.js';
import { symbolicAdjugate, symbolicDeterminant, symbolicDot } from '../symbolic/symbolic-matrix.js';
import { sigmoid, squaredErrorGradient } from '../symbolic/sigmoid.js';
import { adGradient } from './evaluate.js';
import type { Problem } from './model.js';

/**
 * The certificates that X·(Xᵀ(XXᵀ)⁻¹ c) ≡ c for a matrix X of symbols x_ij (n rows, d columns) and symbols c_i, with
 * (XXᵀ)⁻¹ written as adj(G)/det(G): one identity per row. They hold wherever det(XXᵀ) ≠ 0, i.e. for independent rows.
 */
export function symbolicPseudoInverseCertificates(n: number, d: number): Certificate[] {
  const X = symbolMatrix('x', n, d);
  const c = symbolVector('c', n);
  const G = X.map((r) => X.map((s) => symbolicDot(r, s)));
  const adjugate = symbolicAdjugate(G);
  const det = symbolicDeterminant(G);
  const y = adjugate.map((row) => div(symbolicDot(row, c), det));
  const w = Array.from({ length: d }, (_, j) => symbolicDot(X.map((r) => r[j]), y));
  return X.map((row, i) => identityCertificate(symbolicDot(row, w), c[i], `row ${i + 1} of X·Xᵀ(XXᵀ)⁻¹c with (XXᵀ)⁻¹ = adj/det, n = ${n}, d = ${d}`));
}

/** The weights w = X⁺c as expressions in the symbols c_1..c_n, for a rational X with independent rows; null otherwise. */
export function pseudoInverseWeights(X: QMatrix): Expr[] | null {
  const P = pseudoInverseRows(X);
  if (!P) return null;
  const c = symbolVector('c', X.length);
  return P.map((row) => linearCombination(row, c));
}

/** The certificates that x_i·(X⁺c) ≡ c_i for the rational matrix X (exact rational X⁺, symbols c_i); throws when the rows are dependent. */
export function pseudoInverseInstanceCertificates(X: QMatrix): Certificate[] {
  const w = pseudoInverseWeights(X);
  if (!w) throw new RangeError('the rows of X are linearly dependent');
  return X.map((row, i) => identityCertificate(linearCombination(row, w), sym(`c_${i + 1}`), `row ${i + 1} of X·X⁺c for the rational X`));
}

/**
 * The certificates that the sigmoid takes the value t at logit t, in the form z = e^h: s(h) ≡ e^h/(1 + e^h), and
 * z/(1 + z) ≡ t at z = t/(1 − t) (where e^{logit t} = t/(1 − t)); hence every factor t − s(logit t) of the gradient is 0.
 */
export function sigmoidAtLogitCertificates(): Certificate[] {
  const [h, t, z] = ['h', 't', 'z'].map(sym);
  const zForm = (v: Expr): Expr => div(v, add(num(1), v));
  return [
    identityCertificate(sigmoid(h), zForm(exp(h)), 's(h) in the variable z = e^h'),
    identityCertificate(substitute(zForm(z), 'z', div(t, sub(num(1), t))), t, 'z/(1 + z) at z = t/(1 − t)'),
    identityCertificate(substitute(squaredErrorGradient(t, zForm(z)), 'z', div(t, sub(num(1), t))), num(0), 'the gradient factor −(t − s)s(1 − s) at s = z/(1 + z), z = t/(1 − t)'),
  ];
}

/** w* = X⁺ logit(t) at `precision` digits (X⁺ exact, logit from the numeric kernel); throws when the rows of X are dependent. */
export function interpolationWeights(X: QMatrix, t: readonly Rational[], precision: number): Decimal[] {
  const P = pseudoInverseRows(X);
  if (!P) throw new RangeError('the rows of X are linearly dependent');
  const D = decimalContext(precision + 10);
  const c = t.map((ti) => logit(D, rationalToDecimal(D, ti)));
  const R = decimalContext(precision);
  return P.map((row) => new R(row.reduce((acc, pjk, k) => acc.plus(rationalToDecimal(D, pjk).times(c[k])), new D(0))).toSD(precision));
}

/** The squared-loss sigmoid problem with inputs the rows of X and targets t. */
export function sigmoidProblem(X: QMatrix, t: readonly Rational[]): Problem {
  return { activation: 'sigmoid', loss: 'mse', data: X.map((x, i) => ({ x, t: t[i] })) };
}

/** The ladder (s(x_i·w*))_i against the targets (t_i)_i, w* = X⁺ logit(t): the residuals vanish to the working precision. */
export function interpolationLadder(X: QMatrix, t: readonly Rational[], precisions: readonly number[]): LadderEvidence {
  const at = `X = (${X.map((r) => `(${r.map(ratToString).join(', ')})`).join(', ')}), t = (${t.map(ratToString).join(', ')})`;
  return precisionLadder('\\bigl(s(\\mathbf{x}_i \\cdot \\mathbf{w}^*)\\bigr)_i,\\ \\mathbf{w}^* = X^{+} \\mathrm{logit}(\\mathbf{t})', at, precisions, [
    { name: 'the targets t_i', compute: (p) => t.map((ti) => rationalToDecimal(decimalContext(p), ti).toString()) },
    {
      name: 's(x_i · w*) with w* = X⁺ logit(t)',
      compute: (p) => {
        const F = decimalField(p);
        const w = interpolationWeights(X, t, p + 5);
        return X.map((row) => F.sigmoid(row.reduce((acc, xij, j) => acc.plus(w[j].times(rationalToDecimal(F.D, xij))), new F.D(0))).toString());
      },
    },
  ]);
}

/** True iff the forward-mode AD gradient of the squared loss at w* = X⁺ logit(t) (at `precision` digits) is at most 10^−digits·max|x_ij| in every coordinate. */
export function interpolationGradientVanishes(X: QMatrix, t: readonly Rational[], precision: number, digits: number): boolean {
  const w = interpolationWeights(X, t, precision);
  const { gradient } = adGradient(sigmoidProblem(X, t), w, precision);
  const D = decimalContext(precision);
  const scale = X.flat().reduce((m, r) => D.max(m, rationalToDecimal(D, r).abs()), new D(1));
  return gradient.every((g) => g.abs().lte(scale.times(new D(10).pow(-digits))));
}

/** Rational matrices with n ≤ d ≤ maxDimension (n ≥ 1), linearly independent rows, and targets t_i = p/q ∈ (0, 1). */
export function independentRowsInstance(maxDimension = 4): fc.Arbitrary<{ X: QMatrix; t: Rational[] }> {
  return fc
    .integer({ min: 1, max: maxDimension })
    .chain((d) => fc.integer({ min: 1, max: d }).map((n) => [n, d] as const))
    .chain(([n, d]) =>
      fc.record({
        X: fc.array(rationalVector(d, 20n, 6n), { minLength: n, maxLength: n }),
        t: fc.array(fc.integer({ min: 2, max: 30 }).chain((den) => fc.integer({ min: 1, max: den - 1 }).map((p) => rat(p, den))), { minLength: n, maxLength: n }),
      }),
    )
    .filter(({ X }) => !isZero(determinant(gramOfRows(X))));
}
