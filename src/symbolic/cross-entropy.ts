/**
 * The cross-entropy loss of a sigmoid neuron, −[t ln s + (1 − t) ln(1 − s)] with s = s(w·x), and the certificates
 * that its gradient is (s − t)x: the factor s(1 − s) of the squared loss cancels against d ln s = s'/s.
 */
import type { Certificate } from '../kernel/types.js';
import { chainRuleCertificate, derivativeIdentityCertificate, identityCertificate, type DerivativeLink } from './certificates.js';
import { add, div, ln, mul, neg, num, sub, sym, type Expr } from './expr.js';
import { dotProduct, sigmoid } from './sigmoid.js';

/** −[t ln s + (1 − t) ln(1 − s)]. */
export function crossEntropy(t: Expr, s: Expr): Expr {
  return neg(add(mul(t, ln(s)), mul(sub(num(1), t), ln(sub(num(1), s)))));
}

/** (s − t) · factor: the gradient of the cross-entropy in h = w·x (factor 1) or in w_j (factor x_j). */
export function crossEntropyGradient(t: Expr, s: Expr, factor?: Expr): Expr {
  return factor ? mul(sub(s, t), factor) : sub(s, t);
}

/**
 * The certificates that ∂/∂w_j CE(t, s(w·x)) ≡ (s(w·x) − t) x_j: the cancellation itself
 * (−[t/s − (1 − t)/(1 − s)] · s(1 − s) ≡ s − t, with s a symbol), the scalar identity in h, the chain rule with
 * w·x = w_j x_j + r (every dimension at once), and one derivative identity for every d = 1..maxDimension, j = 1..d.
 */
export function crossEntropyGradientCertificates(maxDimension = 5): Certificate[] {
  const [t, h, r, wj, xj, s] = ['t', 'h', 'r', 'w_j', 'x_j', 's'].map(sym);
  const sh = sigmoid(h);
  const dLossDs = neg(sub(div(t, s), div(sub(num(1), t), sub(num(1), s))));
  const scalar: DerivativeLink = { expression: crossEntropy(t, sh), variable: 'h', derivative: crossEntropyGradient(t, sh) };
  const out = [
    identityCertificate(mul(dLossDs, s, sub(num(1), s)), sub(s, t), 'dL/ds times ds/dh = s(1 − s): the factor cancels'),
    derivativeIdentityCertificate(scalar.expression, scalar.variable, scalar.derivative),
    chainRuleCertificate(scalar, { expression: add(mul(wj, xj), r), variable: 'w_j', derivative: xj }),
  ];
  for (let d = 1; d <= maxDimension; d++) {
    const sd = sigmoid(dotProduct(d));
    for (let j = 1; j <= d; j++) out.push(derivativeIdentityCertificate(crossEntropy(t, sd), `w_${j}`, crossEntropyGradient(t, sd, sym(`x_${j}`))));
  }
  return out;
}
