import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ballLower,
  ballNearest,
  ballUpper,
  decimalDigits as decimalDigitsOf,
  expBall,
  fixedToDecimal,
  lnOfScaled,
  lnTenFixed,
  lnTwoFixed,
  toFixedFloor,
  workingBits,
  type ScaledBall,
} from '../../src/numeric/fixed.js';
import { decimalContext, outwardContexts } from '../../src/numeric/context.js';
import { decimalText, ref, refExp, SEED } from './reference.js';

/** True iff |x − m·2^−W·10^exp10| <= err·2^−W·10^exp10, decided at `digits` (far finer than one ulp 2^−W). */
function ballContains(b: ScaledBall, x: Decimal, digits: number): boolean {
  const R = ref(digits);
  const twoW = (1n << BigInt(b.W)).toString();
  const power = `1e${b.exp10}`;
  const centre = R.div(b.m.toString(), twoW).times(power);
  return R.sub(x, centre).abs().lte(R.div(b.err.toString(), twoW).times(power));
}

describe('fixed-point constants', () => {
  it.each([30, 100, 191, 500, 1200])('ln 2 and ln 10 at W = %i bits are within one ulp', (W) => {
    const R = ref(Math.ceil(W * 0.302) + 30);
    const twoW = R.pow(2, W);
    expect(R.sub(lnTwoFixed(W).toString(), R.ln(2).times(twoW)).abs().lt(1)).toBe(true);
    expect(R.sub(lnTenFixed(W).toString(), R.ln(10).times(twoW)).abs().lt(1)).toBe(true);
    // Negative control: one ulp off is detected (the comparison has the resolution to fail).
    expect(R.sub((lnTwoFixed(W) + 2n).toString(), R.ln(2).times(twoW)).abs().lt(1)).toBe(false);
  });

  it('floor(x·2^W) is exact for positive and negative decimals', () => {
    fc.assert(
      fc.property(decimalText(30, -40, 40), fc.integer({ min: 0, max: 300 }), (text, W) => {
        const R = ref(200);
        const x = new R(text);
        const f = toFixedFloor(x, W);
        const scaled = R.mul(x, R.pow(2, W));
        return new R(f.toString()).lte(scaled) && new R((f + 1n).toString()).gt(scaled);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe('expBall: the proved error bound', () => {
  it('encloses e^x for random x and precisions (checked at precision + 25 digits)', () => {
    fc.assert(
      fc.property(fc.oneof(decimalText(25, -40, -1), decimalText(12, 0, 6)), fc.constantFrom(5, 20, 50, 100), (text, p) => {
        const x = new Decimal(text);
        const b = expBall(x, workingBits(p));
        if (typeof b === 'string') return false;
        return ballContains(b, refExp(x, p + 25), p + 25);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('keeps full relative precision at extreme arguments', () => {
    for (const text of ['1e6', '-1e6', '745.1332', '-745.1332', '36.7', '-36.7', '1e-40', '-123456789.123', '0']) {
      const x = new Decimal(text);
      const b = expBall(x, workingBits(50)) as ScaledBall;
      expect(ballContains(b, refExp(x, 80), 80)).toBe(true);
    }
  });

  it('reports under- and overflow beyond the decimal exponent range', () => {
    expect(expBall(new Decimal('-1e17'), workingBits(20))).toBe('underflow');
    expect(expBall(new Decimal('1e17'), workingBits(20))).toBe('overflow');
    const past = expBall(new Decimal('5e16'), workingBits(20), -1n) as ScaledBall;
    expect(past.exp10).toBeLessThan(-9e15);
    expect(ballLower(past, outwardContexts(20).down).isZero()).toBe(true);
  });

  it('negative control: a ball displaced by a few radii no longer contains e^x', () => {
    const x = new Decimal('0.8125');
    const b = expBall(x, workingBits(40)) as ScaledBall;
    const displaced = { ...b, m: b.m + 3n * b.err + 3n };
    expect(ballContains(b, refExp(x, 70), 70)).toBe(true);
    expect(ballContains(displaced, refExp(x, 70), 70)).toBe(false);
  });
});

describe('ball to Decimal conversions', () => {
  it('lower <= nearest <= upper, each at most p digits, and the bounds enclose the ball', () => {
    fc.assert(
      fc.property(fc.oneof(decimalText(20, -40, -1), decimalText(10, 0, 6)), fc.constantFrom(3, 17, 50), (text, p) => {
        const b = expBall(new Decimal(text), workingBits(p));
        if (typeof b === 'string') return false;
        const { down, up } = outwardContexts(p);
        const lo = ballLower(b, down);
        const hi = ballUpper(b, up);
        const near = ballNearest(b, decimalContext(p));
        const R = ref(p + 40);
        const twoW = (1n << BigInt(b.W)).toString();
        const ballLo = R.div((b.m - b.err).toString(), twoW).times(`1e${b.exp10}`);
        const ballHi = R.div((b.m + b.err).toString(), twoW).times(`1e${b.exp10}`);
        return (
          lo.lte(near) && near.lte(hi) && lo.lte(ballLo) && ballHi.lte(hi) &&
          lo.sd() <= p && hi.sd() <= p && near.sd() <= p &&
          R.sub(hi, lo).lte(R.mul(hi, R.pow(10, 2 - p)))
        );
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('maps results past the exponent range to 0 / 10^minE below and 10^maxE / Infinity above', () => {
    const { down, up } = outwardContexts(10);
    const tiny: ScaledBall = { m: 1n << 59n, err: 1n, exp10: -9e15 - 5, W: 60 };
    expect(ballLower(tiny, down).isZero()).toBe(true);
    expect(ballUpper(tiny, up).eq('1e-9000000000000000')).toBe(true);
    expect(ballNearest(tiny, decimalContext(10)).isZero()).toBe(true);
    const huge: ScaledBall = { m: 1n << 59n, err: 1n, exp10: 9e15 + 5, W: 60 };
    expect(ballLower(huge, down).eq('1e9000000000000000')).toBe(true);
    expect(ballUpper(huge, up).isFinite()).toBe(false);
  });
});

describe('lnOfScaled: Newton on the proved exponential, error certified a posteriori', () => {
  /** True iff |ln x − m·2^−W| <= err·2^−W, decided at `digits`. */
  function fixedBallContains(b: { m: bigint; err: bigint; W: number }, x: Decimal, digits: number): boolean {
    const R = ref(digits);
    const twoW = (1n << BigInt(b.W)).toString();
    return R.sub(x, R.div(b.m.toString(), twoW)).abs().lte(R.div(b.err.toString(), twoW));
  }

  it('encloses ln x for random x > 0, including x within 10^−40 of 1, and is relatively tight', () => {
    const nearOne = decimalText(30, -45, -2).map((t) => ref(120).add(1, t).toFixed());
    fc.assert(
      fc.property(fc.oneof(decimalText(25, -30, 30), nearOne), fc.constantFrom(5, 20, 50, 100), (text, p) => {
        const x = ref(200).abs(text);
        if (x.isZero()) return true;
        const { digits, e10 } = decimalDigitsOf(x);
        const b = lnOfScaled(BigInt(digits), e10, workingBits(p));
        const exact = ref(p + 60).ln(x);
        const R = ref(p + 60);
        const radius = R.div(b.err.toString(), (1n << BigInt(b.W)).toString());
        return fixedBallContains(b, exact, p + 60) && (exact.isZero() ? b.err === 0n : radius.lte(R.mul(exact.abs(), R.pow(10, -p - 2))));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('negative control: a ball moved by two radii misses ln x', () => {
    const b = lnOfScaled(3n, -1, workingBits(30));
    const exact = ref(80).ln('0.3');
    expect(fixedBallContains(b, exact, 80)).toBe(true);
    expect(fixedBallContains({ ...b, m: b.m + 2n * b.err + 1n }, exact, 80)).toBe(false);
  });
});

describe('fixedToDecimal: signed values of any magnitude', () => {
  it('floor <= nearest <= ceil, each within one unit of n·2^−W and at most p digits', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(1n << 400n), max: 1n << 400n }), fc.integer({ min: 0, max: 500 }), fc.constantFrom(1, 7, 30), (n, W, p) => {
        const D = decimalContext(p);
        const { down, up } = outwardContexts(p);
        const lo = fixedToDecimal(n, W, down, 'floor');
        const hi = fixedToDecimal(n, W, up, 'ceil');
        const near = fixedToDecimal(n, W, D, 'nearest');
        const R = ref(400);
        const exact = R.div(n.toString(), (1n << BigInt(W)).toString());
        const unit = exact.isZero() ? new Decimal(0) : new Decimal(10).pow(exact.e - p + 1);
        return (
          lo.lte(exact) && exact.lte(hi) && lo.lte(near) && near.lte(hi) &&
          R.sub(hi, lo).lte(unit.times(2)) && R.sub(near, exact).abs().lte(unit.times(0.5)) &&
          lo.sd() <= p && hi.sd() <= p && near.sd() <= p
        );
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe('lnOfScaled at 700 digits, 10^−320 from 1 (the double guess is subnormal)', () => {
  it('still certifies ln(1 ± 10^−320) = t − t²/2 + t³/3 − ... to 700 digits', () => {
    for (const sign of [1n, -1n]) {
      const t = new Decimal(`${sign}e-320`);
      const b = lnOfScaled(10n ** 320n + sign, -320, workingBits(700));
      const R = ref(1400);
      const series = R.sub(t, R.mul(t, t).div(2)).plus(R.pow(t, 3).div(3)).minus(R.pow(t, 4).div(4));
      const twoW = (1n << BigInt(b.W)).toString();
      const radius = R.div(b.err.toString(), twoW);
      expect(R.sub(series, R.div(b.m.toString(), twoW)).abs().lte(radius)).toBe(true);
      expect(radius.lte(R.mul(t.abs(), '1e-700'))).toBe(true);
    }
  });
});
