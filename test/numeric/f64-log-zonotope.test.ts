import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataString } from '../../src/neuron/data.js';
import { f64GradientSystem } from '../../src/neuron/f64-system.js';
import type { F64System } from '../../src/numeric/f64/prune.js';
import { softplusAt } from '../../src/numeric/f64/elementary.js';
import { point, type F64Interval } from '../../src/numeric/f64/interval.js';
import { logDirectionExcludesZero, logZonotopeExcludesZero, zonotopeExcludesZero, type LogCoefficient } from '../../src/numeric/f64/zonotope.js';

const SEED = 20261202;
const D = Decimal.clone({ precision: 50, minE: -9e15, maxE: 9e15 });
const vec = (v: number[]): F64Interval[] => v.map(point);
const inside = (x: F64Interval, v: Decimal) => v.gte(x.lo) && v.lte(x.hi);

/** The system's logarithmic slopes over the box X (its jets over X and at the centre passed as the search does). */
function logSlopes(sys: F64System, X: F64Interval[]): LogCoefficient[] | null | undefined {
  const c = X.map((x) => x.lo / 2 + x.hi / 2);
  return sys.slopes?.(X, c, sys.jets(X), sys.jets(c.map(point))).logCoefficients?.();
}

/** ln|φ(h)| at 50 digits for the sigmoid: squared loss (φ = −(t − σ) σ(1 − σ)) or cross-entropy (φ = σ − t). */
function logSlope(loss: 'mse' | 'xent', t: 0 | 1, h: number): Decimal {
  const s = new D(1).div(new D(1).plus(new D(-h).exp()));
  const q = new D(1).minus(s).isZero() ? new D(1).div(new D(1).plus(new D(h).exp())) : new D(1).div(new D(1).plus(new D(h).exp()));
  const phi = loss === 'xent' ? (t === 0 ? s : q) : t === 0 ? s.mul(s).mul(q) : s.mul(q).mul(q);
  return phi.ln();
}

describe('softplus and the logarithmic slopes', () => {
  it('softplusAt encloses ln(1 + e^y) at 50 digits, from y = −800 to 800 (fast-check, fixed seed)', () => {
    fc.assert(
      fc.property(fc.double({ min: -800, max: 800, noNaN: true }), (y) => inside(softplusAt(y), new D(1).plus(new D(y).exp()).ln())),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('ln|φ| over an h-range encloses the 50-digit value at every sampled h, far into saturation (h to ±2000)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('mse' as const, 'xent' as const),
        fc.constantFrom(0 as const, 1 as const),
        (a, width, where, loss, t) => {
          const b = a + width;
          // One point with input 1: h = w, so the box [a, b] is the h-range.
          const sys = f64GradientSystem({ activation: 'sigmoid', loss, data: parseDataString(`1:${t}`) });
          const logs = logSlopes(sys, [{ lo: a, hi: b }]);
          if (!logs) return false;
          const [c] = logs;
          return c.sign === (t === 0 ? 1 : -1) && inside(c.log, logSlope(loss, t, a + where * (b - a)));
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('no logarithmic slopes for targets strictly inside (0, 1) or for other activations (φ changes sign there)', () => {
    const X = [{ lo: 0, hi: 1 }];
    expect(logSlopes(f64GradientSystem({ activation: 'sigmoid', loss: 'mse', data: parseDataString('1:1/2') }), X)).toBeNull();
    expect(logSlopes(f64GradientSystem({ activation: 'tanh', loss: 'mse', data: parseDataString('1:1') }), X)).toBeNull();
  });
});

describe('logZonotopeExcludesZero', () => {
  it('decides what float64 cannot: e^−1000 [1, 2] − e^−1100 is positive, though both underflow to 0', () => {
    const coefficients: LogCoefficient[] = [{ sign: 1, log: { lo: -1000, hi: -1000 + Math.LN2 } }, { sign: 1, log: { lo: -1100, hi: -1100 } }];
    const generators = [vec([1]), vec([-1])];
    expect(zonotopeExcludesZero([{ lo: 0, hi: 5e-324 }, { lo: 0, hi: 5e-324 }], generators)).toBe(false);
    expect(logZonotopeExcludesZero(coefficients, generators)).toBe(true);
  });

  it('the proof along a given v: one sign must outweigh the other at its worst, not at its best', () => {
    const plus = { sign: 1 as const, log: { lo: -1000, hi: -999 } };
    const minus = { sign: 1 as const, log: { lo: -1000.5, hi: -999.5 } };
    const g = [vec([1]), vec([-1])];
    // e^[−1000, −999] − e^[−1000.5, −999.5] can be 0: neither side wins.
    expect(logDirectionExcludesZero([1], [plus, minus], g)).toBe(false);
    expect(logDirectionExcludesZero([-1], [plus, minus], g)).toBe(false);
    // e^[−1000, −999] − e^[−1002, −1001]·2 > 0 (ln 2 < 1), along v = 1 or v = −1 (then it is negative).
    const smaller = [vec([1]), vec([-2])];
    const far = { sign: 1 as const, log: { lo: -1002, hi: -1001 } };
    expect(logDirectionExcludesZero([1], [plus, far], smaller)).toBe(true);
    expect(logDirectionExcludesZero([-1], [plus, far], smaller)).toBe(true);
    // A term whose v·g may vanish counts against: [−1, 1]·e^−999 outweighs nothing.
    expect(logDirectionExcludesZero([1], [plus, { sign: 1, log: { lo: -2000, hi: -2000 } }], [vec([1]), [{ lo: -1, hi: 1 }]])).toBe(true);
    expect(logDirectionExcludesZero([1], [{ sign: 1, log: { lo: -2000, hi: -2000 } }, plus], [vec([1]), [{ lo: -1, hi: 1 }]])).toBe(false);
  });

  it('negative control: overlapping magnitudes of opposite terms are never excluded', () => {
    const coefficients: LogCoefficient[] = [{ sign: 1, log: { lo: -1000, hi: -990 } }, { sign: 1, log: { lo: -995, hi: -985 } }];
    expect(logZonotopeExcludesZero(coefficients, [vec([1]), vec([-1])])).toBe(false);
    expect(logZonotopeExcludesZero([], [])).toBe(false);
    expect(logZonotopeExcludesZero([{ sign: 1, log: { lo: -Infinity, hi: Infinity } }], [vec([1])])).toBe(false);
  });

  it('agrees with an exact planar test at 50 digits on saturated 2-D zonotopes (fast-check, fixed seed)', () => {
    let excluded = 0;
    let contained = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom(1 as const, -1 as const), fc.double({ min: -760, max: -750, noNaN: true }), fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true })),
          { minLength: 1, maxLength: 6 },
        ),
        (terms) => {
          const coefficients: LogCoefficient[] = terms.map(([sign, lo, w]) => ({ sign, log: { lo, hi: lo + w } }));
          const generators = terms.map(([, , , x, y]) => vec([x, y]));
          // 0 ∈ Z iff every edge normal (and every g_i, for flat Z) sees 0 between Z's extremes; each term is
          // monotone in its exponent, so the extremes are at interval ends. Decided at 50 digits, with a margin of
          // 1e-9 of the terms' size towards "clearly contains".
          const directions = terms.flatMap(([, , , x, y]) => [[-y, x], [x, y]]);
          const containsZero = directions.every(([nx, ny]) => {
            let min = new D(0);
            let max = new D(0);
            let size = new D(0);
            terms.forEach(([sign, lo, w, gx, gy]) => {
              const a = new D(nx * gx + ny * gy).mul(sign);
              const ends = [a.mul(new D(lo).exp()), a.mul(new D(lo + w).exp())];
              min = min.plus(D.min(...ends));
              max = max.plus(D.max(...ends));
              size = size.plus(ends[0].abs()).plus(ends[1].abs());
            });
            return size.isZero() || (min.lte(size.mul(-1e-9)) && max.gte(size.mul(1e-9)));
          });
          const says = logZonotopeExcludesZero(coefficients, generators);
          if (says) excluded++;
          if (containsZero) contained++;
          return !(says && containsZero);
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
    // Neither side is vacuous (under this seed: about 950 exclusions proved, 50 zonotopes around 0 offered).
    expect(excluded).toBeGreaterThan(300);
    expect(contained).toBeGreaterThan(30);
  });
});
