import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rat } from '../../src/algebra/rational.js';
import { parseDataString } from '../../src/neuron/data.js';
import { gradientEnclosureAt } from '../../src/neuron/evaluate.js';
import { ballModelField, decimalModelField, gradientAt, lossAt, prepare, type Problem } from '../../src/neuron/model.js';
import { IntervalContext } from '../../src/numeric/interval.js';
import { mul, roundBall, type Ball } from '../../src/numeric/ball/ball.js';
import { BallContext, bitsForDigits } from '../../src/numeric/ball/context.js';
import { BallDuals } from '../../src/numeric/ball/dual.js';
import { decimalContext } from '../../src/numeric/context.js';
import { ballBinaryProperty } from '../../src/numeric/soundness.js';

const bc = new BallContext(bitsForDigits(50));
const D = decimalContext(120);
const H = '-1.234567890123456789012345678901234567890123456789';

/** |radius / value| as a double. */
function relativeRadius(y: Ball): number {
  return bc.radius(y).div(bc.mid(y).abs()).toNumber();
}

describe('ball arithmetic', () => {
  it('encloses the 120-digit values of exp, ln, sigmoid, tanh, softplus at a 50-digit point, within a few units of 2^-prec', () => {
    const h = bc.fromDecimal(new Decimal(H));
    const x = new D(H);
    const cases: [Ball, Decimal][] = [
      [bc.exp(h), D.exp(x)],
      [bc.ln(bc.neg(h)), D.ln(x.neg())],
      [bc.sigmoid(h), D.div(1, D.add(1, D.exp(x.neg())))],
      [bc.tanh(h), D.div(D.sub(D.exp(x), D.exp(x.neg())), D.add(D.exp(x), D.exp(x.neg())))],
      [bc.softplus(h), D.ln(D.add(1, D.exp(x)))],
    ];
    for (const [y, v] of cases) {
      expect(bc.lower(y).lte(v) && v.lte(bc.upper(y))).toBe(true);
      expect(relativeRadius(y)).toBeLessThan(2 ** -(bc.prec - 6));
    }
  });

  it('keeps relative accuracy far out and near the special points: s(-10^6), softplus(-10^4), tanh(10^-30), ln(1 + 2^-130)', () => {
    const nearOne: Ball = { m: (1n << 130n) + 1n, e: -130, rad: { m: 0, e: 0 } };
    const cases: [Ball, Decimal][] = [
      [bc.sigmoid(bc.fromDecimal(new Decimal(-1e6))), D.div(1, D.add(1, D.exp(1e6)))],
      [bc.softplus(bc.fromDecimal(new Decimal(-1e4))), D.exp(-1e4)],
      [bc.tanh(bc.fromDecimal(new Decimal('1e-30'))), new D('1e-30')],
      [bc.ln(nearOne), decimalContext(200).ln(decimalContext(200).add(1, decimalContext(200).pow(2, -130)))],
    ];
    for (const [y, v] of cases) {
      expect(bc.lower(y).lte(v) && v.lte(bc.upper(y))).toBe(true);
      expect(relativeRadius(y)).toBeLessThan(2 ** -(bc.prec - 8));
    }
  });

  it('propagates an input radius: exp over [1, 1 + 2^-40] has the width e·2^-40, not the point width', () => {
    const x: Ball = { ...bc.fromRational(rat(1)), rad: { m: 2 ** 25, e: -66 } }; // 1 ± 2^-41
    const y = bc.exp(x);
    const width = bc.upper(y).minus(bc.lower(y)).toNumber();
    expect(width).toBeGreaterThan(Math.E * 2 ** -40 * 0.999);
    expect(width).toBeLessThan(Math.E * 2 ** -40 * 1.001);
  });

  it('stays sound and non-zero at the ends of the range: 10^-10^6, 10^±10^11, products that underflow', () => {
    const tiny = bc.fromDecimal(new Decimal('1e-1000000'));
    expect(bc.lower(tiny).gt(0)).toBe(true);
    expect(bc.lower(tiny).lte('1e-1000000') && bc.upper(tiny).gte('1e-1000000')).toBe(true);
    const huge = bc.fromDecimal(new Decimal('1e100000000000'));
    expect(bc.lower(huge).lte('1e100000000000') && bc.upper(huge).gte('1e100000000000')).toBe(true);
    expect(bc.upper(bc.div(bc.fromRational(rat(1)), huge)).gt(0)).toBe(true);
    const product = bc.mul(bc.fromDecimal(new Decimal('1e-1000000000000000')), bc.fromDecimal(new Decimal('1e-1000000000000000')));
    expect(bc.upper(product).gt(0) && bc.lower(product).lte(0)).toBe(true);
    expect(bc.upper(bc.exp(bc.fromDecimal(new Decimal('-1e100000000000')))).gt(0)).toBe(true);
    expect(bc.upper(bc.exp(huge)).isFinite()).toBe(false);
  });

  it('refuses division by a ball that may contain 0, and ln of one reaching 0', () => {
    const aroundZero = { ...bc.fromRational(rat(1, 1000)), rad: { m: 2 ** 25, e: -30 } }; // 10^-3 ± 2^-5
    expect(() => bc.div(bc.fromRational(rat(1)), aroundZero)).toThrow(RangeError);
    expect(() => bc.ln(aroundZero)).toThrow(RangeError);
    expect(() => bc.div(bc.fromRational(rat(1)), bc.fromRational(rat(0)))).toThrow(RangeError);
  });

  it('evaluates the neuron model: the ball gradient holds the 120-digit point gradient and is within 2^16 units of 2^-prec wide', () => {
    const problem: Problem = { activation: 'sigmoid', loss: 'mse', data: parseDataString('1,0:1/3;0,1:3/4;1,1:1/2;1,-1:2/5') };
    const w = [rat(-2, 5), rat(1, 2)];
    const G = gradientAt(prepare(ballModelField(bc), problem), w.map((x) => bc.fromRational(x)));
    const g = gradientAt(prepare(decimalModelField(120), problem), w.map((x) => D.div(x.num.toString(), x.den.toString())));
    G.forEach((b, i) => {
      expect(bc.lower(b).lte(g[i]) && g[i].lte(bc.upper(b))).toBe(true);
      expect(relativeRadius(b)).toBeLessThan(2 ** -(bc.prec - 16));
    });
    // The decimal intervals it replaces in analyze --at are at least 1000 times wider at the same digits.
    const I = gradientEnclosureAt(problem, w, new IntervalContext(50));
    G.forEach((b, i) => expect(I[i].hi.minus(I[i].lo).div(bc.upper(b).minus(bc.lower(b))).toNumber()).toBeGreaterThan(1000));
  });
});

describe('dual numbers over balls', () => {
  it('enclose the 120-digit gradient of the loss by automatic differentiation, for every activation, as tightly as the analytic balls', () => {
    for (const activation of ['sigmoid', 'tanh', 'exp', 'identity', 'square', 'relu'] as const) {
      const problem: Problem = { activation, loss: 'mse', data: parseDataString('1,0:1/3;0,1:3/4;1,1:1/2;1,-1:2/5') };
      const w = [rat(-2, 5), rat(1, 2)];
      const F = new BallDuals(bc, 2);
      const { g: G } = lossAt(prepare(F, problem), w.map((x, i) => F.variable(i, bc.fromRational(x))));
      const g = gradientAt(prepare(decimalModelField(120), problem), w.map((x) => D.div(x.num.toString(), x.den.toString())));
      const analytic = gradientAt(prepare(ballModelField(bc), problem), w.map((x) => bc.fromRational(x)));
      G.forEach((b, i) => {
        expect(bc.lower(b).lte(g[i]) && g[i].lte(bc.upper(b))).toBe(true);
        expect(bc.radius(b).toNumber()).toBeLessThan(64 * bc.radius(analytic[i]).toNumber() + 2 ** -(bc.prec - 8));
      });
    }
  });
});

describe('negative controls: the ball soundness property catches broken operations', () => {
  it('a product that drops the propagated radii fails', () => {
    const dropRadius = (c: BallContext, x: Ball, y: Ball): Ball => mul({ ...x, rad: { m: 0, e: 0 } }, { ...y, rad: { m: 0, e: 0 } }, c.prec);
    const details = fc.check(ballBinaryProperty('mul', dropRadius).property, { numRuns: 300, seed: 11 });
    expect(details.failed).toBe(true);
  });

  it('a sum whose midpoint is rounded 24 bits short without widening the radius fails', () => {
    const sloppy = (c: BallContext, x: Ball, y: Ball): Ball => {
      const s = c.add(x, y);
      const r = roundBall(s.m, s.e, s.rad, c.prec - 24);
      return { m: r.m, e: r.e, rad: s.rad };
    };
    const details = fc.check(ballBinaryProperty('add', sloppy).property, { numRuns: 300, seed: 12 });
    expect(details.failed).toBe(true);
  });
});
