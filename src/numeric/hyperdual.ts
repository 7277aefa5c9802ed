/**
 * Second-order forward-mode automatic differentiation over Decimal: a hyper-dual number carries a value, its gradient
 * and its (symmetric) Hessian with respect to n variables, so one evaluation gives all three. Every operation applies
 * the second-order chain rule  H(φ∘a) = φ'(a)·H(a) + φ''(a)·∇a ∇aᵀ  or the product rule
 * H(a·b) = a·H(b) + b·H(a) + ∇a ∇bᵀ + ∇b ∇aᵀ. Entries are rounded to the context's precision (not rigorous).
 */
import type { Decimal } from 'decimal.js';
import type { Rational } from '../algebra/rational.js';
import { decimalContext, type DecimalCtor } from './context.js';
import * as E from './elementary.js';
import type { Field } from './field.js';

/** A value v, its gradient g and its Hessian H (H[i][j] = ∂²v/∂w_i∂w_j, symmetric). */
export interface HyperDual {
  readonly v: Decimal;
  readonly g: readonly Decimal[];
  readonly H: readonly (readonly Decimal[])[];
}

/** Hyper-dual arithmetic over n variables at a fixed precision; implements Field<HyperDual>. */
export class HyperDualNumbers implements Field<HyperDual> {
  /** The Decimal context of values and derivatives. */
  readonly D: DecimalCtor;
  /** Number of variables. */
  readonly n: number;
  private readonly zeroVector: readonly Decimal[];
  private readonly zeroMatrix: readonly (readonly Decimal[])[];

  /** Hyper-dual numbers over n variables, every entry rounded to `precision` digits (ROUND_HALF_EVEN). */
  constructor(precision: number, n: number) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`number of variables must be a natural number, got ${n}`);
    this.D = decimalContext(precision);
    this.n = n;
    this.zeroVector = Array.from({ length: n }, () => new this.D(0));
    this.zeroMatrix = Array.from({ length: n }, () => this.zeroVector);
  }

  /** The i-th variable w_i at the given value: gradient e_i, Hessian 0. */
  variable(i: number, value: Decimal | string): HyperDual {
    if (!Number.isInteger(i) || i < 0 || i >= this.n) throw new RangeError(`variable index ${i} outside [0, ${this.n})`);
    const g = this.zeroVector.slice();
    g[i] = new this.D(1);
    return { v: new this.D(value).toSD(this.D.precision), g, H: this.zeroMatrix };
  }

  /** A constant: gradient and Hessian 0. */
  constant(value: Decimal | string): HyperDual {
    return { v: new this.D(value).toSD(this.D.precision), g: this.zeroVector, H: this.zeroMatrix };
  }

  /** The rational r rounded to the context's precision, as a constant. */
  fromRational(r: Rational): HyperDual {
    return { v: this.D.div(r.num.toString(), r.den.toString()), g: this.zeroVector, H: this.zeroMatrix };
  }

  /** Entrywise a + b. */
  add(a: HyperDual, b: HyperDual): HyperDual {
    const D = this.D;
    return {
      v: D.add(a.v, b.v),
      g: a.g.map((x, i) => D.add(x, b.g[i])),
      H: this.symmetric((i, j) => D.add(a.H[i][j], b.H[i][j])),
    };
  }

  /** Entrywise a − b. */
  sub(a: HyperDual, b: HyperDual): HyperDual {
    const D = this.D;
    return {
      v: D.sub(a.v, b.v),
      g: a.g.map((x, i) => D.sub(x, b.g[i])),
      H: this.symmetric((i, j) => D.sub(a.H[i][j], b.H[i][j])),
    };
  }

  /** Entrywise −a. */
  neg(a: HyperDual): HyperDual {
    return { v: a.v.neg(), g: a.g.map((x) => x.neg()), H: this.symmetric((i, j) => a.H[i][j].neg()) };
  }

  /** a·b by the product rule: ∇ = b∇a + a∇b, H = a·H(b) + b·H(a) + ∇a∇bᵀ + ∇b∇aᵀ. */
  mul(a: HyperDual, b: HyperDual): HyperDual {
    const D = this.D;
    return {
      v: D.mul(a.v, b.v),
      g: a.g.map((x, i) => D.add(D.mul(x, b.v), D.mul(a.v, b.g[i]))),
      H: this.symmetric((i, j) => {
        const cross = D.add(D.mul(a.g[i], b.g[j]), D.mul(b.g[i], a.g[j]));
        return D.add(D.add(D.mul(a.v, b.H[i][j]), D.mul(b.v, a.H[i][j])), cross);
      }),
    };
  }

  /** a/b = a·(1/b), the reciprocal by the chain rule (φ = 1/x, φ' = −1/x², φ'' = 2/x³); throws RangeError when b = 0. */
  div(a: HyperDual, b: HyperDual): HyperDual {
    const D = this.D;
    if (b.v.isZero()) throw new RangeError('hyper-dual division by a zero value');
    const r = D.div(1, b.v);
    const r2 = D.mul(r, r);
    return this.mul(a, this.chain(b, r, r2.neg(), D.mul(2, D.mul(r2, r))));
  }

  /** a² (φ' = 2x, φ'' = 2). */
  square(a: HyperDual): HyperDual {
    const D = this.D;
    return this.chain(a, D.mul(a.v, a.v), D.mul(2, a.v), new D(2));
  }

  /** a^k for an integer k (φ' = k x^(k−1), φ'' = k(k−1) x^(k−2)); throws RangeError when a = 0 and k < 0. */
  powInt(a: HyperDual, k: number): HyperDual {
    if (!Number.isInteger(k)) throw new RangeError(`non-integer exponent ${k}`);
    if (k < 0 && a.v.isZero()) throw new RangeError(`0 to the negative power ${k}`);
    const D = this.D;
    if (k === 0) return this.constant('1');
    if (k === 1) return a;
    return this.chain(a, D.pow(a.v, k), D.mul(k, D.pow(a.v, k - 1)), D.mul(k * (k - 1), D.pow(a.v, k - 2)));
  }

  /** e^a (φ = φ' = φ'' = e^x). */
  exp(a: HyperDual): HyperDual {
    const e = E.exp(this.D, a.v);
    return this.chain(a, e, e, e);
  }

  /** ln a (φ' = 1/x, φ'' = −1/x²); throws RangeError unless a > 0. */
  ln(a: HyperDual): HyperDual {
    if (!a.v.gt(0)) throw new RangeError(`ln of ${a.v}, which is not positive`);
    const D = this.D;
    const r = D.div(1, a.v);
    return this.chain(a, E.ln(D, a.v), r, D.mul(r, r).neg());
  }

  /** s(a) (φ' = s·c, φ'' = s·c·(c − s), c = s(−x)). */
  sigmoid(a: HyperDual): HyperDual {
    const [s, d1, d2] = E.sigmoidJet(this.D, a.v);
    return this.chain(a, s, d1, d2);
  }

  /** tanh a (φ' = 1 − t² = 4 s(2x) s(−2x), φ'' = −2 t φ'). */
  tanh(a: HyperDual): HyperDual {
    const [t, d1, d2] = E.tanhJet(this.D, a.v);
    return this.chain(a, t, d1, d2);
  }

  /** softplus a (φ' = s(x), φ'' = s·c). */
  softplus(a: HyperDual): HyperDual {
    const [s, d1] = E.sigmoidJet(this.D, a.v);
    return this.chain(a, E.softplus(this.D, a.v), s, d1);
  }

  /** max(a, 0): relu'(0) and relu''(0) are taken to be 0 by convention (relu has no derivative at 0). */
  relu(a: HyperDual): HyperDual {
    return a.v.gt(0) ? a : this.constant('0');
  }

  /** φ(a) by the second-order chain rule from f = φ(a), f1 = φ'(a), f2 = φ''(a). */
  private chain(a: HyperDual, f: Decimal, f1: Decimal, f2: Decimal): HyperDual {
    const D = this.D;
    return {
      v: f,
      g: a.g.map((x) => D.mul(f1, x)),
      H: this.symmetric((i, j) => D.add(D.mul(f1, a.H[i][j]), D.mul(f2, D.mul(a.g[i], a.g[j])))),
    };
  }

  /** The symmetric n×n matrix with entries entry(i, j) for i <= j. */
  private symmetric(entry: (i: number, j: number) => Decimal): Decimal[][] {
    const M: Decimal[][] = Array.from({ length: this.n }, () => new Array<Decimal>(this.n));
    for (let i = 0; i < this.n; i++) {
      for (let j = i; j < this.n; j++) {
        const x = entry(i, j);
        M[i][j] = x;
        M[j][i] = x;
      }
    }
    return M;
  }
}
