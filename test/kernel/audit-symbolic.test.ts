import { describe, expect, it } from 'vitest';
import { checkCertificate } from '../../src/kernel/checkers.js';
import type { Certificate, CheckResult } from '../../src/kernel/types.js';

// Adversarial audit of the symbolic kernel checkers: every attack here must be rejected, or accepted with a statement
// that is true as printed (including "wherever defined" where the expressions have holes).

type J = Record<string, unknown>;
const s = (name: string): J => ({ op: 'sym', name });
const n = (value: string): J => ({ op: 'num', value });
const pw = (base: unknown, exponent: number): J => ({ op: 'pow', base, exponent });
const add = (...args: unknown[]): J => ({ op: 'add', args });
const mul = (...args: unknown[]): J => ({ op: 'mul', args });
const neg = (arg: unknown): J => ({ op: 'neg', arg });
const div = (numerator: unknown, denominator: unknown): J => ({ op: 'div', numerator, denominator });
const exp = (arg: unknown): J => ({ op: 'exp', arg });
const ln = (arg: unknown): J => ({ op: 'ln', arg });
const x = s('x');
const y = s('y');
const a = s('a');
const h = s('h');
const w = s('w');

const check = (c: Certificate): CheckResult => checkCertificate(c);
const rejects = (c: Certificate): void => {
  const r = check(c);
  expect(r.ok, `${c.kind} should be rejected, but proves: ${r.proves}`).toBe(false);
};
const link = (expression: unknown, variable: string, derivative: unknown): J => ({ expression, variable, derivative });

describe('audit: exponents beyond float64 exactness', () => {
  const nested = (base: unknown, levels: number): unknown => {
    let e = base;
    for (let i = 0; i < levels; i++) e = pw(e, 1000);
    return e;
  };

  it('does not prove x·x^(10^18) ≡ x^(10^18) (10^18 + 1 rounds to 10^18 in float64)', () => {
    const big = nested(x, 6);
    rejects({ kind: 'identity', lhs: mul(x, big), rhs: big });
  });

  it('does not prove x·x^(10^360) ≡ x^(10^360) (the exponent overflows to Infinity)', () => {
    const big = nested(x, 120);
    rejects({ kind: 'identity', lhs: mul(x, big), rhs: big });
  });

  it('does not prove a derivative or a positivity through a rounded exponent', () => {
    const big = nested(x, 6);
    rejects({ kind: 'derivative-identity', expression: mul(x, big), variable: 'x', derivative: mul(n('1000000000000000000'), big) });
    rejects({ kind: 'positivity', expression: add(mul(x, big), neg(big), n('1')), positiveSymbols: ['x'] });
  });

  it('still accepts large exact exponents', () => {
    const big = nested(x, 5); // x^(10^15), exactly representable
    expect(check({ kind: 'identity', lhs: mul(big, big), rhs: pw(big, 2) }).ok).toBe(true);
  });
});

describe('audit: symbols that print alike', () => {
  it('does not print ∂/∂w_1 [w_1 w_1] ≡ w_1 from w1 and w_1', () => {
    rejects({ kind: 'derivative-identity', expression: mul(s('w1'), s('w_1')), variable: 'w1', derivative: s('w_1') });
  });

  it('does not print lim_{λ→∞} λ/λ = 0 from lambda and λ', () => {
    rejects({ kind: 'limit', expression: div(s('lambda'), s('λ')), variable: 'λ', at: '+infinity', value: n('0') });
  });

  it('rejects clashes in every symbolic checker', () => {
    rejects({ kind: 'identity', lhs: add(s('x1'), s('x_1')), rhs: add(s('x_1'), s('x1')) });
    rejects({ kind: 'positivity', expression: div(s('alpha'), s('α')), positiveSymbols: ['alpha', 'α'] });
    rejects({ kind: 'sum-of-squares', expression: add(pw(s('x1'), 2), pw(s('x_1'), 2)), lowerBound: n('0'), terms: [{ weight: '1', form: s('x1') }, { weight: '1', form: s('x_1') }] });
    rejects({ kind: 'exact-evaluation', expression: s('x1'), points: [{ at: { x1: '1', x_1: '2' }, value: '1' }] });
    rejects({ kind: 'chain-rule', outer: link(mul(h, s('x1')), 'h', s('x1')), inner: link(mul(w, s('x_1')), 'w', s('x_1')) });
    rejects({ kind: 'chain-rule', outer: link(pw(h, 2), 'h', mul(n('2'), h)), inner: link(mul(s('w1'), s('w_1')), 'w_1', s('w1')) });
  });

  it('still accepts distinct names that print differently', () => {
    expect(check({ kind: 'identity', lhs: add(s('w_1'), s('w_2')), rhs: add(s('w2'), s('w1')) }).ok).toBe(false);
    expect(check({ kind: 'identity', lhs: add(s('w_1'), s('w_2')), rhs: add(s('w_2'), s('w_1')) }).ok).toBe(true);
  });
});

describe('audit: hostile sizes do not hang the kernel', () => {
  it('rejects a constant with a billion bits quickly', () => {
    let two: unknown = n('2');
    for (let i = 0; i < 4; i++) two = pw(two, 1000);
    const start = Date.now();
    rejects({ kind: 'identity', lhs: two, rhs: two });
    rejects({ kind: 'positivity', expression: two });
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it('differentiates a small deeply nested quotient four times without blowing up', () => {
    let deep: unknown = x;
    for (let i = 0; i < 60; i++) deep = div(add(x, n('1')), add(deep, n(String(i + 2))));
    const start = Date.now();
    rejects({ kind: 'exact-evaluation', expression: deep, differentiate: ['x', 'x', 'x', 'x'], points: [{ at: { x: '1' }, value: '0' }] });
    expect(Date.now() - start).toBeLessThan(20_000);
  });

  it('rejects a chain-rule composite that would copy the inner expression beyond the node limits', () => {
    let inner: unknown = x;
    for (let i = 0; i < 200; i++) inner = add(inner, mul(w, n(String(i))));
    const outer = add(...Array.from({ length: 500 }, () => h));
    rejects({ kind: 'chain-rule', outer: link(outer, 'h', n('500')), inner: link(inner, 'w', n('19900')) });
  });
});

describe('audit: chain-rule definitions cannot escape the math span', () => {
  it('rejects a definition text with a backtick or dollar', () => {
    const base = { kind: 'chain-rule', outer: link(pw(h, 2), 'h', mul(n('2'), h)), inner: link(mul(w, s('r')), 'w', s('r')) };
    rejects({ ...base, definitions: { r: '1`$ and 1 = 2 $`x' } });
    rejects({ ...base, definitions: { r: '$x$' } });
    // Any definition is refused: that r does not involve w cannot be checked from LaTeX text (issue 8, item 5).
    rejects({ ...base, definitions: { r: '\\sum_{i} x_i' } });
    expect(check({ ...base, definitions: {} }).ok).toBe(true);
  });
});

describe('audit: holes, zero divisors and ln (held before the audit)', () => {
  it('says "wherever defined" when a cancellation hides a hole', () => {
    const r = check({ kind: 'identity', lhs: div(x, x), rhs: n('1') });
    expect(r.ok).toBe(true);
    expect(r.proves).toContain('wherever defined');
    const p = check({ kind: 'positivity', expression: div(pw(y, 2), pw(y, 2)) });
    expect(p.ok && p.proves.includes('wherever defined')).toBe(true);
    const l = check({ kind: 'derivative-identity', expression: ln(x), variable: 'x', derivative: div(n('1'), x) });
    expect(l.ok && l.proves.includes('wherever defined')).toBe(true);
  });

  it('rejects division by, negative powers of and ln of expressions that are identically 0', () => {
    rejects({ kind: 'identity', lhs: mul(n('0'), div(n('1'), add(x, neg(x)))), rhs: n('0') });
    rejects({ kind: 'identity', lhs: pw(add(x, neg(x)), -1), rhs: n('1') });
    rejects({ kind: 'identity', lhs: mul(n('0'), ln(add(x, neg(x)))), rhs: n('0') });
    rejects({ kind: 'identity', lhs: ln(n('-1')), rhs: n('0') });
  });

  it('does not apply ln/exp rules that fail for real numbers', () => {
    rejects({ kind: 'identity', lhs: exp(ln(x)), rhs: x });
    rejects({ kind: 'identity', lhs: ln(pw(x, 2)), rhs: mul(n('2'), ln(x)) });
    rejects({ kind: 'identity', lhs: ln(mul(x, y)), rhs: add(ln(x), ln(y)) });
    rejects({ kind: 'positivity', expression: add(ln(x), n('1')), positiveSymbols: ['x'] });
  });

  it('positivity needs declared-positive symbols, even under even powers and in denominators', () => {
    rejects({ kind: 'positivity', expression: add(pw(x, 3), n('1')) });
    rejects({ kind: 'positivity', expression: pw(x, -2) });
    rejects({ kind: 'positivity', expression: div(n('1'), add(x, n('-1'))), positiveSymbols: ['x'] });
    rejects({ kind: 'positivity', expression: pw(n('-2'), 3) });
    rejects({ kind: 'positivity', expression: add(exp(x), n('-1')) });
    expect(check({ kind: 'positivity', expression: pw(n('-2'), 2) }).ok).toBe(true);
  });

  it('limits: signs of deciding coefficients that depend on other symbols are not assumed', () => {
    rejects({ kind: 'limit', expression: div(mul(a, pw(x, 2)), add(x, n('1'))), variable: 'x', at: '+infinity', value: '+infinity' });
    rejects({ kind: 'limit', expression: div(x, add(mul(pw(a, 2), x), n('1'))), variable: 'x', at: '+infinity', value: div(n('1'), pw(a, 2)) });
    rejects({ kind: 'limit', expression: div(exp(x), x), variable: 'x', at: '+infinity', value: n('0') });
    rejects({ kind: 'limit', expression: div(n('-1'), x), variable: 'x', at: '0+', value: '+infinity' });
    rejects({ kind: 'limit', expression: mul(x, ln(a)), variable: 'x', at: '+infinity', value: '+infinity', positiveSymbols: ['a'] });
    rejects({ kind: 'limit', expression: x, variable: 'x', at: '+infinity', value: x });
  });

  it('chain rule: the inner variable may not occur in the outer function, nor the outer one in the inner', () => {
    rejects({ kind: 'chain-rule', outer: link(mul(h, w), 'h', w), inner: link(mul(w, x), 'w', x) });
    rejects({ kind: 'chain-rule', outer: link(pw(h, 2), 'h', mul(n('2'), h)), inner: link(mul(w, h), 'w', h) });
    rejects({ kind: 'chain-rule', outer: link(pw(h, 2), 'h', mul(n('2'), h)), inner: link(pw(h, 2), 'h', mul(n('2'), h)) });
    rejects({ kind: 'chain-rule', outer: link(mul(s('r'), h), 'h', s('r')), inner: link(mul(w, s('r')), 'w', s('r')), definitions: { r: 'w' } });
  });

  it('sum of squares: weights must be positive rationals', () => {
    rejects({ kind: 'sum-of-squares', expression: n('1'), lowerBound: n('1'), terms: [{ weight: '0', form: x }] });
    rejects({ kind: 'sum-of-squares', expression: add(n('1'), neg(pw(x, 2))), lowerBound: n('1'), terms: [{ weight: '-1', form: x }] });
    rejects({ kind: 'sum-of-squares', expression: add(n('1'), neg(pw(x, 2))), lowerBound: n('1'), terms: [{ weight: '1/-1', form: x }] });
  });

  it('exact evaluation: undefined subexpressions are caught even when a simplified form is defined', () => {
    rejects({ kind: 'exact-evaluation', expression: div(x, x), points: [{ at: { x: '0' }, value: '1' }] });
    rejects({ kind: 'exact-evaluation', expression: mul(n('0'), div(n('1'), x)), points: [{ at: { x: '0' }, value: '0' }] });
    rejects({ kind: 'exact-evaluation', expression: add(x, div(n('1'), y)), differentiate: ['x'], points: [{ at: { x: '0', y: '0' }, value: '1' }] });
    rejects({ kind: 'exact-evaluation', expression: exp(x), points: [{ at: { x: '0' }, value: '1' }] });
  });

  it('malformed trees and prototype keys are rejected without throwing', () => {
    const cyclic: J = { op: 'neg' };
    cyclic.arg = cyclic;
    for (const lhs of [
      null,
      cyclic,
      JSON.parse('{"op":"__proto__"}'),
      { op: 'toString' },
      JSON.parse('{"op":"num","value":"1","__proto__":{"x":1}}'),
      s('__proto__'),
      s('e'),
      n('1/0'),
      pw(x, 1.5),
      pw(x, Number.POSITIVE_INFINITY),
      { op: 'add', args: { length: 1, 0: x } },
    ]) {
      rejects({ kind: 'identity', lhs, rhs: x } as Certificate);
    }
    rejects({ kind: 'exact-evaluation', expression: x, points: [{ at: JSON.parse('{"x":"1","__proto__":"2"}'), value: '1' }] });
    rejects({ kind: 'chain-rule', outer: link(pw(h, 2), 'h', mul(n('2'), h)), inner: link(mul(w, s('r')), 'w', s('r')), definitions: JSON.parse('{"__proto__":"x"}') });
    expect(check({ kind: 'identity', lhs: s('constructor'), rhs: s('constructor') }).ok).toBe(true);
  });
});
