/**
 * Boxes with exact rational ends, and their bisection: the geometry of branch-and-prune. The search and the
 * kernel checker split boxes with the same rule, so a checker re-derives every box of a search tree exactly.
 */
import { add, cmp, div, rat, sub, type Rational } from '../algebra/rational.js';

/** A box [lo_1, hi_1] x ... x [lo_d, hi_d] with exact rational ends, lo_j <= hi_j. */
export type RationalBox = [Rational, Rational][];

/** [-b, b]^d, the search box of `--box b` (b > 0). */
export function symmetricBox(b: Rational, d: number): RationalBox {
  return Array.from({ length: d }, () => [{ num: -b.num, den: b.den }, b] as [Rational, Rational]);
}

/** The coordinate a box is split along: the widest one, the lowest index among equally wide ones. */
export function splitDimension(box: RationalBox): number {
  let best = 0;
  for (let j = 1; j < box.length; j++) {
    if (cmp(sub(box[j][1], box[j][0]), sub(box[best][1], box[best][0])) > 0) best = j;
  }
  return best;
}

/** The two halves of a box cut at the exact midpoint of its `splitDimension`: [left, right], covering it. */
export function bisect(box: RationalBox): [RationalBox, RationalBox] {
  const j = splitDimension(box);
  const m = div(add(box[j][0], box[j][1]), rat(2n));
  const left = box.map((c, k) => (k === j ? [c[0], m] : c) as [Rational, Rational]);
  const right = box.map((c, k) => (k === j ? [m, c[1]] : c) as [Rational, Rational]);
  return [left, right];
}

/** True iff box a lies inside box b (closed boxes, exact comparison). */
export function boxSubset(a: RationalBox, b: RationalBox): boolean {
  return a.every((c, j) => cmp(c[0], b[j][0]) >= 0 && cmp(c[1], b[j][1]) <= 0);
}
