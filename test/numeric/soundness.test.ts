import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { decimalContext } from '../../src/numeric/context.js';
import { IntervalContext } from '../../src/numeric/interval.js';
import { anyDecimal, runSoundness } from '../../src/numeric/soundness.js';

describe('soundness properties (a few hundred of the 10^4 runs of npm run soundness)', () => {
  it('every interval operation, elementary function and analyze enclosure passes 30 runs from a fixed seed', () => {
    const outcomes = runSoundness(30, 7);
    expect(outcomes.length).toBeGreaterThanOrEqual(11);
    for (const o of outcomes) expect({ name: o.name, failed: o.failed, counterexample: o.counterexample }).toEqual({ name: o.name, failed: false, counterexample: undefined });
  });

  it('negative control: the same check catches the flush-to-zero product decimal.js gives under ROUND_CEIL', () => {
    // An interval product with plain decimal.js ends (no directed fix): the property shape of soundness.ts must fail on it.
    const ic = new IntervalContext(20);
    const up = decimalContext(20, Decimal.ROUND_CEIL);
    const property = fc.property(anyDecimal(), anyDecimal(), (a, b) => {
      const x = a.abs();
      const y = b.abs();
      const hi = up.mul(x, y);
      const exact = decimalContext(60).mul(x, y);
      const product = ic.mul(ic.point(x), ic.point(y));
      // The fixed product is always right; the plain one is wrong exactly when the product underflows.
      expect(product.hi.gte(exact)).toBe(true);
      return hi.gte(exact) && !(hi.isZero() && !x.isZero() && !y.isZero());
    });
    const details = fc.check(property, { numRuns: 2000, seed: 3, examples: [[new Decimal('1e-5000000000000000'), new Decimal('1e-5000000000000000')]] });
    expect(details.failed).toBe(true);
  });
});
