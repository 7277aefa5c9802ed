/**
 * The quadratic activation f(h) = h² with a scalar weight: L(w) = ½S_tt − w²A + ½w⁴B, so w* = ±√(A/B) in closed form.
 * Certificates (symbolic points and the loss in its sums) and the ladder against Newton's method.
 */
import { add as qAdd, div as qDiv, mul as qMul, ratToString, ZERO, type Rational } from '../algebra/rational.js';
import type { LadderEvidence } from '../claim/types.js';
import { precisionLadder } from '../evidence/ladder.js';
import type { Certificate } from '../kernel/types.js';
import { decimalContext, rationalToDecimal } from '../numeric/context.js';
import { derivativeIdentityCertificate, identityCertificate } from '../symbolic/certificates.js';
import { add, div, mul, neg, num, pow, sub, sym, type Expr } from '../symbolic/expr.js';
import { linearCombination, symbolVector } from '../symbolic/linear-forms.js';
import { halfSquaredError } from '../symbolic/sigmoid.js';
import { newtonStationaryPoint, scalarProblem, type ScalarDatum } from './scalar-data.js';

/** A = Σ t_i x_i² and B = Σ x_i⁴ of scalar data, exactly. */
export function quadraticSums(data: readonly ScalarDatum[]): { A: Rational; B: Rational } {
  const A = data.map(({ x, t }) => qMul(t, qMul(x, x))).reduce(qAdd, ZERO);
  const B = data.map(({ x }) => qMul(qMul(x, x), qMul(x, x))).reduce(qAdd, ZERO);
  return { A, B };
}

/** ½ Σ_i (t_i − (w x_i)²)² with the data as exact numbers and the symbol w. */
export function quadraticLoss(data: readonly ScalarDatum[]): Expr {
  return add(...data.map(({ x, t }) => halfSquaredError(num(t), pow(linearCombination([x], [sym('w')]), 2))));
}

/**
 * The certificates for f(h) = h², scalar w: for n = 1..maxPoints symbolic points and for the loss in the sums
 * ℓ(w) = ½S_tt − w²A + ½w⁴B (every n), L'(w) ≡ −2w(A − w²B) and L − L* ≡ ½B(w² − A/B)² with L* = ½S_tt − A²/(2B),
 * where A = Σ t_i x_i², B = Σ x_i⁴.
 */
export function quadraticActivationCertificates(maxPoints = 4): Certificate[] {
  const w = sym('w');
  const out: Certificate[] = [];
  const check = (loss: Expr, A: Expr, B: Expr, Stt: Expr): void => {
    out.push(
      derivativeIdentityCertificate(loss, 'w', neg(mul(num(2), w, sub(A, mul(pow(w, 2), B))))),
      identityCertificate(sub(loss, sub(mul(num('1/2'), Stt), div(pow(A, 2), mul(num(2), B)))), mul(num('1/2'), B, pow(sub(pow(w, 2), div(A, B)), 2)), 'L − L* is ½B(w² − A/B)²'),
    );
  };
  for (let n = 1; n <= maxPoints; n++) {
    const x = symbolVector('x', n);
    const t = symbolVector('t', n);
    const loss = add(...x.map((xi, i) => halfSquaredError(t[i], pow(mul(w, xi), 2))));
    check(loss, add(...x.map((xi, i) => mul(t[i], pow(xi, 2)))), add(...x.map((xi) => pow(xi, 4))), add(...t.map((ti) => pow(ti, 2))));
  }
  const [A, B, Stt] = ['A', 'B', 'S_tt'].map(sym);
  check(add(mul(num('1/2'), Stt), neg(mul(pow(w, 2), A)), mul(num('1/2'), pow(w, 4), B)), A, B, Stt);
  return out;
}

/** The ladder w* = √(A/B) against Newton's method on the AD derivatives of the loss (started at the double value), for A > 0. */
export function quadraticActivationLadder(data: readonly ScalarDatum[], precisions: readonly number[]): LadderEvidence {
  const { A, B } = quadraticSums(data);
  if (A.num <= 0n) throw new RangeError('the ladder needs A = Σ t x² > 0');
  const ratio = qDiv(A, B);
  const at = `(x, t) = ${data.map(({ x, t }) => `(${ratToString(x)}, ${ratToString(t)})`).join(', ')}; A/B = ${ratToString(ratio)}`;
  const problem = scalarProblem('square', data);
  return precisionLadder('w^* = \\sqrt{A/B},\\ A = \\sum_i t_i x_i^2,\\ B = \\sum_i x_i^4', at, precisions, [
    { name: 'closed form √(A/B)', compute: (p) => rationalToDecimal(decimalContext(p + 5), ratio).sqrt().toSD(p).toString() },
    { name: "Newton on L' (AD), from the double value", compute: (p) => newtonStationaryPoint(problem, new (decimalContext(p))(Math.sqrt(Number(ratio.num) / Number(ratio.den))), p).toString() },
  ]);
}
