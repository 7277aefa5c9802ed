/**
 * The exact d = 2 chain (src/neuron/exact-d2.ts, exact-d2-analysis.ts) against independent computations: the
 * factored gradient against forward-mode AD, the eliminant's cofactor identity recomputed, and the stationary points
 * found by elimination on all of R² against the branch-and-prune box search of `analyze`.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { mpAdd, mpFromUnivariate, mpIsZero, mpMul, mpSub } from '../../src/algebra/mpoly-q.js';
import { qFromZ } from '../../src/algebra/poly-q.js';
import { rat, type Rational } from '../../src/algebra/rational.js';
import { analyze } from '../../src/neuron/analysis.js';
import { parseDataString } from '../../src/neuron/data.js';
import { adGradient } from '../../src/neuron/evaluate.js';
import { exactD2Analysis } from '../../src/neuron/exact-d2-analysis.js';
import { eliminateCoordinate, sigmoidGradientFactors } from '../../src/neuron/exact-d2.js';
import type { Problem } from '../../src/neuron/model.js';

const problem = (data: string): Problem => ({ activation: 'sigmoid', loss: 'mse', data: parseDataString(data) });
const THREE = problem('1,0:1/3;0,1:3/4;1,1:1/2');
const TWO = problem('1,1:1/3;1,2:3/4');
/** Negative inputs make z^x a Laurent monomial: the factors must still be exact. */
const MIXED = problem('1,0:1/3;0,1:3/4;1,-1:2/5');

describe('sigmoidGradientFactors', () => {
  it('equals the AD gradient at rational points (c z^m P(z)/D(z) at z = e^w), with negative inputs too', () => {
    const D = Decimal.clone({ precision: 40 });
    for (const p of [THREE, TWO, MIXED]) {
      const factors = sigmoidGradientFactors(p);
      for (const w of [[rat(1n, 3n), rat(-1n, 2n)], [rat(-2n), rat(3n, 4n)]] as Rational[][]) {
        const ad = adGradient(p, w.map((r) => new D(r.num.toString()).div(r.den.toString())), 40).gradient;
        // z = e^w as 40-digit decimals, then the factored form evaluated in decimals.
        const z = w.map((r) => D.exp(new D(r.num.toString()).div(r.den.toString())));
        factors.forEach((f, j) => {
          const ev = (poly: typeof f.P): Decimal => [...poly.terms.values()].reduce((acc, t) => acc.plus(t.e.reduce((m, x, i) => m.times(z[i].pow(x)), new D(t.c.num.toString()).div(t.c.den.toString()))), new D(0));
          const value = new D(f.c.num.toString()).div(f.c.den.toString()).times(f.m.reduce((m, x, i) => m.times(z[i].pow(x)), new D(1))).times(ev(f.P)).div(ev(f.D));
          expect(value.minus(ad[j]).abs().lt(new D(10).pow(-30)), `${j}: ${value} vs ${ad[j]}`).toBe(true);
        });
      }
    }
  });
  it('refuses non-integer inputs and other activations', () => {
    expect(() => sigmoidGradientFactors(problem('1/2,1:1/3;0,1:1/2'))).toThrow(/not an integer/);
    expect(() => sigmoidGradientFactors({ ...THREE, activation: 'tanh' })).toThrow(/sigmoid with squared loss/);
  });

  it('refuses a system whose Bézout bound is past 400 (its algebra took 3 minutes before), naming the bound', () => {
    expect(() => exactD2Analysis(problem('1,2:1/4;2,1:3/4;1,1:1/2;3,-1:1/5'), 10)).toThrow(/total degrees 29 and 29, so the eliminant may have degree up to 841 > 400/);
    // Degrees past 2^53 are named approximately, never as "Infinity" or a rounded float.
    const huge = `1${'0'.repeat(200)}`;
    expect(() => exactD2Analysis(problem(`${huge},1:1/3;1,2:1/2;3,1:1/4`), 10)).toThrow(/total degrees about 3\.00e\+200 and about 3\.00e\+200, so the eliminant may have degree up to more than 10\^308 > 400/);
  });
});

describe('eliminateCoordinate', () => {
  it('gives integer cofactors with A·P_1 + B·P_2 = R exactly (and a perturbed P_1 breaks it)', () => {
    const factors = sigmoidGradientFactors(MIXED);
    for (const i of [0, 1]) {
      const e = eliminateCoordinate(factors, i);
      const lhs = mpAdd(mpMul(e.cofactors[0], factors[0].P), mpMul(e.cofactors[1], factors[1].P));
      expect(mpIsZero(mpSub(lhs, mpFromUnivariate(qFromZ(e.R), 2, i)))).toBe(true);
      expect([...e.cofactors[0].terms.values(), ...e.cofactors[1].terms.values()].every((t) => t.c.den === 1n)).toBe(true);
    }
    // A wrong cofactor would break the identity: perturbing P_1 does.
    const e = eliminateCoordinate(factors, 0);
    const perturbed = mpAdd(factors[0].P, mpFromUnivariate([rat(1n)], 2, 0));
    expect(mpIsZero(mpSub(mpAdd(mpMul(e.cofactors[0], perturbed), mpMul(e.cofactors[1], factors[1].P)), mpFromUnivariate(qFromZ(e.R), 2, 0)))).toBe(false);
  });
});

describe('exact d = 2 analysis against the box search', () => {
  for (const [name, p, half] of [['three points', THREE, 4], ['two independent points', TWO, 4], ['three points with a negative input', MIXED, 4]] as const) {
    it(`${name}: the same stationary points in [-${half}, ${half}]², and allFound on R²`, () => {
      const exact = exactD2Analysis(p, 15);
      expect(exact.allFound).toBe(true);
      const boxed = analyze({ problem: p, box: rat(BigInt(half)), digits: 15, maxBoxes: 20000 });
      expect(boxed.complete).toBe(true);
      const inBox = exact.stationaryPoints.filter((q) => q.w.every((w) => Math.abs(Number(w)) < half));
      expect(boxed.stationaryPoints.length).toBe(inBox.length);
      for (const q of inBox) {
        const match = boxed.stationaryPoints.find((b) => 'enclosure' in b && b.enclosure.every(([lo, hi], j) => Number(lo) - 1e-12 <= Number(q.w[j]) && Number(q.w[j]) <= Number(hi) + 1e-12));
        expect(match, `exact point ${q.w.join(', ')}`).toBeDefined();
        expect(match!.kind).toBe(q.kind);
      }
    });
  }
  it('reports the closed form status: S_15 (none in radicals) for three points, rational for two', () => {
    expect(exactD2Analysis(THREE, 10).stationaryPoints.map((q) => [q.closedForm, q.coordinates.map((c) => c.degree)])).toEqual([['none-in-radicals', [15, 15]]]);
    expect(exactD2Analysis(TWO, 10).stationaryPoints.map((q) => [q.closedForm, q.coordinates.map((c) => c.minimalPolynomial)])).toEqual([['radicals', [['12', '-1'], ['1', '-6']]]]);
  });
});
