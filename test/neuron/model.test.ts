import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, rat, type Rational } from '../../src/algebra/rational.js';
import type { DataPoint } from '../../src/neuron/data.js';
import { adGradient, adHessian, gradientEnclosureAt, pointModel } from '../../src/neuron/evaluate.js';
import { ACTIVATIONS, intervalGradientSystem, type Problem } from '../../src/neuron/model.js';
import { decimalContext } from '../../src/numeric/context.js';
import { decimalField } from '../../src/numeric/field.js';
import { IntervalContext, type Interval } from '../../src/numeric/interval.js';
import { richardsonGradient } from '../../src/numeric/richardson.js';

const SEED = 7_031_2024;

const small = fc.record({ n: fc.integer({ min: -12, max: 12 }), d: fc.integer({ min: 1, max: 4 }) }).map(({ n, d }) => rat(n, d));
const unitTarget = fc.integer({ min: 0, max: 8 }).map((k) => rat(k, 8));

/** Random problems: any activation with mse, or sigmoid with cross-entropy; 1 to 5 points in dimension 1 to 3. */
const problemAndPoint = (activations: readonly Problem['activation'][] = ACTIVATIONS) =>
  fc.integer({ min: 1, max: 3 }).chain((d) =>
    fc
      .record({ activation: fc.constantFrom(...activations), xent: fc.boolean() })
      .chain(({ activation, xent }) => {
        const loss = xent && activation === 'sigmoid' ? ('xent' as const) : ('mse' as const);
        const point = fc.record({ x: fc.array(small, { minLength: d, maxLength: d }), t: loss === 'xent' ? unitTarget : small });
        return fc.record({
          problem: fc.array(point, { minLength: 1, maxLength: 5 }).map((data: DataPoint[]) => ({ activation, loss, data })),
          w: fc.array(small, { minLength: d, maxLength: d }),
        });
      }),
  );

function decimals(w: Rational[], precision: number): Decimal[] {
  const D = decimalContext(precision);
  return w.map((r) => D.div(r.num.toString(), r.den.toString()));
}

/** |a - b| <= 10^-digits max(1, |a|): agreement to `digits` digits (absolute below 1). */
function agree(a: Decimal, b: Decimal, digits: number): boolean {
  const D = decimalContext(digits + 20);
  return D.sub(a, b).abs().lte(D.mul(D.pow(10, -digits), Decimal.max(1, a.abs())));
}

function contains(x: Interval, v: Decimal): boolean {
  return x.lo.lte(v) && v.lte(x.hi);
}

describe('gradient: analytic chain rule = automatic differentiation = Richardson differences', () => {
  it('analytic gradient and dual-number AD agree to 35 digits at 40 (all activations, both losses)', () => {
    const property = fc.property(problemAndPoint(), ({ problem, w }) => {
      const W = decimals(w, 40);
      const analytic = pointModel(problem, 40).gradient(W);
      return adGradient(problem, W, 40).gradient.every((g, i) => agree(g, analytic[i], 35));
    });
    expect(fc.check(property, { seed: SEED, numRuns: 300 }).failed).toBe(false);
  });

  it('analytic Hessian and hyper-dual AD agree to 30 digits at 40', () => {
    const property = fc.property(problemAndPoint(), ({ problem, w }) => {
      const W = decimals(w, 40);
      const analytic = pointModel(problem, 40).hessian(W);
      return adHessian(problem, W, 40).every((row, i) => row.every((h, j) => agree(h, analytic[i][j], 30)));
    });
    expect(fc.check(property, { seed: SEED, numRuns: 150 }).failed).toBe(false);
  });

  it('Richardson-extrapolated differences of the loss agree with the analytic gradient to 15 digits (smooth activations)', () => {
    const smooth = ACTIVATIONS.filter((a) => a !== 'relu');
    const property = fc.property(problemAndPoint(smooth), ({ problem, w }) => {
      const W = decimals(w, 30);
      const analytic = pointModel(problem, 30).gradient(W);
      const { gradient } = richardsonGradient((v, D) => pointModel(problem, D.precision).loss(v), W, 30);
      return gradient.every((g, i) => agree(g, analytic[i], 15));
    });
    expect(fc.check(property, { seed: SEED, numRuns: 12 }).failed).toBe(false);
  });

  it('negative control: a gradient that forgets the factor f\'(h) disagrees with AD', () => {
    const property = fc.property(problemAndPoint(['sigmoid']), ({ problem, w }) => {
      const W = decimals(w, 40);
      const D = decimalContext(40);
      const F = decimalField(40);
      const wrong = W.map((_, j) =>
        problem.data.reduce((acc, p) => {
          const h = p.x.reduce((s, x, k) => D.add(s, D.mul(W[k], F.fromRational(x))), new D(0));
          return D.add(acc, D.mul(D.sub(F.sigmoid(h), F.fromRational(p.t)), F.fromRational(p.x[j])));
        }, new D(0)),
      );
      return adGradient({ ...problem, loss: 'mse' }, W, 40).gradient.every((g, i) => agree(g, wrong[i], 10));
    });
    expect(fc.check(property, { seed: SEED, numRuns: 50 }).failed).toBe(true);
  });

  it('merging equal points changes nothing: doubled data doubles L and its gradient', () => {
    const property = fc.property(problemAndPoint(), ({ problem, w }) => {
      const W = decimals(w, 40);
      const once = pointModel(problem, 40);
      const twice = pointModel({ ...problem, data: [...problem.data, ...problem.data] }, 40);
      const D = decimalContext(40);
      return (
        agree(twice.loss(W), D.mul(2, once.loss(W)), 35) && twice.gradient(W).every((g, i) => agree(g, D.mul(2, once.gradient(W)[i]), 35))
      );
    });
    expect(fc.check(property, { seed: SEED, numRuns: 100 }).failed).toBe(false);
  });

  it('cross-entropy equals sum softplus(h) - t h, an independent formula', () => {
    const F = decimalField(40);
    const data = [
      { x: [rat(1), rat(-2)], t: rat(1, 4) },
      { x: [rat(3, 2), rat(1)], t: rat(1) },
    ];
    const w = decimals([rat(2, 3), rat(-1, 5)], 40);
    const expected = data.reduce((acc, p) => {
      const h = F.add(F.mul(w[0], F.fromRational(p.x[0])), F.mul(w[1], F.fromRational(p.x[1])));
      return F.add(acc, F.sub(F.softplus(h), F.mul(F.fromRational(p.t), h)));
    }, F.fromRational(rat(0)));
    expect(agree(pointModel({ activation: 'sigmoid', loss: 'xent', data }, 40).loss(w), expected, 35)).toBe(true);
  });
});

describe('interval enclosures contain the values computed at twice the precision', () => {
  it('at an exact rational point: enclosure at 25 digits contains the gradient at 50', () => {
    const property = fc.property(problemAndPoint(), ({ problem, w }) => {
      const enclosure = gradientEnclosureAt(problem, w, new IntervalContext(25));
      const value = pointModel(problem, 50).gradient(decimals(w, 50));
      return enclosure.every((e, i) => contains(e, value[i]));
    });
    expect(fc.check(property, { seed: SEED, numRuns: 500 }).failed).toBe(false);
  });

  it('over a box: gradient and Hessian enclosures contain their values at points of the box', () => {
    const property = fc.property(
      problemAndPoint(),
      fc.array(fc.integer({ min: 0, max: 16 }), { minLength: 3, maxLength: 3 }),
      fc.integer({ min: 1, max: 8 }),
      ({ problem, w }, fractions, width) => {
        const ic = new IntervalContext(25);
        const sys = intervalGradientSystem(problem, ic);
        const r = rat(width, 8);
        const X = w.map((c) => ({ lo: ic.fromRational(c).lo, hi: ic.fromRational(add(c, r)).hi }));
        const inside = w.map((c, j) => add(c, rat(fractions[j] * width, 128)));
        const model = pointModel(problem, 50);
        const V = decimals(inside, 50);
        const G = sys.value(X);
        const H = sys.jacobian(X);
        const g = model.gradient(V);
        const h = model.hessian(V);
        return G.every((e, i) => contains(e, g[i])) && H.every((row, i) => row.every((e, j) => contains(e, h[i][j])));
      },
    );
    expect(fc.check(property, { seed: SEED, numRuns: 300 }).failed).toBe(false);
  });
});

describe('extreme arguments keep their digits', () => {
  const D = decimalContext(80);
  const e = D.exp(-1_000_000);
  const tail = D.div(e, D.add(1, e)); // s(-10^6)

  it('sigmoid, mse, t = 1 at h = 10^6: grad = -s(-h)^2 s(h) ~ -e^(-2 10^6), by every method', () => {
    const problem: Problem = { activation: 'sigmoid', loss: 'mse', data: [{ x: [rat(1)], t: rat(1) }] };
    const reference = D.mul(D.mul(tail, tail), D.sub(1, tail)).neg();
    const w = [new Decimal(1_000_000)];
    expect(agree(D.div(pointModel(problem, 50).gradient(w)[0], reference), new Decimal(1), 45)).toBe(true);
    expect(agree(D.div(adGradient(problem, w, 50).gradient[0], reference), new Decimal(1), 45)).toBe(true);
    const enclosure = gradientEnclosureAt(problem, [rat(1_000_000)], new IntervalContext(50))[0];
    expect(contains(enclosure, reference)).toBe(true);
    expect(enclosure.hi.lt(0)).toBe(true);
  });

  it('cross-entropy, t = 1 at h = 10^6: grad = -s(-h), and at h = -10^6 the gradient is s(h) - 1 ~ -1', () => {
    const problem: Problem = { activation: 'sigmoid', loss: 'xent', data: [{ x: [rat(1)], t: rat(1) }] };
    expect(agree(D.div(pointModel(problem, 50).gradient([new Decimal(1_000_000)])[0], tail.neg()), new Decimal(1), 45)).toBe(true);
    expect(agree(pointModel(problem, 50).gradient([new Decimal(-1_000_000)])[0], D.sub(tail, 1), 45)).toBe(true);
  });

  it('tanh, mse, t = 1 at h = 10^6: the residual tanh h - 1 = -2 s(-2h) is not lost to cancellation', () => {
    const problem: Problem = { activation: 'tanh', loss: 'mse', data: [{ x: [rat(1)], t: rat(1) }] };
    const enclosure = gradientEnclosureAt(problem, [rat(1_000_000)], new IntervalContext(50))[0];
    expect(enclosure.hi.lt(0)).toBe(true);
    const g = pointModel(problem, 50).gradient([new Decimal(1_000_000)])[0];
    expect(contains(enclosure, g)).toBe(true);
  });
});
