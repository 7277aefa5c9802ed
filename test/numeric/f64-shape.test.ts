import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rat } from '../../src/algebra/rational.js';
import { f64GradientSystem } from '../../src/neuron/f64-system.js';
import { lossShape } from '../../src/neuron/point-loss-shape.js';
import { monotoneRange } from '../../src/numeric/f64/monotone.js';
import { point, type F64Interval } from '../../src/numeric/f64/interval.js';

const holds = (B: F64Interval, x: number) => B.lo <= x && x <= B.hi;
const phiSigmoidT0 = (h: number) => {
  const s = 1 / (1 + Math.exp(-h));
  return s * s * (1 - s);
};

describe('critical points of one point loss (exact, per target)', () => {
  it('sigmoid, squared loss, t = 0: φ = s²(1 − s) peaks at s = 2/3, h = ln 2; no critical point of ℓ (it increases)', () => {
    const shape = lossShape('sigmoid', 'mse', rat(0));
    expect(shape.loss).toHaveLength(0);
    expect(shape.slope).toHaveLength(1);
    expect(holds(shape.slope[0], Math.LN2)).toBe(true);
    expect(shape.slope[0].hi - shape.slope[0].lo).toBeLessThan(1e-8);
  });

  it('sigmoid, cross-entropy, t = 1/3: ℓ turns at s = 1/3 (h = −ln 2), φ = s − t has none, ψ = s′ turns at h = 0', () => {
    const shape = lossShape('sigmoid', 'xent', rat(1, 3));
    expect(shape.loss.map((b) => holds(b, -Math.LN2))).toEqual([true]);
    expect(shape.slope).toHaveLength(0);
    expect(shape.curvature.map((b) => holds(b, 0))).toEqual([true]);
  });

  it('exp, squared loss, t = 2: ℓ at e^h = 2, φ at e^h = 1, ψ at e^h = 1/2; tanh, t = 1/2: ℓ at h = artanh(1/2)', () => {
    const e = lossShape('exp', 'mse', rat(2));
    expect([holds(e.loss[0], Math.LN2), holds(e.slope[0], 0), holds(e.curvature[0], -Math.LN2)]).toEqual([true, true, true]);
    expect(lossShape('tanh', 'mse', rat(1, 2)).loss.map((b) => holds(b, Math.atanh(0.5)))).toEqual([true]);
  });

  it('a target outside the range of the activation: ℓ has no critical point (sigmoid, t = 2)', () => {
    expect(lossShape('sigmoid', 'mse', rat(2)).loss).toHaveLength(0);
  });
});

describe('ranges from monotone pieces', () => {
  it('negative control: the hull of the end values alone misses the peak of φ at ln 2; with the bracket it holds it', () => {
    const at = (h: number) => point(phiSigmoidT0(h));
    const peak = phiSigmoidT0(Math.LN2);
    expect(holds(monotoneRange(0, 3, at(0), at(3), [], []), peak)).toBe(false);
    const bracket = lossShape('sigmoid', 'mse', rat(0)).slope;
    const over = bracket.map(() => ({ lo: peak * 0.99, hi: 4 / 27 + 1e-12 }));
    expect(holds(monotoneRange(0, 3, at(0), at(3), bracket, over), peak)).toBe(true);
  });

  it('the system encloses φ at sampled h over intervals around the critical point, far narrower than the naive form', () => {
    const sys = f64GradientSystem({ activation: 'sigmoid', loss: 'mse', data: [{ x: [rat(1)], t: rat(0) }] });
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, w, u) => {
        const G = sys.jets([{ lo: a, hi: a + w }]).gradient[0];
        const h = a + u * w;
        return G.lo <= phiSigmoidT0(h) * (1 + 1e-9) && phiSigmoidT0(h) * (1 - 1e-9) <= G.hi && G.hi <= 4 / 27 + 1e-6;
      }),
      { numRuns: 300, seed: 12 },
    );
    // Over [0, 2] the true range is [φ(2), φ(ln 2)] = [0.0924…, 4/27]: tight, not a naive overestimate.
    const G = sys.jets([{ lo: 0, hi: 2 }]).gradient[0];
    expect(G.lo).toBeGreaterThan(phiSigmoidT0(2) * (1 - 1e-8));
    expect(G.hi).toBeLessThan(4 / 27 + 1e-6);
  });
});
