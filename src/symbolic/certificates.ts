/**
 * Certificate builders: plain JSON certificates for the symbolic kernel checkers (`identity`, `derivative-identity`,
 * `positivity`, `limit`, `chain-rule`), and the ones that prove the question's derivation. Building a certificate
 * proves nothing; the kernel checks it.
 */
import type { Certificate } from '../kernel/types.js';
import { add, div, exp, mul, neg, num, sub, sym, type Expr } from './expr.js';
import type { LimitPoint } from './limit.js';
import { dotProduct, halfSquaredError, sigmoid, squaredErrorGradient } from './sigmoid.js';

/** { kind: 'identity', lhs, rhs, note? }: lhs ≡ rhs. */
export function identityCertificate(lhs: Expr, rhs: Expr, note?: string): Certificate {
  return note === undefined ? { kind: 'identity', lhs, rhs } : { kind: 'identity', lhs, rhs, note };
}

/** { kind: 'derivative-identity', expression, variable, derivative }: ∂/∂variable expression ≡ derivative. */
export function derivativeIdentityCertificate(expression: Expr, variable: string, derivative: Expr): Certificate {
  return { kind: 'derivative-identity', expression, variable, derivative };
}

/** { kind: 'positivity', expression, positiveSymbols, sign }: expression > 0 (or < 0) where the listed symbols are positive. */
export function positivityCertificate(expression: Expr, positiveSymbols: string[] = [], sign: 'positive' | 'negative' = 'positive'): Certificate {
  return { kind: 'positivity', expression, positiveSymbols, sign };
}

/** { kind: 'limit', expression, variable, at, value, positiveSymbols }: the limit of expression as variable → at. */
export function limitCertificate(expression: Expr, variable: string, at: LimitPoint, value: Expr | '+infinity' | '-infinity', positiveSymbols: string[] = []): Certificate {
  return { kind: 'limit', expression, variable, at, value, positiveSymbols };
}

/** One side of a chain rule: an expression, the variable, and the claimed derivative. */
export interface DerivativeLink {
  expression: Expr;
  variable: string;
  derivative: Expr;
}

/** { kind: 'chain-rule', outer, inner, definitions }: ∂/∂w F(H) ≡ F'(H)·∂H/∂w. */
export function chainRuleCertificate(outer: DerivativeLink, inner: DerivativeLink): Certificate {
  return { kind: 'chain-rule', outer, inner };
}

/** The certificate that s'(h) ≡ s(h)(1 − s(h)) for s(h) = 1/(1 + e^{−h}). */
export function sigmoidDerivativeCertificates(): Certificate[] {
  const s = sigmoid(sym('h'));
  return [derivativeIdentityCertificate(s, 'h', mul(s, sub(num(1), s)))];
}

/**
 * The certificates that ∂/∂w_j ½(t − s(w·x))² ≡ −(t − s(w·x)) s(w·x)(1 − s(w·x)) x_j: one derivative identity for
 * every d = 1..maxDimension and j = 1..d; the scalar identity in h; and the argument for every d at once, by the
 * chain rule with w·x = w_j x_j + r, r = Σ_{i≠j} w_i x_i.
 */
export function gradientFormulaCertificates(maxDimension = 5): Certificate[] {
  const [t, h, r, wj, xj] = ['t', 'h', 'r', 'w_j', 'x_j'].map(sym);
  const sh = sigmoid(h);
  const scalar: DerivativeLink = { expression: halfSquaredError(t, sh), variable: 'h', derivative: squaredErrorGradient(t, sh) };
  const out = [
    derivativeIdentityCertificate(scalar.expression, scalar.variable, scalar.derivative),
    chainRuleCertificate(scalar, { expression: add(mul(wj, xj), r), variable: 'w_j', derivative: xj }),
  ];
  for (let d = 1; d <= maxDimension; d++) {
    const s = sigmoid(dotProduct(d));
    for (let j = 1; j <= d; j++) {
      out.push(derivativeIdentityCertificate(halfSquaredError(t, s), `w_${j}`, squaredErrorGradient(t, s, sym(`x_${j}`))));
    }
  }
  return out;
}

/** The certificates that 0 < s(h) < 1 for every real h: s(h) > 0 and 1 − s(h) > 0. */
export function sigmoidBoundsCertificates(): Certificate[] {
  const s = sigmoid(sym('h'));
  return [positivityCertificate(s), positivityCertificate(sub(num(1), s))];
}

/**
 * The certificates behind "along w − λe_j, s((w − λe_j)·x) → 0 as λ → ∞ iff x_j > 0", with h = w·x and
 * v = e^{λ x_j}: s(h − λx_j) ≡ 1/(1 + e^{−h} v); as v → +∞ (x_j > 0) the limit is 0; as v → 0+ (x_j < 0) it is 1.
 * That v → +∞ iff x_j > 0, and v → 0+ iff x_j < 0, is left to the claim (monotonicity of exp).
 */
export function sigmoidDirectionalLimitCertificates(): Certificate[] {
  const [h, v, lambda, xj] = ['h', 'v', 'lambda', 'x_j'].map(sym);
  const inV = sigmoidOf(h, v);
  return [
    identityCertificate(sigmoid(sub(h, mul(lambda, xj))), sigmoidOf(h, exp(mul(lambda, xj)))),
    limitCertificate(inV, 'v', '+infinity', num(0)),
    limitCertificate(inV, 'v', '0+', num(1)),
  ];
}

function sigmoidOf(h: Expr, v: Expr): Expr {
  return div(num(1), add(num(1), mul(exp(neg(h)), v)));
}
