/**
 * Dense univariate polynomials over Q: arrays of exact rationals, lowest degree first, no trailing zeros.
 * Euclidean division and gcd live here; Z[z] is reached through `qFromZ` and `qToPrimitiveZ`.
 */
import { add, bigGcd, div, isZero, mul, rat, sub, ZERO, type Rational } from './rational.js';
import { zPrimitive, type ZPoly } from './poly-z.js';

/** A polynomial over Q as [c_0, ..., c_n], c_n ≠ 0 (zero polynomial: []). */
export type QPoly = readonly Rational[];

/** The same coefficients with trailing zeros removed. */
export function qNormalize(c: readonly Rational[]): QPoly {
  let n = c.length;
  while (n > 0 && isZero(c[n - 1])) n--;
  return n === c.length ? c : c.slice(0, n);
}

/** The integer polynomial seen over Q. */
export function qFromZ(f: ZPoly): QPoly {
  return f.map((c) => rat(c));
}

/** The primitive integer polynomial with positive leading coefficient that is a rational multiple of f. */
export function qToPrimitiveZ(f: QPoly): ZPoly {
  let l = 1n;
  for (const c of f) l = (l / bigGcd(l, c.den)) * c.den;
  return zPrimitive(f.map((c) => (c.num * l) / c.den));
}

/** f + g. */
export function qAdd(f: QPoly, g: QPoly): QPoly {
  const n = Math.max(f.length, g.length);
  return qNormalize(Array.from({ length: n }, (_, i) => add(f[i] ?? ZERO, g[i] ?? ZERO)));
}

/** f − g. */
export function qSub(f: QPoly, g: QPoly): QPoly {
  const n = Math.max(f.length, g.length);
  return qNormalize(Array.from({ length: n }, (_, i) => sub(f[i] ?? ZERO, g[i] ?? ZERO)));
}

/** c·f for a rational c. */
export function qScale(f: QPoly, c: Rational): QPoly {
  return isZero(c) ? [] : f.map((a) => mul(a, c));
}

/** f · g. */
export function qMul(f: QPoly, g: QPoly): QPoly {
  if (f.length === 0 || g.length === 0) return [];
  const out: Rational[] = new Array(f.length + g.length - 1).fill(ZERO);
  for (let i = 0; i < f.length; i++) {
    for (let j = 0; j < g.length; j++) out[i + j] = add(out[i + j], mul(f[i], g[j]));
  }
  return qNormalize(out);
}

/** The derivative f'. */
export function qDerivative(f: QPoly): QPoly {
  return qNormalize(f.slice(1).map((c, i) => mul(c, rat(i + 1))));
}

/** f divided by its leading coefficient ([] stays []). */
export function qMonic(f: QPoly): QPoly {
  return f.length === 0 ? [] : qScale(f, div(rat(1), f[f.length - 1]));
}

/** Quotient and remainder: f = q·g + r with deg r < deg g; throws RangeError on g = 0. */
export function qDivRem(f: QPoly, g: QPoly): { q: QPoly; r: QPoly } {
  if (g.length === 0) throw new RangeError('division by the zero polynomial');
  const r = f.slice();
  const lead = g[g.length - 1];
  const q: Rational[] = new Array(Math.max(f.length - g.length + 1, 0)).fill(ZERO);
  for (let i = f.length - g.length; i >= 0; i--) {
    const c = div(r[i + g.length - 1], lead);
    q[i] = c;
    if (!isZero(c)) for (let j = 0; j < g.length; j++) r[i + j] = sub(r[i + j], mul(c, g[j]));
  }
  return { q: qNormalize(q), r: qNormalize(r.slice(0, g.length - 1)) };
}

/** The monic gcd of f and g over Q ([] when both are zero). */
export function qGcd(f: QPoly, g: QPoly): QPoly {
  let a = f;
  let b = g;
  while (b.length > 0) [a, b] = [b, qDivRem(a, b).r];
  return qMonic(a);
}

