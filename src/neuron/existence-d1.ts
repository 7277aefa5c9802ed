/**
 * Existence of a stationary point in d = 1 by sign change (untrusted; the kernel replays every step): for n points with
 * inputs y_i = ±x_i, x_i > 0 (the signs given), and targets t_i = s(y_i(a_i − b_i)), a_i, b_i > 0 (every target in (0, 1)
 * is of this form), L′(W) > 0 and L′(−W) < 0 at W = 1 + Σ_j (a_j + b_j), because x_i(W ∓ (a_i − b_i)) > 0 puts
 * s(±y_i W) on the side of t_i that makes every term of L′ have the sign of ±; then the intermediate value theorem.
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
  /** The sign σ_i of input i: y_i = σ_i x_i. */
  signs: readonly (1 | -1)[];
  /** x_i, a_i, b_i for i = 1..n, all positive. */
  binders: Binder[];
  /** L(w) = ½ Σ (t_i − s(y_i w))² with t_i = s(y_i(a_i − b_i)). */
  loss: Expr;
  /** L′(w) = −Σ y_i (t_i − s(y_i w)) s(y_i w)(1 − s(y_i w)). */
  gradient: Expr;
  /** W = 1 + Σ (a_j + b_j). */
  W: Expr;
}

const ONE = num(1);
const at = (name: string, i: number): Expr => sym(`${name}${i}`);
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

/** The input y_i = σ_i x_i as an expression. */
const input = (signs: readonly (1 | -1)[], i: number): Expr => (signs[i - 1] === 1 ? at('x', i) : neg(at('x', i)));

/** The existence data for the input signs σ_1..σ_n, n ≥ 1 (symbols x1, a1, b1, …); throws RangeError for n < 1. */
export function existenceData(signs: readonly (1 | -1)[]): ExistenceData {
  const n = signs.length;
  if (n < 1) throw new RangeError('at least one point is needed');
  const w = sym(WEIGHT);
  const y = (i: number): Expr => input(signs, i);
  const target = (i: number): Expr => sigmoid(mul(y(i), sub(at('a', i), at('b', i))));
  const loss = mul(num('1/2'), add(...range(n).map((i) => pow(sub(target(i), sigmoid(mul(y(i), w))), 2))));
  const gradient = add(
    ...range(n).map((i) => {
      const s = sigmoid(mul(y(i), w));
      return neg(mul(y(i), sub(target(i), s), s, sub(ONE, s)));
    }),
  );
  const W = add(ONE, ...range(n).flatMap((i) => [at('a', i), at('b', i)]));
  const binders = range(n)
    .flatMap((i) => ['a', 'b', 'x'].map((k) => ({ name: `${k}${i}`, domain: 'positive' as const })))
    .sort((p, q) => (p.name < q.name ? -1 : 1));
  return { n, signs, binders, loss, gradient, W };
}

/** −y(t − S) S (1 − S) with S = E/(1 + E), t = e/(1 + e): one term of L′, written with the exponentials E and e. */
function term(y: Expr, e: Expr, E: Expr): Expr {
  const S = div(E, add(ONE, E));
  const t = div(e, add(ONE, e));
  return neg(mul(y, sub(t, S), S, sub(ONE, S)));
}

/**
 * The statement "∀ a, b, x, w ∈ ℝ: d/dw L = L′" ∧ "∀ a, b, x > 0: ¬∀w. L′(w) ≠ 0" for the input signs, and its proof:
 * positivity of v_i = x_i(W ∓ c_i), exp-increasing, positive-substitution at ±W, intermediate-value. At ρW (ρ = ±1) the
 * arguments h = σ_i ρ x_i W of s and k = σ_i x_i c_i of t_i differ by σ_i ρ v_i, so e^h = e^k (1 + d_i) or e^k = e^h (1 + d_i)
 * with d_i = e^{v_i} − 1 > 0, and every term of L′(ρW) has the sign ρ.
 */
export function existenceTheorem(signs: readonly (1 | -1)[]): { statement: Prop; proof: ProofTerm; certificates: Certificate[] } {
  const d = existenceData(signs);
  const n = d.n;
  const positive = d.binders.map((b) => b.name);
  const c = (i: number): Expr => sub(at('a', i), at('b', i));
  const y = (i: number): Expr => input(signs, i);
  const side = (rho: 1 | -1) => {
    const v = (i: number): Expr => mul(at('x', i), rho === 1 ? sub(d.W, c(i)) : add(d.W, c(i)));
    const certificates = range(n).map((i): Certificate => ({ kind: 'positivity', expression: v(i), positiveSymbols: positive }));
    const premises = certificates.map((cert) => byRule('exp-increasing', [byCertificate(cert)]));
    const names = range(n).map((i) => `d${i}`);
    const terms = range(n).map((i) => {
      const grow = add(ONE, sym(`d${i}`));
      if (signs[i - 1] * rho === 1) {
        const e = exp(mul(y(i), c(i)));
        return term(y(i), e, mul(e, grow));
      }
      const E = exp(mul(y(i), rho === 1 ? d.W : neg(d.W)));
      return term(y(i), mul(E, grow), E);
    });
    const P = rho === 1 ? add(...terms) : neg(add(...terms));
    const valueAt = substitute(d.gradient, WEIGHT, rho === 1 ? d.W : neg(d.W));
    const F = rho === 1 ? valueAt : neg(valueAt);
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
