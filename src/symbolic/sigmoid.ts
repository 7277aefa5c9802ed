/**
 * The expressions of the question, built programmatically for any dimension: the sigmoid s(h) = 1/(1 + e^{−h}),
 * the dot product w·x = Σ w_i x_i, the squared-error loss ½(t − y)² and the gradient factor of the question.
 */
import { add, div, exp, mul, neg, num, pow, sub, sym, type Expr } from './expr.js';

/** s(h) = 1/(1 + e^{−h}). */
export function sigmoid(h: Expr): Expr {
  return div(num(1), add(num(1), exp(neg(h))));
}

/** The argument u when `e` is exactly 1/(1 + e^{−u}) (the sigmoid's definition), else null. */
export function sigmoidArgument(e: Expr): Expr | null {
  if (e.op !== 'div' || e.numerator.op !== 'num' || e.numerator.value !== '1') return null;
  const d = e.denominator;
  if (d.op !== 'add' || d.args.length !== 2 || d.args[0].op !== 'num' || d.args[0].value !== '1') return null;
  const x = d.args[1];
  return x.op === 'exp' && x.arg.op === 'neg' ? x.arg.arg : null;
}

/**
 * The argument u when `e` is exactly (e^{2u} − 1)/(e^{2u} + 1), i.e. tanh u (also with e^{2u} written e^{(2k) v}
 * for u = k v), else null. Printing only: the tree itself stays the exponential form.
 */
export function tanhArgument(e: Expr): Expr | null {
  if (e.op !== 'div') return null;
  const [n, d] = [e.numerator, e.denominator];
  if (n.op !== 'add' || d.op !== 'add' || n.args.length !== 2 || d.args.length !== 2) return null;
  const [a, minusOne] = n.args;
  const [b, one] = d.args;
  if (a.op !== 'exp' || JSON.stringify(a) !== JSON.stringify(b)) return null;
  if (!(minusOne.op === 'neg' && minusOne.arg.op === 'num' && minusOne.arg.value === '1') || !(one.op === 'num' && one.value === '1')) return null;
  const x = a.arg;
  if (x.op !== 'mul' || x.args.length !== 2 || x.args[0].op !== 'num') return null;
  const k = x.args[0].value;
  if (k === '2') return x.args[1];
  const m = /^(-?\d+)$/.exec(k);
  if (!m || BigInt(m[1]) % 2n !== 0n) return null;
  const half = (BigInt(m[1]) / 2n).toString();
  return half === '1' ? x.args[1] : { op: 'mul', args: [{ op: 'num', value: half }, x.args[1]] };
}

/** w·x = w_1 x_1 + … + w_d x_d with symbols named `${w}_i`, `${x}_i`. */
export function dotProduct(d: number, w = 'w', x = 'x'): Expr {
  if (!Number.isInteger(d) || d < 1) throw new RangeError(`dimension ${d} must be a positive integer`);
  return add(...Array.from({ length: d }, (_, i) => mul(sym(`${w}_${i + 1}`), sym(`${x}_${i + 1}`))));
}

/** ½(t − y)². */
export function halfSquaredError(t: Expr, y: Expr): Expr {
  return mul(num('1/2'), pow(sub(t, y), 2));
}

/** −(t − s) s (1 − s) · factor: the question's gradient of ½(t − s)² times `factor` (x_j, or 1 for the scalar case). */
export function squaredErrorGradient(t: Expr, s: Expr, factor?: Expr): Expr {
  const core = [sub(t, s), s, sub(num(1), s)];
  return neg(mul(...core, ...(factor ? [factor] : [])));
}
