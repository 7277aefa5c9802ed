import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitsOfAgreement, ladderConverges } from '../../src/kernel/agreement.js';

const mv = (...values: (string | string[])[]) => values.map((value, i) => ({ method: `m${i}`, value }));

describe('digitsOfAgreement', () => {
  it('counts agreeing significant digits and caps at the precision', () => {
    expect(digitsOfAgreement(mv('1.23456', '1.23457'), 30)).toBe(5);
    expect(digitsOfAgreement(mv('1.5', '1.5'), 30)).toBe(30);
    expect(digitsOfAgreement(mv('0', '0'), 30)).toBe(30);
    expect(digitsOfAgreement(mv('1', '-1'), 30)).toBe(0);
    expect(digitsOfAgreement(mv('1e-50', '1.0000000001e-50'), 30)).toBe(10);
  });

  it('takes the worst pair and the worst component', () => {
    expect(digitsOfAgreement(mv('1.000001', '1.000002', '1.1'), 30)).toBe(1);
    expect(digitsOfAgreement(mv(['1', '2.0001'], ['1', '2.0002']), 30)).toBe(4);
  });

  it('gives 0 for shapes that differ or values that do not parse', () => {
    expect(digitsOfAgreement(mv(['1'], ['1', '2']), 30)).toBe(0);
    expect(digitsOfAgreement(mv('1', 'NaN'), 30)).toBe(0);
    expect(digitsOfAgreement(mv('1', 'one'), 30)).toBe(0);
  });

  it('agrees with the position of a perturbation (property, fixed seed)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 80 }), (k) => {
        const a = `1.${'0'.repeat(k - 1)}`;
        const b = `1.${'0'.repeat(k - 1)}5`;
        const d = digitsOfAgreement(mv(a, b), 120);
        return d === k || d === k - 1 || d === k + 1;
      }),
      { seed: 20160829, numRuns: 200 },
    );
  });
});

describe('ladderConverges', () => {
  const rung = (precision: number, a: string, b: string) => ({ precision, values: mv(a, b) });
  it('accepts growing agreement and rejects stalls, falls, single rungs and single methods', () => {
    const grow = { kind: 'ladder' as const, quantity: 'q', at: '', rungs: [rung(30, '1.00000000001', '1.00000000002'), rung(60, `1.${'0'.repeat(29)}1`, `1.${'0'.repeat(29)}2`)] };
    expect(ladderConverges(grow).converges).toBe(true);
    const fall = { ...grow, rungs: [...grow.rungs].reverse().map((r, i) => ({ ...r, precision: [30, 60][i] })) };
    expect(ladderConverges(fall).converges).toBe(false);
    const stall = { ...grow, rungs: [rung(30, '1.00000000001', '1.00000000002'), rung(60, '1.00000000001', '1.00000000002')] };
    expect(ladderConverges(stall).converges).toBe(false);
    expect(ladderConverges({ ...grow, rungs: [grow.rungs[0]] }).converges).toBe(false);
    expect(ladderConverges({ ...grow, rungs: grow.rungs.map((r) => ({ ...r, values: r.values.slice(0, 1) })) }).converges).toBe(false);
  });
  it('accepts exact agreement at every rung', () => {
    const exact = { kind: 'ladder' as const, quantity: 'q', at: '', rungs: [rung(30, '0.5', '0.5'), rung(60, '0.5', '0.5')] };
    expect(ladderConverges(exact).converges).toBe(true);
  });
});
