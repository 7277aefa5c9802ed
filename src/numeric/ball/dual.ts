/**
 * Forward-mode dual numbers over balls: a ball value and a ball gradient with respect to n variables, so one
 * evaluation of a Field expression encloses the value and the full gradient over the arguments' balls. Each rule is
 * the chain rule with every factor enclosed by ball operations (ball.ts, elementary.ts), so for every point of the
 * variables' balls the true value and gradient lie in the results: a gradient enclosure by automatic differentiation,
 * independent of the model's analytic gradient.
 */
import type { Rational } from '../../algebra/rational.js';
import type { Field } from '../field.js';
import { exactBall, hull, signOf, type Ball } from './ball.js';
import type { BallContext } from './context.js';
import { magPow2 } from './mag.js';

/** A ball value v and ball gradient g = (∂v/∂w_0, ..., ∂v/∂w_{n−1}). */
export interface BallDual {
  readonly v: Ball;
  readonly g: readonly Ball[];
}

const ZERO = exactBall(0n);
const TWO = exactBall(2n);
const FOUR = exactBall(4n);
const STEP_UNKNOWN: Ball = { m: 1n, e: -1, rad: magPow2(-1) };

/** Dual numbers over the balls of a BallContext with n variables; implements Field<BallDual> (every result encloses). */
export class BallDuals implements Field<BallDual> {
  private readonly zeros: readonly Ball[];

  /** Dual balls at bc's precision over n variables. */
  constructor(
    readonly bc: BallContext,
    readonly n: number,
  ) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`number of variables must be a natural number, got ${n}`);
    this.zeros = Array.from({ length: n }, () => ZERO);
  }

  /** The i-th variable over the ball x: gradient e_i exactly. */
  variable(i: number, x: Ball): BallDual {
    if (!Number.isInteger(i) || i < 0 || i >= this.n) throw new RangeError(`variable index ${i} outside [0, ${this.n})`);
    const g = this.zeros.slice();
    g[i] = exactBall(1n);
    return { v: x, g };
  }

  /** A constant enclosing r: gradient 0. */
  fromRational(r: Rational): BallDual {
    return { v: this.bc.fromRational(r), g: this.zeros };
  }

  /** (a + b, a' + b'). */
  add(a: BallDual, b: BallDual): BallDual {
    return { v: this.bc.add(a.v, b.v), g: a.g.map((x, i) => this.bc.add(x, b.g[i])) };
  }

  /** (a − b, a' − b'). */
  sub(a: BallDual, b: BallDual): BallDual {
    return { v: this.bc.sub(a.v, b.v), g: a.g.map((x, i) => this.bc.sub(x, b.g[i])) };
  }

  /** (−a, −a'), exactly. */
  neg(a: BallDual): BallDual {
    return { v: this.bc.neg(a.v), g: a.g.map((x) => this.bc.neg(x)) };
  }

  /** (a·b, a'·b + a·b'). */
  mul(a: BallDual, b: BallDual): BallDual {
    const F = this.bc;
    return { v: F.mul(a.v, b.v), g: a.g.map((x, i) => F.add(F.mul(x, b.v), F.mul(a.v, b.g[i]))) };
  }

  /** (q, (a' − q·b')/b) with q = a/b; throws RangeError when b's value may contain 0. */
  div(a: BallDual, b: BallDual): BallDual {
    const F = this.bc;
    const q = F.div(a.v, b.v);
    return { v: q, g: a.g.map((x, i) => F.div(F.sub(x, F.mul(q, b.g[i])), b.v)) };
  }

  /** f(a) with derivative f'(a) = d: (f, d·a'). */
  private chain(a: BallDual, value: Ball, d: Ball): BallDual {
    return { v: value, g: a.g.map((x) => this.bc.mul(d, x)) };
  }

  /** (e^a, e^a·a'). */
  exp(a: BallDual): BallDual {
    const e = this.bc.exp(a.v);
    return this.chain(a, e, e);
  }

  /** (ln a, a'/a); throws RangeError unless a's value is > 0. */
  ln(a: BallDual): BallDual {
    const F = this.bc;
    return { v: F.ln(a.v), g: a.g.map((x) => F.div(x, a.v)) };
  }

  /** (s(a), s'(a)·a') with [s, s'] from the one-call sigmoid jet. */
  sigmoid(a: BallDual): BallDual {
    const [s, , s1] = this.bc.sigmoidJet(a.v);
    return this.chain(a, s, s1);
  }

  /** (tanh a, (1 − tanh² a)·a') with 1 − tanh² a = 4·s'(2a), never by cancellation. */
  tanh(a: BallDual): BallDual {
    const F = this.bc;
    const [, , s1] = F.sigmoidJet(F.mul(TWO, a.v));
    return this.chain(a, F.tanh(a.v), F.mul(FOUR, s1));
  }

  /** (max(a, 0), H(a)·a'): the step 1, 0, or [0, 1] when a's value may contain 0 (a one-sided derivative there). */
  relu(a: BallDual): BallDual {
    const s = signOf(a.v);
    const step = s > 0 ? exactBall(1n) : s < 0 ? ZERO : STEP_UNKNOWN;
    return this.chain(a, s > 0 ? a.v : s < 0 ? ZERO : hull(ZERO, a.v, this.bc.prec), step);
  }

  /** (a², 2a·a'). */
  square(a: BallDual): BallDual {
    const F = this.bc;
    return this.chain(a, F.square(a.v), F.mul(TWO, a.v));
  }
}
