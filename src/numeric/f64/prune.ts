/**
 * Branch-and-prune for the zeros of a gradient on float64 interval boxes: the fast, complete search of `analyze`.
 *
 * Per box X (centre c, enclosures g(X), H(X) of the gradient and Hessian from one pass over the data, g(c) at the
 * centre), in order: naive exclusion (a component of g(X) excludes 0); the mean-value form g(c) + H(X)(X − c);
 * preconditioned exclusion, rows of Y g(c) + (Y H(X))(X − c) with Y ≈ mid H(X)^−1 (0 ∉ a row proves no zero, since
 * Y g(x) = 0 at a zero x; this is what kills long valleys); Krawczyk's K(X) = c − Y g(c) + (I − Y H(X))(X − c):
 * K ∩ X empty proves no zero, K ⊂ int X exactly one, otherwise X shrinks to X ∩ K (every zero of X lies in K) and the
 * tests repeat while it shrinks; when H(X) is definite, g is injective on X (at most one zero) and a Krawczyk box
 * around Newton's point that passes proves X holds exactly that zero. Undecided boxes are bisected at the midpoint of
 * their widest side, the box with the least lower bound of the loss first (every fourth box: the widest pending one,
 * so that boxes no test decides cannot starve the rest). Theorems trusted: the mean value theorem,
 * Krawczyk's theorem, and that a C^1 map with positive (negative) definite symmetric derivative on a convex set is
 * injective. Arithmetic: f64/interval.ts and the Math.* assumption of f64/elementary.ts.
 */
import { approximateInverse, definiteness } from './matrix.js';
import { add, containsZero, inInterior, intersect, magnitude, midpoint, mul, point, sub, width, type F64Interval } from './interval.js';
import { nextDown, nextUp } from './round.js';
import { logZonotopeExcludesZero, zonotopeExcludesZero, type LogCoefficient } from './zonotope.js';

/** L, grad L and Hess L enclosed over a box. */
export interface F64Jets {
  loss: F64Interval;
  gradient: F64Interval[];
  hessian: F64Interval[][];
  /** Optional, per data point i: enclosures of φ_i = ℓ_i' and ψ_i = ℓ_i'' over the box (each times its multiplicity). */
  perPoint?: { slope: F64Interval[]; curvature: F64Interval[] };
}

/**
 * A linear form enclosing the directional derivatives v·g(x) of the gradient over a box X with centre c: for every
 * x ∈ X and every row v of the given matrix V, v·g(x) ∈ constant_v + Σ_k linear_vk (x_k − c_k) (intervals evaluated).
 */
export interface SecondOrderForm {
  constant: F64Interval[];
  linear: F64Interval[][];
}

/** The gradient system of a loss on float64 boxes: enclosures of L, grad L, Hess L in one pass; `smooth` as in zeros.ts. */
export interface F64System {
  dim: number;
  jets(X: F64Interval[]): F64Jets;
  /** True only when L is C^2 near X (the hypothesis of every test). */
  smooth(X: F64Interval[]): boolean;
  /** Optional, sharper than the mean-value form when the remainder is second order in the box's width (a Taylor form); null when X is too wide for it. */
  secondOrder?(X: F64Interval[], c: number[], V: number[][]): SecondOrderForm | null;
  /**
   * Optional: coefficients Φ_i and generators G_i with grad L(x) ∈ {Σ_i φ_i g_i : φ_i ∈ Φ_i, g_i ∈ G_i} for every
   * x ∈ X (a zonotope, per data point); `logCoefficients`, when not null, the same φ_i by sign and logarithm.
   * `jets` and `atCentre` are this system's jets over X and at its centre c (their per-point parts are reused).
   */
  slopes?(X: F64Interval[], c: number[], jets: F64Jets, atCentre: F64Jets): { coefficients: F64Interval[]; generators: F64Interval[][]; logCoefficients?: () => LogCoefficient[] | null };
}

/** A zero of the gradient proved unique in `isolation`, lying in the narrow `enclosure` (a subset). */
export interface F64Zero {
  isolation: F64Interval[];
  enclosure: F64Interval[];
}

/** A box left undecided and a rigorous lower bound of the loss on it. */
export interface F64Undecided {
  box: F64Interval[];
  lossLowerBound: number;
}

/** The search outcome: zeros (each unique in its isolation, isolations' zeros distinct), undecided boxes by increasing loss bound. */
export interface F64SearchResult {
  zeros: F64Zero[];
  undecided: F64Undecided[];
  /** Boxes examined (the budget counts these). */
  boxes: number;
  /** True iff no box was left undecided: then `zeros` are all the zeros in the box. */
  complete: boolean;
}

/** How far a search has got (the shape of branch-and-prune's SearchProgress). */
export interface F64Progress {
  boxes: number;
  maxBoxes: number;
  pending: number;
  certified: number;
}

/** Limits: boxes to examine; a box narrower than `minRelativeWidth` (default 2^−40) times the root's widest side is left undecided. */
export interface F64SearchOptions {
  maxBoxes: number;
  minRelativeWidth?: number;
  /** Optional: false only when the box X certainly lies outside the region asked about; such boxes are dropped unexamined (their zeros are not wanted). */
  meetsRegion?: (X: F64Interval[]) => boolean;
  onProgress?: (progress: F64Progress) => void;
}

type Decision = { kind: 'none' } | { kind: 'unique'; isolation: F64Interval[]; enclosure: F64Interval[] } | { kind: 'covered' } | { kind: 'split'; box: F64Interval[] };

function maxWidth(X: F64Interval[]): number {
  return Math.max(...X.map(width));
}

function subsetOf(A: F64Interval[], B: F64Interval[]): boolean {
  return A.every((a, i) => a.lo >= B[i].lo && a.hi <= B[i].hi);
}

function meets(A: F64Interval[], B: F64Interval[]): boolean {
  return A.every((a, i) => a.lo <= B[i].hi && B[i].lo <= a.hi);
}

/** Σ_j A_ij (X_j − c_j) added to b_i, for every row i (all intervals). */
function affine(b: F64Interval[], A: F64Interval[][], dX: F64Interval[]): F64Interval[] {
  return b.map((bi, i) => A[i].reduce((acc, Aij, j) => add(acc, mul(Aij, dX[j])), bi));
}

/** The point matrix Y applied to interval vectors / matrices. */
function times(Y: number[][], v: F64Interval[]): F64Interval[] {
  return Y.map((row) => row.reduce((acc, y, k) => add(acc, mul(point(y), v[k])), point(0)));
}

function timesMatrix(Y: number[][], H: F64Interval[][]): F64Interval[][] {
  const n = H.length;
  return Y.map((row) => Array.from({ length: n }, (_, j) => row.reduce((acc, y, k) => add(acc, mul(point(y), H[k][j])), point(0))));
}

/** The outcome of the Krawczyk operator on X: none, unique (K ⊂ int X) or the contraction X ∩ K. */
type KrawczykOutcome = { kind: 'none' } | { kind: 'unique'; K: F64Interval[] } | { kind: 'contract'; box: F64Interval[] };

/**
 * The preconditioned tests on X given g(c) and H(X): mean-value and preconditioned exclusion, then Krawczyk.
 * Y is the approximate inverse of mid H(X); a singular midpoint leaves only the mean-value test.
 */
function krawczykTests(X: F64Interval[], c: number[], gc: F64Interval[], H: F64Interval[][]): KrawczykOutcome {
  const n = X.length;
  const dX = X.map((x, j) => sub(x, point(c[j])));
  const meanValue = affine(gc, H, dX);
  if (meanValue.some((m) => !containsZero(m))) return { kind: 'none' };
  const Y = approximateInverse(H.map((row) => row.map(midpoint)));
  if (Y === null) return { kind: 'contract', box: X };
  const Yg = times(Y, gc);
  const YH = timesMatrix(Y, H);
  if (affine(Yg, YH, dX).some((m) => !containsZero(m))) return { kind: 'none' };
  const K: F64Interval[] = [];
  for (let i = 0; i < n; i++) {
    let k = sub(point(c[i]), Yg[i]);
    for (let j = 0; j < n; j++) {
      const a = sub(point(i === j ? 1 : 0), YH[i][j]);
      k = add(k, mul(a, dX[j]));
    }
    K.push(k);
  }
  const contracted: F64Interval[] = [];
  for (let i = 0; i < n; i++) {
    const z = intersect(K[i], X[i]);
    if (z === null) return { kind: 'none' };
    contracted.push(z);
  }
  if (K.every((k, i) => inInterior(k, X[i]))) return { kind: 'unique', K };
  return { kind: 'contract', box: contracted };
}

/**
 * The Taylor test on X (centre c, Hessian enclosure Hc at c) when the system has a second-order form: with
 * Y ≈ mid(Hc)^−1, every zero x of g in X has 0 = Y g(x) ∈ constant + linear·(x − c), so x − c lies in
 * −constant − (linear − I)(X − c). Returns null when that proves X has no zero, else X ∩ (c + that set).
 */
function taylorContract(sys: F64System, X: F64Interval[], c: number[], Hc: F64Interval[][]): F64Interval[] | null {
  if (sys.secondOrder === undefined) return X;
  const Y = approximateInverse(Hc.map((row) => row.map(midpoint)));
  if (Y === null) return X;
  const form = sys.secondOrder(X, c, Y);
  if (form === null) return X;
  const { constant, linear } = form;
  const n = X.length;
  const dX = X.map((x, j) => sub(x, point(c[j])));
  const out: F64Interval[] = [];
  for (let k = 0; k < n; k++) {
    let m = constant[k];
    let K = sub(point(c[k]), constant[k]);
    for (let j = 0; j < n; j++) {
      m = add(m, mul(linear[k][j], dX[j]));
      K = sub(K, mul(j === k ? sub(linear[k][j], point(1)) : linear[k][j], dX[j]));
    }
    if (!containsZero(m)) return null;
    const z = intersect(K, X[k]);
    if (z === null) return null;
    out.push(z);
  }
  return out;
}

/** The centre of X (a double in each side) and the point box at it. */
function centre(X: F64Interval[]): number[] {
  return X.map(midpoint);
}

/** Krawczyk on X alone (its own jets): `unique` with K, or not. */
function krawczykOn(sys: F64System, X: F64Interval[]): F64Interval[] | null {
  if (!sys.smooth(X)) return null;
  const c = centre(X);
  const gc = sys.jets(c.map(point)).gradient;
  const out = krawczykTests(X, c, gc, sys.jets(X).hessian);
  return out.kind === 'unique' ? out.K : null;
}

/** Iterates Krawczyk on a box known to hold exactly one zero until it stops shrinking: a narrow enclosure of the zero. */
function tighten(sys: F64System, K: F64Interval[]): F64Interval[] {
  let Z = K;
  for (let step = 0; step < 40; step++) {
    const c = centre(Z);
    const gc = sys.jets(c.map(point)).gradient;
    const out = krawczykTests(Z, c, gc, sys.jets(Z).hessian);
    if (out.kind !== 'unique' && out.kind !== 'contract') return Z;
    const next = out.kind === 'unique' ? Z.map((z, i) => intersect(z, out.K[i]) as F64Interval) : out.box;
    if (maxWidth(next) >= 0.9 * maxWidth(Z)) return next;
    Z = next;
  }
  return Z;
}

/** Newton's method in float64 from the centre of X with point gradients and Hessians: a converged approximate zero within `slack` of X, or null. */
function newtonIn(sys: F64System, X: F64Interval[], slack = 0): number[] | null {
  let x = centre(X);
  for (let step = 0; step < 30; step++) {
    const J = sys.jets(x.map(point));
    const Y = approximateInverse(J.hessian.map((row) => row.map(midpoint)));
    if (Y === null) return null;
    const g = J.gradient.map(midpoint);
    const delta = Y.map((row) => row.reduce((acc, y, k) => acc + y * g[k], 0));
    x = x.map((xi, i) => xi - delta[i]);
    if (!x.every((xi, i) => xi >= X[i].lo - slack && xi <= X[i].hi + slack)) return null;
    if (delta.every((d, i) => Math.abs(d) <= 1e-15 * Math.max(1, Math.abs(x[i])))) return x;
  }
  return null;
}

/** A zero near the candidate x: Krawczyk on boxes of growing radius (below maxRadius) around it, tightened; or null. */
export function certifyAround(sys: F64System, x: number[], maxRadius: number): F64Zero | null {
  const near = certifyNear(sys, x, maxRadius);
  if (near === null) return null;
  return { isolation: near.box, enclosure: tighten(sys, near.box.map((b, i) => intersect(b, near.K[i]) as F64Interval)) };
}

/** Boxes of growing radius (below maxRadius) around x until Krawczyk proves one holds exactly one zero: that box and its K. */
function certifyNear(sys: F64System, x: number[], maxRadius: number): { box: F64Interval[]; K: F64Interval[] } | null {
  const scale = Math.max(1, ...x.map(Math.abs));
  for (let r = 1e-12 * scale; r < maxRadius; r *= 16) {
    const box = x.map((xi) => ({ lo: nextDown(xi - r), hi: nextUp(xi + r) }));
    const K = krawczykOn(sys, box);
    if (K !== null) return { box, K };
  }
  return null;
}

/** L, grad L, Hess L at the point x in plain float64 (midpoints of the point enclosures; not rigorous, need not be). */
function pointJets(sys: F64System, x: number[]): { loss: number; g: number[]; H: number[][] } {
  const J = sys.jets(x.map(point));
  return { loss: midpoint(J.loss), g: J.gradient.map(midpoint), H: J.hessian.map((row) => row.map(midpoint)) };
}

/**
 * Damped Newton descent on L from x0 in float64 (a candidate finder, not a proof): the Newton step when it descends,
 * else the steepest-descent step, with backtracking until L decreases; stops when steps stall (at most `iterations`).
 * Returns the last iterate (a local minimum when it converged) or null when it leaves the double range.
 */
export function descend(sys: F64System, x0: number[], iterations = 200): number[] | null {
  let x = x0;
  let here = pointJets(sys, x);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const Y = approximateInverse(here.H);
    let d = Y === null ? null : Y.map((row) => -row.reduce((acc, y, k) => acc + y * here.g[k], 0));
    const gd = d === null ? 0 : d.reduce((acc, di, k) => acc + di * here.g[k], 0);
    if (d === null || !(gd < 0)) d = here.g.map((gi) => -gi);
    let t = 1;
    let accepted = false;
    for (let k = 0; k < 60; k++, t /= 2) {
      const trial = x.map((xi, i) => xi + t * (d as number[])[i]);
      if (!trial.every(Number.isFinite)) continue;
      const there = pointJets(sys, trial);
      if (there.loss < here.loss || (there.loss === here.loss && k === 0)) {
        const moved = trial.some((ti, i) => ti !== x[i]);
        x = trial;
        here = there;
        accepted = moved;
        break;
      }
    }
    if (!accepted) break;
  }
  return x.every(Number.isFinite) ? x : null;
}

/** Newton in float64 from the centre of X, then Krawczyk on boxes of growing radius around its limit: a zero unique in its isolation, or null. */
export function certifyIn(sys: F64System, X: F64Interval[]): F64Zero | null {
  const x = newtonIn(sys, X) ?? descend(sys, centre(X));
  const near = x === null ? null : certifyNear(sys, x, maxWidth(X));
  if (near === null) return null;
  return { isolation: near.box, enclosure: tighten(sys, near.box.map((b, i) => intersect(b, near.K[i]) as F64Interval)) };
}

/** A box waiting in the queue with its jets over the box and at its centre (computed once, when it was made). */
interface Pending {
  box: F64Interval[];
  jets: F64Jets;
  atCentre: F64Jets;
}

/** A binary min-heap keyed by a number (ties: first pushed first). */
class BoxHeap<T> {
  private items: { key: number; order: number; item: T }[] = [];
  private pushed = 0;

  get size(): number {
    return this.items.length;
  }

  push(item: T, key: number): void {
    const items = this.items;
    items.push({ key, order: this.pushed++, item });
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop(): { key: number; item: T } {
    const items = this.items;
    const top = items[0];
    const last = items.pop() as (typeof items)[number];
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && this.less(l, m)) m = l;
        if (r < items.length && this.less(r, m)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m], items[i]];
        i = m;
      }
    }
    return top;
  }

  drain(): { key: number; item: T }[] {
    return this.items.splice(0);
  }

  private less(i: number, j: number): boolean {
    const a = this.items[i];
    const b = this.items[j];
    return a.key < b.key || (a.key === b.key && a.order < b.order);
  }
}

/** Every WIDE_EVERY-th box examined is the widest pending one instead of the one with the least loss bound. */
const WIDE_EVERY = 4;

/** A pending box with its loss lower bound, once in each order of BoxQueue. */
interface QueueEntry {
  /** Null once taken (the stale copy in the other heap then holds nothing). */
  item: Pending | null;
  key: number;
}

/**
 * Pending boxes in two orders: least loss lower bound first, and, every WIDE_EVERY-th pop, the widest box — so that
 * boxes no test can decide (on a relu kink, along a flat valley), which keep splitting at the front of the loss
 * order, cannot starve the rest of the region. Each box is in both heaps; a box taken from one is skipped in the other.
 */
class BoxQueue {
  private byLoss = new BoxHeap<QueueEntry>();
  private byWidth = new BoxHeap<QueueEntry>();
  private live = 0;
  private pops = 0;

  get size(): number {
    return this.live;
  }

  push(item: Pending, key: number): void {
    const entry: QueueEntry = { item, key };
    this.byLoss.push(entry, key);
    this.byWidth.push(entry, -maxWidth(item.box));
    this.live++;
  }

  /** The next box (the queue must not be empty). */
  pop(): { key: number; item: Pending } {
    const heap = ++this.pops % WIDE_EVERY === 0 ? this.byWidth : this.byLoss;
    for (;;) {
      const entry = heap.pop().item;
      const item = entry.item;
      if (item === null) continue;
      entry.item = null;
      this.live--;
      return { key: entry.key, item };
    }
  }

  /** Every box still pending, emptying the queue. */
  drain(): { key: number; item: Pending }[] {
    const left = this.byLoss.drain().flatMap(({ item: { item, key } }) => (item === null ? [] : [{ key, item }]));
    this.byWidth.drain();
    this.live = 0;
    return left;
  }
}

/** A lower bound of L on X: the larger of the naive enclosure's and the mean-value form's L(c) + g(X)·(X − c). */
function lossLowerBound(jets: F64Jets, X: F64Interval[], c: number[], lossAtCentre: F64Interval): number {
  const meanValue = jets.gradient.reduce((acc, g, j) => add(acc, mul(g, sub(X[j], point(c[j])))), lossAtCentre);
  return Math.max(jets.loss.lo, meanValue.lo);
}

/**
 * The side to bisect (smear rule): among sides at least `minHalfWidth` wide, the one with the largest
 * half-width × max_k |H_kj| (how much the gradient can vary along it); the widest side when every smear is 0 or not
 * finite. H is any enclosure of the Hessian over a box containing X (only a heuristic: any choice is sound).
 */
function splitCoordinate(X: F64Interval[], H: F64Interval[][], minHalfWidth: number): number {
  const half = X.map((x) => x.hi / 2 - x.lo / 2);
  let widest = 0;
  let best = -1;
  let bestSmear = 0;
  for (let j = 0; j < X.length; j++) {
    if (half[j] > half[widest]) widest = j;
    if (half[j] < minHalfWidth) continue;
    let column = 0;
    for (let k = 0; k < X.length; k++) column = Math.max(column, magnitude(H[k][j]));
    const smear = half[j] * column;
    if (Number.isFinite(smear) && smear > bestSmear) {
      best = j;
      bestSmear = smear;
    }
  }
  return best < 0 ? widest : best;
}

/**
 * Every zero of the gradient in the box X0, within `options.maxBoxes` box examinations. Each returned zero is unique
 * in its isolation box and lies in its enclosure; zeros are distinct; when `complete`, there is no other zero in X0
 * (with `meetsRegion`: no other zero in the part of X0 inside the region).
 */
export function findGradientZeros(sys: F64System, X0: F64Interval[], options: F64SearchOptions): F64SearchResult {
  const zeros: F64Zero[] = [];
  const undecided: F64Undecided[] = [];
  const heap = new BoxQueue();
  // Half-widths: hi/2 − lo/2 does not overflow for finite ends (hi − lo can, past 2^1023).
  const halfWidth = (x: F64Interval) => x.hi / 2 - x.lo / 2;
  const minHalfWidth = (options.minRelativeWidth ?? 2 ** -40) * Math.max(...X0.map(halfWidth));
  let boxes = 0;

  /** Registers a zero (isolation Z, enclosure E) unless it is one already known; false when it cannot tell. */
  const register = (Z: F64Interval[], E: F64Interval[]): boolean => {
    for (const z of zeros) {
      if (subsetOf(E, z.isolation) || subsetOf(z.enclosure, Z)) return true;
      if (meets(E, z.enclosure)) {
        // Both zeros lie in the hull; one zero there (Krawczyk) makes them the same.
        return krawczykOn(sys, E.map((e, i) => ({ lo: Math.min(e.lo, z.enclosure[i].lo), hi: Math.max(e.hi, z.enclosure[i].hi) }))) !== null;
      }
    }
    zeros.push({ isolation: Z, enclosure: E });
    return true;
  };

  const decide = (start: F64Interval[], known: F64Jets, knownAtCentre: F64Jets): Decision => {
    let X = start;
    for (let round = 0; round < 8; round++) {
      if (zeros.some((z) => subsetOf(X, z.isolation))) return { kind: 'covered' };
      const jets = round === 0 ? known : sys.jets(X);
      if (jets.gradient.some((g) => !containsZero(g))) return { kind: 'none' };
      if (!sys.smooth(X)) return { kind: 'split', box: X };
      const c = centre(X);
      const atCentre = round === 0 ? knownAtCentre : sys.jets(c.map(point));
      if (sys.slopes !== undefined) {
        const { coefficients, generators, logCoefficients } = sys.slopes(X, c, jets, atCentre);
        if (zonotopeExcludesZero(coefficients, generators)) return { kind: 'none' };
        const logs = logCoefficients?.() ?? null;
        if (logs !== null && logZonotopeExcludesZero(logs, generators)) return { kind: 'none' };
      }
      const out = krawczykTests(X, c, atCentre.gradient, jets.hessian);
      if (out.kind === 'none') return out;
      if (out.kind === 'contract') {
        const T = taylorContract(sys, X, c, atCentre.hessian);
        if (T === null) return { kind: 'none' };
        const both: F64Interval[] = [];
        for (let i = 0; i < T.length; i++) {
          const z = intersect(T[i], out.box[i]);
          if (z === null) return { kind: 'none' };
          both.push(z);
        }
        out.box = both;
      }
      if (out.kind === 'unique') {
        const E = tighten(sys, X.map((x, i) => intersect(x, out.K[i]) as F64Interval));
        if (register(X, E)) return { kind: 'unique', isolation: X, enclosure: E };
        return { kind: 'split', box: X };
      }
      const shrunk = out.box;
      const kind = definiteness(jets.hessian);
      const definite = kind === 'positive' || kind === 'negative';
      if (definite || maxWidth(shrunk) < maxWidth(X) / 2) {
        // Every zero of X lies in `shrunk`. A box Z around Newton's point (or the centre of `shrunk`) with exactly
        // one zero decides X: when Z covers `shrunk`, that zero is X's only candidate; when H(X) is definite, g is
        // injective on X, so a zero proved inside X is its only one.
        const x = definite ? newtonIn(sys, X, maxWidth(X) / 8) : null;
        const guess = x ?? centre(shrunk);
        const scale = 1e-12 * Math.max(1, ...guess.map(Math.abs));
        for (let r = x === null ? Math.max(scale, 0.6 * maxWidth(shrunk)) : scale; r <= 2 * maxWidth(X); r *= 4) {
          const Z = guess.map((g) => ({ lo: nextDown(g - r), hi: nextUp(g + r) }));
          const K = krawczykOn(sys, Z);
          if (K === null) continue;
          const E = tighten(sys, Z.map((z, i) => intersect(z, K[i]) as F64Interval));
          if (definite && subsetOf(E, X) && register(X, E)) return { kind: 'unique', isolation: X, enclosure: E };
          if (subsetOf(shrunk, Z) && register(Z, E)) return { kind: 'covered' };
        }
      }
      if (maxWidth(shrunk) > 0.8 * maxWidth(X)) return { kind: 'split', box: shrunk };
      X = shrunk;
    }
    return { kind: 'split', box: X };
  };

  const push = (X: F64Interval[]) => {
    if (options.meetsRegion !== undefined && !options.meetsRegion(X)) return;
    const c = centre(X);
    const jets = sys.jets(X);
    const atCentre = sys.jets(c.map(point));
    heap.push({ box: X, jets, atCentre }, lossLowerBound(jets, X, c, atCentre.loss));
  };
  push(X0);
  while (heap.size > 0) {
    if (boxes >= options.maxBoxes) break;
    const { key, item } = heap.pop();
    boxes++;
    const decision = decide(item.box, item.jets, item.atCentre);
    if (decision.kind === 'split') {
      const X = decision.box;
      const j = splitCoordinate(X, item.jets.hessian, minHalfWidth);
      const m = midpoint(X[j]);
      if (halfWidth(X[j]) < minHalfWidth || !(m > X[j].lo && m < X[j].hi)) {
        undecided.push({ box: X, lossLowerBound: key });
      } else {
        push(X.map((x, i) => (i === j ? { lo: x.lo, hi: m } : x)));
        push(X.map((x, i) => (i === j ? { lo: m, hi: x.hi } : x)));
      }
    }
    options.onProgress?.({ boxes, maxBoxes: options.maxBoxes, pending: heap.size, certified: zeros.length });
  }
  for (const { key, item } of heap.drain()) undecided.push({ box: item.box, lossLowerBound: key });
  undecided.sort((a, b) => a.lossLowerBound - b.lossLowerBound);
  return { zeros, undecided, boxes, complete: undecided.length === 0 };
}
