/**
 * The gradient of the training loss on float64 interval boxes, for the fast complete search (numeric/f64/prune.ts).
 *
 * Every point enters only through the scalar h_i = w·x_i, whose range over a box is tight (an interval dot product
 * with point coefficients): L = Σ ℓ_i(h_i), grad L = Σ φ_i(h_i) x_i, Hess L = Σ ψ_i(h_i) x_i x_iᵀ with φ = ℓ', ψ = ℓ''.
 * For sigmoid, tanh and exp, ℓ_i, φ_i, ψ_i are enclosed over the h-range from their monotone pieces (their critical
 * points bracketed once per target, point-loss-shape.ts; ranges by numeric/f64/monotone.ts), so the enclosures are
 * the true ranges up to rounding instead of the naive interval extension's overestimate. Other activations use the
 * naive extension of the same formulas. x_i x_iᵀ is precomputed (outward-rounded products of the exact inputs).
 */
import { ratToString } from '../algebra/rational.js';
import * as I from '../numeric/f64/interval.js';
import type { F64Interval } from '../numeric/f64/interval.js';
import { exp, ln, sigmoidJet, softplusAt } from '../numeric/f64/elementary.js';
import type { LogCoefficient } from '../numeric/f64/zonotope.js';
import { monotoneRange } from '../numeric/f64/monotone.js';
import type { F64Jets, F64System, SecondOrderForm } from '../numeric/f64/prune.js';
import { f64IntervalModelField, lossGradientHessianAt, pointLossJet, prepare, type Prepared, type Problem } from './model.js';
import { hasShape, lossShape, type LossShape, type ShapedActivation } from './point-loss-shape.js';

type Point = Prepared<F64Interval>['points'][number];

/** One distinct data point ready for the box loop: its inputs, products x_j x_k (j <= k), multiplicity and shape. */
interface BoxPoint {
  point: Point;
  coords: { j: number; x: F64Interval }[];
  products: { j: number; k: number; x: F64Interval }[];
  count: F64Interval | null;
  shape: LossShape;
  /** ℓ, φ, ψ, ℓ''' enclosed (naively) over each of their brackets, once per point. */
  over: { loss: F64Interval[]; slope: F64Interval[]; curvature: F64Interval[]; third: F64Interval[] };
  /** ℓ''' enclosed at or over h. */
  third: (Y: F64Interval) => F64Interval;
}

/** {h = w·x : w ∈ X} enclosed (an interval dot product over the point's non-zero inputs). */
function dotRange(X: F64Interval[], coords: BoxPoint['coords']): F64Interval {
  let h = I.point(0);
  for (const { j, x } of coords) h = I.add(h, I.mul(X[j], x));
  return h;
}

/** f(h) and f'(h) enclosed over h for a shaped activation (f' = P(f) computed without cancellation: s·s(−h), 4 s(2h) s(−2h), e^h). */
function activationPair(activation: ShapedActivation, h: F64Interval): [F64Interval, F64Interval] {
  if (activation === 'exp') {
    const e = exp(h);
    return [e, e];
  }
  if (activation === 'sigmoid') {
    const [s, , s1] = sigmoidJet(h);
    return [s, s1];
  }
  const [s, c, s1] = sigmoidJet(I.scale(h, 2));
  return [I.sub(s, c), I.scale(s1, 4)];
}

/** ℓ'''(h) = Ψ'(f(h)) f'(h) enclosed over h (Horner in interval arithmetic). */
function thirdOver(activation: ShapedActivation, factor: readonly F64Interval[], h: F64Interval): F64Interval {
  const [f, f1] = activationPair(activation, h);
  let p = I.point(0);
  for (let k = factor.length - 1; k >= 0; k--) p = I.add(I.mul(p, f), factor[k]);
  return I.mul(p, f1);
}

/**
 * The widest h-radius |x_i·(x − c)| at which the Taylor form is tried: past it the remainder ½ℓ'''δ² exceeds what the
 * form could exclude for sigmoid-like losses (their slopes vary on a scale of about 1 in h). A heuristic only.
 */
const TAYLOR_MAX_RADIUS = 2;

/**
 * For the sigmoid with a target 0 or 1, φ = ℓ' never vanishes: φ = s e^{x(h)} with s and x from softplus
 * sp(y) = ln(1 + e^y) (increasing): squared loss, t = 0: φ = σ(h)² σ(−h), x = −2 sp(−h) − sp(h); t = 1:
 * φ = −σ(h) σ(−h)², x = −sp(−h) − 2 sp(h); cross-entropy, t = 0: φ = σ(h), x = −sp(−h); t = 1: φ = −σ(−h), x = −sp(h).
 * Returns s and an enclosure of x over h ∈ [a, b] (each sp term bounded at the end where it is extreme), or null
 * for other targets, activations or losses. Unlike φ itself, x does not underflow for saturated points.
 */
function logSlopeOver(problem: Problem, t: Point['target'], a: number, b: number): LogCoefficient | null {
  if (problem.activation !== 'sigmoid' || t.den !== 1n || (t.num !== 0n && t.num !== 1n)) return null;
  const one = t.num === 1n;
  // Coefficients (p, q) of x = −p sp(−h) − q sp(h): lower bound at (sp(−a), sp(b)), upper at (sp(−b), sp(a)).
  const [p, q] = problem.loss === 'xent' ? (one ? [0, 1] : [1, 0]) : one ? [1, 2] : [2, 1];
  const at = (left: number, right: number) => I.sub(I.scale(softplusAt(-left), -p), I.scale(softplusAt(right), q));
  return { sign: one ? -1 : 1, log: { lo: at(a, b).lo, hi: at(b, a).hi } };
}

/** The naive system: the analytic formulas in the interval field over the whole box (any activation). */
function naiveSystem(problem: Problem, P: Prepared<F64Interval>): F64System {
  return {
    dim: P.dim,
    jets: (X) => lossGradientHessianAt(P, X),
    smooth: (X) => problem.activation !== 'relu' || P.points.every((p) => !I.containsZero(dotRange(X, p.coords))),
  };
}

/**
 * The gradient system of the problem on float64 boxes: enclosures of L, grad L, Hess L over a box in one pass, with
 * ℓ, φ, ψ per point enclosed by monotone pieces when the activation has a shape (sigmoid, tanh, exp), naively
 * otherwise; smooth = true except for relu boxes meeting a kink w·x_i = 0. Trusted as f64/elementary.ts states.
 */
export function f64GradientSystem(problem: Problem): F64System {
  const P = prepare(f64IntervalModelField(), problem);
  if (!hasShape(problem.activation, problem.loss)) return naiveSystem(problem, P);
  const activation = problem.activation;
  const shapes = new Map<string, LossShape>();
  const points: BoxPoint[] = P.points.map((point) => {
    const key = ratToString(point.target);
    let shape = shapes.get(key);
    if (shape === undefined) shapes.set(key, (shape = lossShape(activation, problem.loss, point.target)));
    const products = point.coords.flatMap((a) => point.coords.filter((b) => b.j >= a.j).map((b) => ({ j: a.j, k: b.j, x: I.mul(a.x, b.x) })));
    const third = (Y: F64Interval) => thirdOver(activation, shape.thirdFactor, Y);
    const over = {
      loss: shape.loss.map((B) => pointLossJet(P, B, point).loss),
      slope: shape.slope.map((B) => pointLossJet(P, B, point).slope),
      curvature: shape.curvature.map((B) => pointLossJet(P, B, point).curvature),
      third: shape.third.map(third),
    };
    return { point, coords: point.coords, products, count: point.count, shape, over, third };
  });
  const d = P.dim;
  const times = (count: F64Interval | null, x: F64Interval) => (count === null ? x : I.mul(count, x));
  const jets = (X: F64Interval[]) => {
    let loss = I.point(0);
    const gradient = Array.from({ length: d }, () => I.point(0));
    const H = Array.from({ length: d }, () => Array.from({ length: d }, () => I.point(0)));
    const slope: F64Interval[] = [];
    const curvature: F64Interval[] = [];
    for (const { point, coords, products, count, shape, over } of points) {
      const h = dotRange(X, coords);
      const atA = pointLossJet(P, I.point(h.lo), point);
      const atB = h.lo === h.hi ? atA : pointLossJet(P, I.point(h.hi), point);
      const l = monotoneRange(h.lo, h.hi, atA.loss, atB.loss, shape.loss, over.loss);
      const phi = times(count, monotoneRange(h.lo, h.hi, atA.slope, atB.slope, shape.slope, over.slope));
      const psi = times(count, monotoneRange(h.lo, h.hi, atA.curvature, atB.curvature, shape.curvature, over.curvature));
      loss = I.add(loss, times(count, l));
      slope.push(phi);
      curvature.push(psi);
      for (const { j, x } of coords) gradient[j] = I.add(gradient[j], I.mul(phi, x));
      for (const { j, k, x } of products) H[j][k] = I.add(H[j][k], I.mul(psi, x));
    }
    for (let j = 0; j < d; j++) for (let k = 0; k < j; k++) H[j][k] = H[k][j];
    return { loss, gradient, hessian: H, perPoint: { slope, curvature } };
  };
  /**
   * Per point i, with δ_i = x_i·(x − c) and Taylor's theorem with Lagrange remainder for φ_i about h_i(c):
   * v·g(x) = v·g(c) + Σ_k [Σ_i ψ_i(h_i(c)) (v·x_i) x_ik] (x_k − c_k) + ½ Σ_i (v·x_i) ℓ_i'''(ξ_i) δ_i², ξ_i in the h-range.
   */
  const secondOrder = (X: F64Interval[], c: number[], V: number[][]): SecondOrderForm | null => {
    const C = c.map(I.point);
    const dX = X.map((x, j) => I.sub(x, C[j]));
    if (points.some(({ coords }) => I.magnitude(dotRange(dX, coords)) > TAYLOR_MAX_RADIUS)) return null;
    const constant = V.map(() => I.point(0));
    const linear = V.map(() => Array.from({ length: d }, () => I.point(0)));
    for (const { point, coords, count, shape, over, third: thirdAt } of points) {
      const hc = dotRange(C, coords);
      const h = dotRange(X, coords);
      const at = pointLossJet(P, hc, point);
      const third = monotoneRange(h.lo, h.hi, thirdAt(I.point(h.lo)), thirdAt(I.point(h.hi)), shape.third, over.third);
      const remainder = I.mul(I.scale(third, 0.5), I.square(dotRange(dX, coords)));
      const phi = times(count, at.slope);
      const psi = times(count, at.curvature);
      const rest = times(count, remainder);
      for (let r = 0; r < V.length; r++) {
        const v = V[r];
        let vx = I.point(0);
        for (const { j, x } of coords) vx = I.add(vx, I.mul(I.point(v[j]), x));
        constant[r] = I.add(constant[r], I.mul(I.add(phi, rest), vx));
        const psiVx = I.mul(psi, vx);
        for (const { j, x } of coords) linear[r][j] = I.add(linear[r][j], I.mul(psiVx, x));
      }
    }
    return { constant, linear };
  };
  const generators = points.map(({ coords }) => {
    const g = Array.from({ length: d }, () => I.point(0));
    for (const { j, x } of coords) g[j] = x;
    return g;
  });
  /**
   * Per point, φ_i(w·x_i) over X enclosed twice — its range over the h-range (monotone pieces) and the mean-value
   * form φ_i(h_i(c)) + ψ_i(h-range)·x_i·(X − c) — and intersected: grad L(x) = Σ_i φ_i x_i with φ_i in it, x ∈ X.
   */
  const slopes = (X: F64Interval[], c: number[], over: F64Jets, atCentre: F64Jets) => {
    const box = over.perPoint ?? jets(X).perPoint;
    const centre = atCentre.perPoint ?? jets(c.map(I.point)).perPoint;
    if (box === undefined || centre === undefined) throw new Error('f64GradientSystem: jets without per-point slopes');
    const C = c.map(I.point);
    const dX = X.map((x, j) => I.sub(x, C[j]));
    const coefficients = points.map(({ coords }, i) => {
      const range = box.slope[i];
      const meanValue = I.add(centre.slope[i], I.mul(box.curvature[i], dotRange(dX, coords)));
      return I.intersect(range, meanValue) ?? range;
    });
    const logCoefficients = () => {
      const out: LogCoefficient[] = [];
      for (const { point, coords, count } of points) {
        const h = dotRange(X, coords);
        const c = logSlopeOver(problem, point.target, h.lo, h.hi);
        if (c === null) return null;
        out.push(count === null ? c : { sign: c.sign, log: I.add(c.log, ln(count)) });
      }
      return out;
    };
    return { coefficients, generators, logCoefficients };
  };
  return { dim: d, jets, smooth: () => true, secondOrder, slopes };
}
