/**
 * Numeric evidence for derivative formulas: the formula as written, forward-mode automatic differentiation of the
 * function built from +, −, ×, ÷ and exp only (so it never uses the formula it checks), and Richardson-extrapolated
 * central differences. Values are decimal strings at the working precision; nothing here is rigorous.
 */
import type { Decimal } from 'decimal.js';
import type { Rational } from '../algebra/rational.js';
import { rat, ratToString } from '../algebra/rational.js';
import type { LadderEvidence } from '../claim/types.js';
import { digitsOfAgreement } from '../kernel/agreement.js';
import { decimalContext, type DecimalCtor } from '../numeric/context.js';
import { oneMinusSigmoid } from '../numeric/elementary.js';
import { decimalField, dualField, type Field } from '../numeric/field.js';
import { richardsonDerivative, richardsonGradient } from '../numeric/richardson.js';
import { precisionLadder } from './ladder.js';

/** s(h) = 1/(1 + exp(−h)) written with field operations only (no sigmoid primitive, hence no built-in s' = s(1 − s)). */
export function textbookSigmoid<T>(F: Field<T>, h: T): T {
  const one = F.fromRational({ num: 1n, den: 1n });
  return F.div(one, F.add(one, F.exp(F.neg(h))));
}

/** ½(t − s(w·x))² written with field operations only. */
export function halfSquaredLoss<T>(F: Field<T>, w: readonly T[], x: readonly Rational[], t: Rational): T {
  let h = F.fromRational({ num: 0n, den: 1n });
  w.forEach((wi, i) => (h = F.add(h, F.mul(wi, F.fromRational(x[i])))));
  const r = F.sub(F.fromRational(t), textbookSigmoid(F, h));
  return F.div(F.square(r), F.fromRational({ num: 2n, den: 1n }));
}

function decimalOf(D: DecimalCtor, r: Rational): Decimal {
  return D.div(r.num.toString(), r.den.toString());
}

/** The question's s'(h) = s(h)(1 − s(h)) at `precision` digits, with 1 − s(h) computed as s(−h) (no cancellation). */
export function sigmoidDerivativeFormula(h: Rational, precision: number): string {
  const F = decimalField(precision);
  const x = F.fromRational(h);
  return F.mul(F.sigmoid(x), oneMinusSigmoid(F.D, x)).toString();
}

/** d/dh of the textbook sigmoid by forward-mode AD at `precision` digits. */
export function sigmoidDerivativeAD(h: Rational, precision: number): string {
  const F = dualField(precision, 1);
  return textbookSigmoid(F, F.variable(0, decimalOf(F.D, h))).g[0].toString();
}

/** d/dh of the textbook sigmoid by Richardson-extrapolated central differences at `precision` digits. */
export function sigmoidDerivativeRichardson(h: Rational, precision: number): string {
  const f = (x: Decimal, D: DecimalCtor) => new D(1).div(new D(1).plus(x.neg().exp()));
  const F = decimalField(precision);
  return richardsonDerivative(f, decimalOf(F.D, h), precision).derivative.toString();
}

/** The question's gradient −(t − s(w·x)) s(w·x)(1 − s(w·x)) x at `precision` digits (1 − s as s(−w·x)). */
export function squaredLossGradientFormula(w: readonly Rational[], x: readonly Rational[], t: Rational, precision: number): string[] {
  const F = decimalField(precision);
  const h = w.reduce((acc, wi, i) => F.add(acc, F.mul(F.fromRational(wi), F.fromRational(x[i]))), new F.D(0));
  const s = F.sigmoid(h);
  const factor = F.mul(F.mul(F.sub(F.fromRational(t), s), s), oneMinusSigmoid(F.D, h)).neg();
  return x.map((xi) => F.mul(factor, F.fromRational(xi)).toString());
}

/** ∇_w ½(t − s(w·x))² by forward-mode AD over the textbook loss at `precision` digits. */
export function squaredLossGradientAD(w: readonly Rational[], x: readonly Rational[], t: Rational, precision: number): string[] {
  const F = dualField(precision, w.length);
  const vars = w.map((wi, i) => F.variable(i, decimalOf(F.D, wi)));
  return halfSquaredLoss(F, vars, x, t).g.map((g) => g.toString());
}

/** ∇_w ½(t − s(w·x))² by Richardson-extrapolated central differences at `precision` digits. */
export function squaredLossGradientRichardson(w: readonly Rational[], x: readonly Rational[], t: Rational, precision: number): string[] {
  const loss = (v: Decimal[], D: DecimalCtor) => {
    const h = v.reduce((acc, vi, i) => acc.plus(vi.times(decimalOf(D, x[i]))), new D(0));
    const r = decimalOf(D, t).minus(new D(1).div(new D(1).plus(h.neg().exp())));
    return r.times(r).div(2);
  };
  const F = decimalField(precision);
  return richardsonGradient(loss, w.map((wi) => decimalOf(F.D, wi)), precision).gradient.map((g) => g.toString());
}

/** The ladder s'(h): formula vs AD vs Richardson at each precision. */
export function sigmoidDerivativeLadder(h: Rational, precisions: readonly number[]): LadderEvidence {
  return precisionLadder("s'(h)", `h = ${ratToString(h)}`, precisions, [
    { name: 'formula s(h)(1 − s(h))', compute: (p) => sigmoidDerivativeFormula(h, p) },
    { name: 'forward-mode AD of 1/(1+exp(−h))', compute: (p) => sigmoidDerivativeAD(h, p) },
    { name: 'Richardson central differences', compute: (p) => sigmoidDerivativeRichardson(h, p) },
  ]);
}

/** The ladder ∇_w ½(t − s(w·x))²: formula vs AD vs Richardson at each precision. */
export function squaredLossGradientLadder(w: readonly Rational[], x: readonly Rational[], t: Rational, precisions: readonly number[]): LadderEvidence {
  const at = `w = (${w.map(ratToString).join(', ')}), x = (${x.map(ratToString).join(', ')}), t = ${ratToString(t)}`;
  return precisionLadder('\\nabla_w \\tfrac12 (t - s(w \\cdot x))^2', at, precisions, [
    { name: 'formula −(t − s)s(1 − s)x', compute: (p) => squaredLossGradientFormula(w, x, t, p) },
    { name: 'forward-mode AD of the loss', compute: (p) => squaredLossGradientAD(w, x, t, p) },
    { name: 'Richardson central differences', compute: (p) => squaredLossGradientRichardson(w, x, t, p) },
  ]);
}

/**
 * True iff max_i |a_i − b_i| <= 10^(−digits) · scale: agreement measured against the natural size `scale` of the
 * terms (not of the result), so that a result that is exactly 0 in one method and rounding noise in another passes.
 */
export function agreesTo(a: string | string[], b: string | string[], digits: number, scale: Rational): boolean {
  const D = decimalContext(digits + 20);
  const xs = Array.isArray(a) ? a : [a];
  const ys = Array.isArray(b) ? b : [b];
  if (xs.length !== ys.length) return false;
  const bound = decimalOf(D, scale).abs().times(new D(10).pow(-digits));
  return xs.every((xi, i) => new D(xi).minus(ys[i]).abs().lte(bound));
}

/** (|t| + 1) · max(1, max_i |x_i|): a bound on the size of the terms of the squared-loss gradient (as s(1 − s) <= 1/4). */
export function gradientScale(x: readonly Rational[], t: Rational): Rational {
  const abs = (r: Rational) => (r.num < 0n ? { num: -r.num, den: r.den } : r);
  const big = x.map(abs).reduce((m, r) => (r.num * m.den > m.num * r.den ? r : m), { num: 1n, den: 1n });
  const tt = abs(t);
  return rat((tt.num + tt.den) * big.num, tt.den * big.den);
}

/** Digits to which two computed values (or vectors) agree, capped at `precision` (the kernel's own measure). */
export function agreement(a: string | string[], b: string | string[], precision: number): number {
  return digitsOfAgreement([{ method: 'a', value: a }, { method: 'b', value: b }], precision);
}
