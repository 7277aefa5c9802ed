/**
 * The single neuron f(w . x) and its training loss, written once against a Field<T>: the same code gives
 * Decimal values, dual/hyper-dual automatic derivatives, and outward-rounded interval enclosures.
 *
 *   L(w) = sum_i l(t_i, w . x_i),  mse: l = (t - f(h))^2 / 2,  xent (sigmoid): l = -t ln s(h) - (1 - t) ln s(-h).
 *
 * Two independent derivative methods: automatic differentiation of `lossAt` (see `evaluate.ts`), and the analytic
 * chain rule below, grad L = sum_i l'(h_i) x_i and Hess L = sum_i l''(h_i) x_i x_i^T with l' = (f - t) f'
 * and l'' = f'^2 + (f - t) f'' (mse), l' = s(h) - t and l'' = s(h) s(-h) (xent).
 */
import { isZero, rat, ratToString } from '../algebra/rational.js';
import { Decimal } from 'decimal.js';
import { sigmoidBounds, sigmoidJet, tanhJet, type Bounds } from '../numeric/elementary.js';
import { decimalField, type Field } from '../numeric/field.js';
import type { Interval, IntervalContext } from '../numeric/interval.js';
import type { IntervalSystem } from '../numeric/zeros.js';
import type { DataPoint } from './data.js';

export const ACTIVATIONS = ['sigmoid', 'tanh', 'exp', 'identity', 'square', 'relu'] as const;
export type Activation = (typeof ACTIVATIONS)[number];
export const LOSSES = ['mse', 'xent'] as const;
export type Loss = (typeof LOSSES)[number];

/** A training problem: activation, loss and data with exact rational coordinates (cross-entropy needs sigmoid). */
export interface Problem {
  activation: Activation;
  loss: Loss;
  data: DataPoint[];
}

/**
 * A Field with what the analytic derivatives need beyond it: the jets [f, f', f''] of the sigmoid and tanh
 * (computed without cancellation, tight over intervals) and the Heaviside step H(h) (1 for h > 0, 0 for h < 0),
 * relu's derivative off its kink.
 */
export interface ModelField<T> extends Field<T> {
  sigmoidJet(h: T): [T, T, T];
  tanhJet(h: T): [T, T, T];
  step(h: T): T;
}

/** One distinct data point in field form: nonzero input coordinates, target, multiplicity. */
interface FieldPoint<T> {
  coords: { j: number; x: T }[];
  t: T;
  count: T;
}

/** A problem with its data converted into the elements of one field, equal points merged with multiplicities. */
export interface Prepared<T> {
  field: Field<T>;
  problem: Problem;
  dim: number;
  points: FieldPoint<T>[];
  zero: T;
  one: T;
  two: T;
  four: T;
  half: T;
}

/** The problem's data in the field F (equal points merged, zero coordinates dropped); exact when F is exact. */
export function prepare<T>(field: Field<T>, problem: Problem): Prepared<T> {
  if (problem.loss === 'xent' && problem.activation !== 'sigmoid') {
    throw new RangeError(`cross-entropy needs the sigmoid activation, not ${problem.activation}`);
  }
  const dim = problem.data[0].x.length;
  const merged = new Map<string, { p: DataPoint; count: number }>();
  for (const p of problem.data) {
    if (p.x.length !== dim) throw new RangeError('data points of different dimensions');
    const key = `${p.x.map(ratToString).join(',')}:${ratToString(p.t)}`;
    const entry = merged.get(key);
    if (entry) entry.count++;
    else merged.set(key, { p, count: 1 });
  }
  const points = [...merged.values()].map(({ p, count }) => ({
    coords: p.x.flatMap((x, j) => (isZero(x) ? [] : [{ j, x: field.fromRational(x) }])),
    t: field.fromRational(p.t),
    count: field.fromRational(rat(count)),
  }));
  const c = (n: bigint, d = 1n) => field.fromRational(rat(n, d));
  return { field, problem, dim, points, zero: c(0n), one: c(1n), two: c(2n), four: c(4n), half: c(1n, 2n) };
}

function dot<T>(P: Prepared<T>, w: T[], p: FieldPoint<T>): T {
  const F = P.field;
  let h = P.zero;
  for (const { j, x } of p.coords) h = F.add(h, F.mul(w[j], x));
  return h;
}

/** L(w) in the field: its value, derivatives (dual fields) or an enclosure over a box (interval field). */
export function lossAt<T>(P: Prepared<T>, w: T[]): T {
  const F = P.field;
  let total = P.zero;
  for (const p of P.points) {
    const h = dot(P, w, p);
    let l: T;
    if (P.problem.loss === 'xent') {
      l = F.sub(F.neg(F.mul(p.t, F.ln(F.sigmoid(h)))), F.mul(F.sub(P.one, p.t), F.ln(F.sigmoid(F.neg(h)))));
    } else {
      l = F.mul(P.half, F.square(F.sub(p.t, activate(P, h))));
    }
    total = F.add(total, F.mul(p.count, l));
  }
  return total;
}

function activate<T>(P: Prepared<T>, h: T): T {
  const F = P.field;
  switch (P.problem.activation) {
    case 'sigmoid':
      return F.sigmoid(h);
    case 'tanh':
      return F.tanh(h);
    case 'exp':
      return F.exp(h);
    case 'identity':
      return h;
    case 'square':
      return F.square(h);
    case 'relu':
      return F.relu(h);
  }
}

/** [f(h), f'(h), f''(h)] of the activation; over intervals the sigmoid and tanh jets are tight and keep their signs. */
function activationJet<T>(P: Prepared<T>, F: ModelField<T>, h: T): [T, T, T] {
  switch (P.problem.activation) {
    case 'sigmoid':
      return F.sigmoidJet(h);
    case 'tanh':
      return F.tanhJet(h);
    case 'exp': {
      const e = F.exp(h);
      return [e, e, e];
    }
    case 'identity':
      return [h, P.one, P.zero];
    case 'square':
      return [F.square(h), F.mul(P.two, h), P.two];
    case 'relu':
      return [F.relu(h), F.step(h), P.zero];
  }
}

/** l'(h), the derivative of one point's loss in h = w . x: (f - t) f' (mse) or s(h) - t (xent). */
function lossSlope<T>(P: Prepared<T>, F: ModelField<T>, h: T, t: T): T {
  if (P.problem.loss === 'xent') return F.sub(F.sigmoid(h), t);
  const [f, f1] = activationJet(P, F, h);
  return F.mul(F.sub(f, t), f1);
}

/** l''(h), the second derivative of one point's loss in h: f'^2 + (f - t) f'' (mse) or s'(h) (xent). */
function lossCurvature<T>(P: Prepared<T>, F: ModelField<T>, h: T, t: T): T {
  if (P.problem.loss === 'xent') return F.sigmoidJet(h)[1];
  const [f, f1, f2] = activationJet(P, F, h);
  return F.add(F.square(f1), F.mul(F.sub(f, t), f2));
}

/** grad L(w) = sum_i l'(h_i) x_i by the analytic chain rule (an enclosure over a box in the interval field). */
export function gradientAt<T>(P: Prepared<T>, w: T[]): T[] {
  const F = P.field as ModelField<T>;
  const g = Array.from({ length: P.dim }, () => P.zero);
  for (const p of P.points) {
    const c = F.mul(p.count, lossSlope(P, F, dot(P, w, p), p.t));
    for (const { j, x } of p.coords) g[j] = F.add(g[j], F.mul(c, x));
  }
  return g;
}

/** Hess L(w) = sum_i l''(h_i) x_i x_i^T by the analytic chain rule (symmetric; an enclosure in the interval field). */
export function hessianAt<T>(P: Prepared<T>, w: T[]): T[][] {
  const F = P.field as ModelField<T>;
  const H = Array.from({ length: P.dim }, () => Array.from({ length: P.dim }, () => P.zero));
  for (const p of P.points) {
    const c = F.mul(p.count, lossCurvature(P, F, dot(P, w, p), p.t));
    for (const a of p.coords) {
      const ca = F.mul(c, a.x);
      for (const b of p.coords) if (b.j >= a.j) H[a.j][b.j] = F.add(H[a.j][b.j], F.mul(ca, b.x));
    }
  }
  for (let j = 0; j < P.dim; j++) for (let k = 0; k < j; k++) H[j][k] = H[k][j];
  return H;
}

/** Decimal point arithmetic at `precision` digits (jets from elementary.ts); H(0) = 0, as relu'(0) in the dual numbers. */
export function decimalModelField(precision: number): ModelField<Decimal> {
  const F = decimalField(precision);
  return {
    ...F,
    sigmoidJet: (h) => sigmoidJet(F.D, h),
    tanhJet: (h) => tanhJet(F.D, h),
    step: (h) => new F.D(h.gt(0) ? 1 : 0),
  };
}

/** Outward-rounded intervals (interval.ts) with tight sigmoid and tanh jets and the step [1,1], [0,0] or [0,1]. */
export function intervalModelField(ic: IntervalContext): ModelField<Interval> {
  const one = ic.point('1');
  const zero = ic.point('0');
  return {
    fromRational: (r) => ic.fromRational(r),
    add: (a, b) => ic.add(a, b),
    sub: (a, b) => ic.sub(a, b),
    mul: (a, b) => ic.mul(a, b),
    div: (a, b) => ic.div(a, b),
    neg: (a) => ic.neg(a),
    exp: (a) => ic.exp(a),
    ln: (a) => ic.ln(a),
    sigmoid: (a) => (a.lo.eq(a.hi) ? sigmoidBounds(a.lo, ic.precision) : ic.sigmoid(a)),
    tanh: (a) => ic.tanh(a),
    relu: (a) => ic.relu(a),
    square: (a) => ic.square(a),
    sigmoidJet: (h) => intervalSigmoidJet(ic, h),
    tanhJet: (h) => {
      const [s, s1, s2] = intervalSigmoidJet(ic, ic.mul(ic.point('2'), h));
      const t = ic.sub(ic.mul(ic.point('2'), s), one);
      const t1 = ic.mul(ic.point('4'), s1);
      return [ic.intersect(t, ic.hull(ic.neg(one), one)) ?? t, t1, ic.mul(ic.point('-2'), ic.mul(t, t1))];
    },
    step: (h) => (h.lo.gt(0) ? one : h.hi.lt(0) ? zero : ic.hull(zero, one)),
  };
}

/**
 * Encloses [s, s', s''] over h. With the rigorous bounds of s(x) and s(-x) at the two ends: s is increasing;
 * s' = s(x) s(-x) is even and decreasing in |x| (maximum 1/4 at 0); d = s(-x) - s(x) = 1 - 2 s(x) is decreasing;
 * s'' = s' d. No cancellation: far out, s' keeps its relative accuracy (s(-x) is bounded directly).
 */
function intervalSigmoidJet(ic: IntervalContext, h: Interval): [Interval, Interval, Interval] {
  const p = ic.precision;
  const { down, up } = ic;
  const atLo = [sigmoidBounds(h.lo, p), sigmoidBounds(h.lo.neg(), p)];
  const atHi = h.lo.eq(h.hi) ? atLo : [sigmoidBounds(h.hi, p), sigmoidBounds(h.hi.neg(), p)];
  const slope = ([s, c]: Bounds[]): Interval => ({ lo: down.mul(s.lo, c.lo), hi: up.mul(s.hi, c.hi) });
  const a = slope(atLo);
  const b = slope(atHi);
  const s1 = h.lo.gte(0)
    ? { lo: b.lo, hi: a.hi }
    : h.hi.lte(0)
      ? { lo: a.lo, hi: b.hi }
      : { lo: Decimal.min(a.lo, b.lo), hi: ic.fromRational(rat(1n, 4n)).hi };
  const d = { lo: down.sub(atHi[1].lo, atHi[0].hi), hi: up.sub(atLo[1].hi, atLo[0].lo) };
  return [{ lo: atLo[0].lo, hi: atHi[0].hi }, s1, ic.mul(s1, d)];
}

/**
 * The gradient of L as an interval system for the zero tests: value = grad L, jacobian = Hess L (analytic formulas,
 * outward rounded), smooth = true except for relu boxes meeting a kink w . x_i = 0 (L is C^2 off the kinks).
 */
export function intervalGradientSystem(problem: Problem, ic: IntervalContext): IntervalSystem {
  const P = prepare(intervalModelField(ic), problem);
  return {
    dim: P.dim,
    value: (X) => gradientAt(P, X),
    jacobian: (X) => hessianAt(P, X),
    smooth: (X) => problem.activation !== 'relu' || P.points.every((p) => !ic.containsZero(dot(P, X, p))),
  };
}
