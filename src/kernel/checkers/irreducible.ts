/**
 * Kernel checker `irreducible`: f is irreducible over Q, from factor-degree patterns modulo good primes.
 * A factor of degree d over Q reduces mod p to a product of some of the irreducible factors of f mod p, so d is
 * a sum of a sub-multiset of every pattern; f is irreducible when some pattern is (n) or when no d in 1..n−1
 * is such a sum for all recorded patterns.
 */
import type { Certificate, CheckResult } from '../types.js';
import { isFullCycle, possibleFactorDegrees, verifyPatterns } from './dedekind.js';
import { parsePolynomial, polynomialData, polynomialText } from './exact-polynomial.js';

const KIND = 'irreducible';

const fail = (detail: string): CheckResult => ({ kind: KIND, ok: false, proves: '', detail, trusts: [] });

/** Re-derives an `irreducible` certificate: {polynomial, primes: [{p, pattern}]} (primes may be [] for degree 1). */
export function checkIrreducible(certificate: Certificate): CheckResult {
  const f = parsePolynomial(certificate.polynomial);
  if (typeof f === 'string') return fail(f);
  const n = f.length - 1;
  if (n < 1) return fail('a constant is not an irreducible polynomial');
  const proves = `f(z) = ${polynomialText(f, 'z')} is irreducible over Q`;
  const conclusion = { op: 'irreducible', poly: polynomialData(f) };
  if (n === 1) return { kind: KIND, ok: true, proves, detail: 'f has degree 1', trusts: [], conclusion };
  const entries = verifyPatterns(f, certificate.primes);
  if (typeof entries === 'string') return fail(entries);
  const trusts = [{ kind: 'theorem' as const, name: 'Gauss: a factorisation over Q gives one over Z, which reduces mod p (p ∤ lc f)' }];
  const cycle = entries.find((e) => isFullCycle(e.pattern, n));
  if (cycle) return { kind: KIND, ok: true, proves, detail: `f is irreducible mod the good prime ${cycle.p}`, trusts, conclusion };
  let common = new Set<number>(Array.from({ length: n - 1 }, (_, i) => i + 1));
  for (const e of entries) {
    const possible = possibleFactorDegrees(e.pattern, n);
    common = new Set([...common].filter((d) => possible.has(d)));
  }
  if (common.size > 0) return fail(`the patterns still allow a factor of degree ${[...common].join(', ')}`);
  return {
    kind: KIND,
    ok: true,
    proves,
    detail: `no degree 1..${n - 1} is a sub-sum of all patterns (${entries.map((e) => `p = ${e.p}: ${e.pattern.join(', ')}`).join('; ')})`,
    trusts,
    conclusion,
  };
}
