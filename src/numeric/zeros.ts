/**
 * Certified zeros of a C^1 map F: R^n -> R^n on a box, by 1-D interval Newton and n-D Krawczyk.
 * Each test gives the box a status: `unique` (F has exactly one zero in X, proved), `none` (no zero in X, proved)
 * or `unknown`. Theorems trusted: the mean value theorem, Krawczyk's (1969) existence and uniqueness theorem
 * (K(X) in int X implies exactly one zero in X) and the interval Newton theorem; all zeros of F in X lie in K(X).
 */
import type { Decimal } from 'decimal.js';
import type { DecimalCtor } from './context.js';
import type { Interval, IntervalContext } from './interval.js';

/** The status of a box: exactly one zero (proved), no zero (proved), or undecided. */
export type ZeroStatus = 'unique' | 'none' | 'unknown';

/** A map F: R^n -> R^n given by interval enclosures of F and of its Jacobian over boxes. */
export interface IntervalSystem {
  dim: number;
  /** Encloses {F(x) : x in X}. */
  value(X: Interval[]): Interval[];
  /** Encloses {F'(x) : x in X}, entrywise. */
  jacobian(X: Interval[]): Interval[][];
  /** True only when F is C^1 on a neighbourhood of X (the hypothesis of the tests below). */
  smooth(X: Interval[]): boolean;
}

/** The result of one contraction test: the status and X ∩ T(X) (every zero in X lies there; null when empty). */
export interface ZeroTest {
  status: ZeroStatus;
  contracted: Interval[] | null;
}

/** True iff some component of the enclosure G excludes 0, so that G encloses no zero; never when an end is not a number. */
export function excludesZero(ic: IntervalContext, G: Interval[]): boolean {
  return !G.some(notANumber) && G.some((g) => !ic.containsZero(g));
}

/** An interval with a NaN end (e.g. ∞ − ∞ past decimal.js's exponent range) encloses nothing reliably. */
function notANumber(x: Interval): boolean {
  return x.lo.isNaN() || x.hi.isNaN();
}

function verdict(ic: IntervalContext, X: Interval[], T: Interval[]): ZeroTest {
  if (T.some(notANumber)) return { status: 'unknown', contracted: X };
  const contracted: Interval[] = [];
  for (let i = 0; i < X.length; i++) {
    const c = ic.intersect(T[i], X[i]);
    if (c === null) return { status: 'none', contracted: null };
    contracted.push(c);
  }
  const inside = T.every((t, i) => ic.isSubsetInterior(t, X[i]));
  return { status: inside ? 'unique' : 'unknown', contracted };
}

/**
 * The 1-D interval Newton test N(X) = m - F(m)/F'(X): `unique` when N(X) is in int X, `none` when N(X) ∩ X is
 * empty or the mean-value form F(m) + F'(X)(X - m) excludes 0, `unknown` otherwise (also when F is not C^1 near
 * X or F'(X) contains 0). Needs `sys.dim === 1`.
 */
export function intervalNewton(ic: IntervalContext, sys: IntervalSystem, X: Interval[]): ZeroTest {
  if (!sys.smooth(X)) return { status: 'unknown', contracted: X };
  const d = sys.jacobian(X)[0][0];
  if (ic.containsZero(d)) return { status: 'unknown', contracted: X };
  const m = ic.point(ic.mid(X[0]));
  const fm = sys.value([m])[0];
  if (!ic.containsZero(ic.add(fm, ic.mul(d, ic.sub(X[0], m))))) return { status: 'none', contracted: null };
  const N = ic.sub(m, ic.div(fm, d));
  return verdict(ic, X, [N]);
}

/**
 * The Krawczyk test K(X) = m - C F(m) + (I - C F'(X))(X - m), with m the midpoint of X and C an approximate
 * inverse of the midpoint Jacobian (any C is sound): `unique` when K(X) is in int X, `none` when K(X) ∩ X is
 * empty or the mean-value form F(m) + F'(X)(X - m) excludes 0, `unknown` otherwise (also when F is not C^1 near
 * X or mid F'(X) is singular).
 */
export function krawczyk(ic: IntervalContext, sys: IntervalSystem, X: Interval[]): ZeroTest {
  if (!sys.smooth(X)) return { status: 'unknown', contracted: X };
  const n = X.length;
  const J = sys.jacobian(X);
  const C = approximateInverse(ic.near, J.map((row) => row.map((e) => ic.mid(e))));
  if (C === null) return { status: 'unknown', contracted: X };
  const m = X.map((x) => ic.point(ic.mid(x)));
  const Fm = sys.value(m);
  const dX = X.map((x, j) => ic.sub(x, m[j]));
  const meanValue = Fm.map((f, i) => J[i].reduce((acc, Jij, j) => ic.add(acc, ic.mul(Jij, dX[j])), f));
  if (excludesZero(ic, meanValue)) return { status: 'none', contracted: null };
  const Ci = C.map((row) => row.map((c) => ic.point(c)));
  const one = ic.point('1');
  const zero = ic.point('0');
  const K: Interval[] = [];
  for (let i = 0; i < n; i++) {
    let k = m[i];
    for (let j = 0; j < n; j++) k = ic.sub(k, ic.mul(Ci[i][j], Fm[j]));
    for (let j = 0; j < n; j++) {
      let a = i === j ? one : zero;
      for (let l = 0; l < n; l++) a = ic.sub(a, ic.mul(Ci[i][l], J[l][j]));
      k = ic.add(k, ic.mul(a, dX[j]));
    }
    K.push(k);
  }
  return verdict(ic, X, K);
}

/** The test used for certification: interval Newton in dimension 1, Krawczyk otherwise. */
export function zeroTest(ic: IntervalContext, sys: IntervalSystem, X: Interval[]): ZeroTest {
  return sys.dim === 1 ? intervalNewton(ic, sys, X) : krawczyk(ic, sys, X);
}

/**
 * An approximate inverse of the square matrix A by Gauss-Jordan elimination with partial pivoting in the Decimal
 * context D (rounded; not rigorous, and need not be), or null when a pivot vanishes.
 */
export function approximateInverse(D: DecimalCtor, A: Decimal[][]): Decimal[][] | null {
  const n = A.length;
  const M = A.map((row, i) => [...row.map((a) => new D(a)), ...row.map((_, j) => new D(i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (M[r][c].abs().gt(M[p][c].abs())) p = r;
    if (M[p][c].isZero()) return null;
    [M[c], M[p]] = [M[p], M[c]];
    const pivot = M[c][c];
    M[c] = M[c].map((v) => v.div(pivot));
    for (let r = 0; r < n; r++) {
      if (r === c || M[r][c].isZero()) continue;
      const f = M[r][c];
      M[r] = M[r].map((v, j) => v.sub(f.mul(M[c][j])));
    }
  }
  return M.map((row) => row.slice(n));
}
