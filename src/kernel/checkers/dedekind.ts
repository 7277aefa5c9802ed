/**
 * Trusted Dedekind-pattern checking: re-derives, for each recorded prime, that it is good for f (prime,
 * p ∤ lc f, f mod p square-free) and that the recorded factor-degree pattern is the true one; plus the
 * cycle-type facts the Galois and irreducibility certificates close with.
 */
import { factorDegreePattern, isPrime, isSquareFreeModP, MAX_PRIME } from './exact-polynomial.js';

/** A prime with the degrees of the irreducible factors of f mod p, sorted decreasing. */
export interface PrimePattern {
  p: bigint;
  pattern: number[];
}

function parsePrime(data: unknown): bigint | null {
  if (typeof data === 'number' && Number.isSafeInteger(data)) return BigInt(data);
  if (typeof data === 'string' && /^\d+$/.test(data)) return BigInt(data);
  return null;
}

/**
 * Re-checks recorded {p, pattern} entries against f (lowest degree first, degree ≥ 1); returns the verified
 * entries or a message naming the first entry that fails. Every entry must verify.
 */
export function verifyPatterns(f: readonly bigint[], data: unknown): PrimePattern[] | string {
  if (!Array.isArray(data) || data.length === 0) return 'primes must be a non-empty array of {p, pattern}';
  const out: PrimePattern[] = [];
  for (const entry of data) {
    const e = entry as { p?: unknown; pattern?: unknown } | null;
    const p = parsePrime(e?.p);
    if (p === null || p > MAX_PRIME) return `entry ${JSON.stringify(entry)}: p must be an integer up to 2^40`;
    if (!isPrime(p)) return `p = ${p} is not prime`;
    if (f[f.length - 1] % p === 0n) return `p = ${p} divides the leading coefficient: a bad prime says nothing`;
    if (!isSquareFreeModP(f, p)) return `f mod ${p} is not square-free (p divides the discriminant): a bad prime says nothing`;
    const recorded = e?.pattern;
    if (!Array.isArray(recorded) || !recorded.every((d) => Number.isInteger(d) && d > 0)) {
      return `p = ${p}: pattern must be an array of positive integers`;
    }
    const actual = factorDegreePattern(f, p);
    const sorted = [...(recorded as number[])].sort((a, b) => b - a);
    if (sorted.length !== actual.length || sorted.some((d, i) => d !== actual[i])) {
      return `p = ${p}: recorded pattern (${sorted.join(', ')}) but f mod ${p} factors with degrees (${actual.join(', ')})`;
    }
    out.push({ p, pattern: actual });
  }
  return out;
}

/** True iff the pattern is (n): f is irreducible mod p, and Gal(f) contains an n-cycle. */
export function isFullCycle(pattern: readonly number[], n: number): boolean {
  return pattern.length === 1 && pattern[0] === n;
}

/** True iff the pattern is (2, odd, ..., odd): a power of that element (by the odd parts' lcm) is a transposition. */
export function yieldsTransposition(pattern: readonly number[]): boolean {
  return pattern.filter((d) => d === 2).length === 1 && pattern.every((d) => d === 2 || d % 2 === 1);
}

/** True iff the pattern is (n − 1, 1) with n ≥ 3: an (n − 1)-cycle fixing one root. */
export function isCycleFixingOne(pattern: readonly number[], n: number): boolean {
  return n >= 3 && pattern.length === 2 && pattern[0] === n - 1 && pattern[1] === 1;
}

/** True iff n is a prime number (n a small positive integer). */
export function isPrimeDegree(n: number): boolean {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}

/** The degrees 1..n−1 that a factor over Q could have given one pattern: the sums of its sub-multisets. */
export function possibleFactorDegrees(pattern: readonly number[], n: number): Set<number> {
  let sums = new Set<number>([0]);
  for (const d of pattern) sums = new Set([...sums, ...[...sums].map((s) => s + d)]);
  return new Set([...sums].filter((s) => s > 0 && s < n));
}
