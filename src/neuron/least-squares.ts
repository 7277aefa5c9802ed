/**
 * The linear activation f(h) = h: least squares. The exact solution of the normal equations, the certificates that
 * it is the unique global minimiser (exact gradient and an LDLᵀ sum of squares), the symbolic Taylor identity, and
 * random full-rank data.
 */
import fc from 'fast-check';
import { div as qDiv, isZero, rat, ZERO, type Rational } from '../algebra/rational.js';
import { determinant, ldlt, matMul, matVec, solveExact, transpose, type QMatrix } from '../algebra/matrix-q.js';
import { rational, rationalVector } from '../evidence/arbitraries.js';
import type { Certificate } from '../kernel/types.js';
import { evaluateExactly } from '../kernel/checkers/exact-evaluation.js';
import { derivativeIdentityCertificate, identityCertificate } from '../symbolic/certificates.js';
import { exactEvaluationCertificate, sumOfSquaresCertificate } from '../symbolic/exact-certificates.js';
import { add, mul, neg, num, pow, sub, type Expr } from '../symbolic/expr.js';
import { linearCombination, shiftedSymbol, symbolMatrix, symbolVector } from '../symbolic/linear-forms.js';
import { halfSquaredError } from '../symbolic/sigmoid.js';

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
