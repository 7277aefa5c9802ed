import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add as qAdd, parseRational, rat, ratToString, type Rational } from '../../src/algebra/rational.js';
import { checkCertificate } from '../../src/kernel/checkers.js';
import { checkExactEvaluation, evaluateExactly, MAX_BITS } from '../../src/kernel/checkers/exact-evaluation.js';
import type { Certificate } from '../../src/kernel/types.js';
import { exactEvaluationCertificate } from '../../src/symbolic/exact-certificates.js';
import { parseExpr } from '../../src/symbolic/parse.js';
import { evaluate, evaluateDual, exprArb, pointArb, polynomialExprArb, type Point } from '../symbolic/helpers.js';

const SEED = 20160829;
const P = parseExpr;
const KIND = 'exact-evaluation';
// The linear network's loss on the data (1, 1), (2, 3): a zero of the gradient at the origin and at (1, 7/5).
const LOSS = P('1/2*(1 - a*b)^2 + 1/2*(3 - 2*a*b)^2');

const at = (o: Record<string, string>): Map<string, Rational> => new Map(Object.entries(o).map(([k, v]) => [k, parseRational(v)]));
const texts = (p: Point): Record<string, string> => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, ratToString(v)]));

describe('exact-evaluation: accepted certificates', () => {
  it('evaluates a polynomial at several points and says so in LaTeX', () => {
    const r = checkExactEvaluation(exactEvaluationCertificate(LOSS, [], [[{ a: '0', b: '0' }, '5'], [{ a: '1', b: '7/5' }, '1/10']]));
    expect(r.ok, r.detail).toBe(true);
    expect(r.proves).toContain('equals $`5`$ at $`a = 0,\\ b = 0`$; $`\\frac{1}{10}`$ at $`a = 1,\\ b = \\frac{7}{5}`$');
    expect(r.trusts.map((t) => t.name).join(' ')).toContain('exact rational arithmetic');
  });

  it('differentiates first, in the order given, and evaluates the derivative', () => {
    const grad = (v: string): Certificate => exactEvaluationCertificate(LOSS, [v], [[{ a: '0', b: '0' }, '0'], [{ a: '1', b: '7/5' }, '0']]);
    for (const v of ['a', 'b']) {
      const r = checkExactEvaluation(grad(v));
      expect(r.ok, r.detail).toBe(true);
      expect(r.proves).toContain(`\\frac{\\partial}{\\partial ${v}}`);
      expect(r.trusts.map((t) => t.name).join(' ')).toContain('rules of differentiation');
    }
    // ∂²L/∂a∂b = −(S_tx − 2ab S_xx)·1 ... at the origin: −(1·1 + 3·2) = −7.
    const mixed = checkExactEvaluation(exactEvaluationCertificate(LOSS, ['a', 'b'], [[{ a: '0', b: '0' }, '-7']]));
    expect(mixed.ok, mixed.detail).toBe(true);
    expect(mixed.proves).toMatch(/^\$`\\frac\{\\partial\}\{\\partial b\} \\left\[ \\frac\{\\partial\}\{\\partial a\}/);
  });

  it('is reachable through the registry, also inside a conjunction', () => {
    const c = exactEvaluationCertificate(P('x^2 - 2'), [], [[{ x: '3/2' }, '1/4']]);
    expect(checkCertificate(c).ok).toBe(true);
    expect(checkCertificate({ kind: 'conjunction', parts: [c, c] }).ok).toBe(true);
  });

  it('agrees with an independent exact evaluator on random rational functions (fixed seed)', () => {
    fc.assert(
      fc.property(exprArb(false, 4), pointArb, (e, p) => {
        let expected: Rational | null;
        try {
          expected = evaluate(e, p);
        } catch {
          expected = null;
        }
        const r = checkExactEvaluation({ kind: KIND, expression: e, points: [{ at: texts(p), value: expected ? ratToString(expected) : '0' }] });
        // Where the tree divides by zero the reference throws; the checker must then reject.
        return expected === null ? !r.ok : r.ok;
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('agrees with exact dual numbers on derivatives of random polynomials (fixed seed)', () => {
    fc.assert(
      fc.property(polynomialExprArb, pointArb, fc.constantFrom('a', 'b', 'c'), (e, p, v) => {
        const d = evaluateDual(e, v, p)[1];
        return checkExactEvaluation(exactEvaluationCertificate(e, [v], [[texts(p), ratToString(d)]])).ok;
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('exact-evaluation: negative controls', () => {
  it('rejects a tampered value, at every point, by any non-zero amount (fixed seed)', () => {
    fc.assert(
      fc.property(polynomialExprArb, pointArb, fc.tuple(fc.integer({ min: -9, max: 9 }).filter((n) => n !== 0), fc.integer({ min: 1, max: 9 })), (e, p, [n, d]) => {
        const wrong = qAdd(evaluate(e, p), rat(BigInt(n), BigInt(d)));
        return !checkExactEvaluation(exactEvaluationCertificate(e, [], [[texts(p), ratToString(wrong)]])).ok;
      }),
      { seed: SEED, numRuns: 300 },
    );
    const oneBad = exactEvaluationCertificate(LOSS, ['a'], [[{ a: '0', b: '0' }, '0'], [{ a: '1', b: '3/2' }, '0']]);
    const r = checkExactEvaluation(oneBad);
    expect(r.ok).toBe(false);
    expect(r.detail).toContain('points[1]');
  });

  it('rejects a wrong derivative order or variable', () => {
    // ∂/∂a of a²b at (1, 1) is 2; ∂/∂b is 1.
    expect(checkExactEvaluation(exactEvaluationCertificate(P('a^2*b'), ['a'], [[{ a: '1', b: '1' }, '2']])).ok).toBe(true);
    expect(checkExactEvaluation(exactEvaluationCertificate(P('a^2*b'), ['b'], [[{ a: '1', b: '1' }, '2']])).ok).toBe(false);
    expect(checkExactEvaluation(exactEvaluationCertificate(P('a^2*b'), ['a', 'a'], [[{ a: '1', b: '1' }, '2']])).ok).toBe(true);
    expect(checkExactEvaluation(exactEvaluationCertificate(P('a^2*b'), ['a', 'a', 'a'], [[{ a: '1', b: '1' }, '2']])).ok).toBe(false);
  });

  it('rejects points where the expression is not defined, even when the derivative would be', () => {
    const r = checkExactEvaluation(exactEvaluationCertificate(P('a + 1/b'), ['a'], [[{ a: '2', b: '0' }, '1']]));
    expect(r.ok).toBe(false);
    expect(r.detail).toContain('not defined');
    expect(checkExactEvaluation(exactEvaluationCertificate(P('b^(-2)'), [], [[{ b: '0' }, '0']])).ok).toBe(false);
    expect(checkExactEvaluation(exactEvaluationCertificate(P('1/(a - a)'), [], [[{ a: '1' }, '0']])).ok).toBe(false);
  });

  it('rejects exp and ln, unassigned symbols and malformed data, and never throws', () => {
    expect(checkExactEvaluation(exactEvaluationCertificate(P('exp(a)'), [], [[{ a: '0' }, '1']])).ok).toBe(false);
    expect(checkExactEvaluation(exactEvaluationCertificate(P('ln(a)'), [], [[{ a: '1' }, '0']])).ok).toBe(false);
    const missing = checkExactEvaluation(exactEvaluationCertificate(P('a*b'), [], [[{ a: '0' }, '0']]));
    expect(missing.ok).toBe(false);
    expect(missing.detail).toContain('b');
    const good = exactEvaluationCertificate(P('a + 1'), [], [[{ a: '1' }, '2']]);
    const bad: unknown[] = [
      { ...good, points: [] },
      { ...good, points: 'x' },
      { ...good, points: [{ at: [], value: '2' }] },
      { ...good, points: [{ at: { a: 1 }, value: '2' }] },
      { ...good, points: [{ at: { a: '1' }, value: 2 }] },
      { ...good, points: [{ at: { a: '1' }, value: 'two' }] },
      { ...good, points: [{ at: { 'not a name': '1' }, value: '2' }] },
      { ...good, points: [{ at: { a: '1/0' }, value: '2' }] },
      { ...good, differentiate: 'a' },
      { ...good, differentiate: ['a', 'exp'] },
      { ...good, differentiate: ['a', 'a', 'a', 'a', 'a'] },
      { ...good, points: Array.from({ length: 101 }, () => ({ at: { a: '1' }, value: '2' })) },
      { ...good, expression: { op: 'what' } },
      { kind: KIND },
      null,
    ];
    expect(checkExactEvaluation(good).ok).toBe(true);
    for (const c of bad) {
      const r = checkExactEvaluation(c as Certificate);
      expect(r.ok, JSON.stringify(c)).toBe(false);
      expect(r.proves).toBe('');
    }
  });

  it('refuses values that would grow beyond its size limit', () => {
    const huge = exactEvaluationCertificate(P('(a^1000)^1000'), [], [[{ a: '3' }, '0']]);
    const r = checkExactEvaluation(huge);
    expect(r.ok).toBe(false);
    expect(r.detail).toContain(`${MAX_BITS} bits`);
    expect(() => evaluateExactly(P('a^1000*a^1000*a^1000*a^1000'), at({ a: '12345678901234567890' }))).toThrow(/bits/);
  });
});
