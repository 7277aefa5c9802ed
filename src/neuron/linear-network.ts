/**
 * The linear network f = a·b·x of the question's comments: the loss, the certificates that every stationary point
 * off the origin is a global minimum and that the origin is a saddle, the witness that the zeros of ∇L have
 * different losses, and exact evaluations.
 */
import { div as qDiv, isZero, ONE, ZERO, type Rational } from '../algebra/rational.js';
import type { Certificate } from '../kernel/types.js';
import { evaluateExactly } from '../kernel/checkers/exact-evaluation.js';
import { derivativeIdentityCertificate, identityCertificate, positivityCertificate } from '../symbolic/certificates.js';
import { derivative } from '../symbolic/derivative.js';
import { exactEvaluationCertificate } from '../symbolic/exact-certificates.js';
import { add, div, mul, neg, num, pow, sub, substitute, sym, type Expr } from '../symbolic/expr.js';
import { symbolVector } from '../symbolic/linear-forms.js';
import { halfSquaredError } from '../symbolic/sigmoid.js';
import { dataSums, type ScalarDatum } from './scalar-data.js';

/** ½ Σ_i (t_i − a·b·x_i)² with the data as exact numbers and a, b symbols. */
export function linearNetworkLoss(data: readonly ScalarDatum[]): Expr {
  const [a, b] = [sym('a'), sym('b')];
  return add(...data.map(({ x, t }) => halfSquaredError(num(t), x.num === 1n && x.den === 1n ? mul(a, b) : mul(num(x), a, b))));
}

/**
 * The witness that the zeros of ∇L for f = a·b·x do not all have the same loss: ∂L/∂a and ∂L/∂b are exactly 0 at the
 * origin and at (1, c), c = S_tx/S_xx, while L takes two different exact values there. Throws when S_tx = 0 or S_xx = 0.
 */
export function linearNetworkWitness(data: readonly ScalarDatum[]): Certificate {
  const { Sxx, Stx } = dataSums(data);
  if (isZero(Sxx) || isZero(Stx)) throw new RangeError('the witness needs S_xx ≠ 0 and S_tx ≠ 0');
  const c = qDiv(Stx, Sxx);
  const L = linearNetworkLoss(data);
  const origin = { a: ZERO, b: ZERO };
  const onHyperbola = { a: ONE, b: c };
  const value = (p: { a: Rational; b: Rational }): Rational => evaluateExactly(L, new Map(Object.entries(p)));
  return {
    kind: 'conjunction',
    parts: [
      exactEvaluationCertificate(L, ['a'], [[origin, ZERO], [onHyperbola, ZERO]]),
      exactEvaluationCertificate(L, ['b'], [[origin, ZERO], [onHyperbola, ZERO]]),
      exactEvaluationCertificate(L, [], [[origin, value(origin)], [onHyperbola, value(onHyperbola)]]),
    ],
  };
}

/** ½ Σ_{i ≤ n} (t_i − a·b·x_i)² with symbols x_i, t_i, a, b. */
export function symbolicLinearNetworkLoss(n: number): Expr {
  const [a, b] = [sym('a'), sym('b')];
  return add(...symbolVector('x', n).map((x, i) => halfSquaredError(sym(`t_${i + 1}`), mul(a, b, x))));
}

function symbolicSums(n: number): { Sxx: Expr; Stx: Expr; Stt: Expr } {
  const x = symbolVector('x', n);
  const t = symbolVector('t', n);
  return { Sxx: add(...x.map((xi) => pow(xi, 2))), Stx: add(...x.map((xi, i) => mul(t[i], xi))), Stt: add(...t.map((ti) => pow(ti, 2))) };
}

/** The loss in the sums, ℓ(p) = ½S_tt − p·S_tx + ½p²S_xx at p = a·b, and its minimum L* = ½S_tt − S_tx²/(2S_xx). */
function linearNetworkForms(S: { Sxx: Expr; Stx: Expr; Stt: Expr }): { optimum: Expr; excess: Expr; gradA: Expr; gradB: Expr } {
  const [a, b] = [sym('a'), sym('b')];
  const g = sub(S.Stx, mul(a, b, S.Sxx));
  return {
    optimum: sub(mul(num('1/2'), S.Stt), div(pow(S.Stx, 2), mul(num(2), S.Sxx))),
    excess: mul(num('1/2'), S.Sxx, pow(sub(mul(a, b), div(S.Stx, S.Sxx)), 2)),
    gradA: neg(mul(b, g)),
    gradB: neg(mul(a, g)),
  };
}

/**
 * The certificates for f = a·b·x: for n = 1..maxPoints symbolic points, L − L* ≡ ½S_xx(ab − S_tx/S_xx)²,
 * ∂L/∂a ≡ −b(S_tx − ab S_xx), ∂L/∂b ≡ −a(S_tx − ab S_xx); the same for the loss written in the sums as symbols,
 * ℓ(a, b) = ½S_tt − ab S_tx + ½(ab)²S_xx (every n); and the saddle at the origin: with S_tx = ±P, S_xx = Q, P, Q, v > 0,
 * ℓ(a, b) − ℓ(0, 0) is < 0 at (1/(1 + v), ±P/(Q(1 + v))) and > 0 at (1/(1 + v), ∓1/(1 + v)), points that tend to
 * the origin as v → ∞.
 */
export function linearNetworkCertificates(maxPoints = 3): Certificate[] {
  const out: Certificate[] = [];
  const [a, b] = [sym('a'), sym('b')];
  const check = (loss: Expr, S: { Sxx: Expr; Stx: Expr; Stt: Expr }): void => {
    const f = linearNetworkForms(S);
    out.push(
      identityCertificate(sub(loss, f.optimum), f.excess, 'L − L* is ½S_xx(ab − c)²'),
      derivativeIdentityCertificate(loss, 'a', f.gradA),
      derivativeIdentityCertificate(loss, 'b', f.gradB),
    );
  };
  for (let n = 1; n <= maxPoints; n++) check(symbolicLinearNetworkLoss(n), symbolicSums(n));
  const S = { Sxx: sym('S_xx'), Stx: sym('S_tx'), Stt: sym('S_tt') };
  const loss = add(mul(num('1/2'), S.Stt), neg(mul(a, b, S.Stx)), mul(num('1/2'), pow(mul(a, b), 2), S.Sxx));
  check(loss, S);
  const [P, Q, v] = ['P', 'Q', 'v'].map(sym);
  const near = div(num(1), add(num(1), v));
  const at = (stx: Expr, pa: Expr, pb: Expr): Expr => {
    const given = substitute(substitute(loss, 'S_tx', stx), 'S_xx', Q);
    return sub(substitute(substitute(given, 'a', pa), 'b', pb), substitute(substitute(given, 'a', num(0)), 'b', num(0)));
  };
  const descent = div(P, mul(Q, add(num(1), v)));
  for (const [stx, positive] of [[P, true], [neg(P), false]] as const) {
    out.push(positivityCertificate(at(stx, near, positive ? descent : neg(descent)), ['P', 'Q', 'v'], 'negative'));
    out.push(positivityCertificate(at(stx, near, positive ? neg(near) : near), ['P', 'Q', 'v']));
  }
  return out;
}

/** L(a, b) = ½ Σ (t_i − a b x_i)², exactly. */
export function linearNetworkLossAt(data: readonly ScalarDatum[], a: Rational, b: Rational): Rational {
  return evaluateExactly(linearNetworkLoss(data), new Map([['a', a], ['b', b]]));
}

/** ∇L(a, b) exactly, by the kernel's symbolic derivative of the concrete loss evaluated at (a, b). */
export function linearNetworkGradientAt(data: readonly ScalarDatum[], a: Rational, b: Rational): [Rational, Rational] {
  const L = linearNetworkLoss(data);
  const at = new Map([['a', a], ['b', b]]);
  return [evaluateExactly(derivative(L, 'a'), at), evaluateExactly(derivative(L, 'b'), at)];
}
