import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rat } from '../../src/algebra/rational.js';
import { checkCertificate } from '../../src/kernel/checkers.js';
import { checkSumOfSquares } from '../../src/kernel/checkers/sum-of-squares.js';
import type { Certificate } from '../../src/kernel/types.js';
import { sumOfSquaresCertificate } from '../../src/symbolic/exact-certificates.js';
import { add, mul, num, pow, sub, sym } from '../../src/symbolic/expr.js';
import { parseExpr } from '../../src/symbolic/parse.js';

const SEED = 20160829;
const P = parseExpr;
const KIND = 'sum-of-squares';
// x² − 2x + 3 = 2 + (x − 1)²; 2x² + 2xy + y² = x² + (x + y)².
const QUADRATIC = sumOfSquaresCertificate(P('x^2 - 2*x + 3'), num(2), [{ weight: rat(1n), form: P('x - 1') }]);
const BINARY = sumOfSquaresCertificate(P('2*x^2 + 2*x*y + y^2'), num(0), [
  { weight: rat(1n), form: P('x') },
  { weight: rat(1n), form: P('x + y') },
]);

describe('sum-of-squares: accepted certificates', () => {
  it('accepts true decompositions and states the bound and the equality set', () => {
    const r = checkSumOfSquares(QUADRATIC);
    expect(r.ok, r.detail).toBe(true);
    expect(r.proves).toContain('\\ge 2');
    expect(r.proves).toContain('for all real $`x`$');
    expect(r.proves).toContain('with equality exactly where $`x - 1 = 0`$');
    expect(r.trusts.map((t) => t.name).join(' ')).toContain('squares of real numbers');
    const b = checkSumOfSquares(BINARY);
    expect(b.ok, b.detail).toBe(true);
    expect(b.proves).toContain('x = x + y = 0');
  });

  it('accepts symbolic lower bounds and rational weights, through the registry too', () => {
    // a x² + b x + c = (c − b²/(4a)) + a (x + b/(2a))² wherever a ≠ 0; here with a = 3/2 fixed.
    const c = sumOfSquaresCertificate(P('3/2*x^2 + b*x + c'), P('c - b^2/6'), [{ weight: rat(3n, 2n), form: P('x + b/3') }]);
    expect(checkCertificate(c).ok).toBe(true);
    expect(checkCertificate({ kind: 'conjunction', parts: [c, QUADRATIC] }).ok).toBe(true);
  });

  it('accepts random positive combinations of random squares (fixed seed)', () => {
    const linear = fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 })).map(([a, b, k]) => add(mul(num(a), sym('x')), mul(num(b), sym('y')), num(k)));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), linear), { minLength: 1, maxLength: 4 }), fc.integer({ min: -9, max: 9 }), (terms, m) => {
        const weighted = terms.map(([p, q, form]) => ({ weight: rat(BigInt(p), BigInt(q)), form }));
        const expression = add(num(m), ...weighted.map((t) => mul(num(t.weight), pow(t.form, 2))));
        return checkSumOfSquares(sumOfSquaresCertificate(expression, num(m), weighted)).ok;
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('sum-of-squares: negative controls', () => {
  it('rejects a zero or negative weight even when the identity holds', () => {
    const negative = sumOfSquaresCertificate(P('3 - (x - 1)^2'), num(3), [{ weight: rat(-1n), form: P('x - 1') }]);
    const r = checkSumOfSquares(negative);
    expect(r.ok).toBe(false);
    expect(r.detail).toContain('not positive');
    expect(checkSumOfSquares(sumOfSquaresCertificate(P('3'), num(3), [{ weight: rat(0n), form: P('x') }])).ok).toBe(false);
  });

  it('rejects a tampered bound, weight or form', () => {
    const tamper = (patch: Partial<Certificate>): Certificate => ({ ...QUADRATIC, ...patch });
    expect(checkSumOfSquares(tamper({ lowerBound: num(3) })).ok).toBe(false);
    expect(checkSumOfSquares(tamper({ terms: [{ weight: '2', form: P('x - 1') }] })).ok).toBe(false);
    expect(checkSumOfSquares(tamper({ terms: [{ weight: '1', form: P('x + 1') }] })).ok).toBe(false);
    expect(checkSumOfSquares(tamper({ expression: P('x^2 - 2*x + 4') })).ok).toBe(false);
    const r = checkSumOfSquares(tamper({ terms: [{ weight: '1', form: P('x') }] }));
    expect(r.ok).toBe(false);
    expect(r.detail).toContain('not 0');
  });

  it('rejects random tampering of the lower bound by any non-zero amount (fixed seed)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 20 }).filter((k) => k !== 0), fc.integer({ min: 1, max: 7 }), (k, q) =>
        !checkSumOfSquares(sumOfSquaresCertificate(P('x^2 - 2*x + 3'), sub(num(2), num(rat(BigInt(k), BigInt(q)))), [{ weight: rat(1n), form: P('x - 1') }])).ok,
      ),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('rejects malformed data and never throws', () => {
    const bad: unknown[] = [
      { ...QUADRATIC, terms: [] },
      { ...QUADRATIC, terms: 'x' },
      { ...QUADRATIC, terms: [{ weight: 1, form: P('x - 1') }] },
      { ...QUADRATIC, terms: [{ weight: 'one', form: P('x - 1') }] },
      { ...QUADRATIC, terms: [{ weight: '1' }] },
      { ...QUADRATIC, terms: [null] },
      { ...QUADRATIC, terms: Array.from({ length: 51 }, () => ({ weight: '1', form: P('x') })) },
      { ...QUADRATIC, lowerBound: undefined },
      { ...QUADRATIC, expression: { op: 'nope' } },
      { kind: KIND },
      null,
    ];
    for (const c of bad) {
      const r = checkSumOfSquares(c as Certificate);
      expect(r.ok, JSON.stringify(c)).toBe(false);
      expect(r.proves).toBe('');
    }
  });
});
