/**
 * Independent references for the symbolic tests: exact evaluation of trees (and of normal forms) at rational points,
 * exact forward-mode dual numbers for derivatives, and fast-check arbitraries for expressions and points.
 */
import fc from 'fast-check';
import { add as qAdd, div as qDiv, mul as qMul, neg as qNeg, parseRational, pow as qPow, rat, sub as qSub, type Rational } from '../../src/algebra/rational.js';
import { add, div, exp, mul, neg, num, pow, sym, type Expr } from '../../src/symbolic/expr.js';
import type { Polynomial } from '../../src/symbolic/polynomial.js';
import type { RationalFunction } from '../../src/symbolic/rational-function.js';

export type Point = Record<string, Rational>;

/** The exact value of an exp- and ln-free tree at `point`; throws on division by zero. */
export function evaluate(e: Expr, point: Point): Rational {
  switch (e.op) {
    case 'num':
      return parseRational(e.value);
    case 'sym':
      return point[e.name];
    case 'add':
      return e.args.reduce((s, a) => qAdd(s, evaluate(a, point)), rat(0n));
    case 'mul':
      return e.args.reduce((s, a) => qMul(s, evaluate(a, point)), rat(1n));
    case 'neg':
      return qNeg(evaluate(e.arg, point));
    case 'div':
      return qDiv(evaluate(e.numerator, point), evaluate(e.denominator, point));
    case 'pow':
      return qPow(evaluate(e.base, point), e.exponent);
    default:
      throw new Error(`cannot evaluate ${e.op} exactly`);
  }
}

function evaluatePolynomial(p: Polynomial, point: Point): Rational {
  let s = rat(0n);
  for (const t of p.values()) {
    if (t.monomial.exponent.size > 0) throw new Error('exp part');
    s = qAdd(s, t.monomial.powers.reduce((m, [a, k]) => qMul(m, qPow(point[a], k)), t.coefficient));
  }
  return s;
}

/** The exact value of an exp-free normal form at `point`; throws when its denominator vanishes there. */
export function evaluateFunction(f: RationalFunction, point: Point): Rational {
  return qDiv(evaluatePolynomial(f.numerator, point), evaluatePolynomial(f.denominator, point));
}

type Dual = [Rational, Rational];

/** The exact value and ∂/∂v of an exp- and ln-free tree at `point`, by forward-mode dual numbers. */
export function evaluateDual(e: Expr, v: string, point: Point): Dual {
  switch (e.op) {
    case 'num':
      return [parseRational(e.value), rat(0n)];
    case 'sym':
      return [point[e.name], rat(e.name === v ? 1n : 0n)];
    case 'add':
      return e.args.reduce<Dual>((s, a) => {
        const x = evaluateDual(a, v, point);
        return [qAdd(s[0], x[0]), qAdd(s[1], x[1])];
      }, [rat(0n), rat(0n)]);
    case 'mul':
      return e.args.reduce<Dual>((s, a) => {
        const x = evaluateDual(a, v, point);
        return [qMul(s[0], x[0]), qAdd(qMul(s[1], x[0]), qMul(s[0], x[1]))];
      }, [rat(1n), rat(0n)]);
    case 'neg': {
      const x = evaluateDual(e.arg, v, point);
      return [qNeg(x[0]), qNeg(x[1])];
    }
    case 'div': {
      const [a, da] = evaluateDual(e.numerator, v, point);
      const [b, db] = evaluateDual(e.denominator, v, point);
      return [qDiv(a, b), qDiv(qSub(qMul(da, b), qMul(a, db)), qMul(b, b))];
    }
    case 'pow': {
      const [a, da] = evaluateDual(e.base, v, point);
      const k = e.exponent;
      if (k === 0) return [rat(1n), rat(0n)];
      return [qPow(a, k), qMul(qMul(rat(BigInt(k)), qPow(a, k - 1)), da)];
    }
    default:
      throw new Error(`cannot evaluate ${e.op} exactly`);
  }
}

export const SYMBOLS = ['a', 'b', 'c'] as const;

const smallRational = fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 4 })).map(([p, q]) => rat(BigInt(p), BigInt(q)));

/** A random point: a, b, c rationals with small numerators and denominators. */
export const pointArb: fc.Arbitrary<Point> = fc.record({ a: smallRational, b: smallRational, c: smallRational });

const leafArb: fc.Arbitrary<Expr> = fc.oneof(fc.constantFrom(...SYMBOLS).map(sym), smallRational.map((q) => num(q)));

/** Random trees over a, b, c with + × − ÷ and integer powers in [−2, 3]; `withExp` adds exp nodes. */
export function exprArb(withExp = false, maxDepth = 4): fc.Arbitrary<Expr> {
  return fc.letrec<{ e: Expr }>((tie) => {
    const e = tie('e');
    const nodes: fc.Arbitrary<Expr>[] = [
      leafArb,
      fc.array(e, { minLength: 2, maxLength: 3 }).map((xs) => add(...xs)),
      fc.array(e, { minLength: 2, maxLength: 3 }).map((xs) => mul(...xs)),
      e.map(neg),
      fc.tuple(e, e).map(([x, y]) => div(x, y)),
      fc.tuple(e, fc.integer({ min: -2, max: 3 })).map(([x, k]) => pow(x, k)),
    ];
    if (withExp) nodes.push(e.map(exp));
    return { e: fc.oneof({ maxDepth, depthIdentifier: 'expr', depthSize: 'medium' }, ...nodes) };
  }).e;
}

/** Random polynomial trees over a, b, c (+ × − and powers 0..3, no division). */
export const polynomialExprArb: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => {
  const e = tie('e');
  return {
    e: fc.oneof(
      { maxDepth: 3, depthIdentifier: 'poly' },
      leafArb,
      fc.array(e, { minLength: 2, maxLength: 3 }).map((xs) => add(...xs)),
      fc.array(e, { minLength: 2, maxLength: 2 }).map((xs) => mul(...xs)),
      e.map(neg),
      fc.tuple(e, fc.integer({ min: 0, max: 3 })).map(([x, k]) => pow(x, k)),
    ),
  };
}).e;

/** The value of `f()`, or the error it throws. */
export function attempt<T>(f: () => T): { ok: true; value: T } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: f() };
  } catch (error) {
    return { ok: false, error };
  }
}
