/**
 * A neuron's loss on a data set written as a formal expression in the weights: the object that propositions and the
 * kernel's `stationary-points` checker speak about. L(w) = ½ Σ (t_i − f(w·x_i))² (mse) or
 * −Σ [t_i ln s(w·x_i) + (1 − t_i) ln(1 − s(w·x_i))] (xent, sigmoid only), with exact rational data.
 */
import { isZero, ratToString, sub as qSub, ONE } from '../algebra/rational.js';
import { add, div, exp, ln, mul, neg, num, pow, sub, sym, type Expr } from '../symbolic/expr.js';
import { sigmoid } from '../symbolic/sigmoid.js';
import type { Problem } from './model.js';

/** The names of the weights: `w` for one, `w_1`, …, `w_d` for several. */
export function weightNames(d: number): string[] {
  return d === 1 ? ['w'] : Array.from({ length: d }, (_, j) => `w_${j + 1}`);
}

/** f(h) as an expression; throws RangeError for relu, which has no expression in this language. */
function activationOf(activation: Problem['activation'], h: Expr): Expr {
  switch (activation) {
    case 'sigmoid':
      return sigmoid(h);
    case 'tanh': {
      const e2 = exp(mul(num(2), h));
      return div(sub(e2, num(1)), add(e2, num(1)));
    }
    case 'exp':
      return exp(h);
    case 'identity':
      return h;
    case 'square':
      return pow(h, 2);
    case 'relu':
      throw new RangeError('relu has no formal expression (it is not smooth): its loss cannot be stated as one');
  }
}

/** The loss of `problem` as an expression in `weightNames(d)`; throws RangeError for relu. */
export function lossExpression(problem: Problem): Expr {
  const d = problem.data[0].x.length;
  const w = weightNames(d).map(sym);
  const terms = problem.data.map(({ x, t }) => {
    const parts = x.flatMap((xj, j) => (isZero(xj) ? [] : [xj.num === xj.den ? w[j] : mul(num(ratToString(xj)), w[j])]));
    const h = parts.length === 0 ? num(0) : add(...parts);
    const f = activationOf(problem.activation, h);
    if (problem.loss === 'mse') return pow(sub(num(ratToString(t)), f), 2);
    return add(mul(num(ratToString(t)), ln(f)), mul(num(ratToString(qSub(ONE, t))), ln(sub(num(1), f))));
  });
  return problem.loss === 'mse' ? mul(num('1/2'), add(...terms)) : neg(add(...terms));
}
