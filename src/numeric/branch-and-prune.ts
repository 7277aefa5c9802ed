/**
 * Branch-and-prune: every zero of F in a box, certified. Boxes are bisected (exact rational midpoints, see
 * `box.ts`) until each is proved zero-free (`none`), proved to hold exactly one zero (`unique`, interval Newton
 * or Krawczyk), or the budget runs out (`unknown`). What is not returned is proved zero-free. This is search
 * code: its output is re-checked by the kernel checker `stationary-points`, which trusts none of it.
 */
import { Decimal } from 'decimal.js';
import { cmp, parseRational, sub, ZERO, type Rational } from '../algebra/rational.js';
import { bisect, type RationalBox } from './box.js';
import { hessianKind, type CriticalKind } from './inertia.js';
import type { Interval, IntervalContext } from './interval.js';
import { approximateInverse, excludesZero, zeroTest, type IntervalSystem } from './zeros.js';

/** A certified zero: F has exactly one zero in `isolation`, and it lies in the narrow `enclosure` (a subset). */
export interface FoundZero {
  isolation: Interval[];
  enclosure: Interval[];
}

/** A certified critical point (zero of a gradient) with the kind decided from the interval Hessian over its enclosure. */
export interface CriticalPoint extends FoundZero {
  kind: CriticalKind;
}

/**
 * The search tree in preorder: `S` = split at the midpoint of the widest side (left half first), `N` = no zero
 * (F excludes 0 or the zero test says none), `U<k>` = the box lies in zeros[k].isolation, `?` = undecided.
 */
export interface SearchResult<Z extends FoundZero = FoundZero> {
  tree: string;
  zeros: Z[];
  unknown: RationalBox[];
  /** Boxes examined (the budget counts these). */
  boxes: number;
  /** True iff no box was left undecided: then zeros lists every zero of F in the box, each exactly once. */
  complete: boolean;
}

/** How far a search has got: boxes examined (of the budget), boxes waiting, zeros certified so far. */
export interface SearchProgress {
  boxes: number;
  maxBoxes: number;
  pending: number;
  certified: number;
}

/** Search limits: boxes to examine, the narrowest box worth splitting, the enclosure width to reach; `onProgress` after each box. */
export interface SearchOptions {
  maxBoxes: number;
  minWidth: Rational;
  enclosureWidth: Decimal;
  onProgress?: (progress: SearchProgress) => void;
}

interface Node {
  box: RationalBox;
  code?: string;
  children?: [Node, Node];
}

/** Converts a rational box to the narrowest interval box containing it (outward-rounded ends). */
export function intervalBox(ic: IntervalContext, box: RationalBox): Interval[] {
  return box.map(([lo, hi]) => ({ lo: ic.fromRational(lo).lo, hi: ic.fromRational(hi).hi }));
}

function maxWidth(ic: IntervalContext, X: Interval[]): Decimal {
  return Decimal.max(...X.map((x) => ic.width(x)));
}

function subset(A: Interval[], B: Interval[]): boolean {
  return A.every((a, i) => a.lo.gte(B[i].lo) && a.hi.lte(B[i].hi));
}

function meets(A: Interval[], B: Interval[]): boolean {
  return A.every((a, i) => a.lo.lte(B[i].hi) && B[i].lo.lte(a.hi));
}

/** True iff the interval box X lies inside the rational box (exact comparison of the decimal ends). */
function insideRational(X: Interval[], box: RationalBox): boolean {
  return X.every((x, j) => cmp(parseRational(x.lo.toFixed()), box[j][0]) >= 0 && cmp(parseRational(x.hi.toFixed()), box[j][1]) <= 0);
}

/** The box c ± r in every coordinate, ends rounded outward. */
function around(ic: IntervalContext, c: Decimal[], r: Decimal): Interval[] {
  return c.map((ci) => ({ lo: ic.down.sub(ci, r), hi: ic.up.add(ci, r) }));
}

/**
 * Newton's method at the context's precision from the midpoint of Z (point evaluations of F and F', approximate
 * inverse): an approximation of the zero of Z, or null if an iterate leaves Z or the Jacobian is singular.
 */
function newtonPoint(ic: IntervalContext, sys: IntervalSystem, Z: Interval[], width: Decimal): Decimal[] | null {
  const D = ic.near;
  let x = Z.map((z) => ic.mid(z));
  for (let step = 0; step < 60; step++) {
    const thin = x.map((xi) => ic.point(xi));
    const C = approximateInverse(D, sys.jacobian(thin).map((row) => row.map((e) => ic.mid(e))));
    if (C === null) return null;
    const F = sys.value(thin).map((f) => ic.mid(f));
    const delta = C.map((row) => row.reduce((acc, c, j) => D.add(acc, D.mul(c, F[j])), new D(0)));
    x = x.map((xi, i) => D.sub(xi, delta[i]));
    if (!x.every((xi, i) => ic.contains(Z[i], xi))) return null;
    if (delta.every((d) => d.abs().mul(1000).lte(width))) break;
  }
  return x;
}

/**
 * A narrow box inside Z that provably holds the zero of Z: boxes of growing radius around Newton's approximation,
 * intersected with Z, until one passes the zero test (`unique`); Z itself when none does.
 */
export function tightEnclosure(ic: IntervalContext, sys: IntervalSystem, Z: Interval[], width: Decimal): Interval[] {
  const x = newtonPoint(ic, sys, Z, width);
  if (x === null) return Z;
  const scale = Decimal.max(1, ...x.map((xi) => xi.abs()));
  const floor = ic.near.mul(scale, ic.near.pow(10, 5 - ic.precision));
  for (let r = Decimal.max(floor, ic.near.div(width, 10)); r.lt(maxWidth(ic, Z)); r = r.mul(100)) {
    const Y = around(ic, x, r).map((y, i) => ic.intersect(y, Z[i]) as Interval);
    if (zeroTest(ic, sys, Y).status === 'unique') return Y;
  }
  return Z;
}

/**
 * Every zero of F in `box`, by branch-and-prune within `options.maxBoxes` boxes. Each returned zero is certified
 * (unique in its isolation box, inside its enclosure, enclosure inside `box`, enclosures pairwise disjoint);
 * when `complete`, the tree proves F has no other zero in `box`. Undecided boxes are listed in `unknown`.
 */
export function findZeros(ic: IntervalContext, sys: IntervalSystem, box: RationalBox, options: SearchOptions): SearchResult {
  const zeros: FoundZero[] = [];
  const unknown: RationalBox[] = [];
  const root: Node = { box };
  const queue: Node[] = [root];
  let boxes = 0;

  const register = (Z: Interval[]): number | null => {
    const Y = tightEnclosure(ic, sys, Z, options.enclosureWidth);
    if (!insideRational(Y, box)) return null;
    const k = zeros.findIndex((z) => meets(z.enclosure, Y));
    if (k < 0) {
      zeros.push({ isolation: Z, enclosure: Y });
      return zeros.length - 1;
    }
    const merged = Z.map((z, i) => ic.hull(z, zeros[k].isolation[i]));
    if (zeroTest(ic, sys, merged).status !== 'unique') return null;
    zeros[k].isolation = merged;
    return k;
  };

  const decide = (node: Node): string | null => {
    const X = intervalBox(ic, node.box);
    const covering = zeros.findIndex((z) => subset(X, z.isolation));
    if (covering >= 0) return `U${covering}`;
    if (excludesZero(ic, sys.value(X))) return 'N';
    const test = zeroTest(ic, sys, X);
    if (test.status === 'none') return 'N';
    if (test.status === 'unique') {
      const k = register(X);
      if (k !== null) return `U${k}`;
    } else if (test.contracted !== null && maxWidth(ic, test.contracted).lt(maxWidth(ic, X).div(4))) {
      // A zero on or near a face of X: try a box twice as wide centred on the contraction.
      const Z = around(ic, test.contracted.map((c) => ic.mid(c)), maxWidth(ic, X).mul(1.5));
      if (zeroTest(ic, sys, Z).status === 'unique') {
        const k = register(Z);
        if (k !== null && subset(X, zeros[k].isolation)) return `U${k}`;
      }
    }
    return null;
  };

  for (let q = 0; q < queue.length; q++) {
    const node = queue[q];
    const widest = node.box.reduce((w, [lo, hi]) => (cmp(sub(hi, lo), w) > 0 ? sub(hi, lo) : w), ZERO);
    if (boxes >= options.maxBoxes) {
      node.code = '?';
    } else {
      boxes++;
      node.code = decide(node) ?? (cmp(widest, options.minWidth) < 0 ? '?' : undefined);
      options.onProgress?.({ boxes, maxBoxes: options.maxBoxes, pending: queue.length - q - 1 + (node.code === undefined ? 2 : 0), certified: zeros.length });
    }
    if (node.code === undefined) {
      const [left, right] = bisect(node.box);
      node.children = [{ box: left }, { box: right }];
      queue.push(...node.children);
    }
  }
  collapseUndecided(root);
  collectUndecided(root, unknown);
  return { tree: serialize(root), zeros, unknown, boxes, complete: unknown.length === 0 };
}

/** Merges every subtree whose leaves are all undecided into one undecided leaf; true iff `node` is then one. */
function collapseUndecided(node: Node): boolean {
  if (node.children) {
    const [left, right] = node.children.map(collapseUndecided);
    if (left && right) {
      node.children = undefined;
      node.code = '?';
    }
  }
  return node.code === '?';
}

function collectUndecided(node: Node, unknown: RationalBox[]): void {
  if (node.code === '?') unknown.push(node.box);
  else node.children?.forEach((child) => collectUndecided(child, unknown));
}

function serialize(root: Node): string {
  const out: string[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.children) {
      out.push('S');
      stack.push(node.children[1], node.children[0]);
    } else {
      out.push(node.code as string);
    }
  }
  return out.join('');
}

/** The critical points of L in `box` from its gradient system (F = grad L, F' = Hess L), each with its kind. */
export function findCriticalPoints(
  ic: IntervalContext,
  gradient: IntervalSystem,
  box: RationalBox,
  options: SearchOptions,
): SearchResult<CriticalPoint> {
  const result = findZeros(ic, gradient, box, options);
  const zeros = result.zeros.map((z) => ({ ...z, kind: hessianKind(ic, gradient.jacobian(z.enclosure)) }));
  return { ...result, zeros };
}
