/**
 * The symbolic partial derivative of an expression tree, by the textbook rules: sum, product (Leibniz), quotient,
 * integer power, chain rule with (e^u)' = e^u u' and (ln u)' = u'/u. Subtrees free of the variable differentiate to 0
 * and are not expanded. The result is valid wherever the expression is defined.
 */
import { add, div, exp, mul, neg, num, occurs, pow, sub, type Expr } from './expr.js';

/** ∂e/∂v as an expression tree. */
export function derivative(e: Expr, v: string): Expr {
  if (!occurs(e, v)) return num(0);
  switch (e.op) {
    case 'num':
      return num(0);
    case 'sym':
      return num(1);
    case 'add':
      return add(...e.args.filter((a) => occurs(a, v)).map((a) => derivative(a, v)));
    case 'mul':
      return add(
        ...e.args.flatMap((a, i) => (occurs(a, v) ? [mul(...e.args.map((b, j) => (j === i ? derivative(a, v) : b)))] : [])),
      );
    case 'neg':
      return neg(derivative(e.arg, v));
    case 'div': {
      const { numerator: a, denominator: b } = e;
      if (!occurs(b, v)) return div(derivative(a, v), b);
      const bPrime = mul(a, derivative(b, v));
      const top = occurs(a, v) ? sub(mul(derivative(a, v), b), bPrime) : neg(bPrime);
      return div(top, pow(b, 2));
    }
    case 'pow': {
      const k = e.exponent;
      if (k === 0) return num(0);
      const rest = k === 1 ? [] : [k === 2 ? e.base : pow(e.base, k - 1)];
      return mul(num(k), ...rest, derivative(e.base, v));
    }
    case 'exp':
      return mul(exp(e.arg), derivative(e.arg, v));
    case 'ln':
      return div(derivative(e.arg, v), e.arg);
  }
}
