import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { DecimalCtor } from '../../src/numeric/context.js';
import { sigmoid, sigmoidJet } from '../../src/numeric/elementary.js';
import { richardsonDerivative, richardsonGradient } from '../../src/numeric/richardson.js';
import { ref, relError } from './reference.js';

type Case = [string, (x: Decimal, D: DecimalCtor) => Decimal, (x: Decimal, D: DecimalCtor) => Decimal];

const cases: Case[] = [
  ['exp', (x, D) => D.exp(x), (x, D) => D.exp(x)],
  ['sigmoid', (x, D) => sigmoid(D, x), (x, D) => sigmoidJet(D, x)[1]],
  ['1/(1+x²)', (x, D) => D.div(1, D.add(1, D.mul(x, x))), (x, D) => D.div(D.mul(-2, x), D.add(1, D.mul(x, x)).pow(2))],
  ['ln(1+x²)', (x, D) => D.ln(D.add(1, D.mul(x, x))), (x, D) => D.div(D.mul(2, x), D.add(1, D.mul(x, x)))],
];

/** Correct significant digits of a against the exact b. */
function digits(a: Decimal, b: Decimal, precision: number): number {
  const e = relError(a, b, 2 * precision + 20);
  return e.isZero() ? 2 * precision : -Math.log10(e.toNumber());
}

describe('Richardson-extrapolated central differences', () => {
  it.each([30, 60, 120])('reach well over half the digits (here at least 90%%) at %i digits on smooth functions', (p) => {
    for (const [, f, df] of cases) {
      for (const x of ['0.7', '-2.3']) {
        const X = new Decimal(x);
        const r = richardsonDerivative(f, X, p);
        const exact = df(X, ref(2 * p + 20));
        expect(digits(r.derivative, exact, p)).toBeGreaterThan(0.9 * p);
        // The error estimate is honest to within a factor 100.
        expect(ref(2 * p).sub(r.derivative, exact).abs().lte(r.errorEstimate.times(100))).toBe(true);
      }
    }
  });

  it('negative control: one central difference without extrapolation gets only a few digits', () => {
    const r = richardsonDerivative((x, D) => D.exp(x), new Decimal('0.7'), 60, { maxLevels: 1 });
    expect(digits(r.derivative, ref(100).exp('0.7'), 60)).toBeLessThan(4);
  });

  it('gradients of a function of several variables, coordinate by coordinate', () => {
    const f = (w: Decimal[], D: DecimalCtor) => D.mul(D.exp(w[0]), D.sin(w[1])).plus(D.mul(w[0], w[2]));
    const w = [new Decimal('0.3'), new Decimal('1.1'), new Decimal('-2')];
    const { gradient, errorEstimates } = richardsonGradient(f, w, 40);
    const R = ref(80);
    const exact = [R.exp('0.3').times(R.sin('1.1')).plus(-2), R.exp('0.3').times(R.cos('1.1')), new Decimal('0.3')];
    gradient.forEach((g, i) => expect(digits(g, exact[i], 40)).toBeGreaterThan(36));
    expect(errorEstimates.every((e) => e.lt('1e-35'))).toBe(true);
  });

  it('rejects a non-positive step', () => {
    expect(() => richardsonDerivative((x) => x, new Decimal(1), 20, { step: '0' })).toThrow(RangeError);
  });
});
