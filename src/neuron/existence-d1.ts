/**
 * Existence of a stationary point in d = 1 by sign change (untrusted; the kernel replays every step): for n points with
 * positive inputs x_i and targets t_i = s(x_i(a_i − b_i)), a_i, b_i > 0 (every target in (0, 1) is of this form),
 * L′(W) > 0 and L′(−W) < 0 at W = 1 + Σ_j (a_j + b_j), because x_i(W ∓ (a_i − b_i)) > 0 makes s(±x_i W) lie on the right
 * side of t_i; then the intermediate value theorem gives a zero of L′.
 */
import type { ProofTerm } from '../kernel/proof.js';
import type { Binder, Prop } from '../kernel/proposition.js';
import type { Certificate } from '../kernel/types.js';
import { andIntro, byCertificate, byRule } from '../claim/proof-terms.js';
import { add, div, exp, mul, neg, num, pow, sub, substitute, sym, type Expr } from '../symbolic/expr.js';
import { derivativeIdentityCertificate } from '../symbolic/certificates.js';
import { sigmoid } from '../symbolic/sigmoid.js';
import { WEIGHT } from './stationarity-certificate.js';

/** The data of the n-point existence theorem: symbols, the loss, its derivative, and the sign-change points ±W. */
export interface ExistenceData {
  n: number;
  /** x_i, a_i, b_i for i = 1..n, all positive. */
  binders: Binder[];
  /** L(w) = ½ Σ (t_i − s(x_i w))² with t_i = s(x_i(a_i − b_i)). */
  loss: Expr;
  /** L′(w) = −Σ x_i (t_i − s(x_i w)) s(x_i w)(1 − s(x_i w)). */
  gradient: Expr;
  /** W = 1 + Σ (a_j + b_j). */
  W: Expr;
}

const ONE = num(1);
const at = (name: string, i: number): Expr => sym(`${name}${i}`);
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

/** The existence data for n ≥ 1 points (symbols x1, a1, b1, …); throws RangeError for n < 1. */
export function existenceData(n: number): ExistenceData {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('n must be a positive integer');
  const w = sym(WEIGHT);
  const target = (i: number): Expr => sigmoid(mul(at('x', i), sub(at('a', i), at('b', i))));
  const loss = mul(num('1/2'), add(...range(n).map((i) => pow(sub(target(i), sigmoid(mul(at('x', i), w))), 2))));
  const gradient = add(
    ...range(n).map((i) => {
      const s = sigmoid(mul(at('x', i), w));
      return neg(mul(at('x', i), sub(target(i), s), s, sub(ONE, s)));
    }),
  );
  const W = add(ONE, ...range(n).flatMap((i) => [at('a', i), at('b', i)]));
  const binders = range(n)
    .flatMap((i) => ['a', 'b', 'x'].map((k) => ({ name: `${k}${i}`, domain: 'positive' as const })))
    .sort((p, q) => (p.name < q.name ? -1 : 1));
  return { n, binders, loss, gradient, W };
}

/** −x(t − S) S (1 − S) with S = E/(1 + E), t = e/(1 + e): one term of L′, written with the exponentials E and e. */
function term(x: Expr, e: Expr, E: Expr): Expr {
  const S = div(E, add(ONE, E));
  const t = div(e, add(ONE, e));
  return neg(mul(x, sub(t, S), S, sub(ONE, S)));
}

/**
 * The statement "∀ a, b, x, w ∈ ℝ: d/dw L = L′" ∧ "∀ a, b, x > 0: ¬∀w. L′(w) ≠ 0" for n points, and its proof:
 * positivity of x_i(W ∓ c_i), exp-increasing, positive-substitution at ±W, intermediate-value.
 */
export function existenceTheorem(n: number): { statement: Prop; proof: ProofTerm; certificates: Certificate[] } {
  const d = existenceData(n);
  const positive = d.binders.map((b) => b.name);
  const c = (i: number): Expr => sub(at('a', i), at('b', i));
  const xW = (i: number): Expr => mul(at('x', i), d.W);
  const side = (sign: 1 | -1) => {
    // v_i = x_i(W − c_i) at +W (so e^{x_i W} = e^{x_i c_i} e^{v_i}), v_i = x_i(W + c_i) at −W (e^{x_i c_i} = e^{−x_i W} e^{v_i})
    const v = (i: number): Expr => mul(at('x', i), sign === 1 ? sub(d.W, c(i)) : add(d.W, c(i)));
    const certificates = range(n).map((i): Certificate => ({ kind: 'positivity', expression: v(i), positiveSymbols: positive }));
    const premises = certificates.map((cert) => byRule('exp-increasing', [byCertificate(cert)]));
    const names = range(n).map((i) => `d${i}`);
    const P =
      sign === 1
        ? add(...range(n).map((i) => { const e = exp(mul(at('x', i), c(i))); return term(at('x', i), e, mul(e, add(ONE, sym(`d${i}`)))); }))
        : neg(add(...range(n).map((i) => { const E = exp(neg(xW(i))); return term(at('x', i), mul(E, add(ONE, sym(`d${i}`))), E); })));
    const point = sign === 1 ? d.W : neg(d.W);
    const valueAt = substitute(d.gradient, WEIGHT, point);
    const F = sign === 1 ? valueAt : neg(valueAt);
    return { certificates, proof: byRule('positive-substitution', premises, { vars: d.binders, names, P, F }) };
  };
  const plus = side(1);
  const minus = side(-1);
  const derivative = derivativeIdentityCertificate(d.loss, WEIGHT, d.gradient);
  const ivt = byRule('intermediate-value', [plus.proof, minus.proof], { var: WEIGHT, fn: d.gradient, a: neg(d.W), b: d.W });
  const reals = [...d.binders.map((b) => b.name), WEIGHT].sort().map((name) => ({ name, domain: 'real' as const }));
  const statement: Prop = {
    op: 'and',
    parts: [
      { op: 'forall', vars: reals, body: { op: 'deriv', fn: d.loss, var: WEIGHT, value: d.gradient } },
      { op: 'forall', vars: d.binders, body: { op: 'not', arg: { op: 'forall', vars: [{ name: WEIGHT, domain: 'real' }], body: { op: 'ne', lhs: d.gradient, rhs: num(0) } } } },
    ],
  };
  return { statement, proof: andIntro(byCertificate(derivative), ivt), certificates: [derivative, ...plus.certificates, ...minus.certificates] };
}
