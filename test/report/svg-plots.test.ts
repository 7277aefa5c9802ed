import { describe, expect, it } from 'vitest';
import { linePlot, stackedLinePlot, type LinePlotSpec } from '../../src/report/svg/line-plot.js';
import { assertWellFormedSvg } from '../../src/report/svg/wellformed.js';
import { fmt, MAX_SVG_BYTES } from '../../src/report/svg/xml.js';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The plot rectangles (frames) of a figure, top to bottom. */
function frames(svg: string): Box[] {
  const re = /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="none" stroke="#333333"\/>/g;
  return [...svg.matchAll(re)].map((m) => {
    const [x, y, w, h] = m.slice(1).map(Number);
    return { x0: x, y0: y, x1: x + w, y1: y + h };
  });
}

/** Centres of the round dots drawn in `color` (legend swatches included). */
function dotsOf(svg: string, color: string): [number, number][] {
  const re = new RegExp(`<path d="([^"]*)" fill="none" stroke="${color}" stroke-width="6" stroke-linecap="round"/>`, 'g');
  return [...svg.matchAll(re)].flatMap((m) => [...m[1].matchAll(/M([\d.-]+) ([\d.-]+)h0/g)].map((d) => [Number(d[1]), Number(d[2])] as [number, number]));
}

/** All coordinate pairs of the stroked data lines drawn in `color`. */
function lineCoords(svg: string, color: string): [number, number][] {
  const re = new RegExp(`<path d="([^"]*)" fill="none" stroke="${color}" stroke-width="2"`, 'g');
  return [...svg.matchAll(re)].flatMap((m) => [...m[1].matchAll(/([\d.-]+) ([\d.-]+)/g)].map((p) => [Number(p[1]), Number(p[2])] as [number, number]));
}

const BLUE = '#0072B2';
const base: LinePlotSpec = {
  title: 'base',
  x: { label: 'x', min: 0, max: 10 },
  y: { label: 'y', min: 0, max: 100 },
  series: [{ label: 'pts', style: 'markers', points: [[0, 0], [2.5, 25], [10, 100]] }],
};

describe('linePlot mapping', () => {
  it('maps data points linearly onto the plot rectangle (y upwards)', () => {
    const svg = linePlot(base);
    assertWellFormedSvg(svg);
    const [f] = frames(svg);
    const px = (x: number, y: number): [number, number] => [Number(fmt(f.x0 + (x / 10) * (f.x1 - f.x0))), Number(fmt(f.y1 - (y / 100) * (f.y1 - f.y0)))];
    const inPlot = dotsOf(svg, BLUE).filter(([, y]) => y >= f.y0 && y <= f.y1);
    expect(inPlot).toEqual([px(0, 0), px(2.5, 25), px(10, 100)]);
  });

  it('places log10 decades evenly and at their values', () => {
    const svg = linePlot({ ...base, y: { label: 'y', min: -330, max: 0, scale: 'log10-values' } });
    const [f] = frames(svg);
    const ticks = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)" text-anchor="end">10<tspan dy="-5" font-size="9">([^<]+)<\/tspan><\/text>/g)];
    expect(ticks.map((t) => t[2])).toEqual(['\u2212300', '\u2212250', '\u2212200', '\u2212150', '\u2212100', '\u221250', '0']);
    const ys = ticks.map((t) => Number(t[1]) - 4);
    const gaps = ys.slice(1).map((y, i) => y - ys[i]);
    for (const g of gaps) expect(Math.abs(g - gaps[0])).toBeLessThanOrEqual(0.02);
    expect(ys[0]).toBeCloseTo(f.y1 - (30 / 330) * (f.y1 - f.y0), 1);
  });

  it('draws y = −Infinity (exact zeros) on the "= 0" band below a log10 axis, and breaks lines there', () => {
    const svg = linePlot({
      ...base,
      y: { label: 'y', min: -400, max: 0, scale: 'log10-values', zeroBand: true },
      series: [{ label: 'f64', style: 'line', points: [[0, -1], [4, -300], [5, -Infinity], [6, -Infinity], [8, -350], [10, -390]] }],
    });
    assertWellFormedSvg(svg);
    expect(svg).toContain('>= 0</text>');
    const band = /<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" fill="#f2f2f2"/.exec(svg)!;
    const centre = Number(band[1]) + Number(band[2]) / 2;
    const zeros = dotsOf(svg, BLUE).filter(([, y]) => y > frames(svg)[0].y1);
    expect(zeros.length).toBe(2);
    for (const [, y] of zeros) expect(y).toBeCloseTo(centre, 2);
    expect(/stroke="#0072B2" stroke-width="2"[^>]*/.test(svg)).toBe(true);
    const d = /<path d="([^"]*)" fill="none" stroke="#0072B2" stroke-width="2"/.exec(svg)![1];
    expect(d.match(/M/g)!.length).toBe(2);
  });

  it('clips lines to the axes', () => {
    const svg = linePlot({ ...base, series: [{ label: 'l', style: 'line', points: [[-5, 20], [5, 150], [15, -50]] }] });
    const [f] = frames(svg);
    const coords = lineCoords(svg, BLUE);
    expect(coords.length).toBeGreaterThan(0);
    for (const [x, y] of coords) {
      expect(x).toBeGreaterThanOrEqual(f.x0 - 0.01);
      expect(x).toBeLessThanOrEqual(f.x1 + 0.01);
      expect(y).toBeGreaterThanOrEqual(f.y0 - 0.01);
      expect(y).toBeLessThanOrEqual(f.y1 + 0.01);
    }
  });
});

describe('linePlot input rules', () => {
  const withPoint = (p: [number, number]): LinePlotSpec => ({ ...base, series: [{ label: 's', style: 'line', points: [[1, 1], p] }] });
  it('rejects NaN, infinite x, +Infinity y, and −Infinity y without a zero band', () => {
    for (const p of [[NaN, 1], [1, NaN], [Infinity, 1], [1, Infinity], [1, -Infinity]] as [number, number][]) {
      expect(() => linePlot(withPoint(p)), String(p)).toThrow(RangeError);
    }
  });
  it('rejects markers outside the axes instead of hiding them', () => {
    expect(() => linePlot({ ...base, markers: [{ x: 11, y: 1, label: 'min' }] })).toThrow(/outside the axes/);
  });
  it('rejects empty or inverted axes, sub-decade log axes and zero bands on linear axes', () => {
    expect(() => linePlot({ ...base, x: { label: 'x', min: 1, max: 1 } })).toThrow(RangeError);
    expect(() => linePlot({ ...base, y: { label: 'y', min: -0.5, max: 0, scale: 'log10-values' } })).toThrow(/decade/);
    expect(() => linePlot({ ...base, y: { label: 'y', min: 0, max: 1, zeroBand: true } })).toThrow(/zeroBand/);
  });
});

describe('linePlot output', () => {
  it('is byte-for-byte deterministic and uses no ids', () => {
    const spec: LinePlotSpec = { ...base, series: [...base.series, { label: 'sq', style: 'line+markers', dash: true, points: [[1, 1], [2, 4], [3, 9]] }] };
    const a = linePlot(spec);
    expect(linePlot(structuredClone(spec))).toBe(a);
    expect(a).not.toMatch(/\bid=/);
  });

  it('escapes text and lists every labelled series in the legend', () => {
    const svg = linePlot({ ...base, title: 'L & <R>', series: [{ label: 'a<b & c', style: 'markers', points: [[1, 1]] }, { label: '', style: 'line', points: [[1, 1], [2, 2]] }] });
    assertWellFormedSvg(svg);
    expect(svg).toContain('>a&lt;b &amp; c</text>');
    expect(svg).toContain('<title>L &amp; &lt;R&gt;</title>');
    expect(svg.match(/<text x="[\d.]+" y="[\d.]+">/g)!.length).toBe(1); // one legend text: the unlabelled series has none
  });

  it('decimates a 200 000-point line and dense markers under the size budget', () => {
    const n = 200_000;
    const pts = Array.from({ length: n }, (_, i) => [(10 * i) / (n - 1), 50 + 40 * Math.sin(i / 5000)] as [number, number]);
    const svg = linePlot({ ...base, series: [{ label: 'sin', style: 'line', points: pts }, { label: 'dots', style: 'markers', points: pts }] });
    assertWellFormedSvg(svg);
    expect(Buffer.byteLength(svg)).toBeLessThan(MAX_SVG_BYTES);
    expect(lineCoords(svg, BLUE).length).toBeLessThan(500);
    const dots = dotsOf(svg, '#D55E00');
    expect(new Set(dots.map(([x, y]) => `${Math.round(x)},${Math.round(y)}`)).size).toBe(dots.length);
    expect(dots.length).toBeLessThan(n / 40);
  });

  it('refuses output over the budget rather than writing a huge file', () => {
    const scatter = Array.from({ length: 20_000 }, (_, i) => [(i * 7919) % 10_007 / 1000.7, ((i * 104_729) % 10_009) / 100.09] as [number, number]);
    expect(() => linePlot({ ...base, series: [{ label: 's', style: 'markers', points: scatter }] })).toThrow(/budget/);
  });

  it('draws bars from zero to the value on an integer axis', () => {
    const svg = linePlot({ ...base, x: { label: 'iteration', min: -0.5, max: 3.5, integer: true }, y: { label: 'digits', min: 0, max: 40 }, series: [{ label: 'digits', style: 'bars', points: [[0, 1], [1, 3], [2, 10], [3, 40]] }] });
    const [f] = frames(svg);
    const bars = [.../<path d="([^"]*)" fill="#0072B2" fill-opacity="0.85"\/>/.exec(svg)![1].matchAll(/M[\d.]+ ([\d.]+)V([\d.]+)/g)];
    expect(bars.map((b) => Number(b[1]))).toEqual([f.y1, f.y1, f.y1, f.y1]);
    expect(Number(bars[2][2])).toBeCloseTo(f.y1 - (10 / 40) * (f.y1 - f.y0), 1);
    const xLabels = [...svg.matchAll(/text-anchor="middle">([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(xLabels.slice(0, 4)).toEqual(['0', '1', '2', '3']);
  });
});

describe('stackedLinePlot', () => {
  it('stacks panels top to bottom with their own axes', () => {
    const panel = { x: base.x, y: base.y, series: base.series, height: 250 };
    const svg = stackedLinePlot({ title: 'L and L′', panels: [panel, { ...panel, markers: [{ x: 5, y: 0, label: "L'(w*) = 0" }] }] });
    assertWellFormedSvg(svg);
    const [top, bottom] = frames(svg);
    expect(top.y1).toBeLessThan(bottom.y0);
    expect(svg).toContain('height="530"');
    expect(svg).toContain("L'(w*) = 0");
  });
});
