/**
 * Rational functions N/D over the polynomials of `polynomial.ts`, kept reduced by a canonical choice of the units
 * that can be cancelled without a gcd: common atom powers, the exp part (the smallest one of D becomes 1), the
 * numeric factor (D's first term becomes 1), and N = c·D. Common non-monomial factors may remain: equality is
 * decided by cross-multiplication, never by comparing reduced forms.
 */
import { div as qDiv, rat, type Rational } from '../algebra/rational.js';
import { SymbolicError } from './expr.js';
import {
  compareExponents,
  constantPolynomial,
  constantValue,
  isZeroPolynomial,
  monomial,
  polynomialDifference,
  polynomialDivideByMonomial,
  polynomialKey,
  polynomialPower,
  polynomialProduct,
  polynomialScale,
  polynomialSum,
  polynomialToText,
  sortedTerms,
  type Polynomial,
} from './polynomial.js';

/** N/D with D ≠ 0, reduced as described above. */
export interface RationalFunction {
  readonly numerator: Polynomial;
  readonly denominator: Polynomial;
}

const ONE = constantPolynomial(rat(1n));

/** N/D reduced; throws SymbolicError when D is the zero polynomial. */
export function fraction(n: Polynomial, d: Polynomial): RationalFunction {
  if (isZeroPolynomial(d)) throw new SymbolicError('division by an expression that is identically 0');
  if (isZeroPolynomial(n)) return { numerator: n, denominator: ONE };
  const terms = [...n.values(), ...d.values()];
  const common = new Map<string, number>(terms[0].monomial.powers);
  for (const t of terms.slice(1)) {
    const here = new Map(t.monomial.powers);
    for (const [a, k] of common) common.set(a, Math.min(k, here.get(a) ?? 0));
  }
  let smallest = [...d.values()][0].monomial.exponent;
  for (const t of d.values()) if (compareExponents(t.monomial.exponent, smallest) < 0) smallest = t.monomial.exponent;
  const unit = monomial(common, smallest);
  let num = polynomialDivideByMonomial(n, unit);
  let den = polynomialDivideByMonomial(d, unit);
  const lead = sortedTerms(den)[0].coefficient;
  const inverse = qDiv(rat(1n), lead);
  num = polynomialScale(num, inverse);
  den = polynomialScale(den, inverse);
  const ratio = sortedTerms(num)[0].coefficient;
  if (isZeroPolynomial(polynomialDifference(num, polynomialScale(den, ratio)))) return { numerator: constantPolynomial(ratio), denominator: ONE };
  return { numerator: num, denominator: den };
}

/** The rational function p/1. */
export function fromPolynomial(p: Polynomial): RationalFunction {
  return fraction(p, ONE);
}

/** The constant c. */
export function constantFunction(c: Rational): RationalFunction {
  return { numerator: constantPolynomial(c), denominator: ONE };
}

/** True iff f = 0 (its numerator is the zero polynomial). */
export function isZeroFunction(f: RationalFunction): boolean {
  return isZeroPolynomial(f.numerator);
}

/** The value of f when it is a constant, otherwise null. */
export function constantOf(f: RationalFunction): Rational | null {
  const n = constantValue(f.numerator);
  const d = constantValue(f.denominator);
  return n && d ? qDiv(n, d) : null;
}

/** f + g. */
export function sum(f: RationalFunction, g: RationalFunction): RationalFunction {
  if (polynomialKey(f.denominator) === polynomialKey(g.denominator)) return fraction(polynomialSum(f.numerator, g.numerator), f.denominator);
  return fraction(
    polynomialSum(polynomialProduct(f.numerator, g.denominator), polynomialProduct(g.numerator, f.denominator)),
    polynomialProduct(f.denominator, g.denominator),
  );
}

/** −f. */
export function negation(f: RationalFunction): RationalFunction {
  return { numerator: polynomialScale(f.numerator, rat(-1n)), denominator: f.denominator };
}

/** f − g. */
export function difference(f: RationalFunction, g: RationalFunction): RationalFunction {
  return sum(f, negation(g));
}

/** f·g. */
export function product(f: RationalFunction, g: RationalFunction): RationalFunction {
  return fraction(polynomialProduct(f.numerator, g.numerator), polynomialProduct(f.denominator, g.denominator));
}

/** f/g; throws SymbolicError when g = 0. */
export function quotient(f: RationalFunction, g: RationalFunction): RationalFunction {
  if (isZeroFunction(g)) throw new SymbolicError('division by an expression that is identically 0');
  return fraction(polynomialProduct(f.numerator, g.denominator), polynomialProduct(f.denominator, g.numerator));
}

/** f^k for an integer k (f^0 = 1); throws SymbolicError for a negative power of 0. */
export function power(f: RationalFunction, k: number): RationalFunction {
  if (k < 0) {
    if (isZeroFunction(f)) throw new SymbolicError('negative power of an expression that is identically 0');
    return power(fraction(f.denominator, f.numerator), -k);
  }
  return fraction(polynomialPower(f.numerator, k), polynomialPower(f.denominator, k));
}

/** The canonical text of f as reduced here: equal texts mean identical numerators and denominators. */
export function functionKey(f: RationalFunction): string {
  return `(${polynomialKey(f.numerator)})/(${polynomialKey(f.denominator)})`;
}

/** Readable text of f for messages. */
export function functionToText(f: RationalFunction): string {
  const n = polynomialToText(f.numerator);
  const d = polynomialToText(f.denominator);
  return d === '1' ? n : `(${n}) / (${d})`;
}
