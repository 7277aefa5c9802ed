/**
 * The single neuron f(w . x) and its training loss, written once against a Field<T>: the same code gives
 * Decimal values, dual/hyper-dual automatic derivatives, and outward-rounded interval enclosures.
 *
 *   L(w) = sum_i l(t_i, w . x_i),  mse: l = (f(h) - t)^2 / 2,  xent (sigmoid): l = -t ln s(h) - (1 - t) ln s(-h).
 *
 * Two independent derivative methods: automatic differentiation of `lossAt` (see `evaluate.ts`), and the analytic
 * chain rule below, grad L = sum_i l'(h_i) x_i and Hess L = sum_i l''(h_i) x_i x_i^T with l' = r f' and
 * l'' = f'^2 + r f'' (mse, residual r = f - t), l' = s(h) - t and l'' = s'(h) (xent).
 * Residuals never cancel: s(h) - t = (1 - t) s(h) - t s(-h) and tanh h - t = (1 - t) s(2h) - (1 + t) s(-2h),
 * so t = 1 at h = 10^6 keeps every digit of r = -s(-h).
 */
import { Decimal } from 'decimal.js';
import { isZero, rat, ratToString, sub, type Rational } from '../algebra/rational.js';
import type { Ball } from '../numeric/ball/ball.js';
import type { BallContext } from '../numeric/ball/context.js';
import { sigmoidBounds, sigmoidPair, type Bounds } from '../numeric/elementary.js';
import { decimalField, type Field } from '../numeric/field.js';
import type { Interval, IntervalContext } from '../numeric/interval.js';
import type { IntervalSystem } from '../numeric/zeros.js';
import { roundToDouble } from '../numeric/ieee754.js';
import * as I from '../numeric/f64/interval.js';
import * as FE from '../numeric/f64/elementary.js';
import type { F64Interval } from '../numeric/f64/interval.js';
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
 * A Field with what the analytic derivatives need beyond it: the sigmoid jet [s(h), s(-h), s'(h)] (without
 * cancellation, tight over intervals) and the Heaviside step H(h) (1 for h > 0, 0 for h < 0), relu's derivative
 * off its kink.
 */
export interface ModelField<T> extends Field<T> {
  sigmoidJet(h: T): [T, T, T];
  step(h: T): T;
}

/** One distinct data point in field form: nonzero input coordinates, t, 1 - t, 1 + t, multiplicity (null for 1). */
interface FieldPoint<T> {
  coords: { j: number; x: T }[];
  t: T;
  oneMinusT: T;
  onePlusT: T;
  count: T | null;
  /** The exact target t. */
  target: Rational;
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
  const converted = new Map<string, T>();
  const c = (r: Rational): T => {
    const key = ratToString(r);
    let v = converted.get(key);
    if (v === undefined) converted.set(key, (v = field.fromRational(r)));
    return v;
  };
  const points = [...merged.values()].map(({ p, count }) => ({
    coords: p.x.flatMap((x, j) => (isZero(x) ? [] : [{ j, x: c(x) }])),
    t: c(p.t),
    oneMinusT: c(sub(rat(1), p.t)),
    onePlusT: c(sub(p.t, rat(-1))),
    count: count === 1 ? null : c(rat(count)),
    target: p.t,
  }));
  return { field, problem, dim, points, zero: c(rat(0)), one: c(rat(1)), two: c(rat(2)), four: c(rat(4)), half: c(rat(1, 2)) };
}

function dot<T>(P: Prepared<T>, w: T[], p: FieldPoint<T>): T {
  const F = P.field;
  let h = P.zero;
  for (const { j, x } of p.coords) h = F.add(h, F.mul(w[j], x));
  return h;
}

function times<T>(F: Field<T>, count: T | null, x: T): T {
  return count === null ? x : F.mul(count, x);
}

/** The residual f(h) - t with Field operations only (so that AD fields differentiate it), without cancellation. */
function residual<T>(P: Prepared<T>, h: T, p: FieldPoint<T>): T {
  const F = P.field;
  switch (P.problem.activation) {
    case 'sigmoid':
      return F.sub(F.mul(p.oneMinusT, F.sigmoid(h)), F.mul(p.t, F.sigmoid(F.neg(h))));
    case 'tanh': {
      const h2 = F.mul(P.two, h);
      return F.sub(F.mul(p.oneMinusT, F.sigmoid(h2)), F.mul(p.onePlusT, F.sigmoid(F.neg(h2))));
    }
    case 'exp':
      return F.sub(F.exp(h), p.t);
    case 'identity':
      return F.sub(h, p.t);
    case 'square':
      return F.sub(F.square(h), p.t);
    case 'relu':
      return F.sub(F.relu(h), p.t);
  }
}

/** One point's loss l(t, h) with Field operations only. */
function pointLoss<T>(P: Prepared<T>, h: T, p: FieldPoint<T>): T {
  const F = P.field;
  return P.problem.loss === 'xent'
    ? F.sub(F.neg(F.mul(p.t, F.ln(F.sigmoid(h)))), F.mul(p.oneMinusT, F.ln(F.sigmoid(F.neg(h)))))
    : F.mul(P.half, F.square(residual(P, h, p)));
}

/** L(w) in the field: its value, derivatives (dual fields) or an enclosure over a box (interval field). */
export function lossAt<T>(P: Prepared<T>, w: T[]): T {
  let total = P.zero;
  for (const p of P.points) total = P.field.add(total, times(P.field, p.count, pointLoss(P, dot(P, w, p), p)));
  return total;
}

/** r = f(h) - t (mse) or s(h) - t (xent), f'(h), and f''(h) computed only when asked (the Hessian needs it). */
interface ResidualJet<T> {
  r: T;
  f1: T;
  /** f''(h) when asked for (`withF2`), else the zero of the field. */
  f2: T;
}

/** The residual jet; sigmoid and tanh from one sigmoid jet, s'' = s' (s(-h) - s(h)) tight over intervals. */
function residualJet<T>(P: Prepared<T>, F: ModelField<T>, h: T, p: FieldPoint<T>, withF2 = false): ResidualJet<T> {
  switch (P.problem.activation) {
    case 'sigmoid': {
      const [s, c, s1] = F.sigmoidJet(h);
      return { r: F.sub(F.mul(p.oneMinusT, s), F.mul(p.t, c)), f1: s1, f2: withF2 ? F.mul(s1, F.sub(c, s)) : P.zero };
    }
    case 'tanh': {
      const [s, c, s1] = F.sigmoidJet(F.mul(P.two, h));
      const t1 = F.mul(P.four, s1);
      return { r: F.sub(F.mul(p.oneMinusT, s), F.mul(p.onePlusT, c)), f1: t1, f2: withF2 ? F.neg(F.mul(P.two, F.mul(F.sub(s, c), t1))) : P.zero };
    }
    case 'exp': {
      const e = F.exp(h);
      return { r: F.sub(e, p.t), f1: e, f2: e };
    }
    case 'identity':
      return { r: F.sub(h, p.t), f1: P.one, f2: P.zero };
    case 'square':
      return { r: F.sub(F.square(h), p.t), f1: F.mul(P.two, h), f2: P.two };
    case 'relu':
      return { r: F.sub(F.relu(h), p.t), f1: F.step(h), f2: P.zero };
  }
}

/** l'(h), the derivative of one point's loss in h = w . x: r f' (mse) or r = s(h) - t (xent). */
function lossSlope<T>(P: Prepared<T>, F: ModelField<T>, h: T, p: FieldPoint<T>): T {
  const { r, f1 } = residualJet(P, F, h, p);
  return P.problem.loss === 'xent' ? r : F.mul(r, f1);
}

/** l''(h), the second derivative of one point's loss in h: f'^2 + r f'' (mse) or s'(h) (xent). */
function lossCurvature<T>(P: Prepared<T>, F: ModelField<T>, h: T, p: FieldPoint<T>): T {
  const { r, f1, f2 } = residualJet(P, F, h, p, true);
  return P.problem.loss === 'xent' ? f1 : F.add(F.square(f1), F.mul(r, f2));
}

/** One point's loss l(h), slope l'(h) and curvature l''(h) at h (enclosures over h in an interval field), from one residual jet. */
export function pointLossJet<T>(P: Prepared<T>, h: T, p: Prepared<T>['points'][number]): { loss: T; slope: T; curvature: T } {
  const F = P.field as ModelField<T>;
  const { r, f1, f2 } = residualJet(P, F, h, p, true);
  if (P.problem.loss === 'xent') return { loss: pointLoss(P, h, p), slope: r, curvature: f1 };
  return { loss: F.mul(P.half, F.square(r)), slope: F.mul(r, f1), curvature: F.add(F.square(f1), F.mul(r, f2)) };
}

/** grad L(w) = sum_i l'(h_i) x_i by the analytic chain rule (an enclosure over a box in the interval field). */
export function gradientAt<T>(P: Prepared<T>, w: T[]): T[] {
  const F = P.field as ModelField<T>;
  const g = Array.from({ length: P.dim }, () => P.zero);
  for (const p of P.points) {
    const c = times(F, p.count, lossSlope(P, F, dot(P, w, p), p));
    for (const { j, x } of p.coords) g[j] = F.add(g[j], F.mul(c, x));
  }
  return g;
}

/** L(w) and grad L(w) in one pass over the data (one sigmoid jet per point for mse); same values as lossAt and gradientAt. */
export function lossAndGradientAt<T>(P: Prepared<T>, w: T[]): { loss: T; gradient: T[] } {
  const F = P.field as ModelField<T>;
  let loss = P.zero;
  const g = Array.from({ length: P.dim }, () => P.zero);
  for (const p of P.points) {
    const h = dot(P, w, p);
    const { r, f1 } = residualJet(P, F, h, p);
    const l = P.problem.loss === 'xent' ? pointLoss(P, h, p) : F.mul(P.half, F.square(r));
    loss = F.add(loss, times(F, p.count, l));
    const c = times(F, p.count, P.problem.loss === 'xent' ? r : F.mul(r, f1));
    for (const { j, x } of p.coords) g[j] = F.add(g[j], F.mul(c, x));
  }
  return { loss, gradient: g };
}

/** L, grad L and Hess L at w (or enclosures over a box) in one pass over the data: one residual jet per point. */
export function lossGradientHessianAt<T>(P: Prepared<T>, w: T[]): { loss: T; gradient: T[]; hessian: T[][] } {
  const F = P.field as ModelField<T>;
  let loss = P.zero;
  const g = Array.from({ length: P.dim }, () => P.zero);
  const H = Array.from({ length: P.dim }, () => Array.from({ length: P.dim }, () => P.zero));
  const xent = P.problem.loss === 'xent';
  for (const p of P.points) {
    const h = dot(P, w, p);
    const { r, f1, f2 } = residualJet(P, F, h, p, true);
    loss = F.add(loss, times(F, p.count, xent ? pointLoss(P, h, p) : F.mul(P.half, F.square(r))));
    const slope = times(F, p.count, xent ? r : F.mul(r, f1));
    const curvature = times(F, p.count, xent ? f1 : F.add(F.square(f1), F.mul(r, f2)));
    for (const a of p.coords) {
      g[a.j] = F.add(g[a.j], F.mul(slope, a.x));
      const ca = F.mul(curvature, a.x);
      for (const b of p.coords) if (b.j >= a.j) H[a.j][b.j] = F.add(H[a.j][b.j], F.mul(ca, b.x));
    }
  }
  for (let j = 0; j < P.dim; j++) for (let k = 0; k < j; k++) H[j][k] = H[k][j];
  return { loss, gradient: g, hessian: H };
}

/** Hess L(w) = sum_i l''(h_i) x_i x_i^T by the analytic chain rule (symmetric; an enclosure in the interval field). */
export function hessianAt<T>(P: Prepared<T>, w: T[]): T[][] {
  const F = P.field as ModelField<T>;
  const H = Array.from({ length: P.dim }, () => Array.from({ length: P.dim }, () => P.zero));
  for (const p of P.points) {
    const c = times(F, p.count, lossCurvature(P, F, dot(P, w, p), p));
    for (const a of p.coords) {
      const ca = F.mul(c, a.x);
      for (const b of p.coords) if (b.j >= a.j) H[a.j][b.j] = F.add(H[a.j][b.j], F.mul(ca, b.x));
    }
  }
  for (let j = 0; j < P.dim; j++) for (let k = 0; k < j; k++) H[j][k] = H[k][j];
  return H;
}

/** Decimal point arithmetic at `precision` digits (sigmoid pair from elementary.ts); H(0) = 0, as relu'(0) in the dual numbers. */
export function decimalModelField(precision: number): ModelField<Decimal> {
  const F = decimalField(precision);
  const D = F.D;
  return {
    ...F,
    sigmoidJet: (h) => {
      const [s, c] = sigmoidPair(D, h);
      return [s, c, D.mul(s, c)];
    },
    step: (h) => new D(h.gt(0) ? 1 : 0),
  };
}

/** Outward-rounded intervals (interval.ts) with a tight sigmoid jet and the step [1,1], [0,0] or [0,1]. */
export function intervalModelField(ic: IntervalContext): ModelField<Interval> {
  const one = ic.point('1');
  const zero = ic.point('0');
  const narrow = ic.near.pow(10, 5 - ic.precision);
  return {
    fromRational: (r) => ic.fromRational(r),
    add: (a, b) => ic.add(a, b),
    sub: (a, b) => ic.sub(a, b),
    mul: (a, b) => ic.mul(a, b),
    div: (a, b) => ic.div(a, b),
    neg: (a) => ic.neg(a),
    exp: (a) => ic.exp(a),
    ln: (a) => ic.ln(a),
    sigmoid: (a) => ic.sigmoid(a),
    tanh: (a) => ic.tanh(a),
    relu: (a) => ic.relu(a),
    square: (a) => ic.square(a),
    sigmoidJet: (h) => intervalSigmoidJet(ic, h, narrow),
    step: (h) => (h.lo.gt(0) ? one : h.hi.lt(0) ? zero : ic.hull(zero, one)),
  };
}

/**
 * Outward-rounded float64 intervals (numeric/f64/): +, −, ×, ÷ proved by IEEE round-to-nearest plus one ulp; exp, ln,
 * tanh and the sigmoid jet under the trusted Math.* accuracy assumption stated in numeric/f64/elementary.ts.
 */
export function f64IntervalModelField(): ModelField<F64Interval> {
  return {
    fromRational: I.fromRational,
    add: I.add,
    sub: I.sub,
    mul: I.mul,
    div: I.div,
    neg: I.neg,
    exp: FE.exp,
    ln: FE.ln,
    sigmoid: FE.sigmoid,
    tanh: FE.tanh,
    relu: FE.relu,
    square: I.square,
    sigmoidJet: FE.sigmoidJet,
    step: FE.step,
  };
}

/** Plain float64 (no rounding control, not rigorous): for candidate search only; the sigmoid pair without cancellation. */
export function numberModelField(): ModelField<number> {
  const pair = (h: number): [number, number] => {
    const e = Math.exp(-Math.abs(h));
    const small = e / (1 + e);
    return h >= 0 ? [1 / (1 + e), small] : [small, 1 / (1 + e)];
  };
  return {
    fromRational: roundToDouble,
    add: (a, b) => a + b,
    sub: (a, b) => a - b,
    mul: (a, b) => a * b,
    div: (a, b) => a / b,
    neg: (a) => -a,
    exp: Math.exp,
    ln: Math.log,
    sigmoid: (a) => pair(a)[0],
    tanh: Math.tanh,
    relu: (a) => Math.max(a, 0),
    square: (a) => a * a,
    sigmoidJet: (h) => {
      const [s, c] = pair(h);
      return [s, c, s * c];
    },
    step: (h) => (h > 0 ? 1 : 0),
  };
}

/**
 * Rigorous bounds of [s(x), s(-x)] from one kernel call: the smaller, s(-|x|), directly (full relative accuracy
 * however far out), the larger as 1 minus it, rounded outward (no cancellation: it lies in [1/2, 1]).
 */
function sigmoidPairBounds(ic: IntervalContext, x: Decimal): [Bounds, Bounds] {
  const small = sigmoidBounds(x.isNeg() ? x : x.neg(), ic.precision);
  const large = { lo: ic.down.sub(1, small.hi), hi: ic.up.sub(1, small.lo) };
  return x.isNeg() ? [small, large] : [large, small];
}

/**
 * Bounds of [s(y), s(-y)] for every y in [x, x + delta] (0 <= delta <= 1/2) from those at x: ln s is increasing with
 * slope s(-y) <= 1, so s(x) <= s(y) <= s(x) e^delta <= s(x)(1 + 2 delta), and likewise s(x)(1 - delta) <= s(-y) <= s(-x).
 */
function stretch(ic: IntervalContext, [s, c]: Bounds[], delta: Decimal): [Bounds, Bounds] {
  const { down, up } = ic;
  return [
    { lo: s.lo, hi: up.mul(s.hi, up.add(1, up.mul(2, delta))) },
    { lo: down.mul(c.lo, down.sub(1, delta)), hi: c.hi },
  ];
}

/**
 * Encloses [s(h), s(-h), s'(h)] over h. From the bounds of s(x) and s(-x) at the two ends: s(x) is increasing and
 * s(-x) decreasing (so s(-h) - s(h), formed by interval subtraction, is tight too); s' = s(x) s(-x) is even and
 * decreasing in |x| (maximum 1/4 at 0). When h is narrower than `narrow`, one kernel call at h.lo suffices (`stretch`).
 */
function intervalSigmoidJet(ic: IntervalContext, h: Interval, narrow: Decimal): [Interval, Interval, Interval] {
  const { down, up } = ic;
  const width = up.sub(h.hi, h.lo);
  const atLo = sigmoidPairBounds(ic, h.lo);
  const atHi = width.lte(narrow) ? stretch(ic, atLo, width) : sigmoidPairBounds(ic, h.hi);
  const slope = ([s, c]: Bounds[]): Interval => ({ lo: down.mul(s.lo, c.lo), hi: up.mul(s.hi, c.hi) });
  const a = slope(atLo);
  const b = slope(atHi);
  const s1 = h.lo.gte(0)
    ? { lo: b.lo, hi: a.hi }
    : h.hi.lte(0)
      ? { lo: a.lo, hi: b.hi }
      : { lo: Decimal.min(a.lo, b.lo), hi: ic.fromRational(rat(1n, 4n)).hi };
  return [{ lo: atLo[0].lo, hi: atHi[0].hi }, { lo: atHi[1].lo, hi: atLo[1].hi }, s1];
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

/** Balls (src/numeric/ball/) with their one-kernel-call sigmoid jet and the step 1, 0 or [0, 1]: enclosures like intervalModelField's. */
export function ballModelField(bc: BallContext): ModelField<Ball> {
  return {
    fromRational: (r) => bc.fromRational(r),
    add: (a, b) => bc.add(a, b),
    sub: (a, b) => bc.sub(a, b),
    mul: (a, b) => bc.mul(a, b),
    div: (a, b) => bc.div(a, b),
    neg: (a) => bc.neg(a),
    exp: (a) => bc.exp(a),
    ln: (a) => bc.ln(a),
    sigmoid: (a) => bc.sigmoid(a),
    tanh: (a) => bc.tanh(a),
    relu: (a) => bc.relu(a),
    square: (a) => bc.square(a),
    sigmoidJet: (h) => bc.sigmoidJet(h),
    step: (h) => bc.step(h),
  };
}
