import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { MAX_EXPONENT, MIN_EXPONENT, outwardContexts } from '../../src/numeric/context.js';
import { softplusBounds, tanhBounds } from '../../src/numeric/elementary.js';
import { IntervalContext, type Interval } from '../../src/numeric/interval.js';

const ic = new IntervalContext(20);
const tiny = '1e-5000000000000000'; // its square is below decimal.js's range, 10^MIN_EXPONENT = 10^−9e15
const huge = '1e5000000000000000';
const pt = (x: string): Interval => ic.point(new Decimal(x));

describe('directed rounding at the edges of decimal.js exponent range', () => {
  it('an upper bound of a positive value that underflows is 10^MIN_EXPONENT, never 0 (decimal.js flushes to 0 in every mode)', () => {
    const { up, down } = outwardContexts(20);
    expect(up.mul(tiny, tiny).eq(`1e${MIN_EXPONENT}`)).toBe(true);
    expect(down.mul(tiny, tiny).isZero()).toBe(true);
    expect(down.mul(`-${tiny}`, tiny).eq(`-1e${MIN_EXPONENT}`)).toBe(true);
    expect(up.mul(`-${tiny}`, tiny).isZero()).toBe(true);
    expect(up.div(`1e${MIN_EXPONENT}`, 3).gt(0)).toBe(true);
    expect(up.sub(`1.5e${MIN_EXPONENT}`, `1.4e${MIN_EXPONENT}`).gt(0)).toBe(true);
    expect(down.add(`-1.5e${MIN_EXPONENT}`, `1.4e${MIN_EXPONENT}`).lt(0)).toBe(true);
    expect(up.sub(`1e${MIN_EXPONENT}`, `1e${MIN_EXPONENT}`).isZero()).toBe(true);
  });

  it('a lower bound of a positive value that overflows is the largest finite value, never Infinity', () => {
    const { up, down } = outwardContexts(20);
    const lo = down.mul(huge, huge);
    expect(lo.isFinite()).toBe(true);
    expect(lo.e).toBe(MAX_EXPONENT);
    expect(up.mul(huge, huge).isFinite()).toBe(false);
    expect(up.mul(`-${huge}`, huge).isFinite()).toBe(true);
    expect(() => up.mul(Infinity, 0)).toThrow(RangeError);
  });

  it('interval operations keep enclosing through underflow: the product of two tiny positive intervals is not [0, 0]', () => {
    const p = ic.mul(pt(tiny), pt(tiny));
    expect(p.hi.gt(0)).toBe(true);
    const q = ic.mul(pt(`-${tiny}`), pt(tiny));
    expect(q.lo.lt(0)).toBe(true);
    expect(ic.square(pt(tiny)).hi.gt(0)).toBe(true);
    expect(ic.powInt(pt(tiny), 3).hi.gt(0)).toBe(true);
    expect(ic.powInt(pt(`-${tiny}`), 3).lo.lt(0)).toBe(true);
    expect(ic.div(pt(tiny), pt(huge)).hi.gt(0)).toBe(true);
    expect(ic.mul(pt(huge), pt(huge)).lo.isFinite()).toBe(true);
  });

  it('exp and sigmoid of a tiny argument (|x| = 10^−5e15) answer at once (the kernel divided by 10^(5·10^15)) and enclose', () => {
    for (const x of [tiny, `-${tiny}`]) {
      const e = ic.exp(pt(x));
      const s = ic.sigmoid(pt(x));
      expect(e.lo.lt(1) && e.hi.gt(1)).toBe(true);
      expect(s.lo.lt('0.5') && s.hi.gt('0.5')).toBe(true);
    }
  });

  it('tanh and softplus lower bounds stay below the value when x³ or u² underflows', () => {
    const x = new Decimal(tiny);
    // tanh x < x for x > 0: the lower bound must be below x itself.
    expect(tanhBounds(x, 20).lo.lt(x)).toBe(true);
    // softplus(x) = ln(1 + e^x) < e^x: for x = ln(10^−4.5e15) the lower bound must be below u = e^x.
    const b = softplusBounds(new Decimal('-11512925464970228.4'), 20);
    expect(b.lo.lt(b.hi)).toBe(true);
    expect(b.hi.gt(0)).toBe(true);
  });
});
