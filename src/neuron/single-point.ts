/**
 * One data point (x, t) of a sigmoid neuron with squared loss, and the factor s(w·x) of the question's gradient.
 * Certificate builders for the claims about where the factors vanish, where the one-point gradient vanishes, its
 * minimum-norm zero, the sign of each point's term along a separating direction and the gradient flow's time; and
 * the decimal evaluations that their evidence uses. Building a certificate proves nothing: the kernel checks it.
 * Symbols: h = w·x, t the target, λ a step along a coordinate, q = ‖x‖², c = logit(t), z = e^h.
 */
import type { Decimal } from 'decimal.js';
import { add as qAdd, mul as qMul, ZERO as Q_ZERO, type Rational } from '../algebra/rational.js';
import type { Certificate } from '../kernel/types.js';
import { decimalContext, type DecimalCtor } from '../numeric/context.js';
import { logit, sigmoidPair } from '../numeric/elementary.js';
import {
  derivativeIdentityCertificate,
  identityCertificate,
  positivityCertificate,
  sigmoidBoundsCertificates,
  sigmoidDirectionalLimitCertificates,
} from '../symbolic/certificates.js';
import { add, div, exp, ln, mul, neg, num, pow, sub, sym, type Expr } from '../symbolic/expr.js';
import { dotProduct, halfSquaredError, sigmoid, squaredErrorGradient } from '../symbolic/sigmoid.js';

const ONE = num(1);
const ZERO = num(0);

function symbols(name: string, d: number): Expr[] {
  return Array.from({ length: d }, (_, i) => sym(`${name}_${i + 1}`));
}

function dot(a: readonly Expr[], b: readonly Expr[]): Expr {
  return add(...a.map((ai, i) => mul(ai, b[i])));
}

function normSquared(a: readonly Expr[]): Expr {
  return add(...a.map((ai) => pow(ai, 2)));
}

/** z/(1 + z): the sigmoid written in z = e^h. */
function logistic(z: Expr): Expr {
  return div(z, add(ONE, z));
}

// ---- Certificates ----

/** 0 < s(h) < 1 for real h, then s(w·x) > 0 and 1 − s(w·x) > 0 for all real w, x ∈ R^d, d = 1..maxDimension. */
export function factorBoundsCertificates(maxDimension = 5): Certificate[] {
  const out = sigmoidBoundsCertificates();
  for (let d = 1; d <= maxDimension; d++) {
    const s = sigmoid(dotProduct(d));
    out.push(positivityCertificate(s), positivityCertificate(sub(ONE, s)));
  }
  return out;
}

/** s((w − λe_1)·x) at x = (x1, x2), written (w_1 − λ)·x1 + w_2·x2 so that the input's entries show in the statement. */
function alongFirstCoordinate(w1: Expr, w2: Expr, x1: Expr, x2: Expr): Expr {
  return sigmoid(add(mul(sub(w1, sym('lambda')), x1), mul(w2, x2)));
}

/**
 * A counterexample to "one coordinate of w sent to −∞ makes s(w·x) vanish, for any x", as one conjunction: at x = (0, 1)
 * the factor along w − λe_1 is s(w_2) for every λ, s(w_2) > 0, and at w = 0 it is 1/2 for every λ.
 */
export function oneCoordinateWitness(): Certificate {
  const [w1, w2] = [sym('w_1'), sym('w_2')];
  return {
    kind: 'conjunction',
    parts: [
      identityCertificate(alongFirstCoordinate(w1, w2, ZERO, ONE), sigmoid(w2)),
      positivityCertificate(sigmoid(w2)),
      identityCertificate(alongFirstCoordinate(ZERO, ZERO, ZERO, ONE), num('1/2')),
    ],
  };
}

/**
 * The facts behind "along w − λe_j the factor s(w·x) tends to 0 iff x_j > 0, to 1 iff x_j < 0, and is constant iff
 * x_j = 0": those of `sigmoidDirectionalLimitCertificates` (h = w·x, v = e^{λ x_j}), s(h − λ·0) ≡ s(h), and for
 * every d ≤ maxDimension and j ≤ d the identity s((w − λe_j)·x) ≡ 1/(1 + e^{−w·x} e^{λ x_j}).
 */
export function directionalLimitCertificates(maxDimension = 5): Certificate[] {
  const [h, lambda] = [sym('h'), sym('lambda')];
  const out = [...sigmoidDirectionalLimitCertificates(), identityCertificate(sigmoid(sub(h, mul(lambda, ZERO))), sigmoid(h))];
  for (let d = 1; d <= maxDimension; d++) {
    const [w, x] = [symbols('w', d), symbols('x', d)];
    for (let j = 0; j < d; j++) {
      const moved = w.map((wi, i) => (i === j ? sub(wi, lambda) : wi));
      out.push(identityCertificate(sigmoid(dot(moved, x)), div(ONE, add(ONE, mul(exp(neg(dot(w, x))), exp(mul(lambda, x[j])))))));
    }
  }
  return out;
}

/**
 * The facts behind the zero set of one point's gradient: s(h)(1 − s(h)) > 0; s(h) ≡ e^h/(1 + e^h); in z = e^h,
 * z/(1 + z) − t ≡ ((1 − t)z − t)/(1 + z); at z_* = t/(1 − t), z_* / (1 + z_*) ≡ t and the gradient factor
 * −(t − s)s(1 − s) is identically 0.
 */
export function zeroSetCertificates(): Certificate[] {
  const [h, t, z] = ['h', 't', 'z'].map(sym);
  const s = sigmoid(h);
  const zStar = div(t, sub(ONE, t));
  return [
    positivityCertificate(mul(s, sub(ONE, s))),
    identityCertificate(s, logistic(exp(h))),
    identityCertificate(sub(logistic(z), t), div(sub(mul(sub(ONE, t), z), t), add(ONE, z))),
    identityCertificate(logistic(zStar), t),
    identityCertificate(squaredErrorGradient(t, logistic(zStar)), ZERO),
  ];
}

/**
 * The facts behind the minimum-norm zero w* = c·x/‖x‖² of one point, for d = 1..maxDimension: w*·x ≡ c, and
 * ‖w‖² − ‖w*‖² − ‖w − w*‖² ≡ 2c(w·x − c)/‖x‖² for all w.
 */
export function minNormCertificates(maxDimension = 5): Certificate[] {
  const c = sym('c');
  const out: Certificate[] = [];
  for (let d = 1; d <= maxDimension; d++) {
    const [w, x] = [symbols('w', d), symbols('x', d)];
    const q = normSquared(x);
    const wStar = x.map((xi) => mul(div(c, q), xi));
    out.push(identityCertificate(dot(wStar, x), c));
    const excess = sub(sub(normSquared(w), normSquared(wStar)), normSquared(w.map((wi, i) => sub(wi, wStar[i]))));
    out.push(identityCertificate(excess, div(mul(num(2), c, sub(dot(w, x), c)), q)));
  }
  return out;
}

/**
 * The facts behind "no finite zero for separable data": the sign of one point's term (t − s(h)) s(h)(1 − s(h)) p of
 * −∇L·v, with p = x·v, is positive when p > 0 and t = 1 + u (u > 0) or t = 1, and when p = −q < 0 and t = −u (u > 0)
 * or t = 0; and for d = 1..maxDimension, ∂/∂ε ½(t − s((w + εv)·x))² ≡ −(t − s)s(1 − s)(v·x).
 */
export function separableTermCertificates(maxDimension = 5): Certificate[] {
  const [h, u, p, q, epsilon] = ['h', 'u', 'p', 'q', 'epsilon'].map(sym);
  const s = sigmoid(h);
  const term = (t: Expr, xv: Expr): Expr => mul(sub(t, s), s, sub(ONE, s), xv);
  const out = [
    positivityCertificate(term(add(ONE, u), p), ['u', 'p']),
    positivityCertificate(term(ONE, p), ['p']),
    positivityCertificate(term(neg(u), neg(q)), ['u', 'q']),
    positivityCertificate(term(ZERO, neg(q)), ['q']),
  ];
  const t = sym('t');
  for (let d = 1; d <= maxDimension; d++) {
    const [w, v, x] = [symbols('w', d), symbols('v', d), symbols('x', d)];
    const moved = sigmoid(dot(w.map((wi, i) => add(wi, mul(epsilon, v[i]))), x));
    out.push(derivativeIdentityCertificate(halfSquaredError(t, moved), 'epsilon', squaredErrorGradient(t, moved, dot(v, x))));
  }
  return out;
}

/**
 * The gradient flow's time as a function of h = w·x for one point, t ∉ {0, 1}, with q = ‖x‖²:
 * T(h) = [−e^h/(1 − t) + (1 + 2t)h/t² − e^{−h}/t − ln(σ(t − (1 − t)e^h))/((1 − t)² t²)]/q, where σ = ±1 is the sign of
 * t − s(h) (so that the logarithm's argument, (1 + e^h)·σ(t − s(h)), is positive).
 */
export function flowTimeExpr(sigma: 1 | -1): Expr {
  const [h, t, q] = ['h', 't', 'q'].map(sym);
  const a = sub(ONE, t);
  const inner = sub(t, mul(a, exp(h)));
  return div(
    add(
      neg(div(exp(h), a)),
      div(mul(add(ONE, mul(num(2), t)), h), pow(t, 2)),
      neg(div(exp(neg(h)), t)),
      neg(div(ln(sigma === 1 ? inner : sub(mul(a, exp(h)), t)), mul(pow(a, 2), pow(t, 2)))),
    ),
    q,
  );
}

/** The flow's time T(h) for t = 1: [e^{2h}/2 + 3e^h + 3h − e^{−h}]/q; and for t = 0: [−e^h − 3h + 3e^{−h} + e^{−2h}/2]/q. */
export function flowTimeAtEndExpr(t: 0 | 1): Expr {
  const [h, q] = [sym('h'), sym('q')];
  const e = (k: number): Expr => exp(k === 1 ? h : k === -1 ? neg(h) : mul(num(k), h));
  const body = t === 1
    ? add(div(e(2), num(2)), mul(num(3), e(1)), mul(num(3), h), neg(e(-1)))
    : add(neg(e(1)), neg(mul(num(3), h)), mul(num(3), e(-1)), div(e(-2), num(2)));
  return div(body, q);
}

/**
 * The facts behind the gradient flow of one point: T'(h) ≡ 1/(q (t − s(h)) s(h)(1 − s(h))) for the two branches of
 * `flowTimeExpr` and for t = 1 and t = 0; (1 + e^h)(t − s(h)) ≡ t − (1 − t)e^h (the logarithm's argument has the sign
 * of t − s(h)); and for d = 1..maxDimension, x·(−∇L) ≡ ‖x‖² (t − s)s(1 − s) with the question's gradient
 * ∇L = −(t − s)s(1 − s)x, s = s(w·x).
 */
export function gradientFlowCertificates(maxDimension = 5): Certificate[] {
  const [h, t, q] = ['h', 't', 'q'].map(sym);
  const s = sigmoid(h);
  const rate = (target: Expr): Expr => div(ONE, mul(q, sub(target, s), s, sub(ONE, s)));
  const out = [
    derivativeIdentityCertificate(flowTimeExpr(1), 'h', rate(t)),
    derivativeIdentityCertificate(flowTimeExpr(-1), 'h', rate(t)),
    derivativeIdentityCertificate(flowTimeAtEndExpr(1), 'h', rate(ONE)),
    derivativeIdentityCertificate(flowTimeAtEndExpr(0), 'h', rate(ZERO)),
    identityCertificate(mul(add(ONE, exp(h)), sub(t, s)), sub(t, mul(sub(ONE, t), exp(h)))),
  ];
  for (let d = 1; d <= maxDimension; d++) {
    const x = symbols('x', d);
    const sd = sigmoid(dotProduct(d));
    const minusGradient = x.map((xj) => neg(squaredErrorGradient(t, sd, xj)));
    out.push(identityCertificate(dot(x, minusGradient), mul(normSquared(x), sub(t, sd), sd, sub(ONE, sd))));
  }
  return out;
}

// ---- Decimal evaluations (evidence; nothing here is rigorous) ----

function decimalOf(D: DecimalCtor, r: Rational): Decimal {
  return D.div(r.num.toString(), r.den.toString());
}

function dotDecimal(D: DecimalCtor, w: readonly Decimal[], x: readonly Rational[]): Decimal {
  return w.reduce((acc, wi, i) => D.add(acc, D.mul(wi, decimalOf(D, x[i]))), new D(0));
}

/** ‖x‖² exactly. */
export function normSquaredOf(x: readonly Rational[]): Rational {
  return x.reduce((acc, xi) => qAdd(acc, qMul(xi, xi)), Q_ZERO);
}

/** The minimum-norm zero logit(t)·x/‖x‖² of one point's gradient at `precision` digits (0 < t < 1, x ≠ 0). */
export function minNormZero(x: readonly Rational[], t: Rational, precision: number): Decimal[] {
  const D = decimalContext(precision);
  const c = logit(D, decimalOf(D, t));
  const q = decimalOf(D, normSquaredOf(x));
  if (q.isZero()) throw new RangeError('x must not be 0');
  return x.map((xi) => D.mul(c, decimalOf(D, xi)).div(q));
}

/** s(w·x) at `precision` digits. */
export function sigmoidOfDot(w: readonly Decimal[], x: readonly Rational[], precision: number): Decimal {
  const D = decimalContext(precision);
  return sigmoidPair(D, dotDecimal(D, w, x))[0];
}

/** The question's gradient −(t − s)s(1 − s)x at w, s = s(w·x), at `precision` digits (1 − s without cancellation). */
export function gradientAt(w: readonly Decimal[], x: readonly Rational[], t: Rational, precision: number): Decimal[] {
  const D = decimalContext(precision);
  const [s, c] = sigmoidPair(D, dotDecimal(D, w, x));
  const factor = D.mul(D.sub(decimalOf(D, t), s), D.mul(s, c)).neg();
  return x.map((xi) => D.mul(factor, decimalOf(D, xi)));
}

/** The flow's speed dh/dτ = q (t − s(h)) s(h)(1 − s(h)) at `precision` digits. */
export function flowRate(h: Decimal, t: Rational, q: Rational, precision: number): Decimal {
  const D = decimalContext(precision);
  const [s, c] = sigmoidPair(D, h);
  return D.mul(decimalOf(D, q), D.mul(D.sub(decimalOf(D, t), s), D.mul(s, c)));
}

/**
 * T(h) of `flowTimeExpr` at `precision` digits, t ∉ {0, 1}, on the branch of the sign of t − s(h) (which must not be 0),
 * computed with guard digits against the cancellation in t − (1 − t)e^h near h = logit(t).
 */
export function flowTime(h: Decimal, t: Rational, q: Rational, precision: number): Decimal {
  const W = decimalContext(precision + 30);
  const H = new W(h);
  const T = decimalOf(W, t);
  const a = W.sub(1, T);
  if (T.isZero() || a.isZero()) throw new RangeError('flowTime needs t ∉ {0, 1}');
  const e = W.exp(H);
  const inner = W.sub(T, W.mul(a, e));
  if (inner.isZero()) throw new RangeError('flowTime is undefined where s(h) = t');
  const value = W.sub(W.mul(W.add(1, W.mul(2, T)), H).div(W.mul(T, T)), e.div(a))
    .sub(W.div(1, e).div(T))
    .sub(W.ln(inner.abs()).div(W.mul(W.mul(a, a), W.mul(T, T))))
    .div(decimalOf(W, q));
  return new (decimalContext(precision))(value);
}

/**
 * w after `steps` classical Runge–Kutta steps of size dt of the gradient flow dw/dτ = −∇L(w) = (t − s)s(1 − s)x,
 * s = s(w·x), from w0, at `precision` digits (it never uses the reduction to h = w·x).
 */
export function gradientFlow(w0: readonly Decimal[], x: readonly Rational[], t: Rational, dt: Decimal, steps: number, precision: number): Decimal[] {
  const D = decimalContext(precision);
  const field = (w: readonly Decimal[]): Decimal[] => gradientAt(w, x, t, precision).map((g) => g.neg());
  const shift = (w: readonly Decimal[], k: readonly Decimal[], f: Decimal): Decimal[] => w.map((wi, i) => D.add(wi, D.mul(f, k[i])));
  const half = D.div(dt, 2);
  const sixth = D.div(dt, 6);
  let w = w0.map((wi) => new D(wi));
  for (let n = 0; n < steps; n++) {
    const k1 = field(w);
    const k2 = field(shift(w, k1, half));
    const k3 = field(shift(w, k2, half));
    const k4 = field(shift(w, k3, dt));
    w = w.map((wi, i) => D.add(wi, D.mul(sixth, D.add(D.add(k1[i], D.mul(2, k2[i])), D.add(D.mul(2, k3[i]), k4[i])))));
  }
  return w;
}
