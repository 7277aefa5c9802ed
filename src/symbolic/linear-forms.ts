/**
 * Expression builders for exact data: rationals, linear combinations with rational coefficients, shifted symbols,
 * and vectors and matrices of indexed symbols. They print without double signs or unit factors.
 */
import { isZero, neg as qNeg, type Rational } from '../algebra/rational.js';
import { add, mul, neg, num, sub, sym, type Expr } from './expr.js';

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

/** The matrix of symbols `${name}_{i}{j}` (1-based), n rows and d columns. */
export function symbolMatrix(name: string, n: number, d: number): Expr[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: d }, (_, j) => sym(`${name}_${i + 1}${j + 1}`)));
}

/** The symbols `${name}_1..${name}_n`. */
export function symbolVector(name: string, n: number): Expr[] {
  return Array.from({ length: n }, (_, i) => sym(`${name}_${i + 1}`));
}
