/**
 * Search for Galois and irreducibility certificates (untrusted; the kernel re-derives them): scans good primes
 * for the factor-degree patterns that pin Gal(f) down as S_n, or records that degree ≤ 4 is solvable, or says
 * `undetermined` with what was tried. Never guesses a group.
 */
import type { Certificate } from '../kernel/types.js';
import {
  isCycleFixingOne,
  isFullCycle,
  isPrimeDegree,
  possibleFactorDegrees,
  yieldsTransposition,
} from '../kernel/checkers/dedekind.js';
import { degreePattern } from './factor-fp.js';
import { factorOverZ } from './factor-z.js';
import { zDiscriminant } from './resultant.js';
import { zDegree, zInflate, zToStrings, type ZPoly } from './poly-z.js';

/** The default bound on the primes scanned ("a few thousand"). */
export const DEFAULT_PRIME_LIMIT = 5000;

const primeLists = new Map<number, readonly number[]>();

/** The primes up to `limit`, increasing (sieve of Eratosthenes; the lists of the last few limits are kept). */
export function primesUpTo(limit: number): readonly number[] {
  let primes = primeLists.get(limit);
  if (primes === undefined) {
    if (primeLists.size >= 8) primeLists.delete(primeLists.keys().next().value as number);
    primeLists.set(limit, (primes = sieve(limit)));
  }
  return primes;
}

function sieve(limit: number): number[] {
  const composite = new Uint8Array(limit + 1);
  const out: number[] = [];
  for (let n = 2; n <= limit; n++) {
    if (composite[n]) continue;
    out.push(n);
    for (let m = n * n; m <= limit; m += n) composite[m] = 1;
  }
  return out;
}

/** What a certificate is about when the polynomial was obtained by the substitution u = z^power from g(z). */
export interface Substitution {
  power: number;
  minimalPolynomial: ZPoly;
}

/** A recorded prime and the factor-degree pattern of f mod p (sorted decreasing). */
export interface PrimePatternRecord {
  p: number;
  pattern: number[];
}

/** The outcome of the Galois search. */
export type GaloisResult =
  | { status: 'symmetric'; certificate: Certificate }
  | { status: 'solvable'; certificate: Certificate }
  | { status: 'undetermined'; primeLimit: number; goodPrimesTried: number; reason: string };

function subjectFields(f: ZPoly, substitution?: Substitution): Record<string, unknown> {
  if (substitution === undefined || substitution.power === 1) return { polynomial: zToStrings(f), variable: 'z' };
  const expected = zInflate(f, substitution.power);
  if (expected.length !== substitution.minimalPolynomial.length || expected.some((c, i) => c !== substitution.minimalPolynomial[i])) {
    throw new RangeError('the minimal polynomial is not f(z^power)');
  }
  return {
    polynomial: zToStrings(f),
    variable: 'u',
    substitution: `u = z^${substitution.power}`,
    minimalPolynomial: zToStrings(substitution.minimalPolynomial),
  };
}

function isSquare(n: bigint): boolean {
  if (n < 0n) return false;
  if (n < 2n) return true;
  let x = 1n << BigInt((n.toString(2).length >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x * x === n;
    x = y;
  }
}

/**
 * For f ∈ Z[u] of degree n ≥ 1 (primitive): `solvable` when n ≤ 4; `symmetric` with a `galois-symmetric`
 * certificate when good primes up to `primeLimit` show an n-cycle, a transposition and (for composite n)
 * an (n − 1, 1) pattern; otherwise `undetermined` with the reason. `substitution` records u = z^k. A caller that
 * has factored f already (e.g. f(z^k) is a minimal polynomial, so f is irreducible) passes `knownIrreducible` and
 * f is not factored again; the certificate is the same either way, since the kernel re-derives irreducibility.
 */
export function galoisCertificate(f: ZPoly, substitution?: Substitution, primeLimit = DEFAULT_PRIME_LIMIT, knownIrreducible = false): GaloisResult {
  const n = zDegree(f);
  if (n < 1) throw new RangeError('a Galois group needs a polynomial of degree at least 1');
  const subject = subjectFields(f, substitution);
  if (n <= 4) return { status: 'solvable', certificate: { kind: 'solvable-degree', ...subject } };
  const factorization = knownIrreducible ? null : factorOverZ(f);
  if (factorization !== null && (factorization.factors.length !== 1 || factorization.factors[0].multiplicity !== 1)) {
    return { status: 'undetermined', primeLimit, goodPrimesTried: 0, reason: 'f is reducible over Q, so its group is not a transitive S_n' };
  }
  const needFixing = !isPrimeDegree(n);
  let cycle: PrimePatternRecord | undefined;
  let transposition: PrimePatternRecord | undefined;
  let fixing: PrimePatternRecord | undefined;
  let tried = 0;
  for (const p of primesUpTo(primeLimit)) {
    const pattern = degreePattern(f, p);
    if (pattern === null) continue;
    tried++;
    if (!cycle && isFullCycle(pattern, n)) cycle = { p, pattern };
    if (!transposition && yieldsTransposition(pattern)) transposition = { p, pattern };
    if (needFixing && !fixing && isCycleFixingOne(pattern, n)) fixing = { p, pattern };
    if (cycle && transposition && (fixing || !needFixing)) {
      const primes = [cycle, ...(fixing ? [fixing] : []), transposition];
      return { status: 'symmetric', certificate: { kind: 'galois-symmetric', ...subject, primes } };
    }
  }
  const missing = [
    cycle ? '' : `no pattern (${n})`,
    transposition ? '' : 'no pattern (2, odd, ..., odd)',
    !needFixing || fixing ? '' : `no pattern (${n - 1}, 1)`,
  ].filter((s) => s !== '');
  const square = transposition ? '' : isSquare(zDiscriminant(f)) ? '; the discriminant is a square, so Gal(f) ⊆ A_n and is not S_n' : '';
  return {
    status: 'undetermined',
    primeLimit,
    goodPrimesTried: tried,
    reason: `among ${tried} good primes up to ${primeLimit}: ${missing.join(', ')}${square}`,
  };
}

/**
 * An `irreducible` certificate for f ∈ Z[z] (degree ≥ 1) from good primes up to `primeLimit`: one prime with
 * pattern (n), or primes whose patterns leave no possible factor degree; null when none is found (f may be
 * reducible, or irreducible but reducible mod every prime, like z^4 + 1).
 */
export function irreducibilityCertificate(f: ZPoly, primeLimit = DEFAULT_PRIME_LIMIT): Certificate | null {
  const n = zDegree(f);
  if (n < 1) throw new RangeError('irreducibility needs a polynomial of degree at least 1');
  if (n === 1) return { kind: 'irreducible', polynomial: zToStrings(f), primes: [] };
  let common = new Set<number>(Array.from({ length: n - 1 }, (_, i) => i + 1));
  const used: PrimePatternRecord[] = [];
  for (const p of primesUpTo(primeLimit)) {
    const pattern = degreePattern(f, p);
    if (pattern === null) continue;
    if (isFullCycle(pattern, n)) return { kind: 'irreducible', polynomial: zToStrings(f), primes: [{ p, pattern }] };
    const possible = possibleFactorDegrees(pattern, n);
    const next = new Set([...common].filter((d) => possible.has(d)));
    if (next.size < common.size) {
      used.push({ p, pattern });
      common = next;
      if (common.size === 0) return { kind: 'irreducible', polynomial: zToStrings(f), primes: used };
    }
  }
  return null;
}
