/**
 * Where closed forms do exist: exact linear algebra over Q (fraction-free elimination, LDLᵀ, pseudo-inverses),
 * expression builders and certificate builders for the cases the question contrasts with the sigmoid (cross-entropy,
 * interpolation, repeated inputs, linear networks, linear, quadratic and relu activations), and the numeric helpers
 * their evidence uses. Building a certificate proves nothing; the kernel checks it.
 */
import type { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { add as qAdd, bigGcd, div as qDiv, isZero, mul as qMul, neg as qNeg, ONE, rat, ratToString, sub as qSub, ZERO, type Rational } from '../algebra/rational.js';
import type { LadderEvidence } from '../claim/types.js';
import { rational, rationalVector } from '../evidence/arbitraries.js';
import { precisionLadder } from '../evidence/ladder.js';
import type { Certificate } from '../kernel/types.js';
import { decimalContext, type DecimalCtor } from '../numeric/context.js';
import { logit, oneMinusSigmoid, softplus } from '../numeric/elementary.js';
import { decimalField, dualField, type Field } from '../numeric/field.js';
import { richardsonGradient } from '../numeric/richardson.js';
import { chainRuleCertificate, derivativeIdentityCertificate, identityCertificate, positivityCertificate, sigmoidBoundsCertificates } from '../symbolic/certificates.js';
import { derivative } from '../symbolic/derivative.js';
import { evaluateExactly } from '../kernel/checkers/exact-evaluation.js';
import { adGradient, adHessian } from './evaluate.js';
import type { Problem } from './model.js';
import { add, div, exp, mul, neg, num, pow, sub, substitute, sym, type Expr } from '../symbolic/expr.js';
import { halfSquaredError, sigmoid, squaredErrorGradient } from '../symbolic/sigmoid.js';

/** A point of an exact evaluation: values of the symbols, and the value the expression (or its derivative) takes there. */
export type EvaluationPoint = [Record<string, string | Rational>, string | Rational];

const text = (v: string | Rational): string => (typeof v === 'string' ? v : ratToString(v));

/** { kind: 'exact-evaluation', expression, differentiate, points }: ∂…∂expression takes the recorded exact values at the points. */
export function exactEvaluationCertificate(expression: Expr, differentiate: string[], points: EvaluationPoint[]): Certificate {
  return {
    kind: 'exact-evaluation',
    expression,
    differentiate,
    points: points.map(([at, value]) => ({ at: Object.fromEntries(Object.entries(at).map(([k, v]) => [k, text(v)])), value: text(value) })),
  };
}

// ---- cross-entropy: numeric evidence that its gradient is (s − t)x ----

function decimalOf(D: DecimalCtor, r: Rational): Decimal {
  return D.div(r.num.toString(), r.den.toString());
}

/**
 * −[t ln(1/(1 + E)) + (1 − t) ln(E/(1 + E))] with E = e^{−w·x}: the cross-entropy written with field operations, exp
 * and ln only (no sigmoid primitive and no 1 − s cancellation), so that its derivatives never use the formula they check.
 */
export function crossEntropyLoss<T>(F: Field<T>, w: readonly T[], x: readonly Rational[], t: Rational): T {
  const one = F.fromRational(rat(1n));
  let h = F.fromRational(rat(0n));
  w.forEach((wi, i) => (h = F.add(h, F.mul(wi, F.fromRational(x[i])))));
  const e = F.exp(F.neg(h));
  const d = F.add(one, e);
  const tt = F.fromRational(t);
  return F.neg(F.add(F.mul(tt, F.ln(F.div(one, d))), F.mul(F.sub(one, tt), F.ln(F.div(e, d)))));
}

/** The claimed gradient (s(w·x) − t)x at `precision` digits (s from the proved sigmoid kernel). */
export function crossEntropyGradientFormula(w: readonly Rational[], x: readonly Rational[], t: Rational, precision: number): string[] {
  const F = decimalField(precision);
  const h = w.reduce((acc, wi, i) => F.add(acc, F.mul(F.fromRational(wi), F.fromRational(x[i]))), new F.D(0));
  const factor = F.sub(F.sigmoid(h), F.fromRational(t));
  return x.map((xi) => F.mul(factor, F.fromRational(xi)).toString());
}

/** ∇_w of `crossEntropyLoss` by forward-mode AD at `precision` digits. */
export function crossEntropyGradientAD(w: readonly Rational[], x: readonly Rational[], t: Rational, precision: number): string[] {
  const F = dualField(precision, w.length);
  return crossEntropyLoss(F, w.map((wi, i) => F.variable(i, decimalOf(F.D, wi))), x, t).g.map((g) => g.toString());
}

/**
 * ∇_w of the same loss by Richardson-extrapolated central differences at `precision` digits, the loss evaluated as
 * ln(1 + e^{−h}) + (1 − t)h (the same function: ln(1/d) = −ln d and ln(e^{−h}/d) = −h − ln d), one softplus per point.
 */
export function crossEntropyGradientRichardson(w: readonly Rational[], x: readonly Rational[], t: Rational, precision: number): string[] {
  const loss = (v: Decimal[], D: DecimalCtor): Decimal => {
    const h = v.reduce((acc, vi, i) => acc.plus(vi.times(decimalOf(D, x[i]))), new D(0));
    return softplus(D, h.neg()).plus(D.sub(1, decimalOf(D, t)).times(h));
  };
  const D = decimalContext(precision);
  return richardsonGradient(loss, w.map((wi) => decimalOf(D, wi)), precision).gradient.map((g) => g.toString());
}

/** The ladder ∇_w CE(t, s(w·x)): formula (s − t)x vs AD vs Richardson at each precision. */
export function crossEntropyGradientLadder(w: readonly Rational[], x: readonly Rational[], t: Rational, precisions: readonly number[]): LadderEvidence {
  const at = `w = (${w.map(ratToString).join(', ')}), x = (${x.map(ratToString).join(', ')}), t = ${ratToString(t)}`;
  return precisionLadder('\\nabla_w \\bigl(-t \\ln s - (1 - t) \\ln(1 - s)\\bigr)', at, precisions, [
    { name: 'formula (s − t)x', compute: (p) => crossEntropyGradientFormula(w, x, t, p) },
    { name: 'forward-mode AD of the loss (exp, ln)', compute: (p) => crossEntropyGradientAD(w, x, t, p) },
    { name: 'Richardson central differences', compute: (p) => crossEntropyGradientRichardson(w, x, t, p) },
  ]);
}

// ---- exact linear algebra over Q ----

/** A matrix of exact rationals, as an array of rows. */
export type QMatrix = Rational[][];

/** Aᵀ. */
export function transpose(A: QMatrix): QMatrix {
  return A.length === 0 ? [] : A[0].map((_, j) => A.map((row) => row[j]));
}

/** A·B, exactly. */
export function matMul(A: QMatrix, B: QMatrix): QMatrix {
  const Bt = transpose(B);
  return A.map((row) => Bt.map((col) => dot(row, col)));
}

/** A·v, exactly. */
export function matVec(A: QMatrix, v: readonly Rational[]): Rational[] {
  return A.map((row) => dot(row, v));
}

/** u·v, exactly. */
export function dot(u: readonly Rational[], v: readonly Rational[]): Rational {
  return u.reduce((acc, ui, i) => qAdd(acc, qMul(ui, v[i])), ZERO);
}

/** The n×n identity matrix. */
export function identityMatrix(n: number): QMatrix {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? ONE : ZERO)));
}

function lcmDenominators(row: readonly Rational[]): bigint {
  return row.reduce((l, r) => (l * r.den) / bigGcd(l, r.den), 1n);
}

/**
 * Fraction-free (Bareiss) forward elimination with row pivoting on the integer matrix obtained by clearing the
 * denominators of each row of [A | B]; returns the echelon rows and the sign of the row permutation, or null when the
 * square matrix A is singular. Every division in the recurrence is exact.
 */
function bareiss(A: QMatrix, B: QMatrix): { M: bigint[][]; sign: 1 | -1; scale: Rational } | null {
  const n = A.length;
  let scale = ONE;
  const M = A.map((row, i) => {
    const full = [...row, ...(B[i] ?? [])];
    const l = lcmDenominators(full);
    scale = qMul(scale, rat(l));
    return full.map((r) => (r.num * l) / r.den);
  });
  let sign: 1 | -1 = 1;
  let previous = 1n;
  for (let k = 0; k < n; k++) {
    const p = M.findIndex((row, i) => i >= k && row[k] !== 0n);
    if (p < 0) return null;
    if (p !== k) {
      [M[k], M[p]] = [M[p], M[k]];
      sign = sign === 1 ? -1 : 1;
    }
    for (let i = k + 1; i < n; i++) {
      for (let j = k + 1; j < M[i].length; j++) M[i][j] = (M[i][j] * M[k][k] - M[i][k] * M[k][j]) / previous;
      M[i][k] = 0n;
    }
    previous = M[k][k];
  }
  return { M, sign, scale };
}

/** det A for a square rational matrix, by fraction-free elimination (det of the empty matrix is 1). */
export function determinant(A: QMatrix): Rational {
  if (A.length === 0) return ONE;
  const r = bareiss(A, []);
  if (!r) return ZERO;
  // The last pivot of Bareiss elimination is the determinant of the row-scaled, permuted matrix.
  const last = r.M[A.length - 1][A.length - 1];
  return qDiv(rat(r.sign === 1 ? last : -last), r.scale);
}

/** The exact solution X of A·X = B (A square), by fraction-free elimination and back substitution; null when A is singular. */
export function solveExact(A: QMatrix, B: QMatrix): QMatrix | null {
  const n = A.length;
  const r = bareiss(A, B);
  if (!r) return null;
  const m = B[0]?.length ?? 0;
  const X: QMatrix = Array.from({ length: n }, () => Array.from({ length: m }, () => ZERO));
  for (let c = 0; c < m; c++) {
    for (let i = n - 1; i >= 0; i--) {
      let acc = rat(r.M[i][n + c]);
      for (let j = i + 1; j < n; j++) acc = qSub(acc, qMul(rat(r.M[i][j]), X[j][c]));
      X[i][c] = qDiv(acc, rat(r.M[i][i]));
    }
  }
  return X;
}

/** A⁻¹ exactly, or null when A is singular. */
export function inverseExact(A: QMatrix): QMatrix | null {
  return solveExact(A, identityMatrix(A.length));
}

/** The Gram matrix X Xᵀ of the rows of X. */
export function gramOfRows(X: QMatrix): QMatrix {
  return matMul(X, transpose(X));
}

/** X⁺ = Xᵀ(X Xᵀ)⁻¹ for X with linearly independent rows (then X X⁺ = I); null when the rows are dependent. */
export function pseudoInverseRows(X: QMatrix): QMatrix | null {
  const G = inverseExact(gramOfRows(X));
  return G ? matMul(transpose(X), G) : null;
}

/** The leading principal minors det A[1..k, 1..k], k = 1..n, exactly. */
export function leadingPrincipalMinors(A: QMatrix): Rational[] {
  return A.map((_, k) => determinant(A.slice(0, k + 1).map((row) => row.slice(0, k + 1))));
}

/** A = L·diag(D)·Lᵀ with L unit lower triangular, for a symmetric A, without pivoting; null when a pivot D_k is 0. */
export function ldlt(A: QMatrix): { L: QMatrix; D: Rational[] } | null {
  const n = A.length;
  const L = identityMatrix(n);
  const D: Rational[] = [];
  for (let j = 0; j < n; j++) {
    let dj = A[j][j];
    for (let k = 0; k < j; k++) dj = qSub(dj, qMul(qMul(L[j][k], L[j][k]), D[k]));
    if (isZero(dj)) return null;
    D.push(dj);
    for (let i = j + 1; i < n; i++) {
      let v = A[i][j];
      for (let k = 0; k < j; k++) v = qSub(v, qMul(qMul(L[i][k], L[j][k]), D[k]));
      L[i][j] = qDiv(v, dj);
    }
  }
  return { L, D };
}

// ---- expressions ----

/** The rational r as an expression. */
export function q(r: Rational): Expr {
  return num(r);
}

/** Σ c_k·e_k as an expression, terms with c_k = 0 dropped (0 when none is left). */
export function linearCombination(coefficients: readonly Rational[], terms: readonly Expr[]): Expr {
  const parts = coefficients.flatMap((c, k) => {
    if (isZero(c)) return [];
    const size = c.num < 0n ? qNeg(c) : c;
    const term = size.num === 1n && size.den === 1n ? terms[k] : mul(num(size), terms[k]);
    return [c.num < 0n ? neg(term) : term];
  });
  return parts.length === 0 ? num(0) : add(...parts);
}

/** v − r for a symbol v and a rational r, printed as v − r or v + |r|. */
export function shiftedSymbol(v: string, r: Rational): Expr {
  return r.num < 0n ? add(sym(v), num(qNeg(r))) : sub(sym(v), num(r));
}

/** t − x·v for rationals t, x and a symbol v, printed without double signs (t + |x| v when x < 0). */
function residual(t: Rational, x: Rational, v: string): Expr {
  return add(num(t), linearCombination([qNeg(x)], [sym(v)]));
}

/** The matrix of symbols `${name}_{i}{j}` (1-based), n rows and d columns. */
export function symbolMatrix(name: string, n: number, d: number): Expr[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: d }, (_, j) => sym(`${name}_${i + 1}${j + 1}`)));
}

/** The symbols `${name}_1..${name}_n`. */
export function symbolVector(name: string, n: number): Expr[] {
  return Array.from({ length: n }, (_, i) => sym(`${name}_${i + 1}`));
}

/** The determinant of a square matrix of expressions, by cofactor expansion along the first row. */
export function symbolicDeterminant(M: readonly (readonly Expr[])[]): Expr {
  if (M.length === 1) return M[0][0];
  return add(...M[0].map((a, j) => {
    const term = mul(a, symbolicDeterminant(M.slice(1).map((row) => row.filter((_, k) => k !== j))));
    return j % 2 === 0 ? term : neg(term);
  }));
}

/** The adjugate adj(M) (adj(M)·M = det(M)·I) of a square matrix of expressions. */
export function symbolicAdjugate(M: readonly (readonly Expr[])[]): Expr[][] {
  const n = M.length;
  if (n === 1) return [[num(1)]];
  return M.map((_, i) =>
    M.map((_, j) => {
      const minor = symbolicDeterminant(M.filter((_, r) => r !== j).map((row) => row.filter((_, k) => k !== i)));
      return (i + j) % 2 === 0 ? minor : neg(minor);
    }),
  );
}

function symbolicDot(u: readonly Expr[], v: readonly Expr[]): Expr {
  const times = (a: Expr, b: Expr): Expr => (a.op === 'num' && a.value === '1' ? b : mul(a, b));
  return add(...u.map((ui, k) => (ui.op === 'neg' ? neg(times(ui.arg, v[k])) : times(ui, v[k]))));
}

// ---- interpolation: n <= d independent inputs, w = X⁺ logit(t) ----

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
  const c = t.map((ti) => logit(D, decimalOf(D, ti)));
  const R = decimalContext(precision);
  return P.map((row) => new R(row.reduce((acc, pjk, k) => acc.plus(decimalOf(D, pjk).times(c[k])), new D(0))).toSD(precision));
}

/** The squared-loss sigmoid problem with inputs the rows of X and targets t. */
export function sigmoidProblem(X: QMatrix, t: readonly Rational[]): Problem {
  return { activation: 'sigmoid', loss: 'mse', data: X.map((x, i) => ({ x, t: t[i] })) };
}

/** The ladder (s(x_i·w*))_i against the targets (t_i)_i, w* = X⁺ logit(t): the residuals vanish to the working precision. */
export function interpolationLadder(X: QMatrix, t: readonly Rational[], precisions: readonly number[]): LadderEvidence {
  const at = `X = (${X.map((r) => `(${r.map(ratToString).join(', ')})`).join(', ')}), t = (${t.map(ratToString).join(', ')})`;
  return precisionLadder('\\bigl(s(\\mathbf{x}_i \\cdot \\mathbf{w}^*)\\bigr)_i,\\ \\mathbf{w}^* = X^{+} \\mathrm{logit}(\\mathbf{t})', at, precisions, [
    { name: 'the targets t_i', compute: (p) => t.map((ti) => decimalOf(decimalContext(p), ti).toString()) },
    {
      name: 's(x_i · w*) with w* = X⁺ logit(t)',
      compute: (p) => {
        const F = decimalField(p);
        const w = interpolationWeights(X, t, p + 5);
        return X.map((row) => F.sigmoid(row.reduce((acc, xij, j) => acc.plus(w[j].times(decimalOf(F.D, xij))), new F.D(0))).toString());
      },
    },
  ]);
}

/** True iff the forward-mode AD gradient of the squared loss at w* = X⁺ logit(t) (at `precision` digits) is at most 10^−digits·max|x_ij| in every coordinate. */
export function interpolationGradientVanishes(X: QMatrix, t: readonly Rational[], precision: number, digits: number): boolean {
  const w = interpolationWeights(X, t, precision);
  const { gradient } = adGradient(sigmoidProblem(X, t), w, precision);
  const D = decimalContext(precision);
  const scale = X.flat().reduce((m, r) => D.max(m, decimalOf(D, r).abs()), new D(1));
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

// ---- repeated input: all x_i = x ----

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
  return adGradient(problem, w.map((wi) => decimalOf(D, wi)), precision).gradient.map((g) => g.toString());
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
    { name: 'the mean target t̄', compute: (p) => decimalOf(decimalContext(p), tbar).toString() },
    {
      name: 's(x · w*)',
      compute: (p) => {
        const F = decimalField(p);
        const w = interpolationWeights([[...x]], [tbar], p + 5);
        return F.sigmoid(x.reduce((acc, xi, j) => acc.plus(w[j].times(decimalOf(F.D, xi))), new F.D(0))).toString();
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
  const scale = x.reduce((m, r) => D.max(m, decimalOf(D, r).abs()), new D(1)).times(targets.length);
  return gradient.every((g) => g.abs().lte(scale.times(new D(10).pow(-digits))));
}

// ---- the linear network f = a·b·x ----

/** One scalar data point (x, t). */
export interface ScalarDatum {
  x: Rational;
  t: Rational;
}

/** ½ Σ_i (t_i − a·b·x_i)² with the data as exact numbers and a, b symbols. */
export function linearNetworkLoss(data: readonly ScalarDatum[]): Expr {
  const [a, b] = [sym('a'), sym('b')];
  return add(...data.map(({ x, t }) => halfSquaredError(num(t), x.num === 1n && x.den === 1n ? mul(a, b) : mul(num(x), a, b))));
}

/** The sums S_xx = Σ x_i², S_tx = Σ t_i x_i, S_tt = Σ t_i² of the data, exactly. */
export function dataSums(data: readonly ScalarDatum[]): { Sxx: Rational; Stx: Rational; Stt: Rational } {
  const sum = (f: (d: ScalarDatum) => Rational): Rational => data.map(f).reduce(qAdd, ZERO);
  return { Sxx: sum((d) => qMul(d.x, d.x)), Stx: sum((d) => qMul(d.t, d.x)), Stt: sum((d) => qMul(d.t, d.t)) };
}

/**
 * The witness that the zeros of ∇L for f = a·b·x do not all have the same loss: ∂L/∂a and ∂L/∂b are exactly 0 at the
 * origin and at (1, c), c = S_tx/S_xx, while L takes two different exact values there. Throws when S_tx = 0 or S_xx = 0.
 */
export function linearNetworkWitness(data: readonly ScalarDatum[]): Certificate {
  const { Sxx, Stx } = dataSums(data);
  if (isZero(Sxx) || isZero(Stx)) throw new RangeError('the witness needs S_xx ≠ 0 and S_tx ≠ 0');
  const c = qDiv(Stx, Sxx);
  const L = linearNetworkLoss(data);
  const origin = { a: ZERO, b: ZERO };
  const onHyperbola = { a: ONE, b: c };
  const value = (p: { a: Rational; b: Rational }): Rational => evaluateExactly(L, new Map(Object.entries(p)));
  return {
    kind: 'conjunction',
    parts: [
      exactEvaluationCertificate(L, ['a'], [[origin, ZERO], [onHyperbola, ZERO]]),
      exactEvaluationCertificate(L, ['b'], [[origin, ZERO], [onHyperbola, ZERO]]),
      exactEvaluationCertificate(L, [], [[origin, value(origin)], [onHyperbola, value(onHyperbola)]]),
    ],
  };
}

/** ½ Σ_{i ≤ n} (t_i − a·b·x_i)² with symbols x_i, t_i, a, b. */
export function symbolicLinearNetworkLoss(n: number): Expr {
  const [a, b] = [sym('a'), sym('b')];
  return add(...symbolVector('x', n).map((x, i) => halfSquaredError(sym(`t_${i + 1}`), mul(a, b, x))));
}

function symbolicSums(n: number): { Sxx: Expr; Stx: Expr; Stt: Expr } {
  const x = symbolVector('x', n);
  const t = symbolVector('t', n);
  return { Sxx: add(...x.map((xi) => pow(xi, 2))), Stx: add(...x.map((xi, i) => mul(t[i], xi))), Stt: add(...t.map((ti) => pow(ti, 2))) };
}

/** The loss in the sums, ℓ(p) = ½S_tt − p·S_tx + ½p²S_xx at p = a·b, and its minimum L* = ½S_tt − S_tx²/(2S_xx). */
function linearNetworkForms(S: { Sxx: Expr; Stx: Expr; Stt: Expr }): { optimum: Expr; excess: Expr; gradA: Expr; gradB: Expr } {
  const [a, b] = [sym('a'), sym('b')];
  const g = sub(S.Stx, mul(a, b, S.Sxx));
  return {
    optimum: sub(mul(num('1/2'), S.Stt), div(pow(S.Stx, 2), mul(num(2), S.Sxx))),
    excess: mul(num('1/2'), S.Sxx, pow(sub(mul(a, b), div(S.Stx, S.Sxx)), 2)),
    gradA: neg(mul(b, g)),
    gradB: neg(mul(a, g)),
  };
}

/**
 * The certificates for f = a·b·x: for n = 1..maxPoints symbolic points, L − L* ≡ ½S_xx(ab − S_tx/S_xx)²,
 * ∂L/∂a ≡ −b(S_tx − ab S_xx), ∂L/∂b ≡ −a(S_tx − ab S_xx); the same for the loss written in the sums as symbols,
 * ℓ(a, b) = ½S_tt − ab S_tx + ½(ab)²S_xx (every n); and the saddle at the origin: with S_tx = ±P, S_xx = Q, P, Q, v > 0,
 * ℓ(a, b) − ℓ(0, 0) is < 0 at (1/(1 + v), ±P/(Q(1 + v))) and > 0 at (1/(1 + v), ∓1/(1 + v)), points that tend to
 * the origin as v → ∞.
 */
export function linearNetworkCertificates(maxPoints = 3): Certificate[] {
  const out: Certificate[] = [];
  const [a, b] = [sym('a'), sym('b')];
  const check = (loss: Expr, S: { Sxx: Expr; Stx: Expr; Stt: Expr }): void => {
    const f = linearNetworkForms(S);
    out.push(
      identityCertificate(sub(loss, f.optimum), f.excess, 'L − L* is ½S_xx(ab − c)²'),
      derivativeIdentityCertificate(loss, 'a', f.gradA),
      derivativeIdentityCertificate(loss, 'b', f.gradB),
    );
  };
  for (let n = 1; n <= maxPoints; n++) check(symbolicLinearNetworkLoss(n), symbolicSums(n));
  const S = { Sxx: sym('S_xx'), Stx: sym('S_tx'), Stt: sym('S_tt') };
  const loss = add(mul(num('1/2'), S.Stt), neg(mul(a, b, S.Stx)), mul(num('1/2'), pow(mul(a, b), 2), S.Sxx));
  check(loss, S);
  const [P, Q, v] = ['P', 'Q', 'v'].map(sym);
  const near = div(num(1), add(num(1), v));
  const at = (stx: Expr, pa: Expr, pb: Expr): Expr => {
    const given = substitute(substitute(loss, 'S_tx', stx), 'S_xx', Q);
    return sub(substitute(substitute(given, 'a', pa), 'b', pb), substitute(substitute(given, 'a', num(0)), 'b', num(0)));
  };
  const descent = div(P, mul(Q, add(num(1), v)));
  for (const [stx, positive] of [[P, true], [neg(P), false]] as const) {
    out.push(positivityCertificate(at(stx, near, positive ? descent : neg(descent)), ['P', 'Q', 'v'], 'negative'));
    out.push(positivityCertificate(at(stx, near, positive ? neg(near) : near), ['P', 'Q', 'v']));
  }
  return out;
}

/** L(a, b) = ½ Σ (t_i − a b x_i)², exactly. */
export function linearNetworkLossAt(data: readonly ScalarDatum[], a: Rational, b: Rational): Rational {
  return evaluateExactly(linearNetworkLoss(data), new Map([['a', a], ['b', b]]));
}

/** ∇L(a, b) exactly, by the kernel's symbolic derivative of the concrete loss evaluated at (a, b). */
export function linearNetworkGradientAt(data: readonly ScalarDatum[], a: Rational, b: Rational): [Rational, Rational] {
  const L = linearNetworkLoss(data);
  const at = new Map([['a', a], ['b', b]]);
  return [evaluateExactly(derivative(L, 'a'), at), evaluateExactly(derivative(L, 'b'), at)];
}

/** Scalar data sets of 1..maxPoints points (x, t), entries p/q with |p| ≤ 20, q ≤ 6. */
export function scalarData(maxPoints = 8): fc.Arbitrary<ScalarDatum[]> {
  return fc.array(fc.record({ x: rational(20n, 6n), t: rational(20n, 6n) }), { minLength: 1, maxLength: maxPoints });
}

/** { kind: 'sum-of-squares', expression, lowerBound, terms }: expression ≡ lowerBound + Σ weight·form², weights > 0. */
export function sumOfSquaresCertificate(expression: Expr, lowerBound: Expr, terms: readonly { weight: Rational; form: Expr }[]): Certificate {
  return { kind: 'sum-of-squares', expression, lowerBound, terms: terms.map((t) => ({ weight: ratToString(t.weight), form: t.form })) };
}

// ---- linear activation f(h) = h: least squares ----

/** ½ Σ_i (t_i − x_i·w)² with the data as exact numbers and symbols w_1..w_d. */
export function linearLoss(X: QMatrix, t: readonly Rational[]): Expr {
  const w = symbolVector('w', X[0].length);
  return add(...X.map((row, i) => halfSquaredError(num(t[i]), linearCombination(row, w))));
}

/** The exact solution of the normal equations XᵀX w = Xᵀt, or null when XᵀX is singular (X not of full column rank). */
export function normalEquationsSolution(X: QMatrix, t: readonly Rational[]): Rational[] | null {
  const Xt = transpose(X);
  const w = solveExact(matMul(Xt, X), matVec(Xt, t).map((v) => [v]));
  return w ? w.map((row) => row[0]) : null;
}

/**
 * The certificates that w* (the exact solution of the normal equations) is the unique global minimiser of the
 * least-squares loss of the rational data (X, t): ∂L/∂w_j(w*) = 0 exactly for each j, and
 * L(w) ≡ L(w*) + Σ_k (D_k/2)(Σ_j L_jk (w_j − w*_j))² with XᵀX = L·diag(D)·Lᵀ, every D_k > 0. Throws when XᵀX is not positive definite.
 */
export function leastSquaresCertificates(X: QMatrix, t: readonly Rational[]): Certificate[] {
  const w = normalEquationsSolution(X, t);
  const factors = ldlt(matMul(transpose(X), X));
  if (!w || !factors || factors.D.some((dk) => dk.num <= 0n)) throw new RangeError('XᵀX is not positive definite');
  const loss = linearLoss(X, t);
  const point = Object.fromEntries(w.map((wj, j) => [`w_${j + 1}`, wj]));
  const optimum = evaluateExactly(loss, new Map(Object.entries(point)));
  const shifts = w.map((wj, j) => shiftedSymbol(`w_${j + 1}`, wj));
  const terms = factors.D.map((dk, k) => ({ weight: qDiv(dk, rat(2n)), form: linearCombination(factors.L.map((row) => row[k]), shifts) }));
  return [
    ...w.map((_, j) => exactEvaluationCertificate(loss, [`w_${j + 1}`], [[point, ZERO]])),
    sumOfSquaresCertificate(loss, num(optimum), terms),
  ];
}

/**
 * For n points in dimension d, all symbols: ∂/∂w_j ½Σ(t_i − x_i·w)² ≡ −Σ_i (t_i − x_i·w) x_ij, and the exact Taylor
 * expansion L(w + u) ≡ L(w) + Σ_j u_j ∂L/∂w_j(w) + ½Σ_i (x_i·u)².
 */
export function symbolicLeastSquaresCertificates(n: number, d: number): Certificate[] {
  const X = symbolMatrix('x', n, d);
  const t = symbolVector('t', n);
  const w = symbolVector('w', d);
  const u = symbolVector('u', d);
  const residual = (v: readonly Expr[]): Expr[] => X.map((row, i) => sub(t[i], add(...row.map((x, j) => mul(x, v[j])))));
  const loss = (v: readonly Expr[]): Expr => add(...residual(v).map((r) => mul(num('1/2'), pow(r, 2))));
  const gradient = w.map((_, j) => neg(add(...residual(w).map((r, i) => mul(r, X[i][j])))));
  const shifted = loss(w.map((wj, j) => add(wj, u[j])));
  const expansion = add(loss(w), ...u.map((uj, j) => mul(uj, gradient[j])), mul(num('1/2'), add(...X.map((row) => pow(add(...row.map((x, j) => mul(x, u[j]))), 2)))));
  return [...w.map((_, j) => derivativeIdentityCertificate(loss(w), `w_${j + 1}`, gradient[j])), identityCertificate(shifted, expansion, `L(w + u) = L(w) + u·∇L(w) + ½‖Xu‖², n = ${n}, d = ${d}`)];
}

/** Rational data sets with d = 1..maxDimension inputs, n = d..maxPoints points and XᵀX invertible. */
export function fullRankData(maxDimension = 3, maxPoints = 6): fc.Arbitrary<{ X: QMatrix; t: Rational[] }> {
  return fc
    .integer({ min: 1, max: maxDimension })
    .chain((d) => fc.integer({ min: d, max: maxPoints }).map((n) => [n, d] as const))
    .chain(([n, d]) => fc.record({ X: fc.array(rationalVector(d, 20n, 6n), { minLength: n, maxLength: n }), t: fc.array(rational(20n, 6n), { minLength: n, maxLength: n }) }))
    .filter(({ X }) => !isZero(determinant(matMul(transpose(X), X))));
}

// ---- quadratic activation f(h) = h², scalar w ----

/** A = Σ t_i x_i² and B = Σ x_i⁴ of scalar data, exactly. */
export function quadraticSums(data: readonly ScalarDatum[]): { A: Rational; B: Rational } {
  const A = data.map(({ x, t }) => qMul(t, qMul(x, x))).reduce(qAdd, ZERO);
  const B = data.map(({ x }) => qMul(qMul(x, x), qMul(x, x))).reduce(qAdd, ZERO);
  return { A, B };
}

/** ½ Σ_i (t_i − (w x_i)²)² with the data as exact numbers and the symbol w. */
export function quadraticLoss(data: readonly ScalarDatum[]): Expr {
  return add(...data.map(({ x, t }) => halfSquaredError(num(t), pow(linearCombination([x], [sym('w')]), 2))));
}

/**
 * The certificates for f(h) = h², scalar w: for n = 1..maxPoints symbolic points and for the loss in the sums
 * ℓ(w) = ½S_tt − w²A + ½w⁴B (every n), L'(w) ≡ −2w(A − w²B) and L − L* ≡ ½B(w² − A/B)² with L* = ½S_tt − A²/(2B),
 * where A = Σ t_i x_i², B = Σ x_i⁴.
 */
export function quadraticActivationCertificates(maxPoints = 4): Certificate[] {
  const w = sym('w');
  const out: Certificate[] = [];
  const check = (loss: Expr, A: Expr, B: Expr, Stt: Expr): void => {
    out.push(
      derivativeIdentityCertificate(loss, 'w', neg(mul(num(2), w, sub(A, mul(pow(w, 2), B))))),
      identityCertificate(sub(loss, sub(mul(num('1/2'), Stt), div(pow(A, 2), mul(num(2), B)))), mul(num('1/2'), B, pow(sub(pow(w, 2), div(A, B)), 2)), 'L − L* is ½B(w² − A/B)²'),
    );
  };
  for (let n = 1; n <= maxPoints; n++) {
    const x = symbolVector('x', n);
    const t = symbolVector('t', n);
    const loss = add(...x.map((xi, i) => halfSquaredError(t[i], pow(mul(w, xi), 2))));
    check(loss, add(...x.map((xi, i) => mul(t[i], pow(xi, 2)))), add(...x.map((xi) => pow(xi, 4))), add(...t.map((ti) => pow(ti, 2))));
  }
  const [A, B, Stt] = ['A', 'B', 'S_tt'].map(sym);
  check(add(mul(num('1/2'), Stt), neg(mul(pow(w, 2), A)), mul(num('1/2'), pow(w, 4), B)), A, B, Stt);
  return out;
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

/** The ladder w* = √(A/B) against Newton's method on the AD derivatives of the loss (started at the double value), for A > 0. */
export function quadraticActivationLadder(data: readonly ScalarDatum[], precisions: readonly number[]): LadderEvidence {
  const { A, B } = quadraticSums(data);
  if (A.num <= 0n) throw new RangeError('the ladder needs A = Σ t x² > 0');
  const ratio = qDiv(A, B);
  const at = `(x, t) = ${data.map(({ x, t }) => `(${ratToString(x)}, ${ratToString(t)})`).join(', ')}; A/B = ${ratToString(ratio)}`;
  const problem = scalarProblem('square', data);
  return precisionLadder('w^* = \\sqrt{A/B},\\ A = \\sum_i t_i x_i^2,\\ B = \\sum_i x_i^4', at, precisions, [
    { name: 'closed form √(A/B)', compute: (p) => decimalOf(decimalContext(p + 5), ratio).sqrt().toSD(p).toString() },
    { name: "Newton on L' (AD), from the double value", compute: (p) => newtonStationaryPoint(problem, new (decimalContext(p))(Math.sqrt(Number(ratio.num) / Number(ratio.den))), p).toString() },
  ]);
}

/** The exact value at `point` of `expression` differentiated in the listed variables (kernel rules and evaluator). */
export function exactValueAt(expression: Expr, point: Record<string, Rational>, differentiate: readonly string[] = []): Rational {
  const e = differentiate.reduce((acc, v) => derivative(acc, v), expression);
  return evaluateExactly(e, new Map(Object.entries(point)));
}

/** True iff the AD derivative of the scalar problem's loss at w (a decimal string), at `precision` digits, is at most 10^−digits·scale. */
export function adDerivativeVanishes(problem: Problem, w: Decimal, precision: number, digits: number, scale: Rational): boolean {
  const g = adGradient(problem, [w], precision).gradient[0];
  const D = decimalContext(precision);
  return g.abs().lte(decimalOf(D, scale).abs().times(new D(10).pow(-digits)));
}

// ---- relu activation, scalar w ----

/** One side of 0 for relu(w x): the active points (x_i > 0 for w > 0, x_i < 0 for w < 0), their sums, and the closed-form point. */
export interface ReluSide {
  side: 'positive' | 'negative';
  active: ScalarDatum[];
  inactive: ScalarDatum[];
  Sxx: Rational;
  Stx: Rational;
  /** Σ_active t x / Σ_active x², when there is an active point. */
  point: Rational | null;
  /** True iff the point lies on its side (then it is the only stationary point there); with no active point the side is flat. */
  onSide: boolean;
}

/** The two sides of relu for the data, exactly. */
export function reluSides(data: readonly ScalarDatum[]): [ReluSide, ReluSide] {
  return (['positive', 'negative'] as const).map((side) => {
    const isActive = (d: ScalarDatum): boolean => (side === 'positive' ? d.x.num > 0n : d.x.num < 0n);
    const active = data.filter(isActive);
    const { Sxx, Stx } = dataSums(active);
    const point = active.length > 0 ? qDiv(Stx, Sxx) : null;
    const onSide = point !== null && (side === 'positive' ? point.num > 0n : point.num < 0n);
    return { side, active, inactive: data.filter((d) => !isActive(d)), Sxx, Stx, point, onSide };
  }) as [ReluSide, ReluSide];
}

/** The loss on one side: ½Σ_active (t_i − w x_i)² + ½Σ_inactive t_i², with the data as numbers and the symbol w. */
export function reluSideLoss(side: ReluSide): Expr {
  const terms = side.active.map(({ x, t }) => mul(num('1/2'), pow(residual(t, x, 'w'), 2)));
  const rest = side.inactive.map(({ t }) => t).filter((t) => !isZero(t));
  if (rest.length > 0) terms.push(num(qMul(rat(1n, 2n), rest.map((t) => qMul(t, t)).reduce(qAdd, ZERO))));
  return terms.length === 0 ? num(0) : add(...terms);
}

/**
 * The per-side identities for k = 1..maxActive active points (symbols x_i, t_i) and a constant c for the inactive
 * ones: ℓ(w) = Σ ½(t_i − w x_i)² + c has ℓ'(w) ≡ −(S_tx − w S_xx) and ℓ(w) − ℓ(S_tx/S_xx) ≡ ½S_xx(w − S_tx/S_xx)²;
 * and S_xx > 0 for positive x_i. They hold for all real x_i, so they serve both sides.
 */
export function reluPiecewiseCertificates(maxActive = 3): Certificate[] {
  const w = sym('w');
  const c = sym('c');
  const out: Certificate[] = [];
  for (let k = 1; k <= maxActive; k++) {
    const x = symbolVector('x', k);
    const t = symbolVector('t', k);
    const Sxx = add(...x.map((xi) => pow(xi, 2)));
    const Stx = add(...x.map((xi, i) => mul(t[i], xi)));
    const loss = add(...x.map((xi, i) => halfSquaredError(t[i], mul(w, xi))), c);
    const point = div(Stx, Sxx);
    out.push(
      derivativeIdentityCertificate(loss, 'w', neg(sub(Stx, mul(w, Sxx)))),
      identityCertificate(sub(loss, substitute(loss, 'w', point)), mul(num('1/2'), Sxx, pow(sub(w, point), 2)), `the side loss is a parabola with vertex S_tx/S_xx, ${k} active point(s)`),
      positivityCertificate(Sxx, x.map((_, i) => `x_${i + 1}`)),
    );
  }
  return out;
}

/**
 * For rational data, per side with active points: ℓ_side(w) ≡ ℓ_side(w_s) + ½S_xx(w − w_s)² (sum of squares, S_xx > 0)
 * and ℓ_side'(w_s) = 0 exactly, where w_s = S_tx/S_xx.
 */
export function reluInstanceCertificates(data: readonly ScalarDatum[]): Certificate[] {
  return reluSides(data).flatMap((side) => {
    if (side.point === null) return [];
    const loss = reluSideLoss(side);
    const value = exactValueAt(loss, { w: side.point });
    return [
      sumOfSquaresCertificate(loss, num(value), [{ weight: qMul(rat(1n, 2n), side.Sxx), form: shiftedSymbol('w', side.point) }]),
      exactEvaluationCertificate(loss, ['w'], [[{ w: side.point }, ZERO]]),
    ];
  });
}

/** L'(w) for w ≠ 0 from the side formula −(S_tx − w S_xx) over the active points of w's side, exactly. */
export function reluSlopeExact(data: readonly ScalarDatum[], w: Rational): Rational {
  if (isZero(w)) throw new RangeError('relu loss has no derivative formula at w = 0');
  const side = reluSides(data)[w.num > 0n ? 0 : 1];
  return qNeg(qSub(side.Stx, qMul(w, side.Sxx)));
}

/** L'(w) of the relu problem by forward-mode AD (dual numbers, relu as max(h, 0)) at `precision` digits. */
export function reluSlopeAD(data: readonly ScalarDatum[], w: Rational, precision: number): Decimal {
  const D = decimalContext(precision);
  return adGradient(scalarProblem('relu', data), [decimalOf(D, w)], precision).gradient[0];
}

/** The ladder of the closed-form point of each side that lies on its side, against Newton's method on AD derivatives. */
export function reluLadder(data: readonly ScalarDatum[], precisions: readonly number[]): LadderEvidence {
  const points = reluSides(data).filter((s) => s.onSide).map((s) => s.point as Rational);
  if (points.length === 0) throw new RangeError('no closed-form point lies on its side for these data');
  const problem = scalarProblem('relu', data);
  const at = `(x, t) = ${data.map(({ x, t }) => `(${ratToString(x)}, ${ratToString(t)})`).join(', ')}`;
  return precisionLadder('w_\\pm = \\sum_{\\text{active}} t_i x_i \\big/ \\sum_{\\text{active}} x_i^2', at, precisions, [
    { name: 'closed forms on their sides', compute: (p) => points.map((r) => decimalOf(decimalContext(p), r).toString()) },
    { name: "Newton on L' (AD), from the double value ± 1/3", compute: (p) => points.map((r) => newtonStationaryPoint(problem, new (decimalContext(p))(Number(r.num) / Number(r.den) + (r.num > 0n ? 1 / 3 : -1 / 3)), p).toString()) },
  ]);
}

/**
 * Scans L' (by AD at `precision` digits) on the grid w = k/4, k = −40..40, k ≠ 0, and returns the grid cells (on one
 * side of 0) where it vanishes or changes sign that contain no closed-form point of that side: [] when every
 * stationary point the scan sees is one of the closed forms.
 */
export function reluUnexplainedSignChanges(data: readonly ScalarDatum[], precision: number): string[] {
  const sides = reluSides(data);
  const D = decimalContext(precision);
  const tiny = new D(10).pow(-(precision - 10));
  const signOf = (w: Rational): number => {
    const g = reluSlopeAD(data, w, precision);
    return g.abs().lte(tiny) ? 0 : g.gt(0) ? 1 : -1;
  };
  const out: string[] = [];
  for (const direction of [1n, -1n]) {
    const side = sides[direction > 0n ? 0 : 1];
    let previous = signOf(rat(direction, 4n));
    for (let k = 2n; k <= 40n; k++) {
      const [a, b] = [rat(direction * (k - 1n), 4n), rat(direction * k, 4n)];
      const current = signOf(b);
      if (previous === 0 || current === 0 || previous !== current) {
        const [lo, hi] = direction > 0n ? [a, b] : [b, a];
        const inside = side.point !== null && side.onSide && qSub(side.point, lo).num >= 0n && qSub(hi, side.point).num >= 0n;
        const flat = side.active.length === 0;
        if (!inside && !flat) out.push(`[${ratToString(lo)}, ${ratToString(hi)}]`);
      }
      previous = current;
    }
  }
  return out;
}
