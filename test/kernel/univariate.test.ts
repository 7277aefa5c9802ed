import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isProductWithPower, univariateProduct } from '../../src/kernel/univariate.js';

const naivePower = (base: string[], factor: string[], m: number): string[] => {
  let p = base;
  for (let r = 0; r < m; r++) p = univariateProduct(p, factor);
  return p;
};
const poly = fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 1, maxLength: 4 }).map((cs) => [String(cs[0] === 0 ? 1 : cs[0]), ...cs.slice(1).map(String)]);

describe('univariate integer polynomials of the kernel', () => {
  it('univariateProduct is the exact product: (2z − 1)(z + 1) = 2z² + z − 1, and with a constant it scales', () => {
    expect(univariateProduct(['2', '-1'], ['1', '1'])).toEqual(['2', '1', '-1']);
    expect(univariateProduct(['-3'], ['1', '0', '5'])).toEqual(['-3', '0', '-15']);
  });

  it('isProductWithPower accepts every true identity base · factor^m and refuses it with one coefficient changed (seed 12)', () => {
    fc.assert(
      fc.property(poly, poly, fc.integer({ min: 0, max: 6 }), fc.nat(), fc.integer({ min: 1, max: 3 }), (base, factor, m, at, delta) => {
        const target = naivePower(base, factor, m);
        expect(isProductWithPower(base, factor, m, target)).toBe(true);
        const wrong = [...target];
        const i = at % wrong.length;
        wrong[i] = (BigInt(wrong[i]) + BigInt(delta)).toString();
        expect(isProductWithPower(base, factor, m, wrong)).toBe(false);
      }),
      { seed: 12, numRuns: 200 },
    );
  });

  it('isProductWithPower refuses a degree mismatch, one power too many or too few, and non-canonical text', () => {
    const target = naivePower(['1', '1'], ['3', '-2'], 4);
    expect(isProductWithPower(['1', '1'], ['3', '-2'], 3, target)).toBe(false);
    expect(isProductWithPower(['1', '1'], ['3', '-2'], 5, target)).toBe(false);
    expect(isProductWithPower(['1', '1'], ['3', '-2'], 4, [...target, '0'])).toBe(false);
    expect(isProductWithPower(['1', '1'], ['3', '-2'], 4, target.map((c) => (c.startsWith('-') ? c : `0${c}`)))).toBe(false);
    expect(isProductWithPower(['5'], ['7'], 0, ['5'])).toBe(true);
    expect(isProductWithPower(['5'], ['7'], 2, ['245'])).toBe(true);
  });

  it('a hostile power (a 2000-digit factor to the 2000th) is refused by the size bound after one product, not computed for minutes', () => {
    const huge = `1${'0'.repeat(1999)}`;
    const target = ['1', ...Array<string>(1999).fill('0'), '1'];
    // The degrees agree (0 + 2000 · 1 = 2000), so only the Landau–Mignotte bound stops the loop: without it this test
    // multiplies numbers of up to 4·10^6 digits and runs past vitest's timeout.
    expect(isProductWithPower(['1'], ['1', huge], 2000, target)).toBe(false);
  });
});
