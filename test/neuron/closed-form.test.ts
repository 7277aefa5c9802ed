import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rat } from '../../src/algebra/rational.js';
import { checkCertificate } from '../../src/kernel/checkers.js';
import { closedFormAnalysis, MAX_DIGITS } from '../../src/neuron/closed-form.js';
import type { Activation, Loss, ScalarProblem } from '../../src/neuron/stationarity.js';

const SEED = 271828;
const D = Decimal.clone({ precision: 60 });

const problem = (activation: Activation, loss: Loss, data: [number, number, number][]): ScalarProblem => ({
  activation,
  loss,
  data: data.map(([x, p, q]) => ({ x: BigInt(x), t: rat(p, q) })),
});

/** L'(w) in 60-digit floating decimal from the textbook formulas: an independent numeric route. */
function lossDerivative(p: ScalarProblem, w: Decimal): Decimal {
  let total = new D(0);
  for (const { x, t } of p.data) {
    const X = new D(x.toString());
    const T = new D(t.num.toString()).div(t.den.toString());
    const h = w.times(X);
    let f: Decimal;
    let df: Decimal;
    if (p.activation === 'sigmoid') {
      f = new D(1).div(new D(1).plus(h.neg().exp()));
      df = X.times(f).times(new D(1).minus(f));
    } else if (p.activation === 'tanh') {
      f = D.tanh(h);
      df = X.times(new D(1).minus(f.times(f)));
    } else {
      f = h.exp();
      df = X.times(f);
    }
    total = total.plus(p.loss === 'mse' ? f.minus(T).times(df) : X.times(f.minus(T)));
  }
  return total;
}

describe('closed-form analysis (d = 1, integer inputs)', () => {
  it('reports the septic example: one minimum, S_7, no radicals, w to 40 places', () => {
    const a = closedFormAnalysis(problem('sigmoid', 'mse', [[1, 1, 3], [2, 3, 4]]), 40);
    expect(a.numerator).toEqual(['4', '1', '21', '-6', '-12', '-33', '-5', '-2']);
    expect(a.allFound).toBe(true);
    expect(a.explanation).toBeUndefined();
    expect(a.stationaryPoints).toHaveLength(1);
    const [p] = a.stationaryPoints;
    expect(p).toMatchObject({
      w: ['0.2619770152170032839187312270135270250019'],
      z: '1.2994966734370730108772692222104026475150',
      minimalPolynomial: ['4', '1', '21', '-6', '-12', '-33', '-5', '-2'],
      degree: 7,
      galois: 'symmetric',
      closedForm: 'none-in-radicals',
      kind: 'minimum',
    });
    expect(p.certificate).toMatchObject({ kind: 'galois-symmetric' });
    const check = checkCertificate(p.certificate!);
    expect(check.ok).toBe(true);
    expect(check.proves).toContain('S_7');
  });

  it('reports 2z^2 − 1 and radicals for the single point (2, 1/3), w = −ln(2)/2', () => {
    const a = closedFormAnalysis(problem('sigmoid', 'mse', [[2, 1, 3]]), 30);
    const [p] = a.stationaryPoints;
    expect(p).toMatchObject({ minimalPolynomial: ['2', '0', '-1'], degree: 2, galois: 'solvable', closedForm: 'radicals', kind: 'minimum' });
    expect(p.w).toEqual([D.ln(2).div(-2).toFixed(30)]);
    expect(p.z).toBe(D.sqrt(2).div(2).toFixed(30));
    expect(checkCertificate(p.certificate!).ok).toBe(true);
  });

  it('explains why targets 1 and 1 have no stationary point', () => {
    const a = closedFormAnalysis(problem('sigmoid', 'mse', [[1, 1, 1], [2, 1, 1]]), 20);
    expect(a.stationaryPoints).toEqual([]);
    expect(a.allFound).toBe(true);
    expect(a.explanation).toContain("L'(w) < 0 for every real w");
    expect(a.explanation).toContain('no stationary point');
    expect(a.explanation).toContain('infimum 0 only as w → +∞');
    const up = closedFormAnalysis(problem('sigmoid', 'mse', [[-1, 1, 1]]), 5);
    expect(up.explanation).toContain('w → −∞');
  });

  it('certifies the polynomial in u = z^2 for tanh, and reports a saddle exactly', () => {
    const a = closedFormAnalysis(problem('tanh', 'mse', [[1, 1, 3], [2, 3, 4]]), 30);
    const [p] = a.stationaryPoints;
    expect(p.w).toEqual(['0.427455432434190791374522531550']);
    expect(p.certificate).toMatchObject({ kind: 'galois-symmetric', variable: 'u', substitution: 'u = z^2', minimalPolynomial: p.minimalPolynomial });
    expect(checkCertificate(p.certificate!).ok).toBe(true);
    expect(p.closedForm).toBe('none-in-radicals');
    const s = closedFormAnalysis(problem('exp', 'mse', [[1, -1, 2], [2, 5, 4]]), 12).stationaryPoints;
    expect(s).toEqual([
      expect.objectContaining({ kind: 'saddle', z: '0.500000000000', w: [D.ln(2).neg().toFixed(12)], minimalPolynomial: ['2', '-1'], closedForm: 'radicals' }),
    ]);
  });

  it('handles a large input through the substitution u = z^100', () => {
    const [p] = closedFormAnalysis(problem('sigmoid', 'mse', [[100, 1, 3]]), 25).stationaryPoints;
    expect(p.degree).toBe(100);
    expect(p.closedForm).toBe('radicals');
    expect(p.certificate).toMatchObject({ kind: 'solvable-degree', polynomial: ['2', '-1'], substitution: 'u = z^100' });
    expect(p.w).toEqual([D.ln(2).div(-100).toFixed(25)]);
  });

  it('guards digits and sizes with clear messages', () => {
    const p = problem('sigmoid', 'mse', [[1, 1, 3]]);
    expect(() => closedFormAnalysis(p, MAX_DIGITS + 1)).toThrow(/digits must be an integer from 0 to 1000/);
    expect(() => closedFormAnalysis(p, -1)).toThrow(RangeError);
    expect(() => closedFormAnalysis(p, 2.5)).toThrow(RangeError);
    expect(() => closedFormAnalysis(problem('sigmoid', 'mse', [[500, 1, 3]]), 10)).toThrow(/too large/);
    expect(closedFormAnalysis(p, 0).stationaryPoints[0].w).toEqual(['-1']);
  });

  it("puts w where L' changes sign (checked numerically at 60 digits) and keeps the fields consistent", () => {
    const target = fc.tuple(fc.integer({ min: -2, max: 6 }), fc.integer({ min: 1, max: 5 }));
    const arb = fc
      .tuple(
        fc.constantFrom<[Activation, Loss]>(['sigmoid', 'mse'], ['sigmoid', 'xent'], ['tanh', 'mse'], ['exp', 'mse']),
        fc.array(fc.tuple(fc.integer({ min: -3, max: 3 }), target), { minLength: 1, maxLength: 3 }),
      )
      .filter(([, pts]) => pts.some(([x]) => x !== 0))
      .map(([[activation, loss], pts]) => problem(activation, loss, pts.map(([x, [p, q]]) => [x, p, q])));
    fc.assert(
      fc.property(arb, (pr) => {
        const a = closedFormAnalysis(pr, 20);
        expect(a.allFound).toBe(true);
        expect(a.explanation === undefined).toBe(a.stationaryPoints.length > 0);
        for (const p of a.stationaryPoints) {
          expect(p.degree).toBe(p.minimalPolynomial.length - 1);
          expect(BigInt(p.minimalPolynomial[0]) > 0n).toBe(true);
          expect(p.closedForm).toBe({ symmetric: 'none-in-radicals', solvable: 'radicals', undetermined: 'unknown' }[p.galois]);
          if (p.certificate) expect(checkCertificate(p.certificate).ok).toBe(true);
          else expect(p.galois).toBe('undetermined');
          const w = new D(p.w[0]);
          const step = new D('1e-20');
          const left = lossDerivative(pr, w.minus(step)).isNegative();
          const right = lossDerivative(pr, w.plus(step)).isNegative();
          if (p.kind === 'minimum') expect([left, right]).toEqual([true, false]);
          if (p.kind === 'maximum') expect([left, right]).toEqual([false, true]);
          expect(new D(p.z).minus(w.exp()).abs().lt('1e-19')).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});
