import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { degreePattern, factorSquareFreeFp } from '../../src/algebra/factor-fp.js';
import { factorOverZ } from '../../src/algebra/factor-z.js';
import { galoisCertificate, irreducibilityCertificate, type GaloisResult } from '../../src/algebra/galois.js';
import { fpFromZ } from '../../src/algebra/poly-fp.js';
import { zAdd, zDegree, zDivExact, zInflate, zMul, zPoly, zPrimitive, zToStrings, type ZPoly } from '../../src/algebra/poly-z.js';
import { zDiscriminant } from '../../src/algebra/resultant.js';
import { checkCertificate } from '../../src/kernel/checkers.js';
import { zPolyOfDegree } from './arbitraries.js';

const SEED = 1729;
const SEPTIC = zPoly([-2, -5, -33, -12, -6, 21, 1, 4]);

/** g(h(z)) for integer polynomials (Horner). */
function compose(g: ZPoly, h: ZPoly): ZPoly {
  let out: ZPoly = [g[g.length - 1]];
  for (let i = g.length - 2; i >= 0; i--) out = zAdd(zMul(out, h), [g[i]]);
  return out;
}

/** Φ_n = (z^n − 1) / ∏_{d | n, d < n} Φ_d. */
function cyclotomic(n: number): ZPoly {
  let f: ZPoly = zPoly([-1, ...new Array<number>(n - 1).fill(0), 1]);
  for (let d = 1; d < n; d++) if (n % d === 0) f = zDivExact(f, cyclotomic(d))!;
  return f;
}

/** n is a perfect square (Newton's integer square root from above). */
function isSquare(n: bigint): boolean {
  if (n < 2n) return n >= 0n;
  let x = n;
  for (let y = (x + n / x) / 2n; y < x; y = (x + n / x) / 2n) x = y;
  return x * x === n;
}

function expectSymmetric(f: ZPoly): Extract<GaloisResult, { status: 'symmetric' }> {
  const r = galoisCertificate(f);
  expect(r.status).toBe('symmetric');
  if (r.status !== 'symmetric') throw new Error('not symmetric');
  const check = checkCertificate(r.certificate);
  expect(check.ok).toBe(true);
  return r;
}

describe('Galois certificates on polynomials of known group', () => {
  it('certify S_n: x^5 − x − 1, the septic, x^6 ± x ± 1 (composite degree), x^8 − x − 1, x^10 − x − 1', () => {
    expect(expectSymmetric(zPoly([-1, -1, 0, 0, 0, 1])).certificate.primes).toHaveLength(2);
    expectSymmetric(SEPTIC);
    for (const f of [zPoly([1, 1, 0, 0, 0, 0, 1]), zPoly([-1, -1, 0, 0, 0, 0, 1])]) {
      const r = expectSymmetric(f);
      expect((r.certificate.primes as { pattern: number[] }[]).some((e) => e.pattern.join() === '5,1')).toBe(true);
    }
    expectSymmetric(zPoly([-1, -1, 0, 0, 0, 0, 0, 0, 1]));
    expectSymmetric(zPoly([-1, -1, 0, 0, 0, 0, 0, 0, 0, 0, 1]));
    expect(checkCertificate(expectSymmetric(SEPTIC).certificate).proves).toContain('no root of f is expressible by radicals');
  });

  it('agree with patterns computed independently for the septic (sympy: p = 11 → 2,2,2,1; p = 23 → 3,2,2; p = 3 bad)', () => {
    expect(degreePattern(SEPTIC, 11)).toEqual([2, 2, 2, 1]);
    expect(degreePattern(SEPTIC, 23)).toEqual([3, 2, 2]);
    expect(degreePattern(SEPTIC, 13)).toEqual([7]);
    expect(degreePattern(SEPTIC, 3)).toBeNull();
    expect(degreePattern(SEPTIC, 2)).toBeNull();
  });

  const notSymmetric: [string, ZPoly][] = [
    ['x^5 − 2 (F_20)', zPoly([-2, 0, 0, 0, 0, 1])],
    ['x^5 + 20x + 16 (A_5)', zPoly([16, 20, 0, 0, 0, 1])],
    ['x^5 − 5x + 12 (D_5)', zPoly([12, -5, 0, 0, 0, 1])],
    ['x^5 + x^4 − 4x^3 − 3x^2 + 3x + 1 (C_5)', zPoly([1, 3, -3, -4, 1, 1])],
    ['x^7 − 7x + 3 (PSL(2,7))', zPoly([3, -7, 0, 0, 0, 0, 0, 1])],
    ['x^6 − 2 (D_6)', zPoly([-2, 0, 0, 0, 0, 0, 1])],
    ['x^6 + 3x^3 + 3 (order 18)', zPoly([3, 0, 0, 3, 0, 0, 1])],
    ['x^6 + 24x − 20 (A_6)', zPoly([-20, 24, 0, 0, 0, 0, 1])],
    ['x^6 − 3x^2 − 1 (A_4 on 6 points)', zPoly([-1, 0, -3, 0, 0, 0, 1])],
    ['x^8 − 2', zPoly([-2, 0, 0, 0, 0, 0, 0, 0, 1])],
    ['√2 + √3 + √5 (C_2^3)', zPoly([576, 0, -960, 0, 352, 0, -40, 0, 1])],
    ['(x^5 − x − 1)(x^2 + 1)', zMul(zPoly([-1, -1, 0, 0, 0, 1]), zPoly([1, 0, 1]))],
    ['(x^3 − 2)(x^2 − 3)', zMul(zPoly([-2, 0, 0, 1]), zPoly([-3, 0, 1]))],
    ['(x^5 − x − 1)^2', zMul(zPoly([-1, -1, 0, 0, 0, 1]), zPoly([-1, -1, 0, 0, 0, 1]))],
  ];
  for (const [name, f] of notSymmetric) {
    it(`never call ${name} symmetric`, () => {
      const r = galoisCertificate(f);
      expect(r.status).toBe('undetermined');
    });
  }

  it('never call cyclotomic polynomials (abelian groups) symmetric', () => {
    expect(zToStrings(cyclotomic(21)).map(Number)).toEqual([1, -1, 0, 1, -1, 0, 1, 0, -1, 1, 0, -1, 1]);
    for (const n of [7, 9, 11, 13, 15, 16, 21]) {
      const phi = cyclotomic(n);
      expect(zDegree(phi)).toBeGreaterThanOrEqual(5);
      expect(galoisCertificate(phi).status).toBe('undetermined');
    }
  });

  it('explain a square discriminant (x^7 − 7x + 3 lies in A_7)', () => {
    const r = galoisCertificate(zPoly([3, -7, 0, 0, 0, 0, 0, 1]));
    expect(r.status === 'undetermined' && r.reason).toContain('discriminant is a square');
  });

  it('call degree ≤ 4 solvable, with a kernel-checked certificate', () => {
    for (const f of [zPoly([-2, 1]), zPoly([-1, 0, 2]), zPoly([1, 0, 0, 0, 1]), zPoly([12, 8, 0, 0, 1])]) {
      const r = galoisCertificate(f);
      expect(r.status).toBe('solvable');
      expect(checkCertificate(r.status === 'solvable' ? r.certificate : { kind: 'none' }).ok).toBe(true);
    }
  });

  it('record and check a substitution u = z^k', () => {
    const h = zPoly([-8, -17, -87, -48, -36, 21, -5, 4]);
    const g = zInflate(h, 2);
    const r = galoisCertificate(h, { power: 2, minimalPolynomial: g });
    expect(r.status).toBe('symmetric');
    const c = r.status === 'symmetric' ? r.certificate : { kind: 'none' };
    expect(c).toMatchObject({ variable: 'u', substitution: 'u = z^2', minimalPolynomial: zToStrings(g) });
    expect(checkCertificate(c).proves).toContain('no root z of');
    expect(() => galoisCertificate(h, { power: 2, minimalPolynomial: zInflate(h, 3) })).toThrow(RangeError);
  });
});

describe('Galois certificates on random polynomials', () => {
  it('are consistent whenever they say symmetric: kernel accepts, irreducible over Q and mod the n-cycle prime, discriminant not a square', () => {
    let symmetric = 0;
    fc.assert(
      fc.property(zPolyOfDegree(5, 8, 12n), (f0) => {
        const f = zPrimitive(f0);
        const r = galoisCertificate(f, undefined, 1000);
        if (r.status !== 'symmetric') return;
        symmetric++;
        expect(checkCertificate(r.certificate).ok).toBe(true);
        const { factors } = factorOverZ(f);
        expect(factors).toHaveLength(1);
        expect(factors[0].multiplicity).toBe(1);
        const primes = r.certificate.primes as { p: number; pattern: number[] }[];
        const cycle = primes.find((e) => e.pattern.length === 1)!;
        expect(factorSquareFreeFp(fpFromZ(f, cycle.p), cycle.p)).toHaveLength(1);
        expect(isSquare(zDiscriminant(f))).toBe(false);
      }),
      { seed: SEED, numRuns: 60 },
    );
    expect(symmetric).toBeGreaterThan(30);
  });

  it('never say symmetric for products or for compositions g(h(z)) (imprimitive groups)', () => {
    fc.assert(
      fc.property(zPolyOfDegree(2, 4, 9n), zPolyOfDegree(2, 3, 9n), fc.boolean(), (a, b, product) => {
        const f = zPrimitive(product ? zMul(a, b) : compose(a, b));
        fc.pre(zDegree(f) >= 5);
        expect(galoisCertificate(f, undefined, 600).status).toBe('undetermined');
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('prove irreducibility by incompatible patterns when no prime gives (n): x^4 + 8x + 12 (group A_4)', () => {
    const f = zPoly([12, 8, 0, 0, 1]);
    const c = irreducibilityCertificate(f);
    expect(c).not.toBeNull();
    const patterns = (c!.primes as { pattern: number[] }[]).map((e) => e.pattern.join());
    expect(patterns).not.toContain('4');
    expect(checkCertificate(c!).ok).toBe(true);
    expect(irreducibilityCertificate(zMul(zPoly([1, 1]), zPoly([1, 0, 0, 1, 1])))).toBeNull();
  });
});
