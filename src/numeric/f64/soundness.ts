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

/** Every float64 interval property, in a fixed order. */
export function f64Properties(): F64Property[] {
  return [...(['add', 'sub', 'mul', 'div'] as const).map(binary), squareProperty(), ...(['exp', 'ln', 'tanh', 'sigmoid'] as const).map(unary), jetProperty()];
}
