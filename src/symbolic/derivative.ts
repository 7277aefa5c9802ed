/**
 * The symbolic partial derivative of an expression tree, by the textbook rules: sum, product (Leibniz), quotient,
 * integer power, chain rule with (e^u)' = e^u u' and (ln u)' = u'/u; a subtree of the exact form s(u) = 1/(1 + e^{−u})
 * differentiates to s(u)(1 − s(u)) u' (the same function as the quotient rule gives, in a form that interval
 * evaluation encloses tightly). Subtrees free of the variable differentiate to 0
 * and are not expanded. The result is valid wherever the expression is defined.
 */
import { add, children, div, exp, mul, neg, num, pow, sub, type Expr } from './expr.js';
import { sigmoidArgument } from './sigmoid.js';

/**
 * ∂e/∂v as an expression tree. The result shares subtrees with `e` (and with itself); both walks are memoised by node
 * identity, so differentiating a derivative again stays linear in its shared size instead of exponential.
 */
export function derivative(e: Expr, v: string): Expr {
  const seen = new Map<Expr, boolean>();
  const occurs = (x: Expr): boolean => {
    let known = seen.get(x);
    if (known === undefined) {
      known = x.op === 'sym' ? x.name === v : children(x).some(occurs);
      seen.set(x, known);
    }
    return known;
  };
  const memo = new Map<Expr, Expr>();
  const d = (x: Expr): Expr => {
    let known = memo.get(x);
    if (known === undefined) {
      known = rule(x);
      memo.set(x, known);
    }
    return known;
  };
  const rule = (x: Expr): Expr => {
    if (!occurs(x)) return num(0);
    const u = sigmoidArgument(x);
    if (u) return mul(x, sub(num(1), x), d(u));
    switch (x.op) {
      case 'num':
        return num(0);
      case 'sym':
        return num(1);
      case 'add':
        return add(...x.args.filter(occurs).map(d));
      case 'mul':
        return add(...x.args.flatMap((a, i) => (occurs(a) ? [mul(...x.args.map((b, j) => (j === i ? d(a) : b)))] : [])));
      case 'neg':
        return neg(d(x.arg));
      case 'div': {
        const { numerator: a, denominator: b } = x;
        if (!occurs(b)) return div(d(a), b);
        const bPrime = mul(a, d(b));
        const top = occurs(a) ? sub(mul(d(a), b), bPrime) : neg(bPrime);
        return div(top, pow(b, 2));
      }
      case 'pow': {
        const k = x.exponent;
        if (k === 0) return num(0);
        const rest = k === 1 ? [] : [k === 2 ? x.base : pow(x.base, k - 1)];
        return mul(num(k), ...rest, d(x.base));
      }
      case 'exp':
        return mul(exp(x.arg), d(x.arg));
      case 'ln':
        return div(d(x.arg), x.arg);
    }
  };
  return d(e);
}
