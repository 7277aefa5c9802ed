/**
 * Property checks of the float64 interval layer for `npm run soundness`: every operation encloses the exact value.
 * +, −, ×, ÷ are compared with the exact rational result (BigInt, no rounding at all); exp, ln, tanh and the sigmoid
 * with decimal.js at 60 digits in ROUND_FLOOR / ROUND_CEIL (exp and ln are correctly rounded in decimal.js; tanh and
 * the sigmoid are composed from exp at 80 digits and bracketed by a relative 10^−70, far below the 2^−29 margin).
 * Operands range over every double: subnormals, ±0, huge values, ±MAX_VALUE, and moderate values.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { add as radd, cmp, div as rdiv, mul as rmul, sub as rsub, type Rational } from '../../algebra/rational.js';
import { outwardContexts, decimalContext } from '../context.js';
import { exactDecimal, exactValue } from '../ieee754.js';
import { rat } from '../../algebra/rational.js';
import { f64GradientSystem } from '../../neuron/f64-system.js';
import { decimalModelField, pointLossJet, prepare, type Problem } from '../../neuron/model.js';
import * as F from './elementary.js';
import * as I from './interval.js';
import type { F64Interval } from './interval.js';

/** One property with its name (the shape of src/numeric/soundness.ts). */
export interface F64Property {
  readonly name: string;
  readonly property: fc.IProperty<unknown>;
}

/** Finite doubles over the whole range: any double, subnormals, near 1, and the extremes. */
export function anyDouble(): fc.Arbitrary<number> {
  return fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ noNaN: true, min: -1e-300, max: 1e-300 }),
    fc.double({ noNaN: true, min: -50, max: 50 }),
    fc.constantFrom(0, -0, 5e-324, -5e-324, 2.2250738585072014e-308, Number.MAX_VALUE, -Number.MAX_VALUE, 1, -1, 0.5),
  );
}

function ordered(a: number, b: number): F64Interval {
  return a <= b ? { lo: a, hi: b } : { lo: b, hi: a };
}

/** True iff lo <= r <= hi with r exact (an infinite end bounds everything on its side). */
export function holdsRational(x: F64Interval, r: Rational): boolean {
  const loOk = x.lo === -Infinity || (x.lo !== Infinity && cmp(exactValue(x.lo), r) <= 0);
  const hiOk = x.hi === Infinity || (x.hi !== -Infinity && cmp(r, exactValue(x.hi)) <= 0);
  return loOk && hiOk;
}

/** True iff lo <= down and up <= hi, where [down, up] brackets the exact value (Decimal, possibly ±Infinity). */
function holdsBracket(x: F64Interval, down: Decimal, up: Decimal): boolean {
  const lo = x.lo === -Infinity || (x.lo !== Infinity && new Decimal(exactDecimal(x.lo)).lte(down));
  const hi = x.hi === Infinity || (x.hi !== -Infinity && up.isFinite() && new Decimal(exactDecimal(x.hi)).gte(up));
  return lo && hi;
}

type Binary = 'add' | 'sub' | 'mul' | 'div';
const EXACT: Record<Binary, (a: Rational, b: Rational) => Rational> = { add: radd, sub: rsub, mul: rmul, div: rdiv };

function binary(name: Binary): F64Property {
  return {
    name: `f64 interval ${name} (exact rational reference)`,
    property: fc.property(anyDouble(), anyDouble(), anyDouble(), anyDouble(), (a, b, c, d) => {
      const X = ordered(a, b);
      const Y = ordered(c, d);
      const Z = I[name](X, Y);
      if (name === 'div' && I.containsZero(Y)) return Z.lo === -Infinity && Z.hi === Infinity;
      return [X.lo, X.hi].every((x) => [Y.lo, Y.hi].every((y) => holdsRational(Z, EXACT[name](exactValue(x), exactValue(y)))));
    }),
  };
}

function squareProperty(): F64Property {
  return {
    name: 'f64 interval square (exact rational reference)',
    property: fc.property(anyDouble(), anyDouble(), (a, b) => {
      const X = ordered(a, b);
      const S = I.square(X);
      const points = X.lo < 0 && X.hi > 0 ? [X.lo, X.hi, 0] : [X.lo, X.hi];
      return points.every((x) => holdsRational(S, rmul(exactValue(x), exactValue(x))));
    }),
  };
}

const { down: D60, up: U60 } = outwardContexts(60);
const N80 = decimalContext(80);
const TIGHT = new Decimal('1e-70');

/** [v(1 − 10^−70), v(1 + 10^−70)] ordered: a bracket of a value computed at 80 digits. */
function around(v: Decimal, lo = -Infinity, hi = Infinity): [Decimal, Decimal] {
  const e = N80.mul(v.abs(), TIGHT);
  return [Decimal.max(lo, N80.sub(v, e)), Decimal.min(hi, N80.add(v, e))];
}

/** tanh x at >= 80 digits: x − x³/3 below 10^−30 in size, else (1 − e^−2|x|)/(1 + e^−2|x|) with guard digits for small |x|. */
function tanhReference(x: Decimal): Decimal {
  if (x.isZero()) return x;
  if (x.abs().lt('1e-30')) return N80.sub(x, N80.div(N80.mul(N80.mul(x, x), x), 3));
  const W = decimalContext(100 + Math.max(0, -x.e));
  const u = x.abs().gt(1e5) ? new W(0) : W.exp(W.mul(x.abs(), -2));
  const t = W.div(W.sub(1, u), W.add(1, u));
  return x.isNeg() ? t.neg() : t;
}

const REFERENCE: Record<'exp' | 'ln' | 'tanh' | 'sigmoid', (x: string) => [Decimal, Decimal]> = {
  exp: (x) => [D60.exp(x), U60.exp(x)],
  ln: (x) => [D60.ln(x), U60.ln(x)],
  tanh: (x) => around(tanhReference(new Decimal(x)), -1, 1),
  sigmoid: (x) => around(N80.div(1, N80.add(1, N80.exp(new N80(x).neg()))), 0, 1),
};

function unary(name: 'exp' | 'ln' | 'tanh' | 'sigmoid'): F64Property {
  return {
    name: `f64 interval ${name} (decimal.js at 60 digits; trusted Math.${name === 'sigmoid' ? 'exp' : name === 'ln' ? 'log' : name} margin 2^-30)`,
    property: fc.property(anyDouble(), anyDouble(), (a, b) => {
      const X = name === 'ln' ? ordered(Math.abs(a), Math.abs(b)) : ordered(a, b);
      if (name === 'ln' && X.lo === 0) return true;
      const Y = F[name](X);
      return [X.lo, X.hi].every((x) => {
        const [lo, hi] = REFERENCE[name](exactDecimal(x));
        return holdsBracket(Y, lo, hi);
      });
    }),
  };
}

function jetProperty(): F64Property {
  return {
    name: "f64 sigmoid jet [s(h), s(-h), s'(h)] over intervals (decimal.js at 80 digits)",
    property: fc.property(anyDouble(), anyDouble(), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, u) => {
      const X = ordered(a, b);
      const x = X.lo === X.hi ? X.lo : Math.min(X.hi, Math.max(X.lo, X.lo + u * (X.hi - X.lo)));
      const [s, c, s1] = F.sigmoidJet(X);
      const e = N80.exp(new N80(exactDecimal(x)).neg());
      const sv = N80.div(1, N80.add(1, e));
      const cv = e.isFinite() ? N80.div(e, N80.add(1, e)) : new Decimal(1);
      const checks: [F64Interval, Decimal, number][] = [[s, sv, 1], [c, cv, 1], [s1, N80.mul(sv, cv), 0.25]];
      return checks.every(([Y, v, max]) => holdsBracket(Y, ...around(v, 0, max)));
    }),
  };
}

/** A one-point, one-weight problem (input 1, so h = w) with a shaped activation, loss and target. */
function shapedProblem(): fc.Arbitrary<Problem> {
  const target = fc.oneof(fc.constantFrom(rat(0), rat(1), rat(1, 2), rat(-1), rat(2)), fc.tuple(fc.integer({ min: -40, max: 40 }), fc.integer({ min: 1, max: 40 })).map(([n, d]) => rat(n, d)));
  const kind = fc.constantFrom(['sigmoid', 'mse'], ['sigmoid', 'xent'], ['tanh', 'mse'], ['exp', 'mse'] as const);
  return fc.tuple(kind, target).map(([[activation, loss], t]): Problem => ({ activation, loss, data: [{ x: [rat(1)], t }] }));
}

/** Interval ends for h: every double (huge, subnormal) and the moderate range where the critical points lie. */
function hEnd(): fc.Arbitrary<number> {
  return fc.oneof(anyDouble(), fc.double({ noNaN: true, min: -8, max: 8 }), fc.double({ noNaN: true, min: -800, max: 800 }));
}

/** h-intervals: any two ends, or a narrow one (width below 3) in the moderate range, where the Taylor form applies. */
function hInterval(): fc.Arbitrary<F64Interval> {
  const narrow = fc.tuple(fc.double({ noNaN: true, min: -40, max: 40 }), fc.double({ noNaN: true, min: 0, max: 3 })).map(([a, w]) => ordered(a, a + w));
  return fc.oneof(fc.tuple(hEnd(), hEnd()).map(([a, b]) => ordered(a, b)), narrow);
}

/** [v(1 − 10^−50), v(1 + 10^−50)] ordered: a bracket of a value computed at 60 digits. */
function around60(v: Decimal): [Decimal, Decimal] {
  const e = N80.mul(v.abs(), '1e-50');
  return [N80.sub(v, e), N80.add(v, e)];
}

/**
 * The tight per-point ranges of the fast search (neuron/f64-system.ts: ℓ, φ = ℓ', ψ = ℓ'' over an h-interval from
 * monotone pieces), the zonotope coefficient of φ and, for targets 0 and 1, φ's sign and logarithm, and its Taylor form (φ(x) ∈ constant + linear·(x − c)) hold the values at a sampled h computed
 * at 60 digits with decimal.js (the model's own formulas in the decimal field).
 */
function shapeProperty(): F64Property {
  return {
    name: 'f64 tight per-point ranges of loss, slope, curvature, the zonotope coefficient, the log-slope and the Taylor form (decimal.js at 60 digits)',
    property: fc.property(shapedProblem(), hInterval(), fc.double({ min: 0, max: 1, noNaN: true }), (problem, X, u) => {
      const h = X.lo === X.hi ? X.lo : Math.min(X.hi, Math.max(X.lo, X.lo + u * (X.hi / 2 - X.lo / 2) * 2));
      if (!Number.isFinite(h)) return true;
      const sys = f64GradientSystem(problem);
      const P = prepare(decimalModelField(60), problem);
      let ref: ReturnType<typeof pointLossJet<Decimal>>;
      try {
        ref = pointLossJet(P, new Decimal(exactDecimal(h)), P.points[0]);
      } catch (e) {
        // The 60-digit reference itself fails only where decimal.js underflows (ln 0 for cross-entropy near ±1e308).
        if (e instanceof RangeError && problem.loss === 'xent') return true;
        throw e;
      }
      const J = sys.jets([X]);
      const ranges: [F64Interval, Decimal][] = [[J.loss, ref.loss], [J.gradient[0], ref.slope], [J.hessian[0][0], ref.curvature]];
      if (!ranges.every(([Y, v]) => !v.isFinite() || holdsBracket(Y, ...around60(v)))) return false;
      if (sys.slopes !== undefined && Number.isFinite(X.lo) && Number.isFinite(X.hi)) {
        // The zonotope test's coefficient (range ∩ mean-value form) and, for targets 0 and 1, its sign and logarithm.
        const m = I.midpoint(X);
        const slopes = sys.slopes([X], [m], J, sys.jets([I.point(m)]));
        if (ref.slope.isFinite() && !holdsBracket(slopes.coefficients[0], ...around60(ref.slope))) return false;
        const logs = slopes.logCoefficients?.() ?? null;
        if (logs !== null && ref.slope.isFinite() && !ref.slope.isZero()) {
          const [{ sign, log }] = logs;
          if (sign !== ref.slope.s) return false;
          const magnitude = decimalContext(60).ln(ref.slope.abs());
          if (!holdsBracket(log, ...around60(magnitude))) return false;
        }
      }
      if (!(Number.isFinite(X.lo) && Number.isFinite(X.hi)) || sys.secondOrder === undefined) return true;
      const c = I.midpoint(X);
      const taylor = sys.secondOrder([X], [c], [[1]]);
      if (taylor === null) return true;
      const { constant, linear } = taylor;
      const form = I.add(constant[0], I.mul(linear[0][0], I.sub(I.point(h), I.point(c))));
      return !ref.slope.isFinite() || holdsBracket(form, ...around60(ref.slope));
    }),
  };
}

/** Every float64 interval property, in a fixed order. */
export function f64Properties(): F64Property[] {
  return [...(['add', 'sub', 'mul', 'div'] as const).map(binary), squareProperty(), ...(['exp', 'ln', 'tanh', 'sigmoid'] as const).map(unary), jetProperty(), shapeProperty()];
}
