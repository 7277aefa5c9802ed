import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalContext } from '../../src/numeric/context.js';
import {
  exp,
  expBounds,
  ln,
  lnBounds,
  logit,
  logSigmoid,
  oneMinusSigmoid,
  sigmoid,
  sigmoidBounds,
  sigmoidJet,
  sigmoidPair,
  softplus,
  softplusBounds,
  tanh,
  tanhBounds,
  tanhJet,
} from '../../src/numeric/elementary.js';
import { decimalText, ref, refExp, refSigmoid, refSoftplus, refTanh, relClose, relError, SEED } from './reference.js';

/** The proved point bound (★): |result − f| <= 0.51·10^(1−p)·|f|; the reference is 20 digits finer. */
function withinStar(result: Decimal, reference: Decimal, p: number): boolean {
  return relClose(result, reference, new Decimal(0.51).times(new Decimal(10).pow(1 - p)).plus(new Decimal(10).pow(-p - 15)), p + 20);
}

/** Equal to the correctly rounded reference, or one unit in the last place away from it. */
function faithful(result: Decimal, reference: Decimal, p: number): boolean {
  const rounded = reference.toSD(p, Decimal.ROUND_HALF_EVEN);
  if (result.eq(rounded)) return true;
  const ulp = new Decimal(10).pow(rounded.e - p + 1);
  return ref(p + 20).sub(result, rounded).abs().lte(ulp);
}

const arguments_ = fc.oneof(decimalText(30, -40, -1), decimalText(20, 0, 2), decimalText(5, 3, 6));
const precisions = fc.constantFrom(8, 20, 50);

describe('kernel-backed point functions meet the proved bound (★) against decimal.js at +20 digits', () => {
  it('sigmoid', () => {
    let exact = 0;
    fc.assert(
      fc.property(arguments_, precisions, (text, p) => {
        const h = new Decimal(text);
        const s = sigmoid(decimalContext(p), h);
        const r = refSigmoid(h, p + 20);
        if (s.eq(r.toSD(p, Decimal.ROUND_HALF_EVEN))) exact++;
        return withinStar(s, r, p) && faithful(s, r, p) && s.sd() <= p;
      }),
      { seed: SEED, numRuns: 1000 },
    );
    // The bound allows a 1-ulp miss only within 2^−13 ulp of a rounding boundary: nearly all results are correctly rounded.
    expect(exact).toBeGreaterThan(990);
  });

  it('exp', () => {
    fc.assert(
      fc.property(arguments_, precisions, (text, p) => {
        const x = new Decimal(text);
        const e = exp(decimalContext(p), x);
        const r = refExp(x, p + 20);
        return withinStar(e, r, p) && faithful(e, r, p);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('ln (also within 10^−40 of 1, where ln x ≈ x − 1)', () => {
    const positive = fc.oneof(arguments_, decimalText(30, -45, -2).map((t) => ref(120).add(1, t).toFixed()));
    fc.assert(
      fc.property(positive, precisions, (text, p) => {
        const x = new Decimal(text).abs();
        if (x.isZero()) return true;
        const l = ln(decimalContext(p), x);
        const r = ref(p + 20 + Math.max(0, -x.e)).ln(x);
        return r.isZero() ? l.isZero() : withinStar(l, r, p) && faithful(l, r, p);
      }),
      { seed: SEED, numRuns: 1000 },
    );
    expect(() => ln(decimalContext(10), new Decimal(0))).toThrow(RangeError);
  });

  it('1 − sigmoid as s(−h), and the pair [s, 1 − s] from one exponential', () => {
    fc.assert(
      fc.property(arguments_, precisions, (text, p) => {
        const D = decimalContext(p);
        const h = new Decimal(text);
        const [s, c] = sigmoidPair(D, h);
        const rc = refSigmoid(h.neg(), p + 20);
        return withinStar(c, rc, p) && withinStar(s, refSigmoid(h, p + 20), p) && oneMinusSigmoid(D, h).eq(c);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('tanh (kernel for |h| >= 1/8, guarded decimal.js below)', () => {
    fc.assert(
      fc.property(arguments_, precisions, (text, p) => {
        const h = new Decimal(text);
        const t = tanh(decimalContext(p), h);
        const r = refTanh(h, p + 20);
        return r.isZero() ? t.isZero() : withinStar(t, r, p);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe('extreme arguments keep their digits', () => {
  const D = decimalContext(50);
  it.each(['1e6', '-1e6', '745', '-745', '36.7', '-36.7', '709.8', '-709.8'])('sigmoid and 1 − sigmoid at h = %s', (text) => {
    const h = new Decimal(text);
    expect(withinStar(sigmoid(D, h), refSigmoid(h, 70), 50)).toBe(true);
    expect(withinStar(oneMinusSigmoid(D, h), refSigmoid(h.neg(), 70), 50)).toBe(true);
  });

  it('s(−10^6) = e^−10^6/(1 + e^−10^6) to 50 digits, far below float64', () => {
    const s = sigmoid(D, new Decimal('-1e6'));
    const R = ref(80);
    const u = R.exp('-1e6');
    expect(relError(s, u.div(u.plus(1)), 80).lt('1e-49')).toBe(true);
    expect(s.e).toBe(-434295);
    // Negative control: the textbook 1 − s(h) cancels to 0 in float64 from about h = 36.7 (here 37), and loses 16 digits at 50.
    expect(1 - 1 / (1 + Math.exp(-37))).toBe(0);
    const cancelled = D.sub(1, sigmoid(D, new Decimal('36.7')));
    expect(relError(cancelled, refSigmoid(new Decimal('-36.7'), 70), 70).gt('1e-40')).toBe(true);
  });

  it('tiny and huge arguments: exp(±10^16) stay finite, exp(±10^17) leave the decimal range', () => {
    expect(exp(D, new Decimal('-1e16')).isZero()).toBe(false);
    expect(exp(D, new Decimal('1e16')).isFinite()).toBe(true);
    expect(exp(D, new Decimal('-1e17')).isZero()).toBe(true);
    expect(exp(D, new Decimal('1e17')).isFinite()).toBe(false);
    expect(sigmoid(D, new Decimal('1e17')).eq(1)).toBe(true);
    expect(sigmoid(D, new Decimal('1e-60')).eq('0.5')).toBe(true);
    expect(tanh(D, new Decimal('1e-60')).eq('1e-60')).toBe(true);
  });
});

describe('softplus, log-sigmoid and logit (decimal.js at guard precision)', () => {
  it('softplus(h) = ln(1 + e^h) to about p digits for |h| <= 500', () => {
    fc.assert(
      fc.property(fc.oneof(decimalText(20, -30, -1), decimalText(8, 0, 2)), fc.constantFrom(10, 30, 60), (text, p) => {
        const h = new Decimal(text);
        return relError(softplus(decimalContext(p), h), refSoftplus(h, p + 20), p + 20).lte(new Decimal(10).pow(2 - p));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('at extreme arguments: softplus(−10^6) = e^−10^6 (1 − e^−10^6/2 ...), logSigmoid(10^6) = −e^−10^6', () => {
    const D = decimalContext(40);
    const R = ref(80);
    const u = R.exp('-1e6');
    expect(relError(softplus(D, new Decimal('-1e6')), u, 60).lt('1e-38')).toBe(true);
    expect(relError(logSigmoid(D, new Decimal('1e6')), u.neg(), 60).lt('1e-38')).toBe(true);
    expect(relError(softplus(D, new Decimal('1e6')), R.add('1e6', u), 60).lt('1e-38')).toBe(true);
    expect(relError(logSigmoid(D, new Decimal('-36.7')), R.sub('-36.7', R.ln(R.exp('-36.7').plus(1))), 60).lt('1e-38')).toBe(true);
  });

  it('logit inverts the sigmoid, including near 1/2 and near 0 and 1', () => {
    const D = decimalContext(40);
    for (const text of ['0.5', '0.25', '0.75', '0.5000000000000000001', '1e-30', '0.9999999999999999999999']) {
      const q = new Decimal(text);
      const R = ref(120);
      const exact = R.ln(q).minus(R.ln(R.sub(1, q)));
      if (exact.isZero()) expect(logit(D, q).isZero()).toBe(true);
      else expect(relError(logit(D, q), exact, 120).lt('1e-38')).toBe(true);
    }
    expect(relError(logit(D, sigmoid(decimalContext(60), new Decimal('3.25'))), new Decimal('3.25'), 60).lt('1e-38')).toBe(true);
    expect(() => logit(D, new Decimal(1))).toThrow(RangeError);
  });
});

describe('rigorous bounds contain the value computed at twice the precision', () => {
  const check = (bounds: (x: Decimal, p: number) => { lo: Decimal; hi: Decimal }, reference: (x: Decimal, d: number) => Decimal, maxWidth: number) =>
    fc.property(arguments_, precisions, (text, p) => {
      const x = new Decimal(text);
      const { lo, hi } = bounds(x, p);
      const r = reference(x, 2 * p + 10);
      const tight = ref(2 * p + 10).sub(hi, lo).lte(new Decimal(maxWidth).times(new Decimal(10).pow(1 - p)).times(r.abs()));
      return lo.lte(r) && r.lte(hi) && lo.sd() <= p && hi.sd() <= p && tight;
    });
  it('exp', () => fc.assert(check(expBounds, refExp, 2.1), { seed: SEED, numRuns: 1000 }));
  it('sigmoid', () => fc.assert(check(sigmoidBounds, refSigmoid, 2.1), { seed: SEED, numRuns: 1000 }));
  it('tanh', () => fc.assert(check(tanhBounds, refTanh, 2.1), { seed: SEED, numRuns: 1000 }));
  it('ln', () =>
    fc.assert(
      check(
        (x, p) => lnBounds(x.abs().plus('1e-60'), p),
        (x, d) => ref(d).ln(x.abs().plus('1e-60')),
        2.1,
      ),
      { seed: SEED, numRuns: 1000 },
    ));
  it('softplus', () =>
    fc.assert(
      fc.property(fc.oneof(decimalText(20, -30, -1), decimalText(8, 0, 2)), fc.constantFrom(10, 30, 60), (text, p) => {
        const x = new Decimal(text);
        const { lo, hi } = softplusBounds(x, p);
        const r = refSoftplus(x, 2 * p + 10);
        return lo.lte(r) && r.lte(hi) && ref(2 * p).sub(hi, lo).lte(r.times(new Decimal(10).pow(2 - p)));
      }),
      { seed: SEED, numRuns: 300 },
    ));

  it('at the extremes: h = ±10^6, ±745, ±36.7 and past the decimal range', () => {
    for (const text of ['1e6', '-1e6', '745', '-745', '36.7', '-36.7']) {
      const x = new Decimal(text);
      const s = sigmoidBounds(x, 30);
      expect(s.lo.lte(refSigmoid(x, 70)) && refSigmoid(x, 70).lte(s.hi)).toBe(true);
      const sp = softplusBounds(x, 30);
      const R = ref(80);
      const u = R.exp(x.abs().neg());
      // ln(1 + u) = u − u²/2 + ... : for |x| > 100 the first term alone is exact to 40 digits.
      const exactSoftplus = R.add(Decimal.max(x, 0), x.abs().gt(100) ? u : R.ln(R.add(1, u)));
      expect(sp.lo.lte(exactSoftplus) && exactSoftplus.lte(sp.hi)).toBe(true);
    }
    const under = sigmoidBounds(new Decimal('-1e17'), 20);
    expect(under.lo.isZero() && under.hi.gt(0)).toBe(true);
    const over = expBounds(new Decimal('1e17'), 20);
    expect(over.lo.eq('1e9000000000000000') && !over.hi.isFinite()).toBe(true);
  });

  it('negative control: shrinking a bound by one ulp past the value is caught', () => {
    const x = new Decimal('-2.75');
    const { hi } = sigmoidBounds(x, 20);
    const r = refSigmoid(x, 50);
    const shrunk = r.toSD(20, Decimal.ROUND_FLOOR);
    expect(r.lte(hi)).toBe(true);
    expect(r.lte(shrunk)).toBe(false);
  });
});

describe('jets', () => {
  it('sigmoidJet and tanhJet match Richardson-free identities: s′ = s(1 − s), tanh′ = 1 − tanh², and stay nonzero at h = 400', () => {
    const D = decimalContext(40);
    const h = new Decimal('0.625');
    const [s, d1, d2] = sigmoidJet(D, h);
    expect(relError(d1, D.mul(s, D.sub(1, s)), 40).lt('1e-38')).toBe(true);
    expect(relError(d2, D.mul(d1, D.sub(1, D.mul(2, s))), 40).lt('1e-37')).toBe(true);
    const [t, t1, t2] = tanhJet(D, h);
    expect(relError(t1, D.sub(1, D.mul(t, t)), 40).lt('1e-38')).toBe(true);
    expect(relError(t2, D.mul(-2, D.mul(t, t1)), 40).lt('1e-38')).toBe(true);
    const far = new Decimal(400);
    expect(sigmoidJet(D, far)[1].gt(0)).toBe(true);
    expect(relError(tanhJet(D, far)[1], ref(60).exp(-800).times(4), 60).lt('1e-38')).toBe(true);
  });
});
