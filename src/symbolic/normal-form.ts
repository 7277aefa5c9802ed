/**
 * The normal form of an expression in the field of rational functions over Q in the symbols and exponential atoms.
 * exp(u) with u = (polynomial part P) + (rest R) becomes the monomial exp(P) times an opaque atom exp(R) (absent when
 * R = 0); exp of a u with a non-constant denominator is one opaque atom; ln(u) is an opaque atom keyed by the normal
 * form of u, except ln(exp(P)) = P and ln(1) = 0. Every step is an identity of functions wherever the expression is
 * defined, so a zero normal form of lhs − rhs proves lhs = rhs there (soundness); a non-zero one proves nothing.
 */
import { div as qDiv, eq, parseRational, rat, ratToString, sign } from '../algebra/rational.js';
import { SymbolicError, type Expr } from './expr.js';
import {
  atomPolynomial,
  constantValue,
  expPolynomial,
  isExpFree,
  polynomialKey,
  polynomialProduct,
  polynomialScale,
  sortedTerms,
  type Term,
} from './polynomial.js';
import {
  constantFunction,
  constantOf,
  difference,
  fromPolynomial,
  functionKey,
  isZeroFunction,
  negation,
  power,
  product,
  quotient,
  sum,
  type RationalFunction,
} from './rational-function.js';

/** The normal form of `e`; throws SymbolicError when `e` divides by (or takes ln of) something identically 0. */
export function normalForm(e: Expr): RationalFunction {
  const memo = new Map<Expr, RationalFunction>();
  const nf = (x: Expr): RationalFunction => {
    const known = memo.get(x);
    if (known) return known;
    const value = compute(x, nf);
    memo.set(x, value);
    return value;
  };
  return nf(e);
}

/** True iff lhs − rhs has the normal form 0, which proves lhs = rhs wherever both are defined. */
export function equivalent(lhs: Expr, rhs: Expr): boolean {
  return isZeroFunction(difference(normalForm(lhs), normalForm(rhs)));
}

function compute(x: Expr, nf: (e: Expr) => RationalFunction): RationalFunction {
  switch (x.op) {
    case 'num':
      return constantFunction(parseRational(x.value));
    case 'sym':
      return fromPolynomial(atomPolynomial(x.name));
    case 'add':
      return x.args.reduce((acc, a) => sum(acc, nf(a)), constantFunction(rat(0n)));
    case 'mul':
      return x.args.reduce((acc, a) => product(acc, nf(a)), constantFunction(rat(1n)));
    case 'neg':
      return negation(nf(x.arg));
    case 'div':
      return quotient(nf(x.numerator), nf(x.denominator));
    case 'pow':
      return power(nf(x.base), x.exponent);
    case 'exp':
      return exponential(nf(x.arg));
    case 'ln':
      return logarithm(nf(x.arg));
  }
}

function exponential(u: RationalFunction): RationalFunction {
  const d = constantValue(u.denominator);
  if (d === null) return fromPolynomial(atomPolynomial(`exp(${functionKey(u)})`));
  const polynomialPart = new Map<string, Term>();
  const rest = new Map<string, Term>();
  for (const t of polynomialScale(u.numerator, qDiv(rat(1n), d)).values()) {
    (isExpFree(t.monomial) ? polynomialPart : rest).set(t.monomial.key, t);
  }
  const e = expPolynomial(polynomialPart);
  return fromPolynomial(rest.size === 0 ? e : polynomialProduct(e, atomPolynomial(`exp(${polynomialKey(rest)})`)));
}

function logarithm(u: RationalFunction): RationalFunction {
  if (isZeroFunction(u)) throw new SymbolicError('ln of an expression that is identically 0');
  const c = constantOf(u);
  if (c !== null && sign(c) <= 0) throw new SymbolicError(`ln of the non-positive constant ${ratToString(c)}`);
  if (c !== null && eq(c, rat(1n))) return constantFunction(rat(0n));
  const terms = sortedTerms(u.numerator);
  const d = constantValue(u.denominator);
  if (terms.length === 1 && d !== null && eq(d, rat(1n)) && terms[0].monomial.powers.length === 0 && eq(terms[0].coefficient, rat(1n))) {
    return fromPolynomial(terms[0].monomial.exponent);
  }
  return fromPolynomial(atomPolynomial(`ln(${functionKey(u)})`));
}
