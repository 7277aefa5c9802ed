/**
 * Kernel checker `exact-evaluation`: { kind: 'exact-evaluation', expression: Expr, differentiate?: string[],
 *   points: [{ at: { [symbol]: "p/q" }, value: "p/q" }, ...] }.
 * The expression must be a rational function (num, sym, + − × ÷, integer powers; no exp or ln). The checker
 * differentiates it (in the listed variables, in order) with the kernel's own rules, evaluates the original expression
 * and every derivative at each point in exact BigInt rational arithmetic, and accepts iff every evaluation is defined
 * (no zero denominator) and the last one equals the recorded value. Every free symbol must be assigned. Defined at a
 * point, a rational function is defined on a neighbourhood of it, so the derivatives there are the usual ones.
 */
import { add, div, eq, isZero, mul, neg, ONE, parseRational, pow, ratToString, ZERO, type Rational } from '../../algebra/rational.js';
import { derivative } from '../../symbolic/derivative.js';
import { freeSymbols, isSymbolName, SymbolicError, type Expr } from '../../symbolic/expr.js';
import { symbolToLatex, toLatex } from '../../symbolic/print.js';
import type { Checker, Trust } from '../types.js';
import { partialLatex } from './derivative-identity.js';
import { assertDistinctLatex, DIFFERENTIATION_TRUSTS, expressionField, guarded, math, rejected } from './symbolic-common.js';

const KIND = 'exact-evaluation';

/** Most points and derivatives one certificate may ask for, and the largest size (bits) of any intermediate rational. */
export const MAX_POINTS = 100;
export const MAX_DERIVATIVES = 4;
export const MAX_BITS = 200_000;

const TRUSTS: readonly Trust[] = [{ kind: 'theorem', name: 'exact rational arithmetic (field axioms over Q, BigInt integers)' }];

function bits(r: Rational): number {
  return (r.num < 0n ? -r.num : r.num).toString(2).length + r.den.toString(2).length;
}

/** The exact value of `e` at `at`; throws SymbolicError when it is undefined there (zero denominator), uses exp/ln, or grows too large. */
export function evaluateExactly(e: Expr, at: ReadonlyMap<string, Rational>): Rational {
  const memo = new Map<Expr, Rational>();
  const value = (x: Expr): Rational => {
    const known = memo.get(x);
    if (known) return known;
    const v = compute(x);
    if (bits(v) > MAX_BITS) throw new SymbolicError(`an intermediate value has more than ${MAX_BITS} bits`);
    memo.set(x, v);
    return v;
  };
  const compute = (x: Expr): Rational => {
    switch (x.op) {
      case 'num':
        return parseRational(x.value);
      case 'sym': {
        const v = at.get(x.name);
        if (!v) throw new SymbolicError(`the symbol ${x.name} is not assigned a value`);
        return v;
      }
      case 'add':
        return x.args.reduce((acc, a) => add(acc, value(a)), ZERO);
      case 'mul':
        return x.args.reduce((acc, a) => mul(acc, value(a)), ONE);
      case 'neg':
        return neg(value(x.arg));
      case 'div': {
        const d = value(x.denominator);
        if (isZero(d)) throw new SymbolicError('a denominator is 0 at the point: the expression is not defined there');
        return div(value(x.numerator), d);
      }
      case 'pow': {
        const b = value(x.base);
        if (x.exponent < 0 && isZero(b)) throw new SymbolicError('a negative power of 0 at the point: the expression is not defined there');
        if (bits(b) * Math.abs(x.exponent) > MAX_BITS) throw new SymbolicError(`a power would have more than ${MAX_BITS} bits`);
        return pow(b, x.exponent);
      }
      case 'exp':
      case 'ln':
        throw new SymbolicError(`${x.op} is not a rational operation: exact evaluation covers rational functions only`);
    }
  };
  return value(e);
}

function differentiateField(data: unknown): string[] {
  if (data === undefined) return [];
  if (!Array.isArray(data) || data.length > MAX_DERIVATIVES || !data.every(isSymbolName)) {
    throw new SymbolicError(`field "differentiate" must be an array of at most ${MAX_DERIVATIVES} symbol names`);
  }
  return data as string[];
}

interface Point {
  at: Map<string, Rational>;
  value: Rational;
}

function rationalText(data: unknown, where: string): Rational {
  if (typeof data !== 'string' || data.length > 2000) throw new SymbolicError(`${where} must be a rational as text`);
  try {
    return parseRational(data);
  } catch {
    throw new SymbolicError(`${where}: "${data}" is not a rational`);
  }
}

function pointsField(data: unknown): Point[] {
  if (!Array.isArray(data) || data.length === 0 || data.length > MAX_POINTS) {
    throw new SymbolicError(`field "points" must be a non-empty array of at most ${MAX_POINTS} {at, value}`);
  }
  return data.map((p, i) => {
    const o = p as { at?: unknown; value?: unknown } | null;
    if (typeof o !== 'object' || o === null || typeof o.at !== 'object' || o.at === null || Array.isArray(o.at)) {
      throw new SymbolicError(`points[${i}] must be {at: {symbol: "p/q"}, value: "p/q"}`);
    }
    const at = new Map<string, Rational>();
    for (const [name, v] of Object.entries(o.at as Record<string, unknown>)) {
      if (!isSymbolName(name)) throw new SymbolicError(`points[${i}].at: ${JSON.stringify(name)} is not a symbol name`);
      at.set(name, rationalText(v, `points[${i}].at.${name}`));
    }
    return { at, value: rationalText(o.value, `points[${i}].value`) };
  });
}

function ratLatex(r: Rational): string {
  const m = r.num < 0n ? -r.num : r.num;
  const body = r.den === 1n ? `${m}` : `\\frac{${m}}{${r.den}}`;
  return r.num < 0n ? `-${body}` : body;
}

function pointLatex(at: ReadonlyMap<string, Rational>): string {
  return [...at.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, v]) => `${symbolToLatex(name)} = ${ratLatex(v)}`)
    .join(',\\ ');
}

/** Checks an `exact-evaluation` certificate by differentiating and evaluating in exact rational arithmetic. */
export const checkExactEvaluation: Checker = (c) =>
  guarded(KIND, () => {
    const expression = expressionField(c, 'expression');
    const variables = differentiateField(c.differentiate);
    const points = pointsField(c.points);
    assertDistinctLatex([expression], [...variables, ...points.flatMap((p) => [...p.at.keys()])]);
    const chain = [expression];
    for (const v of variables) chain.push(derivative(chain[chain.length - 1], v));
    const needed = freeSymbols(expression);
    const lines: string[] = [];
    for (const [i, p] of points.entries()) {
      const missing = needed.filter((name) => !p.at.has(name));
      if (missing.length > 0) return rejected(KIND, `points[${i}] assigns no value to ${missing.join(', ')}`);
      let last = ZERO;
      for (const e of chain) last = evaluateExactly(e, p.at);
      if (!eq(last, p.value)) {
        return rejected(KIND, `at points[${i}] the exact value is ${ratToString(last)}, not the recorded ${ratToString(p.value)}`);
      }
      lines.push(`${math(ratLatex(last))} at ${math(pointLatex(p.at))}`);
    }
    const shown = variables.reduce((latex, v) => partialLatex(v, latex), toLatex(expression));
    return {
      kind: KIND,
      ok: true,
      proves: `${math(shown)} equals ${lines.join('; ')}`,
      detail: `the kernel${variables.length > 0 ? ` differentiated the expression with respect to ${variables.join(', then ')} and` : ''} evaluated it in exact rational arithmetic at ${points.length} point(s); every denominator was non-zero.`,
      trusts: [...TRUSTS, ...(variables.length > 0 ? DIFFERENTIATION_TRUSTS : [])],
    };
  });
