import { describe, expect, it } from 'vitest';
import { assertWellFormedSvg } from '../../src/report/svg/wellformed.js';
import { el, escapeText, fmt, formatValue, MAX_SVG_BYTES, svgDocument } from '../../src/report/svg/xml.js';

describe('fmt', () => {
  it('prints at most two decimals without trailing zeros or negative zero', () => {
    expect([12.5, 12, 0.125, 1 / 3, -0.001, -0, 1e-9, -2.345].map(fmt)).toEqual(['12.5', '12', '0.13', '0.33', '0', '0', '0', '-2.35']);
  });
  it('rejects non-finite coordinates', () => {
    for (const v of [NaN, Infinity, -Infinity]) expect(() => fmt(v)).toThrow(RangeError);
  });
});

describe('escaping', () => {
  it('escapes &, < and > in text and also quotes in attributes', () => {
    expect(escapeText('a<b & c>d')).toBe('a&lt;b &amp; c&gt;d');
    expect(el('text', { 'data-x': 'say "a<b"', y: 1.005, skip: undefined }, escapeText('x&y'))).toBe('<text data-x="say &quot;a&lt;b&quot;" y="1">x&amp;y</text>');
  });
});

describe('formatValue', () => {
  it('uses 3 significant digits in [1e-3, 1e5) and short exponents outside, with a true minus sign', () => {
    expect([0, 0.5, 1234.5, -0.00123, 123456, 1.5e-7, 1e-300].map(formatValue)).toEqual(['0', '0.5', '1230', '\u22120.00123', '1.23e5', '1.5e\u22127', '1e\u2212300']);
  });
});

describe('svgDocument', () => {
  it('is well-formed, titled and escaped', () => {
    const svg = svgDocument(100, 50, 'L & <loss>', []);
    assertWellFormedSvg(svg);
    expect(svg).toContain('<title>L &amp; &lt;loss&gt;</title>');
    expect(svg).toContain('viewBox="0 0 100 50"');
  });
  it('refuses documents over the byte budget', () => {
    const big = [el('desc', {}, 'x'.repeat(MAX_SVG_BYTES))];
    expect(() => svgDocument(100, 50, 't', big)).toThrow(/budget/);
  });
});

describe('assertWellFormedSvg', () => {
  const ok = (inner: string): string =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><title>t</title>${inner}</svg>\n`;
  it('accepts a minimal figure with entities and comments', () => {
    expect(() => assertWellFormedSvg(ok('<!-- c --><text x="1">a &amp; b &#916; &#x394;</text><g/>'))).not.toThrow();
  });
  it.each([
    ['unclosed element', ok('<g>')],
    ['mismatched end tag', ok('<g></text>')],
    ['bare ampersand', ok('<text>a & b</text>')],
    ['unknown entity', ok('<text>&nbsp;</text>')],
    ['raw < in attribute', ok('<g id="a<b"/>')],
    ['duplicate attribute', ok('<g id="a" id="b"/>')],
    ['unquoted attribute', ok('<g id=a/>')],
    ['second root', ok('') + '<svg/>'],
    ['text after root', ok('') + 'junk'],
    ['no namespace', '<svg viewBox="0 0 1 1"><title>t</title></svg>'],
    ['no viewBox', '<svg xmlns="http://www.w3.org/2000/svg"><title>t</title></svg>'],
    ['no title', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><g/></svg>'],
    ['not svg', '<html xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><title>t</title></html>'],
  ])('rejects %s', (_, doc) => {
    expect(() => assertWellFormedSvg(doc)).toThrow();
  });
});
