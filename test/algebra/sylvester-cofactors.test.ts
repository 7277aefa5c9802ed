import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mpDegreeIn, mpEval, mpMul, mpoly, mpSubstitute, mpToUnivariate, type MPolyQ } from '../../src/algebra/mpoly-q.js';
import { eq, rat } from '../../src/algebra/rational.js';
import { resultant } from '../../src/algebra/resultant.js';
import { sylvesterResultantWithCofactors } from '../../src/algebra/sylvester-cofactors.js';

const SEED = 40417;

/** A polynomial in 3 variables with small integer coefficients and degree 1..3 in z_3 (index 2). */
const poly3 = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.array(fc.tuple(fc.integer({ min: -4, max: 4 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 3 }))
  .map(([d, terms, lead]): MPolyQ => mpoly(3, [{ c: rat(BigInt(lead)), e: [0, 0, d] }, ...terms.filter(([, , , e3]) => e3 < d).map(([c, a, b, e3]) => ({ c: rat(BigInt(c)), e: [a, b, e3] }))]));

describe('sylvesterResultantWithCofactors', () => {
  it('R (built as A f + B g) is free of z_3, and R(a, b) is the univariate resultant of f(a, b, ·), g(a, b, ·)', () => {
    fc.assert(
      fc.property(poly3, poly3, fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 }), (f, g, a, b) => {
        let out: ReturnType<typeof sylvesterResultantWithCofactors>;
        try {
          out = sylvesterResultantWithCofactors(f, g, 2);
        } catch (e) {
          // Only a common factor (resultant identically 0) may be refused; check it is so at this point.
          expect((e as Error).message).toMatch(/vanishes identically/);
          return;
        }
        const { R } = out;
        expect(mpDegreeIn(R, 2)).toBeLessThanOrEqual(0);
        const at = (h: MPolyQ) => mpToUnivariate(mpSubstitute(mpSubstitute(h, 0, rat(BigInt(a))), 1, rat(BigInt(b))), 2);
        // The leading coefficients in z_3 are non-zero constants, so specialisation commutes with the resultant.
        const value = mpEval(R, [rat(BigInt(a)), rat(BigInt(b)), rat(0n)]);
        const expected = resultant(at(f), at(g));
        expect(eq(value, expected), `R(${a}, ${b})`).toBe(true);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
  it('refuses polynomials with a common factor, and degree 0 in the eliminated variable', () => {
    const f = mpoly(3, [{ c: rat(1n), e: [0, 0, 1] }, { c: rat(-1n), e: [1, 0, 0] }]);
    expect(() => sylvesterResultantWithCofactors(mpMul(f, f), f, 2)).toThrow(/vanishes identically/);
    expect(() => sylvesterResultantWithCofactors(mpoly(3, [{ c: rat(1n), e: [1, 0, 0] }]), f, 2)).toThrow(/degrees 1\.\.11/);
  });
});
