import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, decodeExpr, div, exp, ln, mul, neg, num, pow, sym, SymbolicError } from '../../src/symbolic/expr.js';
import { equivalent } from '../../src/symbolic/normal-form.js';
import { parseExpr } from '../../src/symbolic/parse.js';
import { symbolToLatex, toLatex, toText } from '../../src/symbolic/print.js';
import { attempt, exprArb } from './helpers.js';

const SEED = 314159;

describe('parseExpr', () => {
  it('reads the question’s loss as a tree with the usual precedence', () => {
    const e = parseExpr('1/2*(t - 1/(1+exp(-(w1*x1 + w2*x2))))^2');
    const s = div(num(1), add(num(1), exp(neg(add(mul(sym('w1'), sym('x1')), mul(sym('w2'), sym('x2')))))));
    expect(e).toEqual(mul(div(num(1), num(2)), pow(add(sym('t'), neg(s)), 2)));
  });

  it('binds unary minus below powers, powers to the right, and e^u as exp(u)', () => {
    expect(parseExpr('-x^2')).toEqual(neg(pow(sym('x'), 2)));
    expect(parseExpr('x^-1')).toEqual(pow(sym('x'), -1));
    expect(parseExpr('x^(-1)')).toEqual(pow(sym('x'), -1));
    expect(parseExpr('e^-h*x')).toEqual(mul(exp(neg(sym('h'))), sym('x')));
    expect(parseExpr('a/b/c')).toEqual(div(div(sym('a'), sym('b')), sym('c')));
    expect(parseExpr('a − b · c × λ')).toEqual(add(sym('a'), neg(mul(sym('b'), sym('c'), sym('λ')))));
    expect(parseExpr('0.25')).toEqual(num('1/4'));
    expect(parseExpr('ln(x_j)')).toEqual(ln(sym('x_j')));
  });

  it('names the position of every error', () => {
    const cases: [string, number, RegExp][] = [
      ['1/2*(t - 1', 10, /expected "\)"/],
      ['2x', 1, /write products with \*/],
      ['sin(x)', 0, /unknown function "sin"/],
      ['x^y', 2, /integer literal/],
      ['x^1.5', 2, /integer literal/],
      ['a)', 1, /unbalanced/],
      ['1 + $', 4, /unexpected character/],
      ['exp x', 4, /expected "\(" after exp/],
      ['', 0, /expected a number/],
      ['x^2000', 2, /larger than/],
    ];
    for (const [source, at, message] of cases) {
      const r = attempt(() => parseExpr(source));
      expect(r.ok, source).toBe(false);
      if (!r.ok) {
        expect(r.error, source).toBeInstanceOf(SyntaxError);
        expect((r.error as Error).message, source).toMatch(message);
        expect((r.error as Error).message, source).toContain(`at position ${at}\n`);
      }
    }
  });

  it('reads back what toText prints: the same text, an equivalent tree (property, fixed seed)', () => {
    fc.assert(
      fc.property(exprArb(true, 4), (e) => {
        const text = toText(e);
        const back = parseExpr(text);
        expect(toText(back)).toBe(text);
        const both = attempt(() => equivalent(back, e));
        if (both.ok) expect(both.value).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('toLatex', () => {
  it('prints the sigmoid, subscripts, Greek names and fractions as GitHub renders them', () => {
    expect(toLatex(parseExpr('1/(1 + exp(-h))'))).toBe('\\frac{1}{1 + e^{-h}}');
    expect(toLatex(parseExpr('w_1*x1 - lambda*x_j'))).toBe('w_{1} x_{1} - \\lambda x_{j}');
    expect(toLatex(parseExpr('2*3*x^(-2)'))).toBe('2 \\cdot 3 x^{-2}');
    expect(toLatex(parseExpr('-(a*b)'))).toBe('-a b');
    expect(toLatex(parseExpr('(e^h)^2 + ln(x)'))).toBe('\\left(e^{h}\\right)^{2} + \\ln\\left(x\\right)');
    expect(toLatex(num('-3/4'))).toBe('-\\frac{3}{4}');
    expect(symbolToLatex('λ')).toBe('\\lambda');
    expect(symbolToLatex('lr')).toBe('\\mathrm{lr}');
  });

  it('balances braces and \\left/\\right, and never uses \\operatorname (property, fixed seed)', () => {
    fc.assert(
      fc.property(exprArb(true, 4), (e) => {
        const s = toLatex(e);
        expect(s.split('{').length).toBe(s.split('}').length);
        expect(s.split('\\left').length).toBe(s.split('\\right').length);
        expect(s).not.toContain('operatorname');
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('decodeExpr', () => {
  it('copies valid trees and names the path of the first defect', () => {
    const e = parseExpr('1/(1 + exp(-h))');
    expect(decodeExpr(JSON.parse(JSON.stringify(e)))).toEqual(e);
    const bad: [unknown, RegExp][] = [
      [{ op: 'sin', arg: { op: 'sym', name: 'x' } }, /\$: unknown op "sin"/],
      [{ op: 'add', args: [{ op: 'num', value: 'one' }] }, /\$\.args\[0\]\.value/],
      [{ op: 'pow', base: { op: 'sym', name: 'x' }, exponent: 0.5 }, /\$\.exponent/],
      [{ op: 'pow', base: { op: 'sym', name: 'x' }, exponent: 10 ** 6 }, /\$\.exponent/],
      [{ op: 'sym', name: 'e' }, /\$\.name/],
      [{ op: 'sym', name: 'x y' }, /\$\.name/],
      [{ op: 'neg', arg: { op: 'sym', name: 'x' }, extra: 1 }, /unexpected field "extra"/],
      [null, /expected an expression/],
      [[1, 2], /expected an expression/],
    ];
    for (const [data, message] of bad) expect(() => decodeExpr(data), JSON.stringify(data)).toThrow(message);
  });

  it('refuses trees nested too deep or too large without overflowing the stack', () => {
    let deep: unknown = { op: 'sym', name: 'x' };
    for (let i = 0; i < 100_000; i++) deep = { op: 'neg', arg: deep };
    expect(() => decodeExpr(deep)).toThrow(SymbolicError);
    const wide = { op: 'add', args: Array.from({ length: 200_000 }, () => ({ op: 'num', value: '1' })) };
    expect(() => decodeExpr(wide)).toThrow(/more than/);
  });
});

describe('toLatex brackets the base of a power when it would misread', () => {
  it('brackets fractions and signed numbers, not symbols or sums already bracketed', () => {
    expect(toLatex(parseExpr('(a/b)^2'))).toBe('\\left(\\frac{a}{b}\\right)^{2}');
    expect(toLatex(parseExpr('(1/2)^3'))).toBe('\\left(\\frac{1}{2}\\right)^{3}');
    expect(toLatex(parseExpr('(-2)^2'))).toBe('\\left(-2\\right)^{2}');
    expect(toLatex(parseExpr('x^2'))).toBe('x^{2}');
    expect(toLatex(parseExpr('exp(h)^2'))).toBe('\\left(e^{h}\\right)^{2}');
  });
});
