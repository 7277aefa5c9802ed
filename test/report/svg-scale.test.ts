import { describe, expect, it } from 'vitest';
import { linearTicks, log10Ticks, niceStep } from '../../src/report/svg/ticks.js';
import { log10Of } from '../../src/report/svg/values.js';

describe('niceStep', () => {
  it('picks the smallest 1, 2, 5 × 10^k at least span / target', () => {
    expect(niceStep(12, 6)).toEqual({ mantissa: 2, exponent: 0 });
    expect(niceStep(1, 10)).toEqual({ mantissa: 1, exponent: -1 });
    expect(niceStep(0.6, 5)).toEqual({ mantissa: 2, exponent: -1 });
    expect(niceStep(330, 6)).toEqual({ mantissa: 1, exponent: 2 });
    expect(niceStep(7e6, 2)).toEqual({ mantissa: 5, exponent: 6 });
  });
  it('rejects empty spans', () => {
    expect(() => niceStep(0, 5)).toThrow(RangeError);
    expect(() => niceStep(NaN, 5)).toThrow(RangeError);
  });
});

describe('linearTicks', () => {
  it('gives exact decimal multiples with the step decimals', () => {
    const t = linearTicks(-0.3, 0.3, 6);
    expect(t.map((x) => x.value)).toEqual([-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3]);
    expect(t.map((x) => x.label.text)).toEqual(['\u22120.3', '\u22120.2', '\u22120.1', '0.0', '0.1', '0.2', '0.3']);
  });
  it('keeps integer axes on integers', () => {
    expect(linearTicks(0, 3, 10, true).map((x) => x.value)).toEqual([0, 1, 2, 3]);
  });
  it('switches to m×10^k labels for tiny and huge values', () => {
    expect(linearTicks(0, 4e-6, 2).map((x) => x.label)).toEqual([{ text: '0' }, { text: '2\u00d710', sup: '\u22126' }, { text: '4\u00d710', sup: '\u22126' }]);
    expect(linearTicks(0, 3e6, 3).map((x) => x.label.text)).toEqual(['0', '1\u00d710', '2\u00d710', '3\u00d710']);
  });
});

describe('log10Ticks', () => {
  it('puts ticks on integer decades spaced by a nice integer step, labelled 10^k', () => {
    const t = log10Ticks(-360, 0, 6);
    expect(t.map((x) => x.value)).toEqual([-300, -200, -100, 0]);
    expect(t[0].label).toEqual({ text: '10', sup: '\u2212300' });
    expect(log10Ticks(-2.5, 0.5, 10).map((x) => x.value)).toEqual([-2, -1, 0]);
  });
});

describe('log10Of', () => {
  it('reads float64 numbers, decimal strings and mantissa/exponent pairs', () => {
    expect(log10Of(1000)).toBe(3);
    expect(log10Of(5e-324)).toBeCloseTo(Math.log10(4.9406564584124654) - 324, 10); // the smallest subnormal
    expect(log10Of('1e-400')).toBeCloseTo(-400, 12);
    expect(log10Of('2.5E-1000')).toBeCloseTo(Math.log10(2.5) - 1000, 10);
    expect(log10Of('0.000125')).toBeCloseTo(Math.log10(0.000125), 12);
    expect(log10Of('+31.6227766016837933')).toBeCloseTo(1.5, 12);
    expect(log10Of({ mantissa: 3, exponent10: -500 })).toBeCloseTo(Math.log10(3) - 500, 10);
  });
  it('maps exact zeros to −Infinity, the zero band', () => {
    expect(log10Of(0)).toBe(-Infinity);
    expect(log10Of('0.000e-5')).toBe(-Infinity);
    expect(log10Of({ mantissa: 0, exponent10: 7 })).toBe(-Infinity);
  });
  it('rejects negatives, NaN, infinities and malformed input', () => {
    for (const v of [-1, NaN, Infinity, '-1e-5', 'abc', '.', '1e', '', { mantissa: 1, exponent10: 0.5 }, { mantissa: -2, exponent10: 1 }]) {
      expect(() => log10Of(v), String(v)).toThrow(RangeError);
    }
  });
});
