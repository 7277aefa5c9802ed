/**
 * Matrices of expressions: determinant by cofactor expansion, adjugate and dot product (for certificates over
 * symbolic matrices; sizes stay small).
 */
import { add, mul, neg, num, type Expr } from './expr.js';

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

/** Σ_k u_k v_k, with unit factors and signs of u_k kept out of the products. */
export function symbolicDot(u: readonly Expr[], v: readonly Expr[]): Expr {
  const times = (a: Expr, b: Expr): Expr => (a.op === 'num' && a.value === '1' ? b : mul(a, b));
  return add(...u.map((ui, k) => (ui.op === 'neg' ? neg(times(ui.arg, v[k])) : times(ui, v[k]))));
}
