/**
 * Exact linear algebra over Q: products, fraction-free (Bareiss) elimination for determinants and solutions,
 * inverses, Gram matrices and pseudo-inverses of independent rows, leading principal minors and LDLᵀ.
 */
import { add as qAdd, bigGcd, div as qDiv, isZero, mul as qMul, ONE, rat, sub as qSub, ZERO, type Rational } from './rational.js';

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
