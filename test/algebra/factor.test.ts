import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { degreePattern, degreePatternOfFp, factorSquareFreeFp, isGoodPrime } from '../../src/algebra/factor-fp.js';
import { factorOverZ, squareFreeDecomposition } from '../../src/algebra/factor-z.js';
import { irreducibilityCertificate, primesUpTo } from '../../src/algebra/galois.js';
import { henselLift } from '../../src/algebra/hensel.js';
import { fpFromZ, fpMonic, fpMul, type FpPoly } from '../../src/algebra/poly-fp.js';
import { zDegree, zMul, zPoly, zPrimitive, zToStrings, type ZPoly } from '../../src/algebra/poly-z.js';
import { checkIrreducible } from '../../src/kernel/checkers/irreducible.js';
import { zPolyOfDegree } from './arbitraries.js';

const SEED = 4242;

const key = (f: ZPoly) => zToStrings(f).join(',');

function multiplyBack(unit: bigint, factors: { factor: ZPoly; multiplicity: number }[]): ZPoly {
  let out: ZPoly = [unit];
  for (const { factor, multiplicity } of factors) for (let i = 0; i < multiplicity; i++) out = zMul(out, factor);
  return out;
}

/** Random polynomials that the kernel proves irreducible (so the expected factorisation is known independently). */
const provedIrreducible = zPolyOfDegree(1, 5, 12n)
  .map(zPrimitive)
  .filter((g) => {
    const c = irreducibilityCertificate(g, 200);
    return c !== null && checkIrreducible(c).ok;
  });

describe('factorisation over F_p', () => {
  it('splits square-free polynomials into irreducible factors that multiply back, deterministically', () => {
    const primes = primesUpTo(60);
    fc.assert(
      fc.property(zPolyOfDegree(2, 9, 50n), fc.constantFrom(...primes), (f, p) => {
        fc.pre(isGoodPrime(f, p));
        const fp = fpFromZ(f, p);
        const factors = factorSquareFreeFp(fp, p);
        const product = factors.reduce<FpPoly>((acc, g) => fpMul(acc, g, p), [1]);
        expect(product).toEqual(fpMonic(fp, p));
        for (const g of factors) expect(degreePatternOfFp(g, p)).toEqual([g.length - 1]);
        expect(factors.map((g) => g.length - 1).sort((a, b) => b - a)).toEqual(degreePattern(f, p));
        expect(factorSquareFreeFp(fp, p)).toEqual(factors);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('knows bad primes: p | lc, or f mod p not square-free', () => {
    expect(isGoodPrime(zPoly([1, 0, 3]), 3)).toBe(false);
    expect(isGoodPrime(zPoly([1, 2, 1]), 5)).toBe(false);
    expect(degreePattern(zPoly([1, 2, 1]), 5)).toBeNull();
    expect(degreePattern(zPoly([-1, -1, 0, 0, 0, 1]), 3)).toEqual([5]);
  });
});

describe('Hensel lifting', () => {
  it('lifts a factorisation mod p to one mod p^k that still multiplies back', () => {
    fc.assert(
      fc.property(zPolyOfDegree(2, 7, 30n), fc.constantFrom(3, 5, 7, 11, 13), (f0, p) => {
        const f = zPrimitive(f0);
        fc.pre(isGoodPrime(f, p));
        const factors = factorSquareFreeFp(fpMonic(fpFromZ(f, p), p), p);
        const { lifted, modulus } = henselLift(f, factors, p, 10n ** 30n);
        expect(modulus >= 10n ** 30n).toBe(true);
        let product: ZPoly = [f[f.length - 1]];
        for (const g of lifted) product = zMul(product, g);
        const diff = product.map((c, i) => (((c - (f[i] ?? 0n)) % modulus) + modulus) % modulus);
        expect(diff.every((c) => c === 0n)).toBe(true);
        lifted.forEach((g, i) => expect(fpFromZ(g, p)).toEqual(factors[i]));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe('factorisation over Q', () => {
  it('recovers products of polynomials that the kernel proves irreducible, with multiplicities', () => {
    fc.assert(
      fc.property(fc.array(provedIrreducible, { minLength: 1, maxLength: 4 }), fc.bigInt({ min: -6n, max: 6n }), (gs, c) => {
        fc.pre(c !== 0n);
        let f: ZPoly = [c];
        const expected = new Map<string, number>();
        for (const g of gs) {
          f = zMul(f, g);
          expected.set(key(g), (expected.get(key(g)) ?? 0) + 1);
        }
        const { unit, factors } = factorOverZ(f);
        expect(multiplyBack(unit, factors)).toEqual(f);
        expect(new Map(factors.map((x) => [key(x.factor), x.multiplicity]))).toEqual(expected);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('multiplies back on arbitrary random polynomials', () => {
    fc.assert(
      fc.property(zPolyOfDegree(1, 8, 20n), zPolyOfDegree(1, 6, 20n), (f, g) => {
        const h = zMul(f, g);
        const { unit, factors } = factorOverZ(h);
        expect(multiplyBack(unit, factors)).toEqual(h);
        expect(factors.length).toBeGreaterThanOrEqual(2);
      }),
      { seed: SEED, numRuns: 80 },
    );
  });

  it('keeps irreducible polynomials that split modulo every prime (Swinnerton-Dyer, z^4 + 1) whole', () => {
    const sd = zPoly([576, 0, -960, 0, 352, 0, -40, 0, 1]); // minimal polynomial of √2 + √3 + √5
    expect(factorOverZ(sd).factors.map((x) => x.factor)).toEqual([sd]);
    expect(factorOverZ(zPoly([1, 0, 0, 0, 1])).factors).toHaveLength(1);
    expect(irreducibilityCertificate(sd)).toBeNull();
    const split = factorOverZ(zMul(zMul(zPoly([-2, 0, 1]), zPoly([-3, 0, 1])), zPoly([-5, 0, 1])));
    expect(split.factors.map((x) => zToStrings(x.factor))).toEqual([['1', '0', '-5'], ['1', '0', '-3'], ['1', '0', '-2']]);
  });

  it('finds square-free decompositions and units', () => {
    const f = zMul(zMul(zPoly([1, 1]), zPoly([1, 1])), zMul(zPoly([0, 1]), zPoly([-6, 0, 0, -6])));
    const sqf = squareFreeDecomposition(f);
    expect(sqf.map((x) => x.multiplicity)).toEqual([1, 3]);
    const { unit, factors } = factorOverZ(f);
    expect(unit).toBe(-6n);
    expect(factors.map((x) => [zToStrings(x.factor), x.multiplicity])).toEqual([
      [['1', '0'], 1],
      [['1', '1'], 3],
      [['1', '-1', '1'], 1],
    ]);
    expect(zDegree(multiplyBack(unit, factors))).toBe(6);
  });
});
