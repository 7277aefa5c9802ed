/**
 * The tails of a scalar sigmoid squared loss as functions of z = e^{−w} (w → +∞) or z = e^{w} (w → −∞): with
 * integer inputs every s(x_i w) is a rational function of z defined at z = 0, so a derivative of L on a whole tail
 * is a rational function on a bounded interval [0, c], which interval arithmetic can enclose. Untrusted: the kernel
 * checks L^{(k)}(w) = F(e^{∓w}) itself (rule range-exp-tail).
 */
import { ratToString } from '../algebra/rational.js';
import { derivative } from '../symbolic/derivative.js';
import { add, div, mul, neg, num, pow, sub, sym, type Expr } from '../symbolic/expr.js';
import type { ScalarProblem } from './stationarity.js';

/** Which tail: '+inf' writes z = e^{−w} (w ≥ R ⇔ z ≤ e^{−R}), '-inf' writes z = e^{w}. */
export type TailSide = '+inf' | '-inf';

/** s(xw) in z: 1/(1 + z^x) for z = e^{−w} and x > 0, z^x/(1 + z^x) for z = e^{w} (x of either sign, x ≠ 0). */
function sigmoidInZ(x: bigint, side: TailSide, z: Expr): Expr {
  const k = Number(x < 0n ? -x : x);
  const zk = k === 1 ? z : pow(z, k);
  // e^{−xw} = z^x when z = e^{−w}; so s = 1/(1 + z^x) for x > 0 and z^{|x|}/(1 + z^{|x|}) for x < 0 (mirror for e^{w}).
  const small = (side === '+inf') === x > 0n;
  return small ? div(num(1), add(num(1), zk)) : div(zk, add(num(1), zk));
}

/** L̃(z) with L(w) = L̃(e^{∓w}) for the sigmoid squared loss of `problem` (integer inputs, none zero). */
export function lossInZ(problem: ScalarProblem, side: TailSide, z: string): Expr {
  if (problem.activation !== 'sigmoid' || problem.loss !== 'mse') throw new RangeError('lossInZ: sigmoid activation and squared loss only');
  const Z = sym(z);
  const terms = problem.data.map(({ x, t }) => {
    if (x === 0n) throw new RangeError('lossInZ: an input is 0');
    return pow(sub(num(ratToString(t)), sigmoidInZ(x, side, Z)), 2);
  });
  return mul(num('1/2'), add(...terms));
}

/** F_k(z) with L^{(k)}(w) = F_k(e^{∓w}): the operator d/dw = ∓z d/dz applied k times to L̃. */
export function tailDerivative(problem: ScalarProblem, side: TailSide, z: string, order: number): Expr {
  let f = lossInZ(problem, side, z);
  for (let k = 0; k < order; k++) {
    const zd = mul(sym(z), derivative(f, z));
    f = side === '+inf' ? neg(zd) : zd;
  }
  return f;
}
