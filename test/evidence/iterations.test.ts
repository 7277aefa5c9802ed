import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { rat } from '../../src/algebra/rational.js';
import {
  checkDoubling,
  curvatureUpperBound,
  float64LossGrid,
  linearRateTable,
  newtonDigitsTable,
  sigmoidMseCurvatureBound,
} from '../../src/evidence/iterations.js';
import { parseDataString } from '../../src/neuron/data.js';
import { pointModel } from '../../src/neuron/evaluate.js';
import type { Problem } from '../../src/neuron/model.js';
import { decimalContext } from '../../src/numeric/context.js';
import { newton } from '../../src/numeric/iteration.js';

const twoPoints: Problem = { activation: 'sigmoid', loss: 'mse', data: parseDataString('1:1/3;2:3/4') };
const fourPoints: Problem = { activation: 'sigmoid', loss: 'mse', data: parseDataString('1,0:1/3;0,1:3/4;1,1:1/2;1,-1:2/5') };
/** w* of the two points to 41 places (the exact algebra's digits, as in the claims). */
const W_STAR = '0.26197701521700328391873122701352702500188';

/** Newton's limit at `precision` digits from 0: a reference for the tests at lower precision. */
function limit(precision: number): string {
  return newton(twoPoints, [rat(0)], precision, 40).iterates.at(-1)?.[0] as string;
}

describe('checkDoubling', () => {
  const rule = { floor: 3, cap: 195, slack: 2 };

  it("accepts Newton's digits from the two-point claim and ignores the steps before 3 digits and after the cap", () => {
    const check = checkDoubling([0, 2, 4, 10, 20, 41, 83, 168, 200, 199, 200], rule);
    expect(check).toEqual({ passed: true, checked: 6, failures: [] });
  });

  it('rejects linear growth, a stall below the cap, and a sequence that never gets close', () => {
    const linear = checkDoubling([0, 3, 6, 9, 12, 15, 195], rule);
    expect(linear.passed).toBe(false);
    expect(linear.failures).toEqual([2, 3, 4]);
    expect(checkDoubling([0, 4, 8, 16, 30, 30, 30], rule).passed).toBe(false);
    expect(checkDoubling([0, 1, 2, 1, 0], rule)).toEqual({ passed: false, checked: 0, failures: [] });
    expect(checkDoubling([0, 100, 195], rule).passed).toBe(false);
  });
});

describe('newtonDigitsTable', () => {
  it('passes for Newton on the two points at 60 digits against a 90-digit reference, one row per iterate', () => {
    const { table, digits } = newtonDigitsTable(twoPoints, [rat(0)], 60, 9, [limit(90)], 'a 90-digit Newton limit', { floor: 3, cap: 55, slack: 2 });
    expect(table.passed).toBe(true);
    expect(table.rows).toHaveLength(10);
    expect(digits.at(-1)).toBeGreaterThanOrEqual(55);
    expect(table.rows[4][5]).toMatch(/^4\.90[0-9]e-1$/);
    expect(table.title).toContain('w_0 = 0');
  });

  it('fails against a reference that is wrong in its 30th digit (the digits stall at 29)', () => {
    const D = decimalContext(100);
    const wrong = D.add(limit(90), '1e-30').toFixed();
    const { table, digits } = newtonDigitsTable(twoPoints, [rat(0)], 60, 9, [wrong], 'a perturbed reference', { floor: 3, cap: 55, slack: 2 });
    expect(table.passed).toBe(false);
    expect(Math.max(...digits)).toBeLessThanOrEqual(30);
    expect(table.criterion).toContain('failed');
  });

  it('measures every coordinate in 2-D', () => {
    const reference = newton(fourPoints, [rat(0), rat(0)], 90, 40).iterates.at(-1) as string[];
    const { table } = newtonDigitsTable(fourPoints, [rat(0), rat(0)], 60, 10, reference, 'a 90-digit Newton limit', { floor: 3, cap: 55, slack: 2 });
    expect(table.passed).toBe(true);
    expect(table.rows[0][1]).toBe('0, 0');
  });
});

describe('linearRateTable', () => {
  const M = rat(163, 240);

  it('finds the ratios of gradient descent with step 1/M at 1 − L″(w*)/M', () => {
    const run = linearRateTable(twoPoints, rat(2), M, 40, 80, W_STAR, 5, rat(1, 1_000_000), 20);
    expect(run.table.passed).toBe(true);
    expect(run.rate.startsWith('0.55764663028974')).toBe(true);
    expect(run.log10Errors).toHaveLength(81);
    expect(run.log10Errors[80]).toBeLessThan(-15);
    expect(run.table.rows.map((r) => r[0])).toEqual(['0', '20', '40', '60', '79']);
  });

  it('fails against a wrong w* (the errors stall, the ratios go to 1) and too soon after the start', () => {
    const wrong = new Decimal(W_STAR).add('1e-12').toFixed();
    expect(linearRateTable(twoPoints, rat(2), M, 40, 80, wrong, 5, rat(1, 1_000_000), 20).table.passed).toBe(false);
    expect(linearRateTable(twoPoints, rat(2), M, 40, 8, W_STAR, 5, rat(1, 1_000_000), 20).table.passed).toBe(false);
  });

  it('needs a scalar weight', () => {
    expect(() => linearRateTable(fourPoints, rat(0), M, 30, 10, W_STAR, 2, rat(1, 100), 5)).toThrow(RangeError);
  });
});

describe('curvature bounds', () => {
  it("the analytic bound is 163/240 for the two points and lies above the interval enclosure of max L'', which lies above L''(0) = 5/16", () => {
    expect(sigmoidMseCurvatureBound(twoPoints)).toEqual(rat(163, 240));
    const upper = curvatureUpperBound(twoPoints, rat(-20), rat(20), 200, 30);
    expect(upper.lte(163 / 240)).toBe(true);
    expect(upper.gte(5 / 16)).toBe(true);
  });

  it('the interval bound over a tiny interval at 0 is just above L″(0) = 5/16', () => {
    const upper = curvatureUpperBound(twoPoints, rat(0), rat(1, 10 ** 9), 1, 30);
    expect(upper.gte('0.3125')).toBe(true);
    expect(upper.lt('0.3125001')).toBe(true);
  });

  it('the analytic bound uses |x|² in several dimensions and refuses other models and targets outside [0, 1]', () => {
    // |x|² = 1, 1, 2, 2; max(t, 1 − t) = 2/3, 3/4, 1/2, 3/5.
    const expected = 1 / 16 + 2 / 30 + 1 / 16 + 3 / 40 + 2 * (1 / 16 + 1 / 20) + 2 * (1 / 16 + 3 / 50);
    const bound = sigmoidMseCurvatureBound(fourPoints);
    expect(Number(bound.num) / Number(bound.den)).toBeCloseTo(expected, 12);
    expect(() => sigmoidMseCurvatureBound({ ...twoPoints, activation: 'tanh' })).toThrow(RangeError);
    expect(() => sigmoidMseCurvatureBound({ ...twoPoints, data: parseDataString('1:2') })).toThrow(RangeError);
  });

  it("the analytic bound holds at sampled points of several data sets (L'' at 30 digits)", () => {
    for (const data of ['1:0;3:1;-2:1/2', '1/2:1;5:0', '4:9/10;-1:1/10;2:1/2']) {
      const problem: Problem = { activation: 'sigmoid', loss: 'mse', data: parseDataString(data) };
      const bound = sigmoidMseCurvatureBound(problem);
      const model = pointModel(problem, 30);
      const D = decimalContext(30);
      for (let w = -6; w <= 6; w += 0.25) {
        expect(model.hessian([new D(w)])[0][0].lte(D.div(bound.num.toString(), bound.den.toString()))).toBe(true);
      }
    }
  });
});

describe('float64LossGrid', () => {
  it('follows the contour convention grid[j][i] = L(x_i, y_j) and agrees with the decimal model', () => {
    const grid = float64LossGrid(fourPoints, { min: -10, max: 10 }, { min: -4, max: 4 }, 5);
    expect(grid).toHaveLength(5);
    expect(grid[0]).toHaveLength(5);
    const D = decimalContext(30);
    const model = pointModel(fourPoints, 30);
    for (const [i, j] of [[0, 0], [4, 1], [1, 3], [2, 2]]) {
      const exact = model.loss([new D(-10 + 5 * i), new D(-4 + 2 * j)]).toNumber();
      expect(grid[j][i]).toBeCloseTo(exact, 14);
    }
  });

  it('needs two weights', () => {
    expect(() => float64LossGrid(twoPoints, { min: 0, max: 1 }, { min: 0, max: 1 }, 3)).toThrow(RangeError);
  });
});
