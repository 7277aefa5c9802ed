import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clearPatternCache, distinctDegreeFactorization, degreePattern, factorSquareFreeFp, isGoodPrime } from '../../src/algebra/factor-fp.js';
import { applyFrobenius, frobeniusMatrix, fromVec, lazyTerms, modP, toVec, vecDivExact, vecGcd, vecMulMod, vecPowMod, vecRem, vecShiftMod } from '../../src/algebra/fp-dense.js';
import {
  fpDegree,
  fpDivRem,
  fpFromZ,
  fpGcd,
  fpMonic,
  fpMul,
  fpPowMod,
  fpRem,
  fpSub,
  fpNormalize,
  type FpPoly,
} from '../../src/algebra/poly-fp.js';
import { zPoly, type ZPoly } from '../../src/algebra/poly-z.js';
import { zPolyOfDegree } from './arbitraries.js';

const SEED = 1313;
/** Small, medium and the largest primes the F_p arithmetic accepts (the last two force a reduction per term). */
const PRIMES = [2, 3, 5, 7, 101, 2539, 65521, 1048573, 67108859];

/** The reference: the previous distinct-degree factorisation (cubic Frobenius matrix on number[] arithmetic). */
function referenceDdf(f: FpPoly, p: number): { degree: number; product: FpPoly }[] {
  const monic = fpMonic(f, p);
  const xp = fpPowMod([0, 1], BigInt(p), monic, p);
  const rows: FpPoly[] = [[1]];
  for (let i = 1; i < fpDegree(monic); i++) rows.push(fpRem(fpMul(rows[i - 1], xp, p), monic, p));
  const frob = (h: FpPoly): FpPoly => {
    const out = new Array<number>(rows.length).fill(0);
    h.forEach((c, i) => rows[i].forEach((r, j) => (out[j] = (out[j] + c * r) % p)));
    return fpNormalize(out);
  };
  const blocks: { degree: number; product: FpPoly }[] = [];
  const x = fpRem([0, 1], monic, p);
  let rest = monic;
  let h = x;
  for (let d = 1; 2 * d <= fpDegree(rest); d++) {
    h = frob(h);
    const g = fpGcd(fpSub(h, x, p), rest, p);
    if (fpDegree(g) > 0) {
      blocks.push({ degree: d, product: g });
      rest = fpDivRem(rest, g, p).q;
    }
  }
  if (fpDegree(rest) > 0) blocks.push({ degree: fpDegree(rest), product: rest });
  return blocks;
}

const fpArb = (p: number, maxDegree: number) =>
  fc.array(fc.integer({ min: 0, max: p - 1 }), { minLength: 0, maxLength: maxDegree + 1 }).map((c) => fpNormalize(c));

describe('Float64Array arithmetic mod p with lazy reduction', () => {
  it('reduces exactly with 1/p and a floor, up to 2^52 in magnitude', () => {
    for (const p of PRIMES) {
      const inv = 1 / p;
      for (const v of [0, 1, -1, p, -p, p - 1, 2 ** 52 - 1, -(2 ** 52 - 1), (p - 1) * (p - 1), 4503599627370495 - 17]) {
        expect(modP(v, p, inv)).toBe(Number(((BigInt(v) % BigInt(p)) + BigInt(p)) % BigInt(p)));
      }
      expect(p - 1 + lazyTerms(p) * (p - 1) * (p - 1)).toBeLessThanOrEqual(2 ** 52);
    }
  });

  it('multiplies, divides, powers and takes gcds exactly as the number[] arithmetic does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRIMES).chain((p) => fc.tuple(fc.constant(p), fpArb(p, 40), fpArb(p, 40), fpArb(p, 30), fc.bigInt({ min: 0n, max: 10n ** 12n }))),
        ([p, a, b, m0, e]) => {
          const m = fpNormalize([...m0, 1 + (m0.length % (p - 1 || 1))].map((c) => c % p));
          fc.pre(m.length >= 2);
          expect(fromVec(vecMulMod(toVec(a), toVec(b), toVec(m), p))).toEqual(fpRem(fpMul(a, b, p), m, p));
          expect(fromVec(vecRem(toVec(a), toVec(m), p))).toEqual(fpRem(a, m, p));
          expect(fromVec(vecGcd(toVec(a), toVec(b), p))).toEqual(fpGcd(a, b, p));
          expect(fromVec(vecPowMod(toVec(a), e, toVec(m), p))).toEqual(fpPowMod(a, e, m, p));
          if (b.length > 0) expect(fromVec(vecDivExact(toVec(fpMul(a, b, p)), toVec(b), p))).toEqual(fpNormalize(fpDivRem(fpMul(a, b, p), b, p).q));
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('the Frobenius matrix, by shifts for sparse moduli and by products otherwise', () => {
  /** A monic modulus of degree n with the given lower terms (sparse when they are few). */
  const sparseModulus = (p: number) =>
    fc
      .tuple(fc.integer({ min: 2, max: 70 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: p - 1 })), { minLength: 1, maxLength: 4 }))
      .map(([n, terms]) => {
        const m = new Array<number>(n + 1).fill(0);
        m[n] = 1;
        for (const [j, c] of terms) m[j % n] = c % p;
        return fpNormalize(m);
      });

  it('has the rows x^(ip) mod m and applies h -> h^p exactly as powering does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRIMES).chain((p) => fc.tuple(fc.constant(p), fc.oneof(sparseModulus(p), fpArb(p, 30).map((c) => fpNormalize([...c, 1]))), fpArb(p, 50))),
        ([p, m, h0]) => {
          fc.pre(m.length >= 2);
          const n = m.length - 1;
          const matrix = frobeniusMatrix(toVec(m), p);
          const xp = fpPowMod([0, 1], BigInt(p), m, p);
          let expected: FpPoly = [1];
          for (let i = 0; i < n; i++) {
            expect(fpNormalize(fromVec(matrix.slice(i * n, (i + 1) * n)))).toEqual(expected);
            expected = fpRem(fpMul(expected, xp, p), m, p);
          }
          const h = fpRem(h0, m, p);
          expect(fromVec(applyFrobenius(toVec(h), matrix, n, p))).toEqual(fpPowMod(h, BigInt(p), m, p));
          const xk = [...new Array<number>(3 * n + 1).fill(0), 1];
          expect(fromVec(vecShiftMod(toVec(h), 3 * n + 1, toVec(m), p))).toEqual(fpRem(fpMul(xk, h, p), m, p));
        },
      ),
      { seed: SEED, numRuns: 120 },
    );
  });

  it('rejects a wrong row: a matrix built without reducing would differ from the powers', () => {
    const p = 101;
    const m = fpNormalize([100, 100, ...new Array<number>(8).fill(0), 1]); // x^10 − x − 1
    const matrix = frobeniusMatrix(toVec(m), p);
    const unreduced = [...new Array<number>(p).fill(0), 1]; // x^101 before reduction
    expect(fpNormalize(fromVec(matrix.slice(10, 20)))).not.toEqual(unreduced);
    expect(fpNormalize(fromVec(matrix.slice(10, 20)))).toEqual(fpRem(unreduced, m, p));
  });
});

describe('distinct-degree factorisation (Frobenius matrix, gcds once per run of degrees)', () => {
  it('gives the same blocks as the previous algorithm on random square-free polynomials', () => {
    fc.assert(
      fc.property(zPolyOfDegree(1, 40, 1000n), fc.constantFrom(...PRIMES), (f, p) => {
        fc.pre(isGoodPrime(f, p));
        const fp = fpFromZ(f, p);
        expect(distinctDegreeFactorization(fp, p)).toEqual(referenceDdf(fp, p));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('finds runs of equal-degree factors that straddle the gcd runs (products of many small factors)', () => {
    // ∏ (x − a) over F_101 for 60 values a, times irreducibles of degrees 9, 10 and 17 from the pattern search
    const p = 101;
    let f: FpPoly = [1];
    for (let a = 1; a <= 60; a++) f = fpMul(f, [p - a, 1], p);
    for (const d of [9, 10, 17]) {
      for (let c = 1; ; c++) {
        const g = fpNormalize([c, 1, ...new Array<number>(d - 2).fill(0), 1].map((v) => v % p));
        if (referenceDdf(g, p).length === 1 && referenceDdf(g, p)[0].degree === d) {
          f = fpMul(f, g, p);
          break;
        }
      }
    }
    const blocks = distinctDegreeFactorization(f, p);
    expect(blocks.map((b) => [b.degree, fpDegree(b.product)])).toEqual([
      [1, 60],
      [9, 9],
      [10, 10],
      [17, 17],
    ]);
    expect(blocks).toEqual(referenceDdf(f, p));
    expect(factorSquareFreeFp(f, p).map(fpDegree)).toEqual([...new Array<number>(60).fill(1), 9, 10, 17]);
  });

  it('agrees with the previous algorithm on x^200 − x − 1 (a sparse modulus) and repeats identically', () => {
    const f: ZPoly = zPoly([-1, -1, ...new Array<number>(198).fill(0), 1]);
    for (const p of [3, 7, 101, 2539]) {
      const expected = referenceDdf(fpFromZ(f, p), p);
      const pattern = expected.flatMap((b) => new Array<number>(fpDegree(b.product) / b.degree).fill(b.degree)).sort((u, v) => v - u);
      expect(degreePattern(f, p)).toEqual(pattern);
      expect(degreePattern(f, p)).toEqual(pattern);
    }
  });

  it('keeps patterns per polynomial without sharing arrays: a mutated result does not change the next', () => {
    const f: ZPoly = zPoly([-1, -1, 0, 0, 0, 1]);
    const first = degreePattern(f, 7)!;
    first.push(99);
    expect(degreePattern(f, 7)).toEqual(first.slice(0, -1));
    clearPatternCache();
    expect(degreePattern(f, 7)).toEqual(first.slice(0, -1));
    expect(degreePattern(zPoly([1, 2, 1]), 5)).toBeNull();
    expect(degreePattern(zPoly([1, 2, 1]), 5)).toBeNull();
  });
});
