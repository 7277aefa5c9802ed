/**
 * One-sided limits of an expression that is a rational function of one variable v (v must not occur inside exp or
 * ln): as v → +∞ the terms of highest degree in v decide, as v → 0+ those of lowest degree. The coefficient that
 * decides must have a fixed sign (see `sign.ts`) for every admissible value of the other symbols, so the degree
 * comparison holds pointwise: 0, the ratio of the deciding coefficients, or ±∞.
 */
import { rat } from '../algebra/rational.js';
import { occurs, type Expr } from './expr.js';
import { normalForm } from './normal-form.js';
import { monomial, polynomialSum, termPolynomial, type Polynomial } from './polynomial.js';
import { constantFunction, fromPolynomial, quotient, type RationalFunction } from './rational-function.js';
import { polynomialSign } from './sign.js';

/** Where the limit is taken. */
export type LimitPoint = '+infinity' | '0+';

/** A limit: a finite value (a rational function of the other symbols), ±∞, or why the rule does not decide it. */
export type LimitResult =
  | { kind: 'finite'; value: RationalFunction }
  | { kind: 'infinite'; sign: 1 | -1 }
  | { kind: 'undecided'; reason: string };

/** True iff v occurs in `e` only outside exp and ln, so that `e` is a rational function of v. */
export function isRationalIn(e: Expr, v: string): boolean {
  if (e.op === 'exp' || e.op === 'ln') return !occurs(e.arg, v);
  if (e.op === 'num' || e.op === 'sym') return true;
  if (e.op === 'add' || e.op === 'mul') return e.args.every((a) => isRationalIn(a, v));
  if (e.op === 'neg') return isRationalIn(e.arg, v);
  if (e.op === 'div') return isRationalIn(e.numerator, v) && isRationalIn(e.denominator, v);
  return isRationalIn(e.base, v);
}

/** p as a polynomial in v: degree → coefficient (a polynomial free of v). */
function coefficientsIn(p: Polynomial, v: string): Map<number, Polynomial> {
  const out = new Map<number, Polynomial>();
  for (const t of p.values()) {
    const k = t.monomial.powers.find(([a]) => a === v)?.[1] ?? 0;
    const rest = termPolynomial(t.coefficient, monomial(t.monomial.powers.filter(([a]) => a !== v), t.monomial.exponent));
    out.set(k, polynomialSum(out.get(k) ?? new Map(), rest));
  }
  return out;
}

/** The limit of `e` as v → `at`, for every admissible value of the other symbols (those in `positiveSymbols` positive). */
export function limitOf(e: Expr, v: string, at: LimitPoint, positiveSymbols: ReadonlySet<string>): LimitResult {
  if (!isRationalIn(e, v)) return { kind: 'undecided', reason: `${v} occurs inside exp or ln, so the expression is not a rational function of ${v}` };
  const f = normalForm(e);
  if (f.numerator.size === 0) return { kind: 'finite', value: constantFunction(rat(0n)) };
  const n = coefficientsIn(f.numerator, v);
  const d = coefficientsIn(f.denominator, v);
  const pick = (m: Map<number, Polynomial>): number => (at === '+infinity' ? Math.max(...m.keys()) : Math.min(...m.keys()));
  const [p, q] = [pick(n), pick(d)];
  const which = at === '+infinity' ? 'leading' : 'lowest';
  const lead = (m: Map<number, Polynomial>, k: number): Polynomial => m.get(k) as Polynomial;
  const dSign = polynomialSign(lead(d, q), positiveSymbols);
  if (dSign.sign === null) return { kind: 'undecided', reason: `the ${which} coefficient of the denominator in ${v} has no certified sign: ${dSign.reason}` };
  const numeratorDominates = at === '+infinity' ? p > q : p < q;
  if (p === q) return { kind: 'finite', value: quotient(fromPolynomial(lead(n, p)), fromPolynomial(lead(d, q))) };
  if (!numeratorDominates) return { kind: 'finite', value: constantFunction(rat(0n)) };
  const nSign = polynomialSign(lead(n, p), positiveSymbols);
  if (nSign.sign === null) return { kind: 'undecided', reason: `the ${which} coefficient of the numerator in ${v} has no certified sign: ${nSign.reason}` };
  return { kind: 'infinite', sign: (nSign.sign * dSign.sign) as 1 | -1 };
}
