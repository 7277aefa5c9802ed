import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, div, mul, rat, sub, type Rational } from '../../src/algebra/rational.js';
import type { DecimalCtor } from '../../src/numeric/context.js';
import { DualNumbers, type Dual } from '../../src/numeric/dual.js';
import { decimalField, dualField, hyperDualField, type Field } from '../../src/numeric/field.js';
import { HyperDualNumbers } from '../../src/numeric/hyperdual.js';
import { richardsonDerivative, richardsonGradient } from '../../src/numeric/richardson.js';
import { decimalText, ref, relError, SEED } from './reference.js';

/** The operations every field of the suite offers beyond the Field interface. */
type RichField<T> = Field<T> & { softplus(a: T): T; powInt(a: T, k: number): T };

/** A smooth test function of two variables that uses every operation (relu only away from its kink). */
function f<T>(F: RichField<T>, [u, v]: T[]): T {
  const c = (n: number, d = 1) => F.fromRational(rat(n, d));
  const a = F.mul(F.sigmoid(F.sub(F.mul(c(3, 2), u), v)), F.tanh(u));
  const b = F.div(F.exp(v), F.add(c(1), F.square(F.add(u, c(1, 3)))));
  const d = F.add(F.softplus(F.mul(u, v)), F.ln(F.add(c(1), F.square(v))));
  const e = F.sub(F.mul(F.relu(F.add(u, c(5))), F.powInt(u, 3)), F.neg(F.powInt(F.add(v, c(2)), -2)));
  return F.add(F.add(a, b), F.add(d, e));
}

/** f on Decimals in the context D (what Richardson differences evaluate). */
function fDecimal(w: Decimal[], D: DecimalCtor): Decimal {
  const F = decimalField(D.precision);
  return f({ ...F, powInt: (a: Decimal, k: number) => D.pow(a, k) }, w);
}

const coordinate = decimalText(8, 0, 0).filter((t) => Math.abs(Number(t)) > 0.05);
const P = 30;

describe('dual numbers agree with Richardson differences', () => {
  it('gradient of a composition of every operation, to 25 of 30 digits', () => {
    fc.assert(
      fc.property(coordinate, coordinate, (s, t) => {
        const F = dualField(P, 2);
        const w = [new Decimal(s), new Decimal(t)];
        const d = f(F, [F.variable(0, w[0]), F.variable(1, w[1])]);
        const r = richardsonGradient(fDecimal, w, P);
        return d.g.every((g, i) => ref(60).sub(g, r.gradient[i]).abs().lte(Decimal.max(1, g.abs()).times('1e-25')));
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('negative control: a dual product rule missing a term is caught by the same comparison', () => {
    class BrokenProduct extends DualNumbers {
      override mul(a: Dual, b: Dual): Dual {
        return { v: this.D.mul(a.v, b.v), g: a.g.map((x) => this.D.mul(x, b.v)) };
      }
    }
    const result = fc.check(
      fc.property(coordinate, coordinate, (s, t) => {
        const F = new BrokenProduct(P, 2);
        const w = [new Decimal(s), new Decimal(t)];
        const d = f(F, [F.variable(0, w[0]), F.variable(1, w[1])]);
        const r = richardsonGradient(fDecimal, w, P);
        return d.g.every((g, i) => ref(60).sub(g, r.gradient[i]).abs().lte(Decimal.max(1, g.abs()).times('1e-25')));
      }),
      { seed: SEED, numRuns: 10 },
    );
    expect(result.failed).toBe(true);
  });

  it('is exact up to rounding on a polynomial with rational coefficients', () => {
    // g(u, v) = u²v − 3uv + v³/7: ∇g = (2uv − 3v, u² − 3u + 3v²/7), checked against exact rationals.
    fc.assert(
      fc.property(fc.integer({ min: -999, max: 999 }), fc.integer({ min: -999, max: 999 }), (m, n) => {
        const u = rat(m, 16);
        const v = rat(n, 32);
        const F = dualField(40, 2);
        const U = F.variable(0, new Decimal(m).div(16));
        const V = F.variable(1, new Decimal(n).div(32));
        const g = F.add(F.sub(F.mul(F.square(U), V), F.mul(F.fromRational(rat(3)), F.mul(U, V))), F.div(F.powInt(V, 3), F.fromRational(rat(7))));
        const exact: Rational[] = [
          sub(mul(rat(2), mul(u, v)), mul(rat(3), v)),
          add(sub(mul(u, u), mul(rat(3), u)), div(mul(rat(3), mul(v, v)), rat(7))),
        ];
        return exact.every((e, i) => {
          const R = ref(80);
          const x = R.div(e.num.toString(), e.den.toString());
          return R.sub(g.g[i], x).abs().lte(Decimal.max(1, x.abs()).times('1e-38'));
        });
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('keeps derivatives at extreme arguments: s′(±10^6) ≈ e^−10^6, tanh′(400) ≈ 4e^−800, relu′(0) = 0 by convention', () => {
    const F = dualField(40, 1);
    const R = ref(80);
    for (const h of ['1e6', '-1e6']) {
      const d = F.sigmoid(F.variable(0, h));
      expect(relError(d.g[0], R.exp('-1e6'), 80).lt('1e-37')).toBe(true);
    }
    expect(relError(F.tanh(F.variable(0, '400')).g[0], R.exp(-800).times(4), 80).lt('1e-37')).toBe(true);
    expect(F.relu(F.variable(0, '0')).g[0].isZero()).toBe(true);
    expect(F.relu(F.variable(0, '-2')).g[0].isZero()).toBe(true);
    expect(F.relu(F.variable(0, '2')).g[0].eq(1)).toBe(true);
    expect(() => F.div(F.constant('1'), F.constant('0'))).toThrow(RangeError);
    expect(() => F.ln(F.constant('0'))).toThrow(RangeError);
    expect(() => F.variable(1, '0')).toThrow(RangeError);
  });
});

describe('hyper-dual numbers', () => {
  it('value and gradient equal the dual ones; the Hessian is symmetric and matches Richardson differences of the dual gradient', () => {
    fc.assert(
      fc.property(coordinate, coordinate, (s, t) => {
        const w = [new Decimal(s), new Decimal(t)];
        const H = hyperDualField(P, 2);
        const h = f(H, [H.variable(0, w[0]), H.variable(1, w[1])]);
        const F = dualField(P, 2);
        const d = f(F, [F.variable(0, w[0]), F.variable(1, w[1])]);
        const close = (a: Decimal, b: Decimal, tol: string) => ref(60).sub(a, b).abs().lte(Decimal.max(1, b.abs()).times(tol));
        if (!close(h.v, d.v, '1e-28') || !h.g.every((g, i) => close(g, d.g[i], '1e-27'))) return false;
        for (let i = 0; i < 2; i++) {
          for (let j = 0; j < 2; j++) {
            if (!h.H[i][j].eq(h.H[j][i])) return false;
            const column = (x: Decimal, D: DecimalCtor) => {
              const G = dualField(D.precision, 2);
              const args = w.map((wk, k) => G.variable(k, k === j ? x : new D(wk)));
              return f(G, args).g[i];
            };
            if (!close(h.H[i][j], richardsonDerivative(column, w[j], P).derivative, '1e-22')) return false;
          }
        }
        return true;
      }),
      { seed: SEED, numRuns: 15 },
    );
  });

  it('has the exact Hessian of u/v: [[0, −1/v²], [−1/v², 2u/v³]]', () => {
    const H = new HyperDualNumbers(30, 2);
    const q = H.div(H.variable(0, '1.5'), H.variable(1, '-0.5'));
    expect(q.v.toString()).toBe('-3');
    expect(q.g.map(String)).toEqual(['-2', '-6']);
    expect(q.H.map((r) => r.map(String))).toEqual([
      ['0', '-4'],
      ['-4', '-24'],
    ]);
  });

  it('second derivatives of the activations at extreme arguments: s″(−10^6) ≈ e^−10^6, tanh″(400) ≈ −8e^−800', () => {
    const H = hyperDualField(40, 1);
    const R = ref(80);
    expect(relError(H.sigmoid(H.variable(0, '-1e6')).H[0][0], R.exp('-1e6'), 80).lt('1e-37')).toBe(true);
    expect(relError(H.tanh(H.variable(0, '400')).H[0][0], R.exp(-800).times(-8), 80).lt('1e-37')).toBe(true);
    expect(H.relu(H.variable(0, '0')).H[0][0].isZero()).toBe(true);
  });
});
