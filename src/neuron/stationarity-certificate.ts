/**
 * The kernel-checked form of the stationarity identity L'(w) = c · z^m · N(z) / D(z), z = e^w: a `derivative-identity`
 * certificate whose expression is the loss L(w) written out with the data, and whose claimed derivative is
 * c · exp(w)^m · N(exp(w)) / D(exp(w)) built from `stationarityPolynomial`. The kernel differentiates the loss itself
 * and normalises (exp(k w) is (e^w)^k there), so the polynomial N stops being trusted-but-unchecked output.
 */
import type { Certificate } from '../kernel/types.js';
import { rat, sub as qSub, ONE, type Rational } from '../algebra/rational.js';
import type { ZPoly } from '../algebra/poly-z.js';
import { add, div, exp, ln, mul, neg, num, pow, sub, sym, type Expr } from '../symbolic/expr.js';
import { derivativeIdentityCertificate } from '../symbolic/certificates.js';
import { sigmoid } from '../symbolic/sigmoid.js';
import type { Problem } from './model.js';
import { exactStationaryPoints, stationarityPolynomial, type ExactStationarity, type ScalarProblem, type StationarityPolynomial } from './stationarity.js';

/** The symbol of the scalar weight in the certificates. */
export const WEIGHT = 'w';

/** f(x w) as an expression: s = 1/(1 + e^(−xw)), tanh = (e^(2xw) − 1)/(e^(2xw) + 1), or e^(xw). */
function activationExpr(activation: ScalarProblem['activation'], x: bigint): Expr {
  const times = (k: bigint): Expr => (k === 1n ? sym(WEIGHT) : mul(num(k), sym(WEIGHT)));
  const h = times(x);
  if (activation === 'sigmoid') return sigmoid(h);
  if (activation === 'exp') return exp(h);
  const e2 = exp(times(2n * x));
  return div(sub(e2, num(1)), add(e2, num(1)));
}

/**
 * The loss L(w) written with the data: ½ Σ (t_i − f(x_i w))² (mse) or −Σ [t_i ln s(x_i w) + (1 − t_i) ln(1 − s(x_i w))]
 * (xent, sigmoid only); every point is kept, x = 0 included (a constant term).
 */
export function lossExpr(problem: ScalarProblem): Expr {
  if (problem.loss === 'xent' && problem.activation !== 'sigmoid') {
    throw new RangeError(`cross-entropy needs the sigmoid activation, not ${problem.activation}`);
  }
  const terms = problem.data.map(({ x, t }) => {
    const f = activationExpr(problem.activation, x);
    if (problem.loss === 'mse') return pow(sub(num(t), f), 2);
    return add(mul(num(t), ln(f)), mul(num(qSub(ONE, t)), ln(sub(num(1), f))));
  });
  return problem.loss === 'mse' ? mul(num(rat(1, 2)), add(...terms)) : neg(add(...terms));
}

/** E^k (E itself for k = 1). */
function powerOf(E: Expr, k: number): Expr {
  return k === 1 ? E : pow(E, k);
}

/** p(E) = Σ p_k E^k as an expression, highest power first, written with subtractions (p must not be 0). */
function polynomialIn(p: ZPoly, E: Expr): Expr {
  const terms: Expr[] = [];
  for (let k = p.length - 1; k >= 0; k--) {
    const c = p[k];
    if (c === 0n) continue;
    const magnitude = c < 0n ? -c : c;
    const term = k === 0 ? num(magnitude) : magnitude === 1n ? powerOf(E, k) : mul(num(magnitude), powerOf(E, k));
    terms.push(c < 0n ? neg(term) : term);
  }
  return add(...terms);
}

/** c · exp(w)^m · N(exp(w)) / D(exp(w)) as an expression (without the division when D = 1). */
export function stationarityExpr(sp: StationarityPolynomial): Expr {
  const E = exp(sym(WEIGHT));
  const scale: Rational = sp.scale;
  const constantDenominator = sp.denominator.length === 1 && sp.denominator[0] === 1n;
  const N = polynomialIn(sp.numerator, E);
  const factors = [num(scale), ...(sp.shift === 0 ? [] : [powerOf(E, sp.shift)]), constantDenominator ? N : div(N, polynomialIn(sp.denominator, E))];
  return mul(...factors);
}

/**
 * The `derivative-identity` certificate d/dw L(w) ≡ c · e^(mw) · N(e^w) / D(e^w) for the problem, with N, D, c, m
 * from `stationarityPolynomial` (or from `sp` when given, e.g. a tampered one for a negative control).
 */
export function stationarityIdentityCertificate(problem: ScalarProblem, sp: StationarityPolynomial = stationarityPolynomial(problem)): Certificate {
  return derivativeIdentityCertificate(lossExpr(problem), WEIGHT, stationarityExpr(sp));
}

/** The exact stationary points of a problem with the certificates that make them complete and kernel-checked. */
export interface CertifiedStationarity {
  exact: ExactStationarity;
  /** L' = c z^m N / D (derivative-identity), D has no root in (0, ∞) (omitted when D = 1), N has exactly k roots there, and one isolation per point. */
  certificates: Certificate[];
}

/**
 * Every stationary point of the problem with its certificates: the stationarity identity, D > 0 on (0, ∞) (no root,
 * positive leading coefficient), the count of the positive roots of N, and each point's isolating interval with the
 * sign change of N across it.
 */
export function certifiedStationarity(problem: ScalarProblem): CertifiedStationarity {
  const exact = exactStationaryPoints(problem);
  return {
    exact,
    certificates: [
      stationarityIdentityCertificate(problem, exact.polynomial),
      ...(exact.polynomial.denominator.length > 1 ? [exact.denominatorPositive] : []),
      exact.rootCount,
      ...exact.points.map((p) => p.isolation),
    ],
  };
}

/** The scalar problem as a d = 1 model problem (for the numeric evaluators and iterations). */
export function toModelProblem(problem: ScalarProblem): Problem {
  return { activation: problem.activation, loss: problem.loss, data: problem.data.map(({ x, t }) => ({ x: [rat(x)], t })) };
}
