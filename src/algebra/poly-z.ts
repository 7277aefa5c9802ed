/**
 * Dense univariate polynomials over Z: coefficient arrays, lowest degree first, with no trailing zeros
 * (the zero polynomial is []). Text conversions use the "highest degree first" order of the suite's JSON.
 */
import { vecGcd } from './fp-dense.js';
import { fpFromZ } from './poly-fp.js';
import { bigAbs, bigGcd, rat, type Rational } from './rational.js';

/** A polynomial c_0 + c_1 z + ... + c_n z^n as [c_0, ..., c_n], c_n ≠ 0 (zero polynomial: []). */
export type ZPoly = readonly bigint[];

/** The same coefficients with trailing zeros removed. */
export function zNormalize(c: readonly bigint[]): ZPoly {
  let n = c.length;
  while (n > 0 && c[n - 1] === 0n) n--;
  return n === c.length ? c : c.slice(0, n);
}

/** The polynomial with the given coefficients, lowest degree first (accepts numbers or bigints). */
export function zPoly(coefficients: readonly (bigint | number)[]): ZPoly {
  return zNormalize(coefficients.map((c) => BigInt(c)));
}

/** Degree; −1 for the zero polynomial. */
export function zDegree(f: ZPoly): number {
  return f.length - 1;
}

/** Leading coefficient (0n for the zero polynomial). */
export function zLeading(f: ZPoly): bigint {
  return f.length === 0 ? 0n : f[f.length - 1];
}

/** f + g. */
export function zAdd(f: ZPoly, g: ZPoly): ZPoly {
  const n = Math.max(f.length, g.length);
  const out: bigint[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = (f[i] ?? 0n) + (g[i] ?? 0n);
  return zNormalize(out);
}

/** f − g. */
export function zSub(f: ZPoly, g: ZPoly): ZPoly {
  const n = Math.max(f.length, g.length);
  const out: bigint[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = (f[i] ?? 0n) - (g[i] ?? 0n);
  return zNormalize(out);
}

/** c·f for an integer c. */
export function zScale(f: ZPoly, c: bigint): ZPoly {
  return c === 0n ? [] : f.map((a) => a * c);
}

/** f · g. */
export function zMul(f: ZPoly, g: ZPoly): ZPoly {
  if (f.length === 0 || g.length === 0) return [];
  const out: bigint[] = new Array(f.length + g.length - 1).fill(0n);
  for (let i = 0; i < f.length; i++) {
    if (f[i] === 0n) continue;
    for (let j = 0; j < g.length; j++) out[i + j] += f[i] * g[j];
  }
  return zNormalize(out);
}

/** f^k for an integer k ≥ 0. */
export function zPow(f: ZPoly, k: number): ZPoly {
  let result: ZPoly = [1n];
  for (let i = 0; i < k; i++) result = zMul(result, f);
  return result;
}

/** z^k · f (k ≥ 0). */
export function zShift(f: ZPoly, k: number): ZPoly {
  return f.length === 0 ? [] : [...new Array<bigint>(k).fill(0n), ...f];
}

/** The derivative f'. */
export function zDerivative(f: ZPoly): ZPoly {
  return zNormalize(f.slice(1).map((c, i) => c * BigInt(i + 1)));
}

/**
 * The content: gcd of the coefficients, ≥ 0 (0 for the zero polynomial). It starts from the smallest non-zero
 * coefficient and takes a gcd only with coefficients that the running gcd does not divide (one division each).
 */
export function zContent(f: ZPoly): bigint {
  let g = 0n;
  for (const c of f) if (c !== 0n && (g === 0n || bigAbs(c) < g)) g = bigAbs(c);
  if (g === 0n) return 0n;
  for (const c of f) {
    if (g === 1n) break;
    if (c % g !== 0n) g = bigGcd(g, c);
  }
  return g;
}

/** The primitive part with a positive leading coefficient: f / (±content); [] for the zero polynomial. */
export function zPrimitive(f: ZPoly): ZPoly {
  if (f.length === 0) return [];
  let c = zContent(f);
  if (zLeading(f) < 0n) c = -c;
  return c === 1n ? f : f.map((a) => a / c);
}

/** f divided by its positive content, keeping the sign of the leading coefficient. */
export function zPrimitiveSigned(f: ZPoly): ZPoly {
  const c = zContent(f);
  return c <= 1n ? f : f.map((a) => a / c);
}

/**
 * Exact quotient f / g over Z, or null when g does not divide f in Z[z] (g ≠ 0).
 * Throws RangeError on g = 0.
 */
export function zDivExact(f: ZPoly, g: ZPoly): ZPoly | null {
  if (g.length === 0) throw new RangeError('division by the zero polynomial');
  if (f.length === 0) return [];
  if (f.length < g.length) return null;
  const r = f.slice();
  const lead = zLeading(g);
  const q: bigint[] = new Array(f.length - g.length + 1).fill(0n);
  for (let i = f.length - g.length; i >= 0; i--) {
    const top = r[i + g.length - 1];
    if (top % lead !== 0n) return null;
    const c = top / lead;
    q[i] = c;
    if (c !== 0n) for (let j = 0; j < g.length; j++) r[i + j] -= c * g[j];
  }
  return r.every((c) => c === 0n) ? zNormalize(q) : null;
}

/**
 * Sign-preserving pseudo-remainder: the remainder of |lc(g)|^(deg f − deg g + 1) · f on division by g.
 * It differs from the true remainder over Q by a positive factor, so signs (Sturm) are kept. g ≠ 0.
 */
export function zPositivePseudoRemainder(f: ZPoly, g: ZPoly): ZPoly {
  if (g.length === 0) throw new RangeError('division by the zero polynomial');
  const r = f.slice();
  const lead = zLeading(g);
  const absLead = bigAbs(lead);
  const dg = g.length - 1;
  let steps = f.length - g.length + 1;
  for (let top = r.length - 1; top >= dg; top--) {
    const c = r[top];
    // r ← |lead|·r − sign(lead)·c·z^(top−dg)·g : kills the coefficient of z^top
    for (let i = 0; i < r.length; i++) r[i] *= absLead;
    const k = lead > 0n ? c : -c;
    if (c !== 0n) for (let j = 0; j <= dg; j++) r[top - dg + j] -= k * g[j];
    steps--;
  }
  if (steps > 0) {
    const extra = absLead ** BigInt(steps);
    for (let i = 0; i < r.length; i++) r[i] *= extra;
  }
  return zNormalize(r.slice(0, Math.max(dg, 0)));
}

const COPRIME_TEST_PRIMES = [10007, 10009];

/**
 * True when f mod p and g mod p are coprime for one of a few primes p ∤ lc(f)·lc(g): then f and g are coprime
 * over Q (a common factor h over Z keeps its degree mod such a p, since lc(h) divides lc(f)). False says nothing.
 */
export function zCoprimeModP(f: ZPoly, g: ZPoly): boolean {
  for (const p of COPRIME_TEST_PRIMES) {
    const P = BigInt(p);
    if (zLeading(f) % P === 0n || zLeading(g) % P === 0n) continue;
    if (vecGcd(Float64Array.from(fpFromZ(f, p)), Float64Array.from(fpFromZ(g, p)), p).length === 1) return true;
  }
  return false;
}

/** A prime just below 2^26, the largest the F_p arithmetic takes: a gcd mod it lifts coefficients below 2^25. */
const GCD_PRIME = 67108859;

/**
 * The primitive gcd of primitive non-constant a and b from one gcd mod a large prime p ∤ lc(a)·lc(b), or null
 * when that does not settle it. The gcd mod p has degree ≥ that of the gcd over Q; its lift (scaled by
 * gcd(lc a, lc b), symmetric residues, primitive part) is the gcd when it divides both a and b exactly.
 */
function modularGcd(a: ZPoly, b: ZPoly): ZPoly | null {
  const P = BigInt(GCD_PRIME);
  if (zLeading(a) % P === 0n || zLeading(b) % P === 0n) return null;
  const monic = vecGcd(Float64Array.from(fpFromZ(a, GCD_PRIME)), Float64Array.from(fpFromZ(b, GCD_PRIME)), GCD_PRIME);
  if (monic.length === 1) return [1n];
  const scale = bigGcd(zLeading(a), zLeading(b)) % P;
  const lifted = Array.from(monic, (m) => {
    const r = (BigInt(m) * scale) % P;
    return r > P / 2n ? r - P : r;
  });
  const candidate = zPrimitive(lifted);
  return zDivExact(a, candidate) !== null && zDivExact(b, candidate) !== null ? candidate : null;
}

/**
 * gcd(f, g) in Z[z]: primitive, positive leading coefficient, times gcd of contents ([] when both are 0).
 * One gcd mod a large prime decides it when it is 1 or lifts to a common divisor (small coefficients, the common
 * case); otherwise the primitive remainder sequence over Z computes it.
 */
export function zGcd(f: ZPoly, g: ZPoly): ZPoly {
  if (f.length === 0) return g.length === 0 ? [] : zScale(zPrimitive(g), zContent(g));
  if (g.length === 0) return zScale(zPrimitive(f), zContent(f));
  const c = bigGcd(zContent(f), zContent(g));
  let a = zPrimitive(f);
  let b = zPrimitive(g);
  const modular = a.length > 1 && b.length > 1 ? modularGcd(a, b) : null;
  if (modular !== null) return zScale(modular, c);
  if (a.length < b.length) [a, b] = [b, a];
  while (b.length > 0) {
    const r = zPositivePseudoRemainder(a, b);
    a = b;
    b = zPrimitive(r);
  }
  return zScale(a, c);
}

/**
 * The square-free part f / gcd(f, f'): primitive, positive leading coefficient, same distinct roots as f; f itself
 * (the same array) when f is already square-free, primitive and has a positive leading coefficient.
 */
export function zSquareFreePart(f: ZPoly): ZPoly {
  if (f.length <= 1) return zPrimitive(f);
  const df = zDerivative(f);
  if (zCoprimeModP(f, df)) return zPrimitive(f);
  const g = zGcd(f, df);
  const q = zDivExact(zPrimitive(f), zPrimitive(g));
  if (q === null) throw new Error('internal: gcd(f, f\u2032) does not divide f');
  return zPrimitive(q);
}

/** f(a) at a rational a, exactly. */
export function zEval(f: ZPoly, a: Rational): Rational {
  return rat(zEvalHomogeneous(f, a.num, a.den), a.den ** BigInt(Math.max(f.length - 1, 0)));
}

/** den^deg(f) · f(num/den), an integer with the sign of f(num/den) (den > 0). */
export function zEvalHomogeneous(f: ZPoly, num: bigint, den: bigint): bigint {
  let acc = 0n;
  let denPow = 1n;
  for (let i = f.length - 1; i >= 0; i--) {
    acc = acc * num + f[i] * denPow;
    denPow *= den;
  }
  return acc;
}

/** The exact sign of f(a), −1, 0 or 1. */
export function zSignAt(f: ZPoly, a: Rational): -1 | 0 | 1 {
  const v = zEvalHomogeneous(f, a.num, a.den);
  return v < 0n ? -1 : v > 0n ? 1 : 0;
}

/** g(z^k): every exponent multiplied by k ≥ 1. */
export function zInflate(g: ZPoly, k: number): ZPoly {
  if (g.length === 0) return [];
  const out: bigint[] = new Array((g.length - 1) * k + 1).fill(0n);
  g.forEach((c, i) => (out[i * k] = c));
  return out;
}

/** The largest k with f(z) = g(z^k) for some g, and that g (k = 1 and f itself when f is constant or zero). */
export function zDeflate(f: ZPoly): { power: number; poly: ZPoly } {
  let k = 0;
  f.forEach((c, i) => {
    if (c !== 0n && i > 0) k = gcdNumber(k, i);
  });
  if (k <= 1) return { power: 1, poly: f };
  return { power: k, poly: zNormalize(f.filter((_, i) => i % k === 0)) };
}

function gcdNumber(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** The number m of factors z in f (f = z^m · g with g(0) ≠ 0); 0 for f = 0. */
export function zOrderAtZero(f: ZPoly): number {
  let m = 0;
  while (m < f.length && f[m] === 0n) m++;
  return m === f.length ? 0 : m;
}

/** Coefficients as decimal strings, highest degree first (the suite's JSON convention); [] for 0. */
export function zToStrings(f: ZPoly): string[] {
  return f.map((c) => c.toString()).reverse();
}

/** The polynomial from integer strings, highest degree first; throws SyntaxError on a non-integer entry. */
export function zFromStrings(coefficients: readonly string[]): ZPoly {
  const lowFirst = coefficients.map((s) => {
    if (!/^\s*[+-]?\d+\s*$/.test(s)) throw new SyntaxError(`"${s}" is not an integer coefficient`);
    return BigInt(s.trim());
  });
  return zNormalize(lowFirst.reverse());
}

/** Human-readable text such as "4z^7 + z^6 − 2" in the variable `v` (ASCII minus). */
export function zToText(f: ZPoly, v = 'z'): string {
  if (f.length === 0) return '0';
  const terms: string[] = [];
  for (let i = f.length - 1; i >= 0; i--) {
    const c = f[i];
    if (c === 0n) continue;
    const a = bigAbs(c);
    const mono = i === 0 ? '' : i === 1 ? v : `${v}^${i}`;
    const body = mono === '' ? a.toString() : a === 1n ? mono : `${a}${mono}`;
    terms.push(terms.length === 0 ? (c < 0n ? `-${body}` : body) : `${c < 0n ? '-' : '+'} ${body}`);
  }
  return terms.join(' ');
}
