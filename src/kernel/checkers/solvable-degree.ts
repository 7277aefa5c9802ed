/**
 * Kernel checker `solvable-degree`: every root of a polynomial of degree 1 to 4 is expressible by radicals
 * (linear and quadratic formulas, Cardano, Ferrari); with a recorded substitution u = z^k, so is every
 * root z = u^(1/k) of g(z) = f(z^k).
 */
import type { Certificate, CheckResult } from '../types.js';
import { parsePolynomial, polynomialData, polynomialText } from './exact-polynomial.js';
import { checkSubstitution } from './substitution.js';

const KIND = 'solvable-degree';

const fail = (detail: string): CheckResult => ({ kind: KIND, ok: false, proves: '', detail, trusts: [] });

/** Re-checks a `solvable-degree` certificate: {polynomial, variable?, substitution?, minimalPolynomial?}. */
export function checkSolvableDegree(certificate: Certificate): CheckResult {
  const f = parsePolynomial(certificate.polynomial);
  if (typeof f === 'string') return fail(f);
  const n = f.length - 1;
  if (n < 1 || n > 4) return fail(`degree ${n}: only degrees 1 to 4 are solvable by a general formula`);
  const v = typeof certificate.variable === 'string' && /^[a-z]$/.test(certificate.variable) ? certificate.variable : 'z';
  const sub = checkSubstitution(f, v, certificate.substitution, certificate.minimalPolynomial);
  if (typeof sub === 'string') return fail(sub);
  const lifted =
    sub === null ? '' : `; since ${sub.note}, so is every root z = ${v}^(1/${sub.power}) of ${polynomialText(sub.minimal, 'z')}`;
  return {
    kind: KIND,
    ok: true,
    proves: `every root of f(${v}) = ${polynomialText(f, v)} is expressible by radicals (degree ${n} ≤ 4)${lifted}`,
    detail: `f has degree ${n}${sub === null ? '' : ` and the minimal polynomial equals f(z^${sub.power}) exactly`}`,
    trusts: [{ kind: 'theorem', name: 'polynomial equations of degree ≤ 4 are solvable by radicals (quadratic formula, Cardano, Ferrari)' }],
    conclusion:
      sub === null
        ? { op: 'radical-roots', poly: polynomialData(f) }
        : { op: 'and', parts: [{ op: 'radical-roots', poly: polynomialData(f) }, { op: 'radical-roots', poly: polynomialData(sub.minimal) }] },
  };
}
