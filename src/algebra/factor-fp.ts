/**
 * Factorisation of square-free polynomials over F_p: distinct-degree factorisation (which alone gives the
 * degree pattern) and Cantor–Zassenhaus equal-degree splitting driven by a fixed-seed generator, so every
 * run factors the same way.
 */
import { fpDegree, fpDerivative, fpFromZ, fpMonic, fpNormalize, type FpPoly } from './poly-fp.js';
import {
  applyFrobenius,
  frobeniusMatrix,
  fromVec,
  toVec,
  vecDivExact,
  vecGcd,
  vecMulMod,
  vecPowMod,
  vecRem,
  vecSub,
  type FpVec,
} from './fp-dense.js';
import { zLeading, type ZPoly } from './poly-z.js';

/** The product of all monic irreducible factors of one degree. */
export interface DegreeBlock {
  degree: number;
  product: FpPoly;
}

/**
 * Distinct-degree factorisation of a square-free f (deg ≥ 1) over F_p: blocks of factors of equal degree.
 * h = x^(p^d) mod f advances by the precomputed Frobenius matrix (one matrix-vector product per degree);
 * the gcds with the rest are taken once per run of `GCD_RUN` degrees, on the product of the h − x, which is
 * formed mod f itself (often sparse, so cheap to reduce by): the rest divides f, so the gcd is the same.
 */
export function distinctDegreeFactorization(f: FpPoly, p: number): DegreeBlock[] {
  return distinctDegreeVec(toVec(fpMonic(f, p)), p).map((b) => ({ degree: b.degree, product: fromVec(b.product) }));
}

const GCD_RUN = 16;

function distinctDegreeVec(monic: FpVec, p: number): { degree: number; product: FpVec }[] {
  const blocks: { degree: number; product: FpVec }[] = [];
  const n = monic.length - 1;
  const matrix = frobeniusMatrix(monic, p);
  const x = vecRem(Float64Array.of(0, 1), monic, p);
  let rest = monic;
  let h = x;
  let d = 0;
  while (2 * (d + 1) <= rest.length - 1) {
    // h_e − x for e = d+1, ..., d+run; an irreducible factor of degree e divides h_e − x = x^(p^e) − x (mod f)
    const run: { degree: number; diff: FpVec }[] = [];
    let product: FpVec = Float64Array.of(1);
    while (run.length < GCD_RUN && 2 * (d + 1) <= rest.length - 1) {
      d++;
      h = applyFrobenius(h, matrix, n, p);
      const diff = vecSub(h, x, p);
      run.push({ degree: d, diff });
      product = vecMulMod(product, diff, monic, p);
    }
    // rest has no factor of degree < run[0].degree, so taking the degrees in increasing order and dividing
    // out what each finds leaves exactly the factors of degree e for gcd(h_e − x, ·)
    let common = vecGcd(product, rest, p);
    for (const { degree, diff } of run) {
      if (common.length <= 1) break;
      const g = vecGcd(diff, common, p);
      if (g.length > 1) {
        blocks.push({ degree, product: g });
        rest = vecDivExact(rest, g, p);
        common = vecDivExact(common, g, p);
      }
    }
  }
  if (rest.length > 1) blocks.push({ degree: rest.length - 1, product: rest });
  return blocks;
}

/** The degrees of the irreducible factors of a square-free f over F_p, sorted decreasing. */
export function degreePatternOfFp(f: FpPoly, p: number): number[] {
  const pattern: number[] = [];
  for (const b of distinctDegreeVec(toVec(fpMonic(f, p)), p)) {
    for (let i = 0; i < (b.product.length - 1) / b.degree; i++) pattern.push(b.degree);
  }
  return pattern.sort((a, b) => b - a);
}

/** True iff p divides neither lc(f) nor disc(f mod p), i.e. p ∤ lc(f) and f mod p is square-free. */
export function isGoodPrime(f: ZPoly, p: number): boolean {
  if (zLeading(f) % BigInt(p) === 0n) return false;
  const fp = fpFromZ(f, p);
  return vecGcd(toVec(fp), toVec(fpDerivative(fp, p)), p).length === 1;
}

const PATTERN_CACHE_POLYNOMIALS = 16;
const patternCache = new Map<string, Map<number, readonly number[] | null>>();

/**
 * The factor-degree pattern of f mod a good prime p (sorted decreasing); null when p is not good for f.
 * Patterns of the last few polynomials are kept, so the factorisation, irreducibility and Galois scans of one
 * polynomial compute each pattern once (a fresh array is returned each time).
 */
export function degreePattern(f: ZPoly, p: number): number[] | null {
  const key = f.join(',');
  let perPrime = patternCache.get(key);
  if (perPrime === undefined) {
    if (patternCache.size >= PATTERN_CACHE_POLYNOMIALS) patternCache.delete(patternCache.keys().next().value as string);
    patternCache.set(key, (perPrime = new Map()));
  }
  let pattern = perPrime.get(p);
  if (pattern === undefined) {
    pattern = isGoodPrime(f, p) ? degreePatternOfFp(fpFromZ(f, p), p) : null;
    perPrime.set(p, pattern);
  }
  return pattern === null ? null : pattern.slice();
}

/** Forgets the kept patterns (so a benchmark times the first scan of a polynomial). */
export function clearPatternCache(): void {
  patternCache.clear();
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
function equalDegreeSplit(g: FpVec, d: number, p: number, next: () => number): FpVec[] {
  const n = g.length - 1;
  if (n === d) return [g];
  const exponent = (BigInt(p) ** BigInt(d) - 1n) / 2n;
  for (;;) {
    const a = toVec(fpNormalize(Array.from({ length: n }, () => Math.floor(next() * p))));
    let b: FpVec;
    if (p === 2) {
      // the trace a + a^2 + ... + a^(2^(d−1)) takes values in F_2 on each factor's residue field
      b = new Float64Array(0);
      let power = vecRem(a, g, p);
      for (let i = 0; i < d; i++) {
        b = vecAdd(b, power, p);
        power = vecMulMod(power, power, g, p);
      }
    } else {
      b = vecSub(vecPowMod(a, exponent, g, p), Float64Array.of(1), p);
    }
    const c = vecGcd(b, g, p);
    const k = c.length - 1;
    if (k > 0 && k < n) {
      return [...equalDegreeSplit(c, d, p, next), ...equalDegreeSplit(vecDivExact(g, c, p), d, p, next)];
    }
  }
}

/** f + g over F_p. */
function vecAdd(f: FpVec, g: FpVec, p: number): FpVec {
  return vecSub(f, vecSub(new Float64Array(0), g, p), p);
}

/** The monic irreducible factors of a square-free f (deg ≥ 1) over F_p, deterministic, sorted by degree. */
export function factorSquareFreeFp(f: FpPoly, p: number): FpPoly[] {
  const next = generator(p * 7919 + fpDegree(f));
  const factors: FpPoly[] = [];
  for (const b of distinctDegreeVec(toVec(fpMonic(f, p)), p)) {
    for (const g of equalDegreeSplit(b.product, b.degree, p, next)) factors.push(fromVec(g));
  }
  return factors.sort((u, v) => fpDegree(u) - fpDegree(v));
}
