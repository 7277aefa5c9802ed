import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { add, cmp, div, mul, parseRational, rat, sub, type Rational } from '../../src/algebra/rational.js';
import {
  bitsOf,
  decimalToRational,
  exactDecimal,
  exactValue,
  fromBits,
  nextDown,
  nextUp,
  parseHex,
  roundedExpNeg,
  roundToDouble,
  sameDouble,
  textbookSigmoid,
  toHex,
} from '../../src/numeric/ieee754.js';

const SEED = 20160829;
const RUNS = 1000;
const pow2 = (k: number): Rational => (k >= 0 ? rat(1n << BigInt(k)) : rat(1n, 1n << BigInt(-k)));
const MAX = Number.MAX_VALUE;
const TINY = Number.MIN_VALUE; // 2^-1074
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

/** JS's own rounding of `op` agrees with RN of the exact result (an exact zero carries the operation's sign rule, not RN's). */
function agreesWithJs(exact: Rational, js: number): boolean {
  if (exact.num === 0n) return js === 0;
  return sameDouble(roundToDouble(exact), js);
}

describe('bit patterns', () => {
  it('decodes and encodes known patterns', () => {
    expect(toHex(1)).toBe('0x3ff0000000000000');
    expect(toHex(-0)).toBe('0x8000000000000000');
    expect(toHex(Infinity)).toBe('0x7ff0000000000000');
    expect(parseHex('0x0000000000000001')).toBe(TINY);
    expect(parseHex('0x7FEFFFFFFFFFFFFF')).toBe(MAX);
    expect(fromBits(bitsOf(-2.5))).toBe(-2.5);
  });

  it('rejects anything but 0x and 16 hex digits', () => {
    for (const bad of ['0x3ff', '3ff0000000000000', '0x3ff000000000000g', '0x3ff00000000000000', 1, null]) expect(() => parseHex(bad)).toThrow(RangeError);
    expect(() => fromBits(1n << 64n)).toThrow(RangeError);
    expect(() => fromBits(-1n)).toThrow(RangeError);
  });

  it('round-trips every double through its hex pattern', () => {
    fc.assert(fc.property(fc.double(), (x) => sameDouble(parseHex(toHex(x)), x)), { seed: SEED, numRuns: RUNS });
  });
});

describe('exact values', () => {
  it('gives the exact rational of a double', () => {
    expect(exactValue(0.5)).toEqual(rat(1n, 2n));
    expect(exactValue(-3)).toEqual(rat(-3n));
    expect(exactValue(-0)).toEqual(rat(0n));
    expect(exactValue(TINY)).toEqual(pow2(-1074));
    expect(exactValue(2 ** 1000)).toEqual(pow2(1000));
    expect(exactValue(0.1)).toEqual(rat(3602879701896397n, 1n << 55n));
    expect(() => exactValue(NaN)).toThrow(RangeError);
    expect(() => exactValue(-Infinity)).toThrow(RangeError);
  });

  it('writes the exact decimal expansion', () => {
    expect(exactDecimal(0.1)).toBe('0.1000000000000000055511151231257827021181583404541015625');
    expect(exactDecimal(-2.5)).toBe('-2.5');
    expect(exactDecimal(-0)).toBe('0');
    expect(exactDecimal(2 ** 70)).toBe('1180591620717411303424');
    expect(exactDecimal(TINY)).toMatch(/^0\.0{323}49406564584124654\d+$/);
    expect(() => exactDecimal(Infinity)).toThrow(RangeError);
  });

  it('exact decimal and exact rational denote the same number, and RN returns the double', () => {
    fc.assert(
      fc.property(finite, (x) => {
        const v = exactValue(x);
        return cmp(parseRational(exactDecimal(x)), v) === 0 && (x === 0 ? sameDouble(roundToDouble(v), 0) : sameDouble(roundToDouble(v), x));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('RN: round to nearest, ties to even', () => {
  it('breaks ties to the even significand, at 1, at the subnormal end and at the top', () => {
    expect(roundToDouble(add(pow2(0), pow2(-53)))).toBe(1); // 1 + half an ulp: tie, 1 is even
    expect(roundToDouble(add(pow2(0), mul(rat(3n), pow2(-53))))).toBe(1 + 2 ** -51); // tie between 1 + 2^-52 (odd) and 1 + 2^-51
    expect(roundToDouble(add(add(pow2(0), pow2(-53)), pow2(-200)))).toBe(1 + 2 ** -52); // just above the tie
    expect(roundToDouble(sub(pow2(0), pow2(-54)))).toBe(1); // below 1 the ulp is 2^-53: a tie, 1 is even
    expect(roundToDouble(pow2(-1075))).toBe(0); // half the least subnormal: tie, 0 is even
    expect(roundToDouble(add(pow2(-1075), pow2(-1200)))).toBe(TINY);
    expect(roundToDouble(mul(rat(3n), pow2(-1075)))).toBe(2 * TINY); // tie between 1 and 2 quanta
    expect(sameDouble(roundToDouble(rat(-1n, 1n << 1076n)), -0)).toBe(true);
    expect(roundToDouble(sub(pow2(1024), pow2(970)))).toBe(Infinity); // MAX + half an ulp: tie, rounds up and overflows
    expect(roundToDouble(sub(sub(pow2(1024), pow2(970)), pow2(900)))).toBe(MAX);
    expect(roundToDouble(rat(-(1n << 1100n)))).toBe(-Infinity);
    expect(roundToDouble(sub(pow2(-1022), pow2(-1080)))).toBe(2 ** -1022); // rounds up across the normal boundary
    expect(roundToDouble(rat(1n, 3n))).toBe(1 / 3);
  });

  it('agrees with JS arithmetic on doubles: +, −, ×, ÷', () => {
    fc.assert(
      fc.property(finite, finite, (a, b) => {
        const x = exactValue(a);
        const y = exactValue(b);
        return agreesWithJs(add(x, y), a + b) && agreesWithJs(sub(x, y), a - b) && agreesWithJs(mul(x, y), a * b) && (b === 0 || agreesWithJs(div(x, y), a / b));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('agrees with JS arithmetic near the subnormal range and near overflow', () => {
    const tiny = fc.double({ min: -1e-300, max: 1e-300, noNaN: true });
    const huge = fc.double({ min: 1e307, max: MAX, noNaN: true });
    fc.assert(
      fc.property(tiny, tiny, huge, huge, (a, b, c, d) =>
        agreesWithJs(mul(exactValue(a), exactValue(b)), a * b) && agreesWithJs(add(exactValue(c), exactValue(d)), c + d) && agreesWithJs(sub(exactValue(a), exactValue(b)), a - b),
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('agrees with JS parsing of 17-digit decimals (correctly rounded), through subnormals and overflow', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 17n - 1n }), fc.integer({ min: -345, max: 310 }), (m, k) => {
        const exact = k >= 0 ? rat(m * 10n ** BigInt(k)) : rat(m, 10n ** BigInt(-k));
        return sameDouble(roundToDouble(exact), Number(`${m}e${k}`));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('is monotone', () => {
    const r = fc.tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.bigInt({ min: 1n, max: 10n ** 40n })).map(([p, q]) => rat(p, q));
    fc.assert(
      fc.property(r, r, (x, y) => {
        const [a, b] = cmp(x, y) <= 0 ? [x, y] : [y, x];
        return roundToDouble(a) <= roundToDouble(b);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('nextUp and nextDown', () => {
  it('steps to the adjacent double at the special places', () => {
    expect(nextUp(0)).toBe(TINY);
    expect(nextUp(-0)).toBe(TINY);
    expect(sameDouble(nextUp(-TINY), -0)).toBe(true);
    expect(nextDown(0)).toBe(-TINY);
    expect(nextUp(1)).toBe(1 + 2 ** -52);
    expect(nextDown(1)).toBe(1 - 2 ** -53);
    expect(nextUp(MAX)).toBe(Infinity);
    expect(nextUp(Infinity)).toBe(Infinity);
    expect(nextUp(-Infinity)).toBe(-MAX);
    expect(nextDown(-MAX)).toBe(-Infinity);
    expect(nextDown(2 ** -1022)).toBe(2 ** -1022 - TINY);
    expect(Number.isNaN(nextUp(NaN))).toBe(true);
  });

  it('leaves no double strictly between x and nextUp(x): the exact midpoint rounds to one of them, the even one', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, max: MAX / 2 }), (x) => {
        const up = nextUp(x);
        if (!(up > x) || nextDown(up) !== x) return false;
        const mid = div(add(exactValue(x), exactValue(up)), rat(2n));
        const rounded = roundToDouble(mid);
        const even = (bitsOf(x) & 1n) === 0n ? x : up;
        return rounded === even;
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('textbook sigmoid steps', () => {
  it('equal JS evaluation of 1/(1 + e) and 1 − that, for every e >= 0', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, noNaN: true }), (e) => {
        const steps = textbookSigmoid(e);
        const d = 1 + e;
        const s = 1 / d;
        return sameDouble(steps.d, d) && sameDouble(steps.s, s) && sameDouble(steps.r, 1 - s);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('handles the overflow of e and the two boundaries of d', () => {
    expect(textbookSigmoid(Infinity)).toEqual({ e: Infinity, d: Infinity, s: 0, r: 1 });
    expect(textbookSigmoid(2 ** -53)).toEqual({ e: 2 ** -53, d: 1, s: 1, r: 0 });
    expect(textbookSigmoid(nextUp(2 ** -53))).toEqual({ e: nextUp(2 ** -53), d: 1 + 2 ** -52, s: 1 - 2 ** -52, r: 2 ** -52 });
    expect(textbookSigmoid(MAX).s).toBe(2 ** -1024 + 2 ** -1077); // 1/MAX, subnormal and positive
    expect(() => textbookSigmoid(-1)).toThrow(RangeError);
    expect(() => textbookSigmoid(NaN)).toThrow(RangeError);
  });
});

describe('decimals and the exp model', () => {
  it('reads a Decimal exactly', () => {
    const D = Decimal.clone({ precision: 50 });
    expect(decimalToRational(new D('-1.5e-3'))).toEqual(rat(-3n, 2000n));
    expect(decimalToRational(new D('12300'))).toEqual(rat(12300n));
    expect(decimalToRational(new D('7'))).toEqual(rat(7n));
    expect(() => decimalToRational(new D(Infinity))).toThrow(RangeError);
  });

  it('encloses e^-h and decides RN(e^-h) only when the enclosure is narrow enough', () => {
    const e = roundedExpNeg(-1, 40);
    expect(cmp(e.lo, e.hi)).toBe(-1);
    expect(e.value).toBe(Math.E); // RN(e) is the double Math.E
    expect(roundedExpNeg(0, 5)).toEqual({ lo: rat(1n), hi: rat(1n), value: 1 });
    expect(roundedExpNeg(-1, 10).value).toBeNull(); // 10 digits cannot pin a 53-bit double
    expect(roundedExpNeg(-710, 5).value).toBe(Infinity); // past 2^1024 − 2^970 both ends overflow
  });

  it('agrees with Math.exp to within one ulp (Math.exp is faithful on V8)', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (h) => {
        const model = roundedExpNeg(h, 40).value;
        const platform = Math.exp(-h);
        return model !== null && (model === platform || nextUp(model) === platform || nextDown(model) === platform);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
