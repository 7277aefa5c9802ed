import { describe, expect, it } from 'vitest';
import { contourLines, contourPlot, type ContourPlotSpec } from '../../src/report/svg/contour.js';
import { assertWellFormedSvg } from '../../src/report/svg/wellformed.js';

/** grid[j][i] = f(x_i, y_j) on n × n points over [lo, hi]². */
function sample(f: (x: number, y: number) => number, n: number, lo: number, hi: number): number[][] {
  const at = (k: number): number => lo + ((hi - lo) * k) / (n - 1);
  return Array.from({ length: n }, (_, j) => Array.from({ length: n }, (_, i) => f(at(i), at(j))));
}

const unit = { min: -2, max: 2 };

describe('contourLines', () => {
  it('traces a circle as one closed curve close to the true radius', () => {
    const lines = contourLines(sample((x, y) => x * x + y * y, 41, -2, 2), unit, unit, 1);
    expect(lines.length).toBe(1);
    const [c] = lines;
    expect(c[0]).toEqual(c[c.length - 1]);
    expect(c.length).toBeGreaterThan(40);
    for (const [x, y] of c) expect(Math.abs(Math.hypot(x, y) - 1)).toBeLessThan(0.01);
  });

  it('is exact on a linear field, and puts row j at y_j and column i at x_i', () => {
    const lines = contourLines(sample((x) => x, 5, -2, 2), unit, unit, 0.3);
    expect(lines.length).toBe(1);
    const ys = lines[0].map(([x, y]) => {
      expect(x).toBeCloseTo(0.3, 12);
      return y;
    });
    expect(Math.min(...ys)).toBe(-2);
    expect(Math.max(...ys)).toBe(2);
  });

  it('resolves saddle cells by the mean of the corners', () => {
    const saddle = [
      [1, 0],
      [0, 1],
    ];
    const r = { min: 0, max: 1 };
    const sorted = (ls: [number, number][][]): string[] => ls.map((l) => JSON.stringify([...l].sort())).sort();
    // mean 0.5 ≥ 0.5: the high corners (0,0) and (1,1) connect, so the lines cut off the low corners (1,0) and (0,1).
    expect(sorted(contourLines(saddle, r, r, 0.5) as [number, number][][])).toEqual(sorted([[[0.5, 0], [1, 0.5]], [[0.5, 1], [0, 0.5]]]));
    // mean 0.5 < 0.6: the low corners connect, so the lines cut off the high corners.
    const cut = contourLines(saddle, r, r, 0.6).map((l) => l.map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]));
    expect(sorted(cut as [number, number][][])).toEqual(sorted([[[0, 0.4], [0.4, 0]], [[1, 0.6], [0.6, 1]]]));
  });

  it('returns nothing for a level the field never crosses', () => {
    expect(contourLines(sample((x, y) => x + y, 5, -2, 2), unit, unit, 100)).toEqual([]);
  });

  it('rejects non-finite values, ragged and degenerate grids', () => {
    expect(() => contourLines([[0, NaN], [1, 1]], unit, unit, 0.5)).toThrow(RangeError);
    expect(() => contourLines([[0, Infinity], [1, 1]], unit, unit, 0.5)).toThrow(RangeError);
    expect(() => contourLines([[0, 1], [1]], unit, unit, 0.5)).toThrow(RangeError);
    expect(() => contourLines([[0, 1]], unit, unit, 0.5)).toThrow(RangeError);
    expect(() => contourLines([[0, 1], [1, 0]], unit, unit, NaN)).toThrow(RangeError);
  });
});

describe('contourPlot', () => {
  const spec: ContourPlotSpec = {
    title: 'loss contours',
    x: { label: 'w1', min: -10, max: 10 },
    y: { label: 'w2', min: -10, max: 10 },
    grid: sample((x, y) => Math.log10(1 + (x * x - 4) ** 2 + (y - x / 2) ** 2), 61, -10, 10),
    levels: [0.5, 1, 1.5, 2, 3],
    labelledLevels: [0.5, 2],
    markers: [
      { x: 2, y: 1, label: 'zero A' },
      { x: -2, y: -1, label: 'zero B' },
    ],
  };

  it('draws one path per crossed level, labels only the chosen levels, and marks the points', () => {
    const svg = contourPlot(spec);
    assertWellFormedSvg(svg);
    expect(svg.match(/stroke="#0072B2" stroke-width="1.2"/g)!.length).toBe(5);
    const labels = [...svg.matchAll(/font-size="10" fill="#0072B2">([^<]+)</g)].map((m) => m[1]);
    expect(labels).toEqual(['0.5', '2']);
    expect(svg).toContain('>zero A</text>');
    expect(svg).toContain('>zero B</text>');
  });

  it('is byte-for-byte deterministic', () => {
    expect(contourPlot(structuredClone(spec))).toBe(contourPlot(spec));
  });

  it('rejects log axes and markers outside the axes', () => {
    expect(() => contourPlot({ ...spec, x: { ...spec.x, scale: 'log10-values' } })).toThrow(/linear/);
    expect(() => contourPlot({ ...spec, markers: [{ x: 20, y: 0, label: 'far' }] })).toThrow(/outside/);
  });
});
