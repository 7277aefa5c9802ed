/**
 * The decimal helpers of src/neuron/single-point.ts against independent computations: exact rationals, the evidence
 * module's gradient formula, Simpson quadrature of the flow's 1/speed, and the loss along an RK4 trajectory.
 */
import type { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rat, type Rational } from '../../src/algebra/rational.js';
import { agreement, squaredLossGradientFormula } from '../../src/evidence/gradient-checks.js';
import { flowRate, flowTime, gradientAt, gradientFlow, minNormZero, normSquaredOf, sigmoidOfDot } from '../../src/neuron/single-point.js';
import { decimalContext } from '../../src/numeric/context.js';
import { sigmoid } from '../../src/numeric/elementary.js';

const dec = (precision: number, r: Rational): Decimal => decimalContext(precision).div(r.num.toString(), r.den.toString());

describe('normSquaredOf', () => {
  it('is exact', () => {
    expect(normSquaredOf([rat(3n), rat(1n, 5n), rat(-1n)])).toEqual(rat(251n, 25n));
    expect(normSquaredOf([])).toEqual(rat(0n));
  });
});

describe('minNormZero', () => {
  it('is a multiple of x where s(w*·x) = t to the working precision', () => {
    const x = [rat(2n), rat(-1n), rat(1n, 2n)];
    const w = minNormZero(x, rat(1n, 7n), 60);
    const ratio = w.map((wi, i) => wi.div(dec(60, x[i])));
    for (const r of ratio) expect(agreement(r.toString(), ratio[0].toString(), 60)).toBeGreaterThanOrEqual(58);
    expect(agreement(sigmoidOfDot(w, x, 60).toString(), decimalContext(60).div(1, 7).toString(), 60)).toBeGreaterThanOrEqual(58);
  });

  it('is 0 at t = 1/2 and rejects x = 0 and t outside (0, 1)', () => {
    expect(minNormZero([rat(3n)], rat(1n, 2n), 30).every((wi) => wi.isZero())).toBe(true);
    expect(() => minNormZero([rat(0n), rat(0n)], rat(1n, 3n), 30)).toThrow(RangeError);
    expect(() => minNormZero([rat(1n)], rat(1n), 30)).toThrow(RangeError);
  });
});

describe('gradientAt', () => {
  it('agrees with the evidence module\'s formula at rational w (fixed seed)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -40, max: 40 }), fc.integer({ min: -9, max: 9 })), { minLength: 1, maxLength: 4 }), fc.integer({ min: -3, max: 6 }), (pairs, tNum) => {
        const w = pairs.map(([a]) => rat(BigInt(a), 4n));
        const x = pairs.map(([, b]) => rat(BigInt(b), 3n));
        const t = rat(BigInt(tNum), 3n);
        const mine = gradientAt(w.map((wi) => dec(40, wi)), x, t, 40).map(String);
        const theirs = squaredLossGradientFormula(w, x, t, 40);
        mine.forEach((g, i) => expect(agreement(g, theirs[i], 40)).toBeGreaterThanOrEqual(37));
      }),
      { seed: 314159, numRuns: 100 },
    );
  });
});

describe('flowRate and flowTime', () => {
  const q = rat(5n);

  it('the speed has the sign of t − s(h)', () => {
    const D = decimalContext(30);
    for (const [h, t] of [['0', rat(3n, 4n)], ['2', rat(3n, 4n)], ['-50', rat(-1n)], ['50', rat(2n)]] as const) {
      const expected = D.sub(dec(30, t), sigmoid(D, new D(h))).s;
      expect(flowRate(new D(h), t, q, 30).s).toBe(expected);
    }
  });

  it('T(b) − T(a) equals Simpson quadrature of 1/speed on both sides of logit(t) and beyond [0, 1]', () => {
    const cases: [string, string, Rational][] = [['0', '0.5', rat(3n, 4n)], ['2', '1.5', rat(3n, 4n)], ['-1', '1', rat(3n, 2n)], ['-1', '1', rat(-1n, 3n)]];
    for (const [a, b, t] of cases) {
      const D = decimalContext(30);
      const [A, B] = [new D(a), new D(b)];
      const n = 200;
      const step = B.sub(A).div(n);
      let sum = new D(0);
      for (let k = 0; k <= n; k++) {
        const weight = k === 0 || k === n ? 1 : k % 2 === 1 ? 4 : 2;
        sum = sum.add(D.div(weight, flowRate(A.add(step.mul(k)), t, q, 30)));
      }
      const simpson = sum.mul(step).div(3);
      const closed = flowTime(B, t, q, 30).sub(flowTime(A, t, q, 30));
      expect(closed.sub(simpson).abs().lt('1e-8'), `${a}..${b}, t = ${t.num}/${t.den}: ${closed} vs ${simpson}`).toBe(true);
    }
  });

  it('refuses t ∈ {0, 1} and the point s(h) = t', () => {
    const D = decimalContext(30);
    expect(() => flowTime(new D(0), rat(1n), q, 30)).toThrow(RangeError);
    expect(() => flowTime(new D(0), rat(0n), q, 30)).toThrow(RangeError);
    expect(() => flowTime(new D(0), rat(1n, 2n), q, 30)).toThrow(RangeError);
  });
});

describe('gradientFlow', () => {
  const x = [rat(1n), rat(2n)];
  const t = rat(3n, 4n);

  it('zero steps return the start; the trajectory stays on w0 + span(x) and the loss decreases', () => {
    const D = decimalContext(40);
    const w0 = [new D('0.5'), new D('-1')];
    expect(gradientFlow(w0, x, t, new D('0.1'), 0, 40).map(String)).toEqual(w0.map(String));
    const loss = (w: Decimal[]) => D.sub(dec(40, t), sigmoidOfDot(w, x, 40)).pow(2).div(2);
    let w = w0;
    let previous = loss(w0);
    for (let k = 0; k < 5; k++) {
      w = gradientFlow(w, x, t, new D('0.1'), 10, 40);
      const cross = D.sub(D.mul(D.sub(w[0], w0[0]), 2), D.sub(w[1], w0[1])).abs();
      expect(cross.lt('1e-35')).toBe(true);
      expect(loss(w).lt(previous)).toBe(true);
      previous = loss(w);
    }
  });

  it('takes the time T(h(τ)) − T(h(0)) = τ of the closed form, to the RK4 error', () => {
    const D = decimalContext(40);
    const q = normSquaredOf(x);
    const w = gradientFlow([new D(0), new D(0)], x, t, new D('0.01'), 50, 40);
    const h = D.add(w[0], D.mul(w[1], 2));
    const elapsed = flowTime(h, t, q, 40).sub(flowTime(new D(0), t, q, 40));
    expect(elapsed.sub('0.5').abs().lt('1e-10')).toBe(true);
  });
});
