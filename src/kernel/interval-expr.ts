/**
 * Formal expressions evaluated over intervals: the kernel's bridge from a proposition's loss L (an expression tree)
 * to the interval gradient and Hessian its certified zero tests need. The gradient and Hessian are the kernel's own
 * symbolic derivatives of L, so the function whose zeros are certified is the derivative of the stated loss.
 * Every value encloses the exact value of the expression at every point of the argument box (outward rounding,
 * src/numeric/interval.ts); an operation outside its domain (division by an interval holding 0, ln of a non-positive
 * interval) throws RangeError, and the caller treats the box as undecided.
 */
import { derivative } from '../symbolic/derivative.js';
import { freeSymbols, type Expr } from '../symbolic/expr.js';
import { sigmoidArgument } from '../symbolic/sigmoid.js';
import type { Interval, IntervalContext } from '../numeric/interval.js';
import type { IntervalSystem } from '../numeric/zeros.js';

/** Encloses the value of `e` over the box `env` (one interval per symbol); throws RangeError outside the domain. */
export function evaluateInterval(ic: IntervalContext, e: Expr, env: ReadonlyMap<string, Interval>): Interval {
  return evaluateIntervals(ic, [e], env)[0];
}

/** The enclosures of rational constants, per interval context: parsed and divided once. */
const CONSTANTS = new WeakMap<IntervalContext, Map<string, Interval>>();

function constant(ic: IntervalContext, value: string): Interval {
  let table = CONSTANTS.get(ic);
  if (!table) CONSTANTS.set(ic, (table = new Map()));
  let c = table.get(value);
  if (!c) table.set(value, (c = ic.point(value)));
  return c;
}

/** Encloses each of `exprs` over `env`, evaluating shared subtrees once; throws RangeError outside the domain. */
export function evaluateIntervals(ic: IntervalContext, exprs: readonly Expr[], env: ReadonlyMap<string, Interval>): Interval[] {
  const memo = new Map<Expr, Interval>();
  const ev = (x: Expr): Interval => {
    const known = memo.get(x);
    if (known) return known;
    const value = compute(x);
    memo.set(x, value);
    return value;
  };
  const compute = (x: Expr): Interval => {
    const u = sigmoidArgument(x);
    if (u) return ic.sigmoid(ev(u));
    switch (x.op) {
      case 'num':
        return constant(ic, x.value);
      case 'sym': {
        const v = env.get(x.name);
        if (!v) throw new RangeError(`no interval for the symbol ${x.name}`);
        return v;
      }
      case 'add':
        return x.args.length === 0 ? constant(ic, '0') : x.args.slice(1).reduce((acc: Interval, a) => ic.add(acc, ev(a)), ev(x.args[0]));
      case 'mul':
        return x.args.length === 0 ? constant(ic, '1') : x.args.slice(1).reduce((acc: Interval, a) => ic.mul(acc, ev(a)), ev(x.args[0]));
      case 'neg':
        return ic.neg(ev(x.arg));
      case 'div':
        return ic.div(ev(x.numerator), ev(x.denominator));
      case 'pow':
        return x.exponent === 2 ? ic.square(ev(x.base)) : ic.powInt(ev(x.base), x.exponent);
      case 'exp':
        return ic.exp(ev(x.arg));
      case 'ln':
        return ic.ln(ev(x.arg));
    }
  };
  return exprs.map(ev);
}

/**
 * The gradient system of the loss `loss` in the variables `vars` (every other symbol rejected): F = ∇L and its
 * Jacobian, the Hessian of L, both from the kernel's symbolic derivatives. Throws RangeError when `loss` has a
 * symbol that is not a variable. `smooth` holds on a box where every derivative evaluates (so L is C² near it).
 */
export function lossGradientSystem(ic: IntervalContext, loss: Expr, vars: readonly string[]): IntervalSystem {
  const extra = freeSymbols(loss).filter((s) => !vars.includes(s));
  if (extra.length > 0) throw new RangeError(`the loss has symbols that are not variables: ${extra.join(', ')}`);
  const gradient = vars.map((v) => derivative(loss, v));
  const hessian = gradient.map((g) => vars.map((v) => derivative(g, v)));
  const env = (X: Interval[]): Map<string, Interval> => new Map(vars.map((v, i) => [v, X[i]]));
  const flat = hessian.flat();
  let last: { X: Interval[]; J: Interval[][] } | undefined;
  const jacobian = (X: Interval[]): Interval[][] => {
    if (last?.X === X) return last.J;
    const values = evaluateIntervals(ic, flat, env(X));
    const J = hessian.map((row, i) => row.map((_, j) => values[i * vars.length + j]));
    last = { X, J };
    return J;
  };
  return {
    dim: vars.length,
    value: (X) => evaluateIntervals(ic, gradient, env(X)),
    jacobian,
    smooth: (X) => {
      try {
        jacobian(X);
        return true;
      } catch (e) {
        if (e instanceof RangeError) return false;
        throw e;
      }
    },
  };
}
