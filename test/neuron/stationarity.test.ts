import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zDivExact, zEval, zLeading, zPoly, zSignAt, zToStrings } from '../../src/algebra/poly-z.js';
import { add, cmp, div, mul, pow, rat, sub, ONE, ZERO, type Rational } from '../../src/algebra/rational.js';
import { countPositiveRoots } from '../../src/algebra/sturm.js';
import { checkCertificate } from '../../src/kernel/checkers.js';
import {
  exactStationaryPoints,
  stationarityPolynomial,
  toScalarProblem,
  type Activation,
  type Loss,
  type ScalarProblem,
} from '../../src/neuron/stationarity.js';

const SEED = 112358;

const problem = (activation: Activation, loss: Loss, data: [number, number, number][]): ScalarProblem => ({
  activation,
  loss,
  data: data.map(([x, p, q]) => ({ x: BigInt(x), t: rat(p, q) })),
});

/**
 * L'(w) at w = ln q, from the textbook formulas (s = 1/(1 + e^(−h)), s' = s(1 − s), tanh' = 1 − tanh^2, exp' = exp),
 * evaluated exactly: an independent route to the stationarity polynomial.
 */
function lossDerivativeAt(p: ScalarProblem, q: Rational): Rational {
  let total = ZERO;
  for (const { x, t } of p.data) {
    const X = rat(x);
    const e = pow(q, Number(x)); // e^(w x)
    let f: Rational;
    let df: Rational;
    if (p.activation === 'sigmoid') {
      f = div(ONE, add(ONE, div(ONE, e)));
      df = mul(X, mul(f, sub(ONE, f)));
    } else if (p.activation === 'tanh') {
      const e2 = mul(e, e);
      f = div(sub(e2, ONE), add(e2, ONE));
      df = mul(X, sub(ONE, mul(f, f)));
    } else {
      f = e;
      df = mul(X, e);
    }
    total = add(total, p.loss === 'mse' ? mul(sub(f, t), df) : mul(X, sub(f, t)));
  }
  return total;
}

const target = fc.tuple(fc.integer({ min: -3, max: 8 }), fc.integer({ min: 1, max: 7 }));
const datasetArb = (activation: Activation, loss: Loss) =>
  fc
    .array(fc.tuple(fc.integer({ min: -4, max: 4 }), target), { minLength: 1, maxLength: 4 })
    .filter((pts) => pts.some(([x]) => x !== 0))
    .map((pts) => problem(activation, loss, pts.map(([x, [p, q]]) => [x, p, q])));
const anyProblem = fc.oneof(
  datasetArb('sigmoid', 'mse'),
  datasetArb('sigmoid', 'xent'),
  datasetArb('tanh', 'mse'),
  datasetArb('exp', 'mse'),
);
const positiveRational = fc.tuple(fc.bigInt({ min: 1n, max: 60n }), fc.bigInt({ min: 1n, max: 60n })).map(([a, b]) => rat(a, b));

describe('the stationarity polynomial', () => {
  it('gives the septic for (1, 1/3), (2, 3/4) with sigmoid and squared loss', () => {
    const sp = stationarityPolynomial(problem('sigmoid', 'mse', [[1, 1, 3], [2, 3, 4]]));
    expect(zToStrings(sp.numerator)).toEqual(['4', '1', '21', '-6', '-12', '-33', '-5', '-2']);
    expect(sp.shift).toBe(1);
    expect(sp.scale).toEqual(rat(1, 6));
    expect(zToStrings(sp.denominator)).toEqual(zToStrings(zPoly([1, 3, 6, 10, 12, 12, 10, 6, 3, 1]))); // (z+1)^3 (z^2+1)^3
  });

  it("is L'(w) exactly: L'(ln q) = c · q^m · N(q) / D(q) at random rationals q > 0, for every activation and loss", () => {
    fc.assert(
      fc.property(anyProblem, positiveRational, (p, q) => {
        const sp = stationarityPolynomial(p);
        const claimed = mul(mul(sp.scale, pow(q, sp.shift)), div(zEval(sp.numerator, q), zEval(sp.denominator, q)));
        expect(claimed).toEqual(lossDerivativeAt(p, q));
        expect(cmp(sp.scale, ZERO)).toBe(1);
        expect(zLeading(sp.denominator) > 0n).toBe(true);
        expect(countPositiveRoots(sp.denominator)).toBe(0);
        expect(sp.numerator[0]).not.toBe(0n);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('handles negative inputs and ignores zero inputs', () => {
    const a = stationarityPolynomial(problem('sigmoid', 'mse', [[-2, 1, 3], [1, 1, 2]]));
    const b = stationarityPolynomial(problem('sigmoid', 'mse', [[-2, 1, 3], [0, 5, 7], [1, 1, 2]]));
    expect(b).toEqual(a);
    expect(lossDerivativeAt(problem('sigmoid', 'mse', [[-2, 1, 3], [1, 1, 2]]), rat(3, 2))).toEqual(
      mul(mul(a.scale, pow(rat(3, 2), a.shift)), div(zEval(a.numerator, rat(3, 2)), zEval(a.denominator, rat(3, 2)))),
    );
  });

  it('refuses what it cannot analyse, with a clear message', () => {
    expect(() => stationarityPolynomial(problem('tanh', 'xent', [[1, 1, 2]]))).toThrow(/cross-entropy needs the sigmoid/);
    expect(() => stationarityPolynomial(problem('sigmoid', 'mse', [[0, 1, 2]]))).toThrow(/does not depend on w/);
    expect(() => stationarityPolynomial(problem('sigmoid', 'mse', [[400, 1, 3]]))).toThrow(/too large/);
    expect(() => stationarityPolynomial(problem('sigmoid', 'mse', [[90, 1, 3], [-70, 1, 2]]))).toThrow(/degree .* > 200/);
    expect(() => toScalarProblem('sigmoid', 'mse', [{ x: [rat(1), rat(2)], t: rat(1, 2) }])).toThrow(/d = 1/);
    expect(() => toScalarProblem('sigmoid', 'mse', [{ x: [rat(1, 2)], t: rat(1, 2) }])).toThrow(/integer inputs/);
    expect(toScalarProblem('exp', 'mse', [{ x: [rat(-3)], t: rat(1, 2) }]).data).toEqual([{ x: -3n, t: rat(1, 2) }]);
  });
});

describe('exact stationary points', () => {
  it('finds the one minimum of the septic example, with kernel-checked completeness and isolation', () => {
    const e = exactStationaryPoints(problem('sigmoid', 'mse', [[1, 1, 3], [2, 3, 4]]));
    expect(e.points).toHaveLength(1);
    expect(e.points[0].kind).toBe('minimum');
    expect(e.points[0].multiplicity).toBe(1);
    expect(checkCertificate(e.rootCount)).toMatchObject({ ok: true });
    expect(checkCertificate(e.rootCount).proves).toContain('exactly 1 distinct real root in (0, +∞)');
    expect(checkCertificate(e.denominatorPositive).ok).toBe(true);
    expect(checkCertificate(e.points[0].isolation).ok).toBe(true);
    expect(checkCertificate(e.points[0].irreducibility!).ok).toBe(true);
  });

  it('finds none for targets 1 and 1 (the loss only decreases)', () => {
    const e = exactStationaryPoints(problem('sigmoid', 'mse', [[1, 1, 1], [2, 1, 1]]));
    expect(e.points).toEqual([]);
    expect(zSignAt(e.polynomial.numerator, ONE)).toBe(-1);
    expect(checkCertificate(e.rootCount).ok).toBe(true);
  });

  it('finds a saddle where N has a double root: exp, (1, −1/2), (2, 5/4) at z* = 1/2', () => {
    const e = exactStationaryPoints(problem('exp', 'mse', [[1, -1, 2], [2, 5, 4]]));
    expect(e.points).toHaveLength(1);
    expect(e.points[0]).toMatchObject({ kind: 'saddle', multiplicity: 2, minimalPolynomial: zPoly([-1, 2]) });
    expect(checkCertificate(e.points[0].isolation).proves).toContain('keeps its sign');
  });

  it("classifies every point by the sign of L' on either side, computed independently, and every certificate passes", () => {
    fc.assert(
      fc.property(anyProblem, (p) => {
        const e = exactStationaryPoints(p);
        expect(checkCertificate(e.rootCount).ok).toBe(true);
        expect(checkCertificate(e.denominatorPositive).ok).toBe(true);
        for (const point of e.points) {
          const { lo, hi } = point.interval;
          expect(zDivExact(e.polynomial.numerator, point.minimalPolynomial)).not.toBeNull();
          expect(checkCertificate(point.isolation).ok).toBe(true);
          if (point.irreducibility) expect(checkCertificate(point.irreducibility).ok).toBe(true);
          const signOf = (r: Rational) => (r.num > 0n ? 1 : -1);
          expect(cmp(lo, ZERO)).toBe(1);
          const left = signOf(lossDerivativeAt(p, lo));
          const right = signOf(lossDerivativeAt(p, hi));
          expect(point.kind).toBe(left === right ? 'saddle' : left < 0 ? 'minimum' : 'maximum');
        }
        for (let i = 1; i < e.points.length; i++) expect(cmp(e.points[i - 1].interval.hi, e.points[i].interval.lo) <= 0).toBe(true);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
