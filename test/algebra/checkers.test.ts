import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { galoisCertificate } from '../../src/algebra/galois.js';
import { zPoly, zToStrings } from '../../src/algebra/poly-z.js';
import { checkCertificate } from '../../src/kernel/checkers.js';
import { checkGaloisSymmetric } from '../../src/kernel/checkers/galois-symmetric.js';
import { checkIrreducible } from '../../src/kernel/checkers/irreducible.js';
import { checkIsolatedRoot } from '../../src/kernel/checkers/isolated-root.js';
import { checkRealRootCount } from '../../src/kernel/checkers/real-root-count.js';
import { checkSolvableDegree } from '../../src/kernel/checkers/solvable-degree.js';
import type { Certificate } from '../../src/kernel/types.js';

const SEED = 31337;
const SEPTIC = ['4', '1', '21', '-6', '-12', '-33', '-5', '-2'];
const septicCertificate: Certificate = {
  kind: 'galois-symmetric',
  polynomial: SEPTIC,
  variable: 'z',
  primes: [
    { p: 5, pattern: [7] },
    { p: 7, pattern: [5, 2] },
  ],
};

const sextic = zPoly([1, 1, 0, 0, 0, 0, 1]); // x^6 + x + 1, group S_6
const sexticCertificate = (() => {
  const r = galoisCertificate(sextic);
  if (r.status !== 'symmetric') throw new Error('x^6 + x + 1 should be certified');
  return r.certificate;
})();

const withPrimes = (c: Certificate, primes: unknown): Certificate => ({ ...c, primes });

describe('galois-symmetric checker', () => {
  it('accepts the septic S_7 certificate and says what it proves', () => {
    const r = checkGaloisSymmetric(septicCertificate);
    expect(r.ok).toBe(true);
    expect(r.proves).toBe(
      'Gal(f/Q) ≅ S_7 for f(z) = 4z^7 + z^6 + 21z^5 - 6z^4 - 12z^3 - 33z^2 - 5z - 2, so no root of f is expressible by radicals',
    );
    expect(r.trusts.map((t) => t.name).join(' ')).toContain('Dedekind');
    expect(checkCertificate(septicCertificate).ok).toBe(true);
  });

  it('rejects a wrong pattern, a bad prime, a non-prime and a missing transposition', () => {
    const wrongPattern = withPrimes(septicCertificate, [{ p: 5, pattern: [6, 1] }, { p: 7, pattern: [5, 2] }]);
    expect(checkGaloisSymmetric(wrongPattern)).toMatchObject({ ok: false });
    expect(checkGaloisSymmetric(wrongPattern).detail).toContain('recorded pattern');
    // 2 divides the leading coefficient 4; f mod 3 is not square-free (3 | disc); 9 and 1 are not prime
    expect(checkGaloisSymmetric(withPrimes(septicCertificate, [{ p: 5, pattern: [7] }, { p: 2, pattern: [5, 2] }])).detail).toContain('leading coefficient');
    expect(checkGaloisSymmetric(withPrimes(septicCertificate, [{ p: 5, pattern: [7] }, { p: 3, pattern: [2, 2, 2, 1] }])).detail).toContain('square-free');
    expect(checkGaloisSymmetric(withPrimes(septicCertificate, [{ p: 5, pattern: [7] }, { p: 9, pattern: [5, 2] }])).detail).toContain('not prime');
    expect(checkGaloisSymmetric(withPrimes(septicCertificate, [{ p: 5, pattern: [7] }, { p: 1, pattern: [5, 2] }])).ok).toBe(false);
    const noTransposition = withPrimes(septicCertificate, [{ p: 5, pattern: [7] }, { p: 11, pattern: [2, 2, 2, 1] }]);
    expect(checkGaloisSymmetric(noTransposition).detail).toContain('no transposition');
    expect(checkGaloisSymmetric(withPrimes(septicCertificate, [{ p: 7, pattern: [5, 2] }])).detail).toContain('transitivity');
    expect(checkGaloisSymmetric(withPrimes(septicCertificate, [])).ok).toBe(false);
  });

  it('needs the (n − 1, 1) pattern for composite n', () => {
    expect(checkGaloisSymmetric(sexticCertificate).ok).toBe(true);
    const primes = (sexticCertificate.primes as { p: number; pattern: number[] }[]).filter((e) => e.pattern.join() !== '5,1');
    const r = checkGaloisSymmetric(withPrimes(sexticCertificate, primes));
    expect(r.ok).toBe(false);
    expect(r.detail).toContain('primitivity');
  });

  it('rejects forged patterns for groups that are not S_n (PSL(2,7), F_20)', () => {
    const psl = { kind: 'galois-symmetric', polynomial: ['1', '0', '0', '0', '0', '0', '-7', '3'] };
    expect(checkGaloisSymmetric({ ...psl, primes: [{ p: 2, pattern: [7] }, { p: 5, pattern: [2, 1, 1, 1, 1, 1] }] }).ok).toBe(false);
    expect(checkGaloisSymmetric({ ...psl, primes: [{ p: 2, pattern: [7] }, { p: 13, pattern: [5, 2] }] }).ok).toBe(false);
    const f20 = { kind: 'galois-symmetric', polynomial: ['1', '0', '0', '0', '0', '-2'] };
    expect(checkGaloisSymmetric({ ...f20, primes: [{ p: 11, pattern: [5] }, { p: 3, pattern: [2, 2, 1] }] }).ok).toBe(false);
    expect(checkGaloisSymmetric({ ...f20, primes: [{ p: 11, pattern: [5] }, { p: 7, pattern: [2, 1, 1, 1] }] }).ok).toBe(false);
  });

  it('checks a recorded substitution coefficient by coefficient', () => {
    const h = ['4', '-5', '21', '-36', '-48', '-87', '-17', '-8'];
    const g = ['4', '0', '-5', '0', '21', '0', '-36', '0', '-48', '0', '-87', '0', '-17', '0', '-8'];
    const c = galoisCertificate(zPoly(h.map(BigInt).reverse()), { power: 2, minimalPolynomial: zPoly(g.map(BigInt).reverse()) });
    if (c.status !== 'symmetric') throw new Error('expected a symmetric certificate');
    expect(checkGaloisSymmetric(c.certificate).ok).toBe(true);
    const tampered = [...g];
    tampered[3] = '1';
    expect(checkGaloisSymmetric({ ...c.certificate, minimalPolynomial: tampered }).detail).toContain('not f(z^2)');
    expect(checkGaloisSymmetric({ ...c.certificate, substitution: 'u = z^3' }).ok).toBe(false);
    expect(checkGaloisSymmetric({ ...c.certificate, substitution: 'w = z^2' }).ok).toBe(false);
    expect(checkGaloisSymmetric({ ...c.certificate, substitution: undefined }).ok).toBe(false);
  });
});

describe('solvable-degree checker', () => {
  it('accepts degree 1 to 4 and rejects degree 5', () => {
    expect(checkSolvableDegree({ kind: 'solvable-degree', polynomial: ['2', '0', '-1'] }).ok).toBe(true);
    expect(checkSolvableDegree({ kind: 'solvable-degree', polynomial: ['1', '0', '0', '0', '1'] }).ok).toBe(true);
    expect(checkSolvableDegree({ kind: 'solvable-degree', polynomial: ['1', '0', '0', '0', '-1', '-1'] }).ok).toBe(false);
    expect(checkSolvableDegree({ kind: 'solvable-degree', polynomial: ['5'] }).ok).toBe(false);
    const sub = { kind: 'solvable-degree', polynomial: ['2', '-1'], variable: 'u', substitution: 'u = z^2', minimalPolynomial: ['2', '0', '-1'] };
    expect(checkSolvableDegree(sub).proves).toContain('so is every root z');
    expect(checkSolvableDegree({ ...sub, minimalPolynomial: ['2', '0', '1'] }).ok).toBe(false);
  });
});

describe('irreducible checker', () => {
  it('accepts an irreducible pattern and incompatible patterns, rejects patterns that allow a factor', () => {
    expect(checkIrreducible({ kind: 'irreducible', polynomial: SEPTIC, primes: [{ p: 5, pattern: [7] }] }).ok).toBe(true);
    const a4 = ['1', '0', '0', '8', '12'];
    const incompatible = checkIrreducible({ kind: 'irreducible', polynomial: a4, primes: [{ p: 5, pattern: [3, 1] }, { p: 17, pattern: [2, 2] }] });
    expect(incompatible.ok).toBe(true);
    expect(checkIrreducible({ kind: 'irreducible', polynomial: a4, primes: [{ p: 5, pattern: [3, 1] }] }).detail).toContain('allow a factor of degree 1, 3');
    // z^4 + 1 is irreducible, but every pattern is (2, 2) or (1, 1, 1, 1): no proof from patterns
    expect(checkIrreducible({ kind: 'irreducible', polynomial: ['1', '0', '0', '0', '1'], primes: [{ p: 3, pattern: [2, 2] }, { p: 17, pattern: [1, 1, 1, 1] }] }).ok).toBe(false);
    // a reducible polynomial with a forged (4) pattern
    expect(checkIrreducible({ kind: 'irreducible', polynomial: zToStrings(zPoly([-1, 0, 0, 0, 1])), primes: [{ p: 3, pattern: [4] }] }).ok).toBe(false);
    expect(checkIrreducible({ kind: 'irreducible', polynomial: ['3', '1'], primes: [] }).ok).toBe(true);
  });
});

describe('real-root-count checker', () => {
  it('recomputes Sturm counts, distinct roots only', () => {
    const ok = checkRealRootCount({ kind: 'real-root-count', polynomial: SEPTIC, interval: ['0', '+inf'], count: 1 });
    expect(ok.ok).toBe(true);
    expect(ok.proves).toContain('exactly 1 distinct real root in (0, +∞)');
    expect(checkRealRootCount({ kind: 'real-root-count', polynomial: SEPTIC, interval: ['0', '+inf'], count: 2 }).ok).toBe(false);
    expect(checkRealRootCount({ kind: 'real-root-count', polynomial: SEPTIC, interval: ['-inf', '0'], count: 0 }).ok).toBe(true);
    // (z − 1)^2 (z + 2): two distinct real roots, one of them double
    const f = zToStrings(zPoly([2, -3, 0, 1]));
    expect(checkRealRootCount({ kind: 'real-root-count', polynomial: f, interval: ['-inf', '+inf'], count: 2 }).ok).toBe(true);
    expect(checkRealRootCount({ kind: 'real-root-count', polynomial: f, interval: ['1', '2'], count: 0 }).ok).toBe(true);
    expect(checkRealRootCount({ kind: 'real-root-count', polynomial: f, interval: ['0', '1'], count: 1 }).ok).toBe(true);
    expect(checkRealRootCount({ kind: 'real-root-count', polynomial: f, interval: ['1', '0'], count: 0 }).ok).toBe(false);
    expect(checkRealRootCount({ kind: 'real-root-count', polynomial: f, interval: ['1/0', '2'], count: 0 }).ok).toBe(false);
  });
});

describe('isolated-root checker', () => {
  const base = { kind: 'isolated-root', polynomial: SEPTIC, factor: SEPTIC, interval: ['1', '2'] };
  it('checks divisibility, one root of each, and the recorded sign change', () => {
    expect(checkIsolatedRoot({ ...base, signChange: '-+' }).ok).toBe(true);
    expect(checkIsolatedRoot({ ...base, signChange: '+-' }).ok).toBe(false);
    expect(checkIsolatedRoot({ ...base, interval: ['-2', '2'] }).ok).toBe(true);
    expect(checkIsolatedRoot({ ...base, interval: ['2', '3'] }).ok).toBe(false);
    expect(checkIsolatedRoot({ ...base, factor: ['1', '-1'] }).detail).toContain('does not divide');
    // N = (z^2 − 2)(z − 3): the factor z − 3 has no root in (1, 2]
    const N = ['1', '-3', '-2', '6'];
    expect(checkIsolatedRoot({ kind: 'isolated-root', polynomial: N, factor: ['1', '0', '-2'], interval: ['1', '2'], signChange: '+-' }).ok).toBe(true);
    expect(checkIsolatedRoot({ kind: 'isolated-root', polynomial: N, factor: ['1', '-3'], interval: ['1', '2'] }).ok).toBe(false);
  });
});

describe('every algebra checker on junk data', () => {
  const checkers = [checkGaloisSymmetric, checkSolvableDegree, checkIrreducible, checkRealRootCount, checkIsolatedRoot];
  const fields = {
    factor: fc.anything(),
    primes: fc.oneof(fc.anything(), fc.array(fc.record({ p: fc.anything(), pattern: fc.anything() }))),
    interval: fc.oneof(fc.anything(), fc.tuple(fc.string(), fc.string())),
    count: fc.anything(),
    substitution: fc.anything(),
    minimalPolynomial: fc.anything(),
    signChange: fc.anything(),
  };

  it('never accepts a polynomial that is not a list of integer strings', () => {
    const notPolynomial = fc.oneof(fc.anything(), fc.array(fc.string().filter((s) => !/^-?\d+$/.test(s)), { minLength: 1 }), fc.constant([]));
    fc.assert(
      fc.property(fc.record({ ...fields, polynomial: notPolynomial }, { requiredKeys: [] }), (data) => {
        for (const check of checkers) expect(check({ kind: 'junk', ...data }).ok).toBe(false);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('never throws on a well-formed polynomial with junk elsewhere', () => {
    const polynomial = fc.array(fc.bigInt({ min: -50n, max: 50n }), { minLength: 1, maxLength: 8 }).map((cs) => cs.map(String));
    fc.assert(
      fc.property(fc.record({ ...fields, polynomial }, { requiredKeys: [] }), (data) => {
        for (const check of checkers) expect(typeof check({ kind: 'junk', ...data }).ok).toBe('boolean');
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
