/**
 * Kernel checker `range`: { kind: 'range', fn: Expr, var, order, lo, hi, min, max, pieces, precision }.
 * The kernel differentiates fn `order` times in var itself, cuts [lo, hi] (finite rationals) into `pieces` equal
 * closed pieces, and encloses the derivative over each piece by outward-rounded interval arithmetic at `precision`
 * digits. It accepts iff every enclosure evaluates (so the derivative is defined on the piece) and lies in
 * [min, max] (min or max may be ±inf). Every point of [lo, hi] lies in some piece, so the conclusion is the `range`
 * proposition: for every var in [lo, hi], min ≤ d^order fn / d var^order ≤ max.
 */
import { parseRational, type Rational } from '../../algebra/rational.js';
import { derivative } from '../../symbolic/derivative.js';
import { freeSymbols, isSymbolName, type Expr } from '../../symbolic/expr.js';
import { IntervalContext, type Interval } from '../../numeric/interval.js';
import { evaluateInterval } from '../interval-expr.js';
import { decodeProp, PropError, type Prop } from '../proposition.js';
import type { Certificate, CheckResult, Trust } from '../types.js';
import { DIFFERENTIATION_TRUSTS, expressionField, guarded, rejected } from './symbolic-common.js';

const KIND = 'range';
const MAX_PIECES = 20_000;

/** What every interval enclosure rests on. */
export const ENCLOSURE_TRUSTS: readonly Trust[] = [
  { kind: 'library', name: 'decimal.js: +, -, *, /, exp, ln correctly rounded under ROUND_FLOOR / ROUND_CEIL' },
  { kind: 'kernel', name: 'outward-rounded interval arithmetic and elementary bounds (src/numeric/interval.ts, elementary.ts)' },
];

/** The `order`-th derivative of `fn` in `v`, by the kernel's own differentiation. */
export function nthDerivative(fn: Expr, v: string, order: number): Expr {
  let d = fn;
  for (let k = 0; k < order; k++) d = derivative(d, v);
  return d;
}

/**
 * Encloses `f` (an expression in `v` alone) over [a, b] cut into `pieces` equal pieces; returns the hull of the
 * enclosures, or the reason one failed (undefined on a piece, or outside [min, max] when those are given).
 */
export function encloseOnPieces(
  ic: IntervalContext,
  f: Expr,
  v: string,
  a: Rational,
  b: Rational,
  pieces: number,
  bounds?: { min: string; max: string },
): { ok: true; hull: Interval } | { ok: false; detail: string } {
  const minI = bounds && bounds.min !== '-inf' ? ic.point(bounds.min) : undefined;
  const maxI = bounds && bounds.max !== '+inf' ? ic.point(bounds.max) : undefined;
  const width = { num: b.num * a.den - a.num * b.den, den: a.den * b.den };
  const at = (i: number): Rational => ({ num: a.num * width.den * BigInt(pieces) + width.num * a.den * BigInt(i), den: a.den * width.den * BigInt(pieces) });
  let hull: Interval | undefined;
  let left = ic.fromRational(at(0));
  for (let i = 0; i < pieces; i++) {
    const right = ic.fromRational(at(i + 1));
    const X: Interval = { lo: left.lo, hi: right.hi };
    left = right;
    let y: Interval;
    try {
      y = evaluateInterval(ic, f, new Map([[v, X]]));
    } catch (e) {
      if (e instanceof RangeError) return { ok: false, detail: `piece ${i + 1} of ${pieces} ([${X.lo.toSD(8)}, ${X.hi.toSD(8)}]): not defined there (${e.message})` };
      throw e;
    }
    if (y.lo.isNaN() || y.hi.isNaN()) return { ok: false, detail: `piece ${i + 1} of ${pieces}: the enclosure has an end that is not a number` };
    if (minI && y.lo.lt(minI.hi)) return { ok: false, detail: `piece ${i + 1} of ${pieces} ([${X.lo.toSD(8)}, ${X.hi.toSD(8)}]): the enclosure [${y.lo.toSD(8)}, ${y.hi.toSD(8)}] does not stay ≥ ${bounds!.min}` };
    if (maxI && y.hi.gt(maxI.lo)) return { ok: false, detail: `piece ${i + 1} of ${pieces} ([${X.lo.toSD(8)}, ${X.hi.toSD(8)}]): the enclosure [${y.lo.toSD(8)}, ${y.hi.toSD(8)}] does not stay ≤ ${bounds!.max}` };
    hull = hull ? ic.hull(hull, y) : y;
  }
  return { ok: true, hull: hull! };
}

/** Checks a `range` certificate; never throws. */
export function checkRange(c: Certificate): CheckResult {
  return guarded(KIND, () => {
    const fn = expressionField(c, 'fn');
    if (!isSymbolName(c.var)) return rejected(KIND, 'field "var" must be a symbol name');
    const v = c.var;
    if (freeSymbols(fn).some((s) => s !== v)) return rejected(KIND, `fn may have no symbol but ${v}`);
    const { pieces, precision } = c;
    if (typeof pieces !== 'number' || !Number.isInteger(pieces) || pieces < 1 || pieces > MAX_PIECES) return rejected(KIND, `pieces must be an integer from 1 to ${MAX_PIECES}`);
    if (typeof precision !== 'number' || !Number.isInteger(precision) || precision < 10 || precision > 200) return rejected(KIND, 'precision must be an integer from 10 to 200');
    let conclusion: Prop;
    try {
      conclusion = decodeProp({ op: 'range', fn, var: v, order: c.order, lo: c.lo, hi: c.hi, min: c.min, max: c.max });
    } catch (e) {
      if (e instanceof PropError) return rejected(KIND, e.message);
      throw e;
    }
    const r = conclusion as Extract<Prop, { op: 'range' }>;
    if (r.lo === '-inf' || r.hi === '+inf') return rejected(KIND, 'the checker encloses on a bounded interval: lo and hi must be rationals (tails go through range-exp-tail)');
    const ic = new IntervalContext(precision);
    const f = nthDerivative(fn, v, r.order);
    const result = encloseOnPieces(ic, f, v, parseRational(r.lo), parseRational(r.hi), pieces, { min: r.min, max: r.max });
    if (!result.ok) return rejected(KIND, result.detail);
    const shown = `[${result.hull.lo.toSD(8)}, ${result.hull.hi.toSD(8)}]`;
    return {
      kind: KIND,
      ok: true,
      proves: `for every $\`${v}\`$ in [${r.lo}, ${r.hi}], the derivative of order ${r.order} lies in [${r.min}, ${r.max}]`,
      detail: `the kernel's derivative of order ${r.order}, enclosed on ${pieces} equal pieces of [${r.lo}, ${r.hi}] at ${precision} digits, lies in ${shown} ⊆ [${r.min}, ${r.max}]`,
      trusts: [...DIFFERENTIATION_TRUSTS, ...ENCLOSURE_TRUSTS],
      conclusion,
    };
  });
}
