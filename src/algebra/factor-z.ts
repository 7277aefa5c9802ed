/**
 * Factorisation over Z (equivalently over Q, by Gauss's lemma): square-free decomposition, then Zassenhaus —
 * factor modulo a good prime, Hensel-lift past the Mignotte-type bound, recombine subsets by trial division.
 * This is search code: the kernel re-proves irreducibility independently (see `irreducibilityCertificate`).
 */
import { possibleFactorDegrees } from '../kernel/checkers/dedekind.js';
import { degreePattern, factorSquareFreeFp } from './factor-fp.js';
import { fpFromZ, fpMonic } from './poly-fp.js';
import { henselLift } from './hensel.js';
import { bigAbs } from './rational.js';
import {
  zContent,
  zDegree,
  zDerivative,
  zDivExact,
  zGcd,
  zLeading,
  zMul,
  zPrimitive,
  type ZPoly,
} from './poly-z.js';

/** An irreducible factor (primitive, positive leading coefficient) with its multiplicity. */
export interface FactorPower {
  factor: ZPoly;
  multiplicity: number;
}

/** f = unit · ∏ factor^multiplicity with unit = ±content(f) and each factor irreducible over Q. */
export interface Factorization {
  unit: bigint;
  factors: FactorPower[];
}

function exactQuotient(f: ZPoly, g: ZPoly): ZPoly {
  const q = zDivExact(f, g);
  if (q === null) throw new Error('internal: expected an exact division');
  return q;
}

/** f = ∏ a_i^i with a_i square-free, pairwise coprime, primitive (positive leading coefficient); deg f ≥ 1. */
export function squareFreeDecomposition(f: ZPoly): FactorPower[] {
  const out: FactorPower[] = [];
  let b = zGcd(zPrimitive(f), zDerivative(zPrimitive(f)));
  if (zDegree(b) === 0) return [{ factor: zPrimitive(f), multiplicity: 1 }]; // square-free already
  let c = exactQuotient(zPrimitive(f), b);
  for (let i = 1; zDegree(c) > 0; i++) {
    const y = zGcd(b, c);
    const a = exactQuotient(c, y);
    if (zDegree(a) > 0) out.push({ factor: a, multiplicity: i });
    b = exactQuotient(b, y);
    c = y;
  }
  return out;
}

const ODD_PRIMES: number[] = (() => {
  const ps: number[] = [];
  for (let n = 3; ps.length < 400; n += 2) if (ps.every((q) => q * q > n || n % q !== 0)) ps.push(n);
  return ps;
})();

/**
 * The odd good prime (among the first few) with the fewest factors mod p, and that count; count 1 also when
 * the patterns seen leave no possible factor degree (a factor of degree d over Q makes d a sub-sum of every
 * pattern), which proves f irreducible without lifting.
 */
function choosePrime(f: ZPoly): { p: number; count: number } {
  const n = zDegree(f);
  let best: { p: number; count: number } | null = null;
  let good = 0;
  let possible = new Set<number>(Array.from({ length: n - 1 }, (_, i) => i + 1));
  for (const p of ODD_PRIMES) {
    const pattern = degreePattern(f, p);
    if (pattern === null) continue;
    if (best === null || pattern.length < best.count) best = { p, count: pattern.length };
    const here = possibleFactorDegrees(pattern, n);
    possible = new Set([...possible].filter((d) => here.has(d)));
    if (possible.size === 0) return { p, count: 1 };
    if (best.count === 1 || ++good >= 8) break;
  }
  if (best === null) throw new Error('internal: no good prime among the first 400 odd primes');
  return best;
}

function combinations(items: readonly number[], k: number): number[][] {
  if (k === 0) return [[]];
  const out: number[][] = [];
  for (let i = 0; i + k <= items.length; i++) {
    for (const rest of combinations(items.slice(i + 1), k - 1)) out.push([items[i], ...rest]);
  }
  return out;
}

function symmetric(f: ZPoly, m: bigint): ZPoly {
  const half = m / 2n;
  return f.map((c) => (c > half ? c - m : c));
}

function productMod(polys: readonly ZPoly[], lead: bigint, m: bigint): ZPoly {
  let acc: ZPoly = [((lead % m) + m) % m];
  for (const g of polys) acc = zMul(acc, g).map((c) => ((c % m) + m) % m);
  return acc;
}

/** The irreducible factors over Q of a square-free primitive f with positive leading coefficient. */
export function factorSquareFree(f: ZPoly): ZPoly[] {
  const n = zDegree(f);
  if (n <= 1) return [f];
  if (f[0] === 0n) return [[0n, 1n], ...factorSquareFree(f.slice(1))];
  const { p, count } = choosePrime(f);
  if (count === 1) return [f];
  const modular = factorSquareFreeFp(fpMonic(fpFromZ(f, p), p), p);
  const normMax = f.reduce((m, c) => (bigAbs(c) > m ? bigAbs(c) : m), 0n);
  const rootN = BigInt(Math.ceil(Math.sqrt(n + 1)));
  const bound = 2n * rootN * 2n ** BigInt(n) * normMax * zLeading(f) + 1n;
  const { lifted, modulus } = henselLift(f, modular, p, bound);
  const found: ZPoly[] = [];
  let rest = f;
  let remaining = lifted.map((_, i) => i);
  for (let s = 1; 2 * s <= remaining.length; s++) {
    let progress = true;
    while (progress && 2 * s <= remaining.length) {
      progress = false;
      for (const subset of combinations(remaining, s)) {
        const candidate = zPrimitive(symmetric(productMod(subset.map((i) => lifted[i]), zLeading(rest), modulus), modulus));
        if (candidate.length < 2 || candidate[0] === 0n || rest[0] % candidate[0] !== 0n) continue;
        const quotient = zDivExact(rest, candidate);
        if (quotient === null) continue;
        found.push(candidate);
        rest = zPrimitive(quotient);
        remaining = remaining.filter((i) => !subset.includes(i));
        progress = true;
        break;
      }
    }
  }
  if (zDegree(rest) > 0) found.push(rest);
  return found;
}

const CACHE_SIZE = 64;
const cache = new Map<string, Factorization>();

/**
 * The complete factorisation of a non-zero f ∈ Z[z] into irreducibles over Q, factors sorted by degree.
 * Each polynomial is factored once: the last few results are kept (a fresh copy is returned each time).
 */
export function factorOverZ(f: ZPoly): Factorization {
  if (f.length === 0) throw new RangeError('cannot factor the zero polynomial');
  const key = f.join(',');
  let result = cache.get(key);
  if (result === undefined) {
    result = factorOverZFresh(f);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, result);
  }
  return { unit: result.unit, factors: result.factors.map(({ factor, multiplicity }) => ({ factor: factor.slice(), multiplicity })) };
}

/** Forgets the kept factorisations (so a benchmark times the first call of an analysis). */
export function clearFactorizationCache(): void {
  cache.clear();
}

/** The same factorisation as `factorOverZ`, computed afresh (no cache): what the benchmarks time. */
export function factorOverZFresh(f: ZPoly): Factorization {
  if (f.length === 0) throw new RangeError('cannot factor the zero polynomial');
  const unit = zLeading(f) < 0n ? -zContent(f) : zContent(f);
  const factors: FactorPower[] = [];
  if (zDegree(f) > 0) {
    for (const { factor, multiplicity } of squareFreeDecomposition(f)) {
      for (const g of factorSquareFree(factor)) factors.push({ factor: g, multiplicity });
    }
  }
  factors.sort((a, b) => zDegree(a.factor) - zDegree(b.factor) || compareCoefficients(a.factor, b.factor));
  return { unit, factors };
}

function compareCoefficients(f: ZPoly, g: ZPoly): number {
  for (let i = f.length - 1; i >= 0; i--) if (f[i] !== g[i]) return f[i] < g[i] ? -1 : 1;
  return 0;
}
