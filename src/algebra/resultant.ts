/**
 * Resultants and discriminants over Q, by the Euclidean recursion
 * res(g, f) = lc(g)^(deg f − deg r) · res(g, r) for r = f mod g, and res(f, g) = (−1)^(deg f · deg g) · res(g, f).
 */
import { div, mul, pow, rat, ZERO, type Rational } from './rational.js';
import { qDerivative, qDivRem, qFromZ, type QPoly } from './poly-q.js';
import type { ZPoly } from './poly-z.js';

/** res(f, g) = lc(f)^deg g · lc(g)^deg f · ∏ (α − β) over roots α of f and β of g; 0 if either is 0. */
export function resultant(f: QPoly, g: QPoly): Rational {
  if (f.length === 0 || g.length === 0) return ZERO;
  const m = f.length - 1;
  const n = g.length - 1;
  if (n === 0) return pow(g[0], m);
  if (m === 0) return pow(f[0], n);
  const flip = (m * n) % 2 === 1 ? rat(-1) : rat(1);
  if (m < n) return mul(flip, resultant(g, f));
  // m ≥ n ≥ 1: res(f, g) = (−1)^(mn) res(g, f) = (−1)^(mn) lc(g)^(m − k) res(g, r)
  const r = qDivRem(f, g).r;
  if (r.length === 0) return ZERO;
  const k = r.length - 1;
  return mul(flip, mul(pow(g[n], m - k), resultant(g, r)));
}

/** disc(f) = (−1)^(n(n−1)/2) · res(f, f') / lc(f) for deg f = n ≥ 1 (1 when n = 1); throws on a constant f. */
export function discriminant(f: QPoly): Rational {
  const n = f.length - 1;
  if (n < 1) throw new RangeError('the discriminant needs a polynomial of degree at least 1');
  const sign = ((n * (n - 1)) / 2) % 2 === 1 ? rat(-1) : rat(1);
  return mul(sign, div(resultant(f, qDerivative(f)), f[n]));
}

/** The discriminant of an integer polynomial (an integer), as a BigInt. */
export function zDiscriminant(f: ZPoly): bigint {
  const d = discriminant(qFromZ(f));
  return d.num;
}
