/**
 * Kernel checker `galois-symmetric`: Gal(f/Q) ≅ S_n from factor-degree patterns modulo good primes
 * (Dedekind), closed by group theory: an n-cycle (irreducible mod p) makes the group transitive; a pattern
 * (2, odd, ..., odd) gives a transposition; for prime n that already forces S_n; otherwise an (n − 1, 1)
 * pattern makes it 2-transitive, hence primitive, and Jordan's theorem gives S_n.
 */
import type { Certificate, CheckResult, Trust } from '../types.js';
import { isCycleFixingOne, isFullCycle, isPrimeDegree, verifyPatterns, yieldsTransposition } from './dedekind.js';
import { parsePolynomial, polynomialData, polynomialText } from './exact-polynomial.js';
import { checkSubstitution } from './substitution.js';

const KIND = 'galois-symmetric';

const fail = (detail: string): CheckResult => ({ kind: KIND, ok: false, proves: '', detail, trusts: [] });

/** Re-derives a `galois-symmetric` certificate: {polynomial, variable?, substitution?, minimalPolynomial?, primes}. */
export function checkGaloisSymmetric(certificate: Certificate): CheckResult {
  const f = parsePolynomial(certificate.polynomial);
  if (typeof f === 'string') return fail(f);
  const n = f.length - 1;
  if (n < 2) return fail(`degree ${n}: S_n needs n ≥ 2`);
  const v = typeof certificate.variable === 'string' && /^[a-z]$/.test(certificate.variable) ? certificate.variable : 'z';
  const sub = checkSubstitution(f, v, certificate.substitution, certificate.minimalPolynomial);
  if (typeof sub === 'string') return fail(sub);
  const entries = verifyPatterns(f, certificate.primes);
  if (typeof entries === 'string') return fail(entries);
  const cycle = entries.find((e) => isFullCycle(e.pattern, n));
  if (!cycle) return fail(`no recorded good prime has f irreducible mod p (pattern (${n})): transitivity is not shown`);
  const transposition = entries.find((e) => yieldsTransposition(e.pattern));
  if (!transposition) return fail('no recorded pattern of the form (2, odd, ..., odd): no transposition is shown');
  const prime = isPrimeDegree(n);
  const fixing = entries.find((e) => isCycleFixingOne(e.pattern, n));
  if (!prime && !fixing) return fail(`degree ${n} is not prime and no recorded pattern (${n - 1}, 1) shows primitivity`);
  const fText = `${polynomialText(f, v)}`;
  const radicals = n >= 5 ? `, so no root of f is expressible by radicals` : '';
  const lifted =
    n >= 5 && sub !== null
      ? `; since ${sub.note}, no root z of ${polynomialText(sub.minimal, 'z')} is expressible by radicals either (${v} = z^${sub.power} would be)`
      : '';
  const trusts: Trust[] = [
    { kind: 'theorem', name: 'Dedekind: the factor degrees of f mod a good prime p are the cycle type of an element of Gal(f)' },
    { kind: 'theorem', name: 'Gauss/Dedekind: f irreducible mod a good prime p ⇒ f irreducible over Q' },
    prime
      ? { kind: 'theorem', name: 'a transitive group of prime degree containing a transposition is S_n' }
      : { kind: 'theorem', name: 'Jordan: a primitive permutation group containing a transposition is S_n (2-transitive ⇒ primitive)' },
  ];
  if (n >= 5) trusts.push({ kind: 'theorem', name: 'Galois/Abel–Ruffini: a root of an irreducible f is expressible by radicals only if Gal(f) is solvable; S_n is not solvable for n ≥ 5' });
  const route = prime
    ? `p = ${cycle.p} gives a cycle of length ${n}, p = ${transposition.p} (${transposition.pattern.join(', ')}) a transposition; ${n} is prime`
    : `p = ${cycle.p} gives a cycle of length ${n}, p = ${fixing!.p} a cycle of length ${n - 1} fixing a root (2-transitive, so primitive), p = ${transposition.p} (${transposition.pattern.join(', ')}) a transposition`;
  return {
    kind: KIND,
    ok: true,
    proves: `Gal(f/Q) ≅ S_${n} for f(${v}) = ${fText}${radicals}${lifted}`,
    detail: `all ${entries.length} recorded primes are good and their patterns recomputed: ${route}`,
    trusts,
    conclusion: { op: 'galois-symmetric', poly: polynomialData(f) },
  };
}
