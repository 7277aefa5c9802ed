/**
 * Factorisation of square-free polynomials over F_p: distinct-degree factorisation (which alone gives the
 * degree pattern) and Cantor–Zassenhaus equal-degree splitting driven by a fixed-seed generator, so every
 * run factors the same way.
 */
import {
  fpAdd,
  fpDegree,
  fpDivRem,
  fpFromZ,
  fpGcd,
  fpIsSquareFree,
  fpMonic,
  fpMul,
  fpNormalize,
  fpPowMod,
  fpRem,
  fpSub,
  type FpPoly,
} from './poly-fp.js';
import { zLeading, type ZPoly } from './poly-z.js';

/** The product of all monic irreducible factors of one degree. */
export interface DegreeBlock {
  degree: number;
  product: FpPoly;
}

/** The Frobenius map h ↦ h^p on F_p[x]/(f) as a matrix: row i holds x^(ip) mod f (f monic, deg ≥ 1). */
function frobeniusMatrix(f: FpPoly, p: number): FpPoly[] {
  const xp = fpPowMod([0, 1], BigInt(p), f, p);
  const rows: FpPoly[] = [[1]];
  for (let i = 1; i < fpDegree(f); i++) rows.push(fpRem(fpMul(rows[i - 1], xp, p), f, p));
  return rows;
}

/** h^p mod f = Σ h_i x^(ip) mod f, since the coefficients h_i lie in F_p. */
function applyFrobenius(h: FpPoly, rows: readonly FpPoly[], p: number): FpPoly {
  const out = new Array<number>(rows.length).fill(0);
  h.forEach((c, i) => {
    if (c !== 0) rows[i].forEach((r, j) => (out[j] = (out[j] + c * r) % p));
  });
  return fpNormalize(out);
}

/** Distinct-degree factorisation of a square-free f (deg ≥ 1) over F_p: blocks of factors of equal degree. */
export function distinctDegreeFactorization(f: FpPoly, p: number): DegreeBlock[] {
  const blocks: DegreeBlock[] = [];
  const monic = fpMonic(f, p);
  const rows = frobeniusMatrix(monic, p);
  const x: FpPoly = fpRem([0, 1], monic, p);
  let rest = monic;
  let h = x;
  for (let d = 1; 2 * d <= fpDegree(rest); d++) {
    h = applyFrobenius(h, rows, p); // h = x^(p^d) mod f, so gcd(h − x, rest) collects the factors of degree d
    const g = fpGcd(fpSub(h, x, p), rest, p);
    if (fpDegree(g) > 0) {
      blocks.push({ degree: d, product: g });
      rest = fpDivRem(rest, g, p).q;
    }
  }
  if (fpDegree(rest) > 0) blocks.push({ degree: fpDegree(rest), product: rest });
  return blocks;
}

/** The degrees of the irreducible factors of a square-free f over F_p, sorted decreasing. */
export function degreePatternOfFp(f: FpPoly, p: number): number[] {
  const pattern: number[] = [];
  for (const b of distinctDegreeFactorization(f, p)) {
    for (let i = 0; i < fpDegree(b.product) / b.degree; i++) pattern.push(b.degree);
  }
  return pattern.sort((a, b) => b - a);
}

/** True iff p divides neither lc(f) nor disc(f mod p), i.e. p ∤ lc(f) and f mod p is square-free. */
export function isGoodPrime(f: ZPoly, p: number): boolean {
  if (zLeading(f) % BigInt(p) === 0n) return false;
  return fpIsSquareFree(fpFromZ(f, p), p);
}

/** The factor-degree pattern of f mod a good prime p (sorted decreasing); null when p is not good for f. */
export function degreePattern(f: ZPoly, p: number): number[] | null {
  return isGoodPrime(f, p) ? degreePatternOfFp(fpFromZ(f, p), p) : null;
}

/** A small deterministic generator (xorshift32) for the random choices of Cantor–Zassenhaus. */
function generator(seed: number): () => number {
  let s = seed >>> 0 || 0x9e3779b9;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}

/** Splits a monic square-free g whose irreducible factors all have degree d into those factors. */
function equalDegreeSplit(g: FpPoly, d: number, p: number, next: () => number): FpPoly[] {
  const n = fpDegree(g);
  if (n === d) return [g];
  const exponent = (BigInt(p) ** BigInt(d) - 1n) / 2n;
  for (;;) {
    const a = Array.from({ length: n }, () => Math.floor(next() * p));
    let b: FpPoly;
    if (p === 2) {
      // the trace a + a^2 + ... + a^(2^(d−1)) takes values in F_2 on each factor's residue field
      b = [];
      let power = fpRem(a, g, p);
      for (let i = 0; i < d; i++) {
        b = fpAdd(b, power, p);
        power = fpRem(fpMul(power, power, p), g, p);
      }
    } else {
      b = fpSub(fpPowMod(a, exponent, g, p), [1], p);
    }
    const c = fpGcd(b, g, p);
    const k = fpDegree(c);
    if (k > 0 && k < n) {
      return [...equalDegreeSplit(c, d, p, next), ...equalDegreeSplit(fpDivRem(g, c, p).q, d, p, next)];
    }
  }
}

/** The monic irreducible factors of a square-free f (deg ≥ 1) over F_p, deterministic, sorted by degree. */
export function factorSquareFreeFp(f: FpPoly, p: number): FpPoly[] {
  const next = generator(p * 7919 + fpDegree(f));
  const factors: FpPoly[] = [];
  for (const b of distinctDegreeFactorization(f, p)) factors.push(...equalDegreeSplit(b.product, b.degree, p, next));
  return factors.sort((u, v) => fpDegree(u) - fpDegree(v));
}
