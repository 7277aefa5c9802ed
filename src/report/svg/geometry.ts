/**
 * Plane geometry for polylines: clipping to a rectangle and size-bounding simplification.
 */

/** A point [x, y]. */
export type Pt = readonly [number, number];

/** An axis-aligned rectangle x0 ≤ x ≤ x1, y0 ≤ y ≤ y1. */
export interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The part of segment p→q inside `r` (Liang–Barsky), or null; an endpoint inside `r` is returned as the same object. */
export function clipSegment(p: Pt, q: Pt, r: Rect): [Pt, Pt] | null {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, p[0] - r.x0],
    [dx, r.x1 - p[0]],
    [-dy, p[1] - r.y0],
    [dy, r.y1 - p[1]],
  ];
  for (const [den, num] of edges) {
    if (den === 0) {
      if (num < 0) return null;
      continue;
    }
    const t = num / den;
    if (den < 0) {
      if (t > t1) return null;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return null;
      if (t < t1) t1 = t;
    }
  }
  const a: Pt = t0 === 0 ? p : [p[0] + t0 * dx, p[1] + t0 * dy];
  const b: Pt = t1 === 1 ? q : [p[0] + t1 * dx, p[1] + t1 * dy];
  return [a, b];
}

/** The visible pieces of polyline `pts` inside `r`, in order; consecutive visible segments are joined into one piece. */
export function clipPolyline(pts: readonly Pt[], r: Rect): Pt[][] {
  const pieces: Pt[][] = [];
  let piece: Pt[] = [];
  for (let i = 1; i < pts.length; i++) {
    const seg = clipSegment(pts[i - 1], pts[i], r);
    if (seg === null) continue;
    if (piece.length > 0 && piece[piece.length - 1] === seg[0]) piece.push(seg[1]);
    else {
      if (piece.length > 0) pieces.push(piece);
      piece = [seg[0], seg[1]];
    }
  }
  if (piece.length > 0) pieces.push(piece);
  return pieces;
}

function distanceToSegment(p: Pt, a: Pt, b: Pt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Ramer–Douglas–Peucker: a subsequence of `pts` keeping both ends, every dropped point within `tol` of the kept polyline. */
export function simplify(pts: readonly Pt[], tol: number): Pt[] {
  if (pts.length < 3) return [...pts];
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack: [number, number][] = [[0, pts.length - 1]];
  while (stack.length > 0) {
    const [lo, hi] = stack.pop()!;
    let worst = -1;
    let worstDist = tol;
    for (let i = lo + 1; i < hi; i++) {
      const d = distanceToSegment(pts[i], pts[lo], pts[hi]);
      if (d > worstDist) {
        worst = i;
        worstDist = d;
      }
    }
    if (worst < 0) continue;
    keep[worst] = 1;
    stack.push([lo, worst], [worst, hi]);
  }
  return pts.filter((_, i) => keep[i] === 1);
}
