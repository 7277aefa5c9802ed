/**
 * factOf writes a certificate's fact as a statement; the kernel's own conclusion for an accepted certificate must be
 * exactly that statement (so a claim built from factOf is proved only through the checker), and a wrong domain
 * ("everywhere" for a fact that holds only where defined) must not match.
 */
import { describe, expect, it } from 'vitest';
import { factOf } from '../../src/claim/facts.js';
import { checkCertificate } from '../../src/kernel/checkers.js';
import { decodeProp, propEquals } from '../../src/kernel/proposition.js';
import { propToLatex } from '../../src/kernel/print-prop.js';
import { derivativeIdentityCertificate, identityCertificate, positivityCertificate } from '../../src/symbolic/certificates.js';
import { parseExpr } from '../../src/symbolic/parse.js';
import type { Certificate } from '../../src/kernel/types.js';

const conclusion = (c: Certificate) => {
  const r = checkCertificate(JSON.parse(JSON.stringify(c)) as Certificate);
  expect(r.ok, r.detail).toBe(true);
  return decodeProp(r.conclusion);
};

describe('factOf', () => {
  const cases: [string, Certificate][] = [
    ['an identity that holds everywhere', identityCertificate(parseExpr('(x + 1)^2'), parseExpr('x^2 + 2*x + 1'))],
    ['an identity that holds where defined', identityCertificate(parseExpr('x/x'), parseExpr('1'))],
    ['a derivative', derivativeIdentityCertificate(parseExpr('sigmoid(h)'), 'h', parseExpr('sigmoid(h)*(1 - sigmoid(h))'))],
    ['a derivative where defined', derivativeIdentityCertificate(parseExpr('1/x'), 'x', parseExpr('-1/x^2'))],
    ['a sign with positive symbols', positivityCertificate(parseExpr('p*u + 1'), ['p', 'u'])],
    ['a negative sign', positivityCertificate(parseExpr('-1 - exp(x)'), [], 'negative')],
  ];

  it.each(cases)("states %s exactly as the kernel concludes it ('auto' domain)", (_what, c) => {
    expect(propEquals(decodeProp(factOf(c, 'auto')), conclusion(c))).toBe(true);
  });

  it('a fact stated with the wrong domain is not the kernel\'s conclusion', () => {
    const partial = identityCertificate(parseExpr('x/x'), parseExpr('1'));
    expect(propEquals(decodeProp(factOf(partial, false)), conclusion(partial))).toBe(false);
    const total = identityCertificate(parseExpr('(x + 1)^2'), parseExpr('x^2 + 2*x + 1'));
    expect(propEquals(decodeProp(factOf(total, true)), conclusion(total))).toBe(false);
  });

  it('binds positive symbols as positive and prints the sign', () => {
    expect(propToLatex(decodeProp(factOf(positivityCertificate(parseExpr('p*u + 1'), ['p', 'u']))))).toBe('\\forall\\, p, u > 0:\\ p u + 1 > 0');
    expect(propToLatex(decodeProp(factOf(positivityCertificate(parseExpr('-1 - exp(x)'), [], 'negative'))))).toBe('\\forall\\, x \\in \\mathbb{R}:\\ 0 > -1 - e^{x}');
  });

  it('refuses a certificate kind it cannot state', () => {
    expect(() => factOf({ kind: 'galois-symmetric', poly: ['1', '0', '-2'] })).toThrow(/no statement for certificate kind galois-symmetric/);
  });
});
