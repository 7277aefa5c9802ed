import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { add as radd, mul as rmul } from '../../src/algebra/rational.js';
import { exactDecimal, exactValue, nextDown as exactNextDown, nextUp as exactNextUp, sameDouble } from '../../src/numeric/ieee754.js';
import { exp, sigmoidJet } from '../../src/numeric/f64/elementary.js';
import { add, fromRational, mul } from '../../src/numeric/f64/interval.js';
import { nextDown, nextUp } from '../../src/numeric/f64/round.js';
import { anyDouble, f64Properties, holdsRational } from '../../src/numeric/f64/soundness.js';
import { parseRational } from '../../src/algebra/rational.js';

describe('float64 one-ulp steps', () => {
  it('nextUp / nextDown agree with the BigInt reference on every kind of double (fixed seed)', () => {
    const special = [0, -0, 5e-324, -5e-324, 2.2250738585072014e-308, -2.2250738585072014e-308, Number.MAX_VALUE, -Number.MAX_VALUE, Infinity, -Infinity, 1, -1];
    for (const x of special) {
      expect(sameDouble(nextUp(x), exactNextUp(x))).toBe(true);
      expect(sameDouble(nextDown(x), exactNextDown(x))).toBe(true);
    }
    fc.assert(fc.property(anyDouble(), (x) => sameDouble(nextUp(x), exactNextUp(x)) && sameDouble(nextDown(x), exactNextDown(x))), { numRuns: 2000, seed: 11 });
  });

  it('overflow and the subnormal edge: MAX_VALUE steps to Infinity, −2^−1074 steps up to −0', () => {
    expect(nextUp(Number.MAX_VALUE)).toBe(Infinity);
    expect(nextDown(-Number.MAX_VALUE)).toBe(-Infinity);
    expect(sameDouble(nextUp(-5e-324), -0)).toBe(true);
  });
});

describe('float64 intervals enclose the exact value', () => {
  it('every f64 property of npm run soundness passes 200 runs from a fixed seed', () => {
    for (const { name, property } of f64Properties()) {
      const details = fc.check(property, { numRuns: 200, seed: 5 });
      expect({ name, failed: details.failed, counterexample: details.counterexample }).toEqual({ name, failed: false, counterexample: null });
    }
  });

  it('negative control: round-to-nearest ends without the one-ulp step fail the same exact check (0.1 + 0.2)', () => {
    const x = 0.1;
    const y = 0.2;
    const exact = radd(exactValue(x), exactValue(y));
    expect(holdsRational({ lo: x + y, hi: x + y }, exact)).toBe(false);
    expect(holdsRational(add({ lo: x, hi: x }, { lo: y, hi: y }), exact)).toBe(true);
    // The rational 1/10 is enclosed by two doubles, not by the double 0.1 alone.
    const tenth = fromRational(parseRational('1/10'));
    expect(tenth.lo < tenth.hi && holdsRational(tenth, parseRational('1/10'))).toBe(true);
  });

  it('a product that underflows keeps a non-zero upper end (the flush-to-zero defect of issue 12)', () => {
    const tiny = { lo: 1e-200, hi: 1e-200 };
    const p = mul(tiny, tiny);
    expect(p.hi).toBeGreaterThan(0);
    expect(holdsRational(p, rmul(exactValue(1e-200), exactValue(1e-200)))).toBe(true);
    expect(p.lo).toBe(0);
  });

  it('exp holds e, which the bare Math.exp(1) cannot (e is irrational); far tails are exact bounds', () => {
    const e = new Decimal(1).exp();
    const E = exp({ lo: 1, hi: 1 });
    expect(new Decimal(exactDecimal(E.lo)).lt(e) && e.lt(new Decimal(exactDecimal(E.hi)))).toBe(true);
    expect(new Decimal(exactDecimal(Math.exp(1))).eq(e)).toBe(false);
    expect(exp({ lo: 800, hi: 800 })).toEqual({ lo: 2 ** 1023, hi: Infinity });
    expect(exp({ lo: -800, hi: -800 })).toEqual({ lo: 0, hi: 5e-324 });
  });

  it('the sigmoid jet is tight at a point and keeps s(−h) at full relative accuracy far out', () => {
    const [s, c, s1] = sigmoidJet({ lo: 40, hi: 40 });
    expect(s.hi).toBe(1);
    const tail = new Decimal(40).neg().exp();
    expect(new Decimal(exactDecimal(c.lo)).lte(tail) && tail.lte(new Decimal(exactDecimal(c.hi)))).toBe(true);
    expect((c.hi - c.lo) / c.lo).toBeLessThan(1e-8);
    expect(s1.hi).toBeLessThan(1e-17);
  });
});
