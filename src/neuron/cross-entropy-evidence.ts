/**
 * Numeric evidence that the cross-entropy gradient of a sigmoid neuron is (s − t)x: the loss written with exp and ln
 * only, its gradient by the formula, by forward-mode AD and by Richardson differences, and the ladder comparing them.
 */
import type { Decimal } from 'decimal.js';
import { rat, ratToString, type Rational } from '../algebra/rational.js';
import type { LadderEvidence } from '../claim/types.js';
import { precisionLadder } from '../evidence/ladder.js';
import { decimalContext, rationalToDecimal, type DecimalCtor } from '../numeric/context.js';
import { softplus } from '../numeric/elementary.js';
import { decimalField, dualField, type Field } from '../numeric/field.js';
import { richardsonGradient } from '../numeric/richardson.js';

/**
 * −[t ln(1/(1 + E)) + (1 − t) ln(E/(1 + E))] with E = e^{−w·x}: the cross-entropy written with field operations, exp
 * and ln only (no sigmoid primitive and no 1 − s cancellation), so that its derivatives never use the formula they check.
 */
export function crossEntropyLoss<T>(F: Field<T>, w: readonly T[], x: readonly Rational[], t: Rational): T {
  const one = F.fromRational(rat(1n));
  let h = F.fromRational(rat(0n));
  w.forEach((wi, i) => (h = F.add(h, F.mul(wi, F.fromRational(x[i])))));
  const e = F.exp(F.neg(h));
  const d = F.add(one, e);
  const tt = F.fromRational(t);
  return F.neg(F.add(F.mul(tt, F.ln(F.div(one, d))), F.mul(F.sub(one, tt), F.ln(F.div(e, d)))));
}

/** The claimed gradient (s(w·x) − t)x at `precision` digits (s from the proved sigmoid kernel). */
export function crossEntropyGradientFormula(w: readonly Rational[], x: readonly Rational[], t: Rational, precision: number): string[] {
  const F = decimalField(precision);
  const h = w.reduce((acc, wi, i) => F.add(acc, F.mul(F.fromRational(wi), F.fromRational(x[i]))), new F.D(0));
  const factor = F.sub(F.sigmoid(h), F.fromRational(t));
  return x.map((xi) => F.mul(factor, F.fromRational(xi)).toString());
}

/** ∇_w of `crossEntropyLoss` by forward-mode AD at `precision` digits. */
export function crossEntropyGradientAD(w: readonly Rational[], x: readonly Rational[], t: Rational, precision: number): string[] {
  const F = dualField(precision, w.length);
  return crossEntropyLoss(F, w.map((wi, i) => F.variable(i, rationalToDecimal(F.D, wi))), x, t).g.map((g) => g.toString());
}

/**
 * ∇_w of the same loss by Richardson-extrapolated central differences at `precision` digits, the loss evaluated as
 * ln(1 + e^{−h}) + (1 − t)h (the same function: ln(1/d) = −ln d and ln(e^{−h}/d) = −h − ln d), one softplus per point.
 */
export function crossEntropyGradientRichardson(w: readonly Rational[], x: readonly Rational[], t: Rational, precision: number): string[] {
  const loss = (v: Decimal[], D: DecimalCtor): Decimal => {
    const h = v.reduce((acc, vi, i) => acc.plus(vi.times(rationalToDecimal(D, x[i]))), new D(0));
    return softplus(D, h.neg()).plus(D.sub(1, rationalToDecimal(D, t)).times(h));
  };
  const D = decimalContext(precision);
  return richardsonGradient(loss, w.map((wi) => rationalToDecimal(D, wi)), precision).gradient.map((g) => g.toString());
}

/** The ladder ∇_w CE(t, s(w·x)): formula (s − t)x vs AD vs Richardson at each precision. */
export function crossEntropyGradientLadder(w: readonly Rational[], x: readonly Rational[], t: Rational, precisions: readonly number[]): LadderEvidence {
  const at = `w = (${w.map(ratToString).join(', ')}), x = (${x.map(ratToString).join(', ')}), t = ${ratToString(t)}`;
  return precisionLadder('\\nabla_w \\bigl(-t \\ln s - (1 - t) \\ln(1 - s)\\bigr)', at, precisions, [
    { name: 'formula (s − t)x', compute: (p) => crossEntropyGradientFormula(w, x, t, p) },
    { name: 'forward-mode AD of the loss (exp, ln)', compute: (p) => crossEntropyGradientAD(w, x, t, p) },
    { name: 'Richardson central differences', compute: (p) => crossEntropyGradientRichardson(w, x, t, p) },
  ]);
}
