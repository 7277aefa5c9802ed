import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipPolyline, clipSegment, simplify, type Pt } from '../../src/report/svg/geometry.js';

const R = { x0: 0, y0: 0, x1: 10, y1: 10 };

function distanceToPolyline(p: Pt, line: readonly Pt[]): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1], line[i]];
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const l2 = dx * dx + dy * dy;
    const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2));
    best = Math.min(best, Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy));
  }
  return best;
}

describe('clipSegment', () => {
  it('cuts a crossing segment at the rectangle edges', () => {
    expect(clipSegment([-5, 5], [15, 5], R)).toEqual([[0, 5], [10, 5]]);
    expect(clipSegment([5, 5], [5, 20], R)).toEqual([[5, 5], [5, 10]]);
  });
  it('returns null for segments outside', () => {
    expect(clipSegment([-5, -5], [-1, 20], R)).toBeNull();
    expect(clipSegment([11, 0], [11, 10], R)).toBeNull();
  });
});

describe('clipPolyline', () => {
  it('splits a polyline that leaves and re-enters into two pieces', () => {
    const pieces = clipPolyline([[1, 1], [5, 20], [9, 1]], R);
    expect(pieces.length).toBe(2);
    for (const piece of pieces) for (const [x, y] of piece) expect(x >= 0 && x <= 10 && y >= 0 && y <= 10).toBe(true);
    expect(pieces[0][0]).toEqual([1, 1]);
    expect(pieces[1][1]).toEqual([9, 1]);
  });
  it('keeps an inside polyline as one piece', () => {
    expect(clipPolyline([[1, 1], [2, 3], [4, 4]], R)).toEqual([[[1, 1], [2, 3], [4, 4]]]);
  });
});

describe('simplify', () => {
  it('drops collinear points and keeps corners', () => {
    expect(simplify([[0, 0], [1, 0], [2, 0], [2, 1], [2, 2]], 0.25)).toEqual([[0, 0], [2, 0], [2, 2]]);
  });
  it('keeps every dropped point within the tolerance of the result', () => {
    const pt = fc.tuple(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: -100, max: 100, noNaN: true }));
    fc.assert(
      fc.property(fc.array(pt, { minLength: 2, maxLength: 60 }), (pts) => {
        const kept = simplify(pts, 0.25);
        expect(kept[0]).toBe(pts[0]);
        expect(kept[kept.length - 1]).toBe(pts[pts.length - 1]);
        for (const p of pts) expect(distanceToPolyline(p, kept)).toBeLessThanOrEqual(0.25 + 1e-9);
      }),
    );
  });
});
