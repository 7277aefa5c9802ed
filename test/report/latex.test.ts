import { describe, expect, it } from 'vitest';
import { abbreviateSigmoid, DISPLAY_BUDGET_EX, estimateWidth, fitDisplay, nameLargeParts } from '../../src/report/latex.js';
import { COLUMN_PX, typesetWidth } from './github-render.js';


const CERT = '\\frac{\\partial}{\\partial w_{1}} \\left[ \\frac{1}{2} \\left(t - \\frac{1}{1 + e^{-\\left(w_{1} x_{1} + w_{2} x_{2} + w_{3} x_{3}\\right)}}\\right)^{2} \\right] \\equiv -\\left(t - \\frac{1}{1 + e^{-\\left(w_{1} x_{1} + w_{2} x_{2} + w_{3} x_{3}\\right)}}\\right) \\frac{1}{1 + e^{-\\left(w_{1} x_{1} + w_{2} x_{2} + w_{3} x_{3}\\right)}} \\left(1 - \\frac{1}{1 + e^{-\\left(w_{1} x_{1} + w_{2} x_{2} + w_{3} x_{3}\\right)}}\\right) x_{1}';

describe('fitDisplay', () => {
  it('leaves a display that fits unchanged', () => {
    expect(fitDisplay('\\frac{d}{dh} s(h) = s(h)(1 - s(h))')).toBe('\\frac{d}{dh} s(h) = s(h)(1 - s(h))');
  });

  it('breaks a long display into aligned lines that MathJax typesets within the column, keeping every symbol', () => {
    const long = `L(w) = ${Array.from({ length: 40 }, (_, i) => `a_{${i}} w^{${i}}`).join(' + ')} \\quad\\text{for every real } w \\text{ and every choice of the coefficients}`;
    expect(typesetWidth(long, true)).toBeGreaterThan(COLUMN_PX);
    const fitted = fitDisplay(long);
    expect(fitted).toMatch(/^\\begin\{aligned\}\n&L\(w\) = /);
    expect(typesetWidth(fitted, true)).toBeLessThanOrEqual(COLUMN_PX);
    const strip = (t: string) => t.replace(/\\begin\{aligned\}|\\end\{aligned\}|\\\\|&|\\qquad|\{\}|\\text\{|\}|\\quad|\s/g, '');
    expect(strip(fitted)).toBe(strip(long));
  });

  it('keeps the rows of an aligned display and breaks only the long ones', () => {
    const row = Array.from({ length: 30 }, (_, i) => `b_{${i}}`).join(' + ');
    const fitted = fitDisplay(`\\begin{aligned}\n&x = 1\\\\\n&y = ${row}\n\\end{aligned}`);
    const lines = fitted.split('\\\\\n');
    expect(lines[0]).toBe('\\begin{aligned}\n&x = 1');
    expect(lines.length).toBeGreaterThan(2);
    expect(typesetWidth(fitted, true)).toBeLessThanOrEqual(COLUMN_PX);
  });

  it('closes and reopens \\left groups it breaks inside, so the result still typesets', () => {
    const inside = `\\left(${Array.from({ length: 40 }, (_, i) => `c_{${i}}`).join(' + ')}\\right)^2`;
    const fitted = fitDisplay(inside);
    expect(fitted).toContain('\\right.');
    expect(fitted).toContain('\\left.');
    expect(typesetWidth(fitted, true)).toBeLessThanOrEqual(COLUMN_PX);
  });

  it('names numerators and denominators too wide for a line and defines them below', () => {
    const num = Array.from({ length: 25 }, (_, i) => `${i + 2} z^{${i}}`).join(' + ');
    const tex = `f(z) = \\frac{${num}}{z + 1}`;
    const { tex: named, definitions } = nameLargeParts(tex, DISPLAY_BUDGET_EX * 0.45);
    expect(named).toBe('f(z) = \\frac{P_{1}}{z + 1}');
    expect(definitions).toEqual([['P_{1}', num]]);
    const fitted = fitDisplay(tex);
    expect(fitted).toContain('\\text{where } P_{1} = 2 z^{0}');
    expect(typesetWidth(fitted, true)).toBeLessThanOrEqual(COLUMN_PX);
  });

  it('does not name with a letter the formula already uses', () => {
    const num = Array.from({ length: 25 }, (_, i) => `P z^{${i}}`).join(' + ');
    expect(nameLargeParts(`\\frac{${num}}{2}`, 10).definitions[0][0]).toBe('Q_{1}');
  });
});

describe('abbreviateSigmoid', () => {
  it('writes 1/(1 + e^{-u}) as s(u), names a repeated long argument h, and loses nothing', () => {
    const short = abbreviateSigmoid(CERT)!;
    expect(short.tex).toBe('\\frac{\\partial}{\\partial w_{1}} \\left[ \\frac{1}{2} \\left(t - s(h)\\right)^{2} \\right] \\equiv -\\left(t - s(h)\\right) s(h) \\left(1 - s(h)\\right) x_{1}');
    expect(short.where).toEqual(['s(u) = \\frac{1}{1 + e^{-u}}', 'h = w_{1} x_{1} + w_{2} x_{2} + w_{3} x_{3}']);
    const back = short.tex.split('s(h)').join('\\frac{1}{1 + e^{-\\left(w_{1} x_{1} + w_{2} x_{2} + w_{3} x_{3}\\right)}}');
    expect(back).toBe(CERT);
  });

  it('keeps an argument that is not one parenthesised group whole: e^{-(a + b) x} is s((a + b) x), not s(a + b)', () => {
    const tex = '\\frac{1}{1 + e^{-\\left(w_{1} + \\epsilon v_{1}\\right) x_{1}}} > 0';
    expect(abbreviateSigmoid(tex)!.tex).toBe('s\\left(\\left(w_{1} + \\epsilon v_{1}\\right) x_{1}\\right) > 0');
  });

  it('keeps a short argument in place', () => {
    expect(abbreviateSigmoid('\\frac{1}{1 + e^{-\\left(w x\\right)}} + \\frac{1}{1 + e^{-\\left(w x\\right)}}')!.tex).toBe('s\\left(w x\\right) + s\\left(w x\\right)');
  });

  it('declines when the formula already has a symbol s, or has no sigmoid', () => {
    expect(abbreviateSigmoid('s + \\frac{1}{1 + e^{-h}}')).toBeUndefined();
    expect(abbreviateSigmoid('\\frac{1}{2 + e^{-h}}')).toBeUndefined();
  });
});

describe('estimateWidth', () => {
  it('grows with the content and counts a fraction as its wider part', () => {
    expect(estimateWidth('a + b')).toBeLessThan(estimateWidth('a + b + c'));
    expect(estimateWidth('\\frac{abcdef}{g}')).toBeCloseTo(estimateWidth('abcdef') + 0.6, 5);
  });
});
