import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rat } from '../../src/algebra/rational.js';
import { decimalContext } from '../../src/numeric/context.js';
import { IntervalContext, type Interval } from '../../src/numeric/interval.js';
import { decimalText, ref, refSigmoid, refSoftplus, refTanh, SEED } from './reference.js';

/** numRuns: 1000 where the reference is cheap arithmetic, fewer where it is a decimal.js transcendental at 2p + 10 digits. */
type Unary = { name: string; op: (I: IntervalContext, a: Interval) => Interval; f: (x: Decimal, digits: number) => Decimal; runs: number };
type Binary = { name: string; op: (I: IntervalContext, a: Interval, b: Interval) => Interval; f: (x: Decimal, y: Decimal, digits: number) => Decimal };

const PRECISIONS = fc.constantFrom(6, 20, 45);

/** An interval at precision p from two exact decimals, with a point x = lo + (k/1000)(hi − lo) in it. */
function intervalAndPoint(values: fc.Arbitrary<string>) {
  return fc.tuple(values, values, fc.integer({ min: 0, max: 1000 }), fc.boolean()).map(([u, v, k, degenerate]) => ({ u, v: degenerate ? u : v, k }));
}

function build(I: IntervalContext, s: { u: string; v: string; k: number }): { a: Interval; x: Decimal } {
  const R = ref(3 * I.precision + 20);
  const [lo, hi] = new Decimal(s.u).lte(s.v) ? [s.u, s.v] : [s.v, s.u];
  const a = I.fromBounds(new R(lo), new R(hi));
  const x = R.add(a.lo, R.sub(a.hi, a.lo).times(s.k).div(1000));
  return { a, x };
}

const moderate = fc.oneof(decimalText(12, -3, 1), decimalText(25, -30, -1));
const positive = moderate.map((t) => (t.startsWith('-') ? t.slice(1) : t)).filter((t) => !new Decimal(t).isZero());

const unaries: Unary[] = [
  { name: 'neg', runs: 1000, op: (I, a) => I.neg(a), f: (x) => x.neg() },
  { name: 'square', runs: 1000, op: (I, a) => I.square(a), f: (x, d) => ref(d).mul(x, x) },
  { name: 'powInt 3', runs: 1000, op: (I, a) => I.powInt(a, 3), f: (x, d) => ref(d).mul(ref(d).mul(x, x), x) },
  { name: 'powInt 4', runs: 1000, op: (I, a) => I.powInt(a, 4), f: (x, d) => ref(d).pow(x, 4) },
  { name: 'exp', runs: 400, op: (I, a) => I.exp(a), f: (x, d) => ref(d).exp(x) },
  { name: 'sigmoid', runs: 400, op: (I, a) => I.sigmoid(a), f: refSigmoid },
  { name: 'tanh', runs: 400, op: (I, a) => I.tanh(a), f: refTanh },
  { name: 'softplus', runs: 200, op: (I, a) => I.softplus(a), f: refSoftplus },
  { name: 'relu', runs: 1000, op: (I, a) => I.relu(a), f: (x) => Decimal.max(x, 0) },
];

const binaries: Binary[] = [
  { name: 'add', op: (I, a, b) => I.add(a, b), f: (x, y, d) => ref(d).add(x, y) },
  { name: 'sub', op: (I, a, b) => I.sub(a, b), f: (x, y, d) => ref(d).sub(x, y) },
  { name: 'mul', op: (I, a, b) => I.mul(a, b), f: (x, y, d) => ref(d).mul(x, y) },
];

describe('every enclosure contains the value computed at twice the precision', () => {
  it.each(unaries)('$name', ({ op, f, runs }) => {
    fc.assert(
      fc.property(intervalAndPoint(moderate), PRECISIONS, (s, p) => {
        const I = new IntervalContext(p);
        const { a, x } = build(I, s);
        return I.contains(op(I, a), f(x, 2 * p + 10));
      }),
      { seed: SEED, numRuns: runs },
    );
  });

  it.each(binaries)('$name', ({ op, f }) => {
    fc.assert(
      fc.property(intervalAndPoint(moderate), intervalAndPoint(moderate), PRECISIONS, (s, t, p) => {
        const I = new IntervalContext(p);
        const A = build(I, s);
        const B = build(I, t);
        return I.contains(op(I, A.a, B.a), f(A.x, B.x, 2 * p + 10));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('div (divisors that exclude 0)', () => {
    fc.assert(
      fc.property(intervalAndPoint(moderate), intervalAndPoint(positive), fc.boolean(), PRECISIONS, (s, t, negate, p) => {
        const I = new IntervalContext(p);
        const A = build(I, s);
        const B = build(I, t);
        const b = negate ? I.neg(B.a) : B.a;
        const y = negate ? B.x.neg() : B.x;
        return I.contains(I.div(A.a, b), ref(2 * p + 10).div(A.x, y));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('ln (positive arguments)', () => {
    fc.assert(
      fc.property(intervalAndPoint(positive), PRECISIONS, (s, p) => {
        const I = new IntervalContext(p);
        const { a, x } = build(I, s);
        return I.contains(I.ln(a), ref(2 * p + 10).ln(x));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('powInt with negative exponents', () => {
    fc.assert(
      fc.property(intervalAndPoint(positive), fc.integer({ min: -5, max: -1 }), PRECISIONS, (s, k, p) => {
        const I = new IntervalContext(p);
        const { a, x } = build(I, s);
        return I.contains(I.powInt(a, k), ref(2 * p + 10).pow(x, k));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('compositions: the neuron loss ½(t − s(w·x))² and tanh(e^u − v)/(1 + v²) + softplus(u·v)', () => {
    fc.assert(
      fc.property(intervalAndPoint(moderate), intervalAndPoint(moderate), fc.integer({ min: -9, max: 9 }), PRECISIONS, (s, t, k, p) => {
        const I = new IntervalContext(p);
        const U = build(I, s);
        const V = build(I, t);
        const xi = I.fromRational(rat(k, 4));
        const target = I.fromRational(rat(1, 3));
        const loss = I.mul(I.fromRational(rat(1, 2)), I.square(I.sub(target, I.sigmoid(I.mul(U.a, xi)))));
        const R = ref(2 * p + 10);
        const lossRef = R.mul(0.5, R.sub(R.div(1, 3), refSigmoid(R.mul(U.x, R.div(k, 4)), 2 * p + 10)).pow(2));
        const expr = I.add(I.div(I.tanh(I.sub(I.exp(U.a), V.a)), I.add(I.fromRational(rat(1)), I.square(V.a))), I.softplus(I.mul(U.a, V.a)));
        const exprRef = R.add(
          R.div(refTanh(R.sub(R.exp(U.x), V.x), 2 * p + 10), R.add(1, R.mul(V.x, V.x))),
          refSoftplus(R.mul(U.x, V.x), 2 * p + 10),
        );
        return I.contains(loss, lossRef) && I.contains(expr, exprRef);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('tightness: enclosures are as narrow as the precision allows', () => {
  it('mul and div ends are the exact corner extremes rounded outward by at most one unit', () => {
    fc.assert(
      fc.property(intervalAndPoint(moderate), intervalAndPoint(moderate), PRECISIONS, (s, t, p) => {
        const I = new IntervalContext(p);
        const a = build(I, s).a;
        const b = build(I, t).a;
        const R = ref(4 * p + 20);
        const corners = [R.mul(a.lo, b.lo), R.mul(a.lo, b.hi), R.mul(a.hi, b.lo), R.mul(a.hi, b.hi)];
        const m = I.mul(a, b);
        const okMul = m.lo.eq(Decimal.min(...corners).toSD(p, Decimal.ROUND_FLOOR)) && m.hi.eq(Decimal.max(...corners).toSD(p, Decimal.ROUND_CEIL));
        if (I.containsZero(b)) return okMul;
        const q = [R.div(a.lo, b.lo), R.div(a.lo, b.hi), R.div(a.hi, b.lo), R.div(a.hi, b.hi)];
        const d = I.div(a, b);
        return okMul && d.lo.eq(Decimal.min(...q).toSD(p, Decimal.ROUND_FLOOR)) && d.hi.eq(Decimal.max(...q).toSD(p, Decimal.ROUND_CEIL));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('elementary functions of a point interval are at most two units wide', () => {
    fc.assert(
      fc.property(moderate, PRECISIONS, fc.constantFrom(...unaries.filter((u) => u.name !== 'relu' && u.name !== 'neg')), (text, p, u) => {
        const I = new IntervalContext(p);
        const a = I.point(new Decimal(text).toSD(p));
        const e = u.op(I, a);
        const v = u.f(a.lo, 2 * p + 10);
        return ref(2 * p + 10).sub(e.hi, e.lo).lte(v.abs().times(new Decimal(10).pow(1 - p)).times(2.1));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('square is tight across 0 and powInt(a, 2) agrees with it', () => {
    const I = new IntervalContext(10);
    const a = I.fromBounds('-1', '2');
    expect(I.toStrings(I.square(a))).toEqual(['0', '4']);
    expect(I.toStrings(I.powInt(a, 2))).toEqual(['0', '4']);
    expect(I.toStrings(I.mul(a, a))).toEqual(['-2', '4']);
    expect(I.toStrings(I.powInt(I.fromBounds('-2', '-1'), 3))).toEqual(['-8', '-1']);
    expect(I.toStrings(I.powInt(a, 0))).toEqual(['1', '1']);
  });
});

describe('construction and set operations', () => {
  const I = new IntervalContext(20);
  it('fromRational and point: exact when representable, one unit wide otherwise', () => {
    expect(I.toStrings(I.fromRational(rat(3, 4)))).toEqual(['0.75', '0.75']);
    expect(I.toStrings(I.fromRational(rat(1, 3)))).toEqual(['0.33333333333333333333', '0.33333333333333333334']);
    expect(I.toStrings(I.fromRational(rat(-1, 3)))).toEqual(['-0.33333333333333333334', '-0.33333333333333333333']);
    expect(I.toStrings(I.point('-3/4'))).toEqual(['-0.75', '-0.75']);
    expect(I.toStrings(I.point(new Decimal('1.23456789012345678901234')))).toEqual(['1.234567890123456789', '1.2345678901234567891']);
    expect(() => I.fromBounds('2', '1')).toThrow(RangeError);
  });

  it('hull, intersect, mid, width, isSubsetInterior, containsZero', () => {
    const a = I.fromBounds('-1', '3');
    const b = I.fromBounds('2', '5');
    expect(I.toStrings(I.hull(a, b))).toEqual(['-1', '5']);
    expect(I.toStrings(I.intersect(a, b) as Interval)).toEqual(['2', '3']);
    expect(I.intersect(a, I.fromBounds('4', '5'))).toBeNull();
    expect(I.mid(a).toString()).toBe('1');
    expect(I.width(a).toString()).toBe('4');
    expect(I.isSubsetInterior(I.fromBounds('0', '2'), a)).toBe(true);
    expect(I.isSubsetInterior(I.fromBounds('-1', '2'), a)).toBe(false);
    expect(I.containsZero(a)).toBe(true);
    expect(I.containsZero(b)).toBe(false);
  });

  it('mid stays inside even for adjacent ends', () => {
    fc.assert(
      fc.property(moderate, fc.constantFrom(3, 10, 30), (text, p) => {
        const J = new IntervalContext(p);
        const a = J.point(ref(200).add(text, '1e-99'));
        return J.contains(a, J.mid(a));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('division by an interval containing 0 and ln of a non-positive interval throw RangeError', () => {
    expect(() => I.div(I.point('1'), I.fromBounds('-1', '1'))).toThrow(RangeError);
    expect(() => I.div(I.point('1'), I.point('0'))).toThrow(RangeError);
    expect(() => I.ln(I.fromBounds('0', '1'))).toThrow(RangeError);
    expect(() => I.powInt(I.fromBounds('-1', '1'), -2)).toThrow(RangeError);
    expect(() => I.exp(I.point('1e17'))).toThrow(RangeError);
  });
});

describe('negative controls: the enclosure properties can fail', () => {
  it('contains rejects points just outside and a deliberately shrunk enclosure misses the value', () => {
    const I = new IntervalContext(25);
    const x = new Decimal('0.7');
    const e = I.sigmoid(I.point(x));
    const v = refSigmoid(x, 60);
    expect(I.contains(e, v)).toBe(true);
    const R = ref(60);
    expect(I.contains(e, R.sub(e.lo, '1e-40'))).toBe(false);
    expect(I.contains(e, R.add(e.hi, '1e-40'))).toBe(false);
    const shrunk = { lo: v.toSD(25, Decimal.ROUND_CEIL), hi: e.hi };
    expect(I.contains(shrunk, v)).toBe(false);
  });

  it('the same property, run on addition rounded to nearest instead of outward, finds a counterexample', () => {
    const near = decimalContext(12);
    const naiveAdd = (a: Interval, b: Interval): Interval => ({ lo: near.add(a.lo, b.lo), hi: near.add(a.hi, b.hi) });
    const result = fc.check(
      fc.property(intervalAndPoint(moderate), intervalAndPoint(moderate), (s, t) => {
        const I = new IntervalContext(12);
        const A = build(I, s);
        const B = build(I, t);
        return I.contains(naiveAdd(A.a, B.a), ref(40).add(A.x, B.x));
      }),
      { seed: SEED, numRuns: 1000 },
    );
    expect(result.failed).toBe(true);
  });

  it('a sigmoid enclosed at its ends in the wrong order (hi from lo) is caught', () => {
    const I = new IntervalContext(20);
    const swapped = (a: Interval): Interval => {
      const e = I.sigmoid(a);
      return { lo: e.lo, hi: I.sigmoid(I.point(a.lo)).hi };
    };
    const result = fc.check(
      fc.property(intervalAndPoint(moderate), (s) => {
        const { a, x } = build(I, s);
        return I.contains(swapped(a), refSigmoid(x, 50));
      }),
      { seed: SEED, numRuns: 300 },
    );
    expect(result.failed).toBe(true);
  });
});
