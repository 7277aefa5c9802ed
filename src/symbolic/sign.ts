/**
 * Sign arguments that need no search: a polynomial whose coefficients all have one sign, and whose monomials are
 * products of symbols declared positive, exp parts and opaque exp atoms (e^u > 0 for real u), has that sign at every
 * point where the declared symbols are positive and the others real. From it: definite signs of rational functions
 * and a test that an expression is defined at every such point.
 */
import { normalForm } from './normal-form.js';
import { sign as qSign } from '../algebra/rational.js';
import { children, type Expr } from './expr.js';
import { polynomialToText, sortedTerms, type Polynomial } from './polynomial.js';
import type { RationalFunction } from './rational-function.js';

/** A fixed sign with no exception, or the reason none was found. */
export type SignVerdict = { sign: 1 | -1 } | { sign: null; reason: string };

/** True iff the atom key names an opaque exp atom (positive wherever defined). */
export function isExpAtom(atom: string): boolean {
  return atom.startsWith('exp(');
}

/** The sign of p at every admissible point, by the rule above, or why the rule does not apply. */
export function polynomialSign(p: Polynomial, positiveSymbols: ReadonlySet<string>): SignVerdict {
  const terms = sortedTerms(p);
  if (terms.length === 0) return { sign: null, reason: 'it is the zero polynomial' };
  const s = qSign(terms[0].coefficient) as 1 | -1;
  for (const t of terms) {
    if (qSign(t.coefficient) !== s) return { sign: null, reason: `${polynomialToText(p)} has coefficients of both signs` };
    for (const [atom, k] of t.monomial.powers) {
      if (!positiveSymbols.has(atom) && !isExpAtom(atom)) {
        return { sign: null, reason: `the term ${polynomialToText(new Map([[t.monomial.key, t]]))} involves ${atom}${k > 1 ? `^${k}` : ''}, and ${atom} is not declared positive` };
      }
    }
  }
  return { sign: s };
}

/** The sign of N/D at every admissible point where it is defined (N and D both of fixed sign), or why not. */
export function functionSign(f: RationalFunction, positiveSymbols: ReadonlySet<string>): SignVerdict {
  const n = polynomialSign(f.numerator, positiveSymbols);
  if (n.sign === null) return { sign: null, reason: `numerator: ${n.reason}` };
  const d = polynomialSign(f.denominator, positiveSymbols);
  if (d.sign === null) return { sign: null, reason: `denominator: ${d.reason}` };
  return { sign: (n.sign * d.sign) as 1 | -1 };
}

/**
 * True iff `e` is defined at every point where the declared symbols are positive and the others real: every
 * denominator and every base of a negative power has a fixed sign, and every argument of ln is positive, by the rule above.
 */
export function isDefinedEverywhere(e: Expr, positiveSymbols: ReadonlySet<string>): boolean {
  if (!children(e).every((c) => isDefinedEverywhere(c, positiveSymbols))) return false;
  const fixed = (x: Expr): 1 | -1 | null => functionSign(normalForm(x), positiveSymbols).sign;
  if (e.op === 'div') return fixed(e.denominator) !== null;
  if (e.op === 'pow' && e.exponent < 0) return fixed(e.base) !== null;
  if (e.op === 'ln') return fixed(e.arg) === 1;
  return true;
}
