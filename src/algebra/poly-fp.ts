/**
 * Dense univariate polynomials over F_p for a prime p < 2^26, coefficients in [0, p) as JS numbers
 * (products stay below 2^53, so every operation is exact), lowest degree first, no trailing zeros.
 */
import type { ZPoly } from './poly-z.js';

/** A polynomial over F_p as [c_0, ..., c_n], 0 ≤ c_i < p, c_n ≠ 0 (zero polynomial: []). */
export type FpPoly = readonly number[];

/** The largest modulus the number-based arithmetic accepts. */
export const MAX_FP_PRIME = 2 ** 26;

function checkPrime(p: number): void {
  if (!Number.isInteger(p) || p < 2 || p >= MAX_FP_PRIME) throw new RangeError(`F_p arithmetic needs 2 ≤ p < 2^26, got ${p}`);
}

/** The same coefficients with trailing zeros removed. */
export function fpNormalize(c: readonly number[]): FpPoly {
  let n = c.length;
  while (n > 0 && c[n - 1] === 0) n--;
  return n === c.length ? c : c.slice(0, n);
}

/** f mod p for an integer polynomial f. */
export function fpFromZ(f: ZPoly, p: number): FpPoly {
  checkPrime(p);
  const P = BigInt(p);
  return fpNormalize(f.map((c) => Number(((c % P) + P) % P)));
}

/** Degree; −1 for the zero polynomial. */
export function fpDegree(f: FpPoly): number {
  return f.length - 1;
}

/** a^(−1) mod p for a ≢ 0 (extended Euclid). */
export function fpInverse(a: number, p: number): number {
  let [r0, r1] = [((a % p) + p) % p, p];
  let [s0, s1] = [1, 0];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1) throw new RangeError(`${a} is not invertible mod ${p}`);
  return ((s0 % p) + p) % p;
}

/** f + g over F_p. */
export function fpAdd(f: FpPoly, g: FpPoly, p: number): FpPoly {
  const n = Math.max(f.length, g.length);
  return fpNormalize(Array.from({ length: n }, (_, i) => ((f[i] ?? 0) + (g[i] ?? 0)) % p));
}

/** f − g over F_p. */
export function fpSub(f: FpPoly, g: FpPoly, p: number): FpPoly {
  const n = Math.max(f.length, g.length);
  return fpNormalize(Array.from({ length: n }, (_, i) => ((f[i] ?? 0) - (g[i] ?? 0) + p) % p));
}

/** c·f over F_p. */
export function fpScale(f: FpPoly, c: number, p: number): FpPoly {
  const k = ((c % p) + p) % p;
  return k === 0 ? [] : f.map((a) => (a * k) % p);
}

/** f · g over F_p. */
export function fpMul(f: FpPoly, g: FpPoly, p: number): FpPoly {
  if (f.length === 0 || g.length === 0) return [];
  const out = new Array<number>(f.length + g.length - 1).fill(0);
  for (let i = 0; i < f.length; i++) {
    const a = f[i];
    if (a === 0) continue;
    for (let j = 0; j < g.length; j++) out[i + j] = (out[i + j] + a * g[j]) % p;
  }
  return fpNormalize(out);
}

/** f / lc(f) over F_p ([] stays []). */
export function fpMonic(f: FpPoly, p: number): FpPoly {
  return f.length === 0 ? [] : fpScale(f, fpInverse(f[f.length - 1], p), p);
}

/** Quotient and remainder over F_p: f = q·g + r, deg r < deg g; throws RangeError on g = 0. */
export function fpDivRem(f: FpPoly, g: FpPoly, p: number): { q: FpPoly; r: FpPoly } {
  if (g.length === 0) throw new RangeError('division by the zero polynomial');
  const r = f.slice();
  const inv = fpInverse(g[g.length - 1], p);
  const q = new Array<number>(Math.max(f.length - g.length + 1, 0)).fill(0);
  for (let i = f.length - g.length; i >= 0; i--) {
    const c = (r[i + g.length - 1] * inv) % p;
    q[i] = c;
    if (c !== 0) for (let j = 0; j < g.length; j++) r[i + j] = (r[i + j] - ((c * g[j]) % p) + p) % p;
  }
  return { q: fpNormalize(q), r: fpNormalize(r.slice(0, g.length - 1)) };
}

/** f mod g over F_p. */
export function fpRem(f: FpPoly, g: FpPoly, p: number): FpPoly {
  return f.length < g.length ? f : fpDivRem(f, g, p).r;
}

/** The monic gcd over F_p ([] when both are zero). */
export function fpGcd(f: FpPoly, g: FpPoly, p: number): FpPoly {
  let a = f;
  let b = g;
  while (b.length > 0) [a, b] = [b, fpRem(a, b, p)];
  return fpMonic(a, p);
}

/** Monic gcd d and Bézout cofactors with s·f + t·g = d over F_p. */
export function fpExtendedGcd(f: FpPoly, g: FpPoly, p: number): { gcd: FpPoly; s: FpPoly; t: FpPoly } {
  let [r0, r1] = [f, g];
  let [s0, s1]: [FpPoly, FpPoly] = [[1], []];
  let [t0, t1]: [FpPoly, FpPoly] = [[], [1]];
  while (r1.length > 0) {
    const { q, r } = fpDivRem(r0, r1, p);
    [r0, r1] = [r1, r];
    [s0, s1] = [s1, fpSub(s0, fpMul(q, s1, p), p)];
    [t0, t1] = [t1, fpSub(t0, fpMul(q, t1, p), p)];
  }
  if (r0.length === 0) return { gcd: [], s: s0, t: t0 };
  const inv = fpInverse(r0[r0.length - 1], p);
  return { gcd: fpScale(r0, inv, p), s: fpScale(s0, inv, p), t: fpScale(t0, inv, p) };
}

/** The derivative f' over F_p. */
export function fpDerivative(f: FpPoly, p: number): FpPoly {
  return fpNormalize(f.slice(1).map((c, i) => (c * ((i + 1) % p)) % p));
}

/** base^e mod modulus over F_p, for an integer e ≥ 0 and a non-constant modulus. */
export function fpPowMod(base: FpPoly, e: bigint, modulus: FpPoly, p: number): FpPoly {
  let result: FpPoly = fpRem([1], modulus, p);
  let b = fpRem(base, modulus, p);
  let k = e;
  while (k > 0n) {
    if (k & 1n) result = fpRem(fpMul(result, b, p), modulus, p);
    k >>= 1n;
    if (k > 0n) b = fpRem(fpMul(b, b, p), modulus, p);
  }
  return result;
}

/** True iff f (of degree ≥ 1) is square-free over F_p, i.e. gcd(f, f') = 1. */
export function fpIsSquareFree(f: FpPoly, p: number): boolean {
  return fpGcd(f, fpDerivative(f, p), p).length === 1;
}
