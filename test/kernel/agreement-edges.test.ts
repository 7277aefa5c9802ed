import { describe, expect, it } from 'vitest';
import { digitsOfAgreement, ladderConverges } from '../../src/kernel/agreement.js';
import type { LadderEvidence } from '../../src/kernel/evidence.js';

// Edge cases of the digit count floor(-log10(max |a_i - b_i| / max max(|a_i|, |b_i|))) and of the convergence rule.
const mv = (...values: (string | string[])[]) => values.map((value, i) => ({ method: `m${i}`, value }));
/** Two values agreeing to exactly d significant digits: 1 and 1 + 10^-d (ratio just under 10^-d). */
const agreeing = (d: number): [string, string] => ['1', `1.${'0'.repeat(d - 1)}1`];
const ladder = (...rungs: [number, [string, string]][]): LadderEvidence => ({ kind: 'ladder', quantity: 'q', at: 'x = 1', rungs: rungs.map(([precision, v]) => ({ precision, values: mv(...v) })) });

describe('digitsOfAgreement: the exact floor of -log10 of the relative difference', () => {
  it('a ratio that is exactly a power of ten counts its exponent; just above it counts one fewer', () => {
    expect(digitsOfAgreement(mv('1', '0.99'), 30)).toBe(2); // ratio 1/100 exactly
    expect(digitsOfAgreement(mv('1', '0.98'), 30)).toBe(1); // ratio 2/100
    expect(digitsOfAgreement(mv('1', '0'), 30)).toBe(0); // ratio 1
    expect(digitsOfAgreement(mv(...agreeing(7)), 30)).toBe(7);
  });

  it('computes the ratio exactly, not at 20 digits: a ratio just above a power of ten is not rounded onto it', () => {
    // |1 - 0.99899…9| = 10^-3 (1 + 10^-22): floor(-log10) is 2; a ratio rounded to 20 digits would read 10^-3, i.e. 3.
    expect(digitsOfAgreement(mv('1', `0.998${'9'.repeat(21)}`), 30)).toBe(2);
  });

  it('is symmetric, and scales by the larger magnitude of the pair', () => {
    // |9 - 10| / 10 = 10^-1 exactly: one digit, whichever comes first (scaling by 9 would give 0).
    expect(digitsOfAgreement(mv('9', '10'), 30)).toBe(1);
    expect(digitsOfAgreement(mv('10', '9'), 30)).toBe(1);
    expect(digitsOfAgreement(mv('-9', '-10'), 30)).toBe(1);
  });

  it('for vectors, divides the largest difference by the largest magnitude over all components', () => {
    expect(digitsOfAgreement(mv(['1000', '1'], ['1000', '1.001']), 30)).toBe(6); // 10^-3 / 10^3
    expect(digitsOfAgreement(mv(['1', '1000'], ['1.001', '1000']), 30)).toBe(6);
    expect(digitsOfAgreement(mv(['1.01', '1000'], ['1', '1000.1']), 30)).toBe(4); // 0.1 / 1000.1, not 0.01 / ...
  });

  it('negative control: empty vectors, infinities and sign flips agree to no digit', () => {
    expect(digitsOfAgreement(mv([], []), 30)).toBe(0);
    expect(digitsOfAgreement(mv('Infinity', 'Infinity'), 30)).toBe(0);
    expect(digitsOfAgreement(mv('1', '-Infinity'), 30)).toBe(0);
    expect(digitsOfAgreement(mv(['1', 'Infinity'], ['1', 'Infinity']), 30)).toBe(0);
    expect(digitsOfAgreement(mv('1e-300', '-1e-300'), 30)).toBe(0);
  });

  it('never claims more digits than the precision, and one value alone agrees fully', () => {
    expect(digitsOfAgreement(mv(...agreeing(20)), 12)).toBe(12);
    expect(digitsOfAgreement(mv('1.5'), 30)).toBe(30);
    expect(digitsOfAgreement(mv('3', '3', '3.0000001'), 30)).toBe(7);
  });
});

describe('ladderConverges: each rule at its boundary', () => {
  it('ends at 10 digits or more: 10 converges, 9 does not', () => {
    expect(ladderConverges(ladder([10, agreeing(2)], [30, agreeing(10)]))).toMatchObject({ converges: true, digits: [2, 10], why: 'agreement grew from 2 to 10 digits' });
    expect(ladderConverges(ladder([10, agreeing(1)], [30, agreeing(9)]))).toMatchObject({ converges: false, why: 'only 9 digits of agreement at the highest precision' });
  });

  it('grows by at least a quarter of the growth in precision: exactly a quarter converges, one digit less does not', () => {
    // growth 40, a quarter is 10
    expect(ladderConverges(ladder([30, agreeing(12)], [70, agreeing(22)])).converges).toBe(true);
    expect(ladderConverges(ladder([30, agreeing(12)], [70, agreeing(21)]))).toMatchObject({ converges: false, why: 'agreement grew by 9 digits while precision grew by 40' });
  });

  it('measures growth from the first rung to the last, not between neighbours', () => {
    // 12 -> 13 -> 22 over 30 -> 50 -> 70: +10 over a growth of 40 converges
    const three = ladder([30, agreeing(12)], [50, agreeing(13)], [70, agreeing(22)]);
    expect(ladderConverges(three)).toMatchObject({ converges: true, digits: [12, 13, 22] });
    // 12 -> 21 -> 21 over 30 -> 50 -> 70: +9 fails although the first step alone grew enough
    expect(ladderConverges(ladder([30, agreeing(12)], [50, agreeing(21)], [70, agreeing(21)])).converges).toBe(false);
  });

  it('equal agreement on consecutive rungs is not a fall, but is judged by the growth rule', () => {
    expect(ladderConverges(ladder([30, agreeing(12)], [60, agreeing(12)]))).toMatchObject({ converges: false, why: 'agreement grew by 0 digits while precision grew by 30' });
  });

  it('negative control: a fall anywhere, equal or falling precisions, or one method on a later rung fail', () => {
    expect(ladderConverges(ladder([30, agreeing(12)], [60, agreeing(25)], [90, agreeing(24)]))).toMatchObject({ converges: false, why: 'agreement fell from 25 to 24 digits as precision grew' });
    expect(ladderConverges(ladder([30, agreeing(12)], [30, agreeing(25)]))).toMatchObject({ converges: false, why: 'precisions must increase along the ladder' });
    expect(ladderConverges(ladder([60, agreeing(12)], [30, agreeing(25)])).converges).toBe(false);
    const oneMethod = ladder([30, agreeing(12)], [60, agreeing(30)]);
    oneMethod.rungs[1].values = oneMethod.rungs[1].values.slice(0, 1);
    expect(ladderConverges(oneMethod)).toMatchObject({ converges: false, why: 'rung 2 has fewer than two methods' });
    expect(ladderConverges(ladder([30, agreeing(12)]))).toMatchObject({ converges: false, why: 'a ladder needs at least two precisions' });
  });

  it('full precision at every rung converges; full precision at some rung only is judged by growth', () => {
    expect(ladderConverges(ladder([30, ['0.5', '0.5']], [60, ['0.5', '0.5']]))).toMatchObject({ converges: true, why: 'agreement to full precision at every rung' });
    // 30 of 30, then 35 of 60: +5 < 30/4
    expect(ladderConverges(ladder([30, ['0.5', '0.5']], [60, agreeing(35)])).converges).toBe(false);
  });
});
