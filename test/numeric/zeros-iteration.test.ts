import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { rat } from '../../src/algebra/rational.js';
import { parseDataString } from '../../src/neuron/data.js';
import { pointModel } from '../../src/neuron/evaluate.js';
import type { Problem } from '../../src/neuron/model.js';
import { decimalContext } from '../../src/numeric/context.js';
import { correctDigits, gradientDescent, newton } from '../../src/numeric/iteration.js';

const oneD: Problem = { activation: 'sigmoid', loss: 'mse', data: parseDataString('1:1/3;2:3/4') };
const twoD: Problem = { activation: 'sigmoid', loss: 'mse', data: parseDataString('1,0:1/3;0,1:3/4;1,1:1/2;1,-1:2/5') };

function limit(problem: Problem, precision: number): Decimal[] {
  const D = decimalContext(precision);
  return (newton(problem, problem.data[0].x.map(() => rat(0)), precision, 40).iterates.at(-1) as string[]).map((x) => new D(x));
}

describe("Newton's method", () => {
  it('roughly doubles its correct digits per step until the working precision (1-D and 2-D)', () => {
    for (const problem of [oneD, twoD]) {
      const reference = limit(problem, 220);
      const { correctDigits: digits } = newton(problem, problem.data[0].x.map(() => rat(0)), 200, 12, reference);
      const d = digits as number[];
      expect(d.at(-1)).toBeGreaterThanOrEqual(195);
      for (let k = 1; k < d.length; k++) {
        if (d[k - 1] >= 3 && d[k] < 190) expect(d[k]).toBeGreaterThanOrEqual(Math.floor(1.6 * d[k - 1]));
      }
    }
  });

  it('stops when the Hessian is singular (identity activation, one point in 2-D)', () => {
    const singular: Problem = { activation: 'identity', loss: 'mse', data: parseDataString('1,1:1') };
    expect(newton(singular, [rat(0), rat(0)], 30, 5).iterates).toHaveLength(1);
  });
});

describe('gradient descent', () => {
  it("converges linearly with error ratio |1 - eta L''(w*)| for the step eta", () => {
    const reference = limit(oneD, 80);
    const curvature = pointModel(oneD, 80).hessian(reference)[0][0];
    const eta = rat(4);
    const { iterates } = gradientDescent(oneD, [rat(1)], eta, 60, 60, reference);
    const errors = iterates.map((w) => new Decimal(w[0]).sub(reference[0]).abs());
    const ratio = errors[50].div(errors[49]);
    const expected = new Decimal(1).sub(curvature.mul(4)).abs();
    expect(ratio.sub(expected).abs().lt(expected.mul(0.01))).toBe(true);
  });

  it('records correct digits growing about linearly, never jumping like Newton', () => {
    const reference = limit(twoD, 80);
    const { correctDigits: digits } = gradientDescent(twoD, [rat(0), rat(0)], rat(4), 60, 60, reference);
    const d = digits as number[];
    expect(d.at(-1)).toBeGreaterThan(10);
    for (let k = 1; k < d.length; k++) expect(d[k] - d[k - 1]).toBeLessThanOrEqual(1);
  });
});

describe('correctDigits', () => {
  it('counts digits relative to max(1, |reference|) and caps at equality', () => {
    const D = decimalContext(30);
    expect(correctDigits([new D('1.0001')], [new D(1)], 30)).toBe(4);
    expect(correctDigits([new D('250.5')], [new D(250)], 30)).toBe(2);
    expect(correctDigits([new D('0.5')], [new D('0.5')], 30)).toBe(30);
    expect(correctDigits([new D(7)], [new D(-7)], 30)).toBe(0);
  });
});
