/**
 * Expressions: plain JSON trees over exact rationals, symbols, + − × ÷, integer powers, exp and ln.
 * They travel inside certificates, so every tree a checker receives is first re-validated by `decodeExpr`.
 */
import { parseRational, ratToString, type Rational } from '../algebra/rational.js';

/** An expression tree. `num.value` is an exact rational in canonical text ("3", "-1/2"); `pow.exponent` is an integer. */
export type Expr =
  | { readonly op: 'num'; readonly value: string }
  | { readonly op: 'sym'; readonly name: string }
  | { readonly op: 'add'; readonly args: readonly Expr[] }
  | { readonly op: 'mul'; readonly args: readonly Expr[] }
  | { readonly op: 'neg'; readonly arg: Expr }
  | { readonly op: 'div'; readonly numerator: Expr; readonly denominator: Expr }
  | { readonly op: 'pow'; readonly base: Expr; readonly exponent: number }
  | { readonly op: 'exp'; readonly arg: Expr }
  | { readonly op: 'ln'; readonly arg: Expr };

/** The error every symbolic routine throws on malformed or unsupported input; checkers turn it into a rejection. */
export class SymbolicError extends Error {
  override name = 'SymbolicError';
}

/** Names that cannot be symbols: the functions and Euler's number of the parser. */
export const RESERVED_NAMES: readonly string[] = ['exp', 'ln', 'e', 'sigmoid', 'tanh', 'softplus'];

const SYMBOL_NAME = /^\p{L}[\p{L}\p{N}_]*$/u;

/** Largest |exponent| of a power and most nodes in one tree: bounds that keep a hostile certificate from hanging a checker. */
export const MAX_EXPONENT = 1000;
export const MAX_NODES = 100_000;
const MAX_DEPTH = 400;

/** True iff `name` is a valid symbol: a letter, then letters, digits or underscores, and not a reserved name. */
export function isSymbolName(name: unknown): name is string {
  return typeof name === 'string' && SYMBOL_NAME.test(name) && !RESERVED_NAMES.includes(name);
}

/** The rational constant `value` (a Rational, a bigint, a safe integer or short decimal number, or text such as "-3/4"). */
export function num(value: Rational | number | bigint | string): Expr {
  if (typeof value === 'object') return { op: 'num', value: ratToString(value) };
  if (typeof value === 'number' && (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value)))) {
    throw new SymbolicError(`num(${value}): not exactly representable; pass the value as text`);
  }
  return { op: 'num', value: ratToString(parseRational(String(value))) };
}

/** The symbol `name`; throws SymbolicError when the name is not valid. */
export function sym(name: string): Expr {
  if (!isSymbolName(name)) throw new SymbolicError(`"${name}" is not a valid symbol name`);
  return { op: 'sym', name };
}

/** The sum of `args` (a single argument is returned as is, no argument is 0). */
export function add(...args: Expr[]): Expr {
  return args.length === 1 ? args[0] : { op: 'add', args };
}

/** The product of `args` (a single argument is returned as is, no argument is 1). */
export function mul(...args: Expr[]): Expr {
  return args.length === 1 ? args[0] : { op: 'mul', args };
}

/** −a. */
export function neg(a: Expr): Expr {
  return { op: 'neg', arg: a };
}

/** a − b, written as a + (−b). */
export function sub(a: Expr, b: Expr): Expr {
  return add(a, neg(b));
}

/** a / b. */
export function div(a: Expr, b: Expr): Expr {
  return { op: 'div', numerator: a, denominator: b };
}

/** a^k for an integer k with |k| ≤ MAX_EXPONENT. */
export function pow(a: Expr, k: number): Expr {
  if (!Number.isInteger(k) || Math.abs(k) > MAX_EXPONENT) throw new SymbolicError(`exponent ${k} is not an integer of size at most ${MAX_EXPONENT}`);
  return { op: 'pow', base: a, exponent: k };
}

/** e^a. */
export function exp(a: Expr): Expr {
  return { op: 'exp', arg: a };
}

/** ln a (the natural logarithm, defined where a > 0). */
export function ln(a: Expr): Expr {
  return { op: 'ln', arg: a };
}

/** The sorted list of symbol names occurring in `e`. */
export function freeSymbols(e: Expr): string[] {
  const names = new Set<string>();
  const visit = (x: Expr): void => {
    if (x.op === 'sym') names.add(x.name);
    else for (const c of children(x)) visit(c);
  };
  visit(e);
  return [...names].sort();
}

/** True iff the symbol `name` occurs in `e`. */
export function occurs(e: Expr, name: string): boolean {
  if (e.op === 'sym') return e.name === name;
  return children(e).some((c) => occurs(c, name));
}

/** `e` with every occurrence of the symbol `name` replaced by `replacement`. */
export function substitute(e: Expr, name: string, replacement: Expr): Expr {
  switch (e.op) {
    case 'num':
      return e;
    case 'sym':
      return e.name === name ? replacement : e;
    case 'add':
    case 'mul':
      return { op: e.op, args: e.args.map((a) => substitute(a, name, replacement)) };
    case 'neg':
    case 'exp':
    case 'ln':
      return { op: e.op, arg: substitute(e.arg, name, replacement) };
    case 'div':
      return div(substitute(e.numerator, name, replacement), substitute(e.denominator, name, replacement));
    case 'pow':
      return { op: 'pow', base: substitute(e.base, name, replacement), exponent: e.exponent };
  }
}

/** The immediate subexpressions of `e`, left to right. */
export function children(e: Expr): readonly Expr[] {
  switch (e.op) {
    case 'num':
    case 'sym':
      return [];
    case 'add':
    case 'mul':
      return e.args;
    case 'neg':
    case 'exp':
    case 'ln':
      return [e.arg];
    case 'div':
      return [e.numerator, e.denominator];
    case 'pow':
      return [e.base];
  }
}

const FIELDS: Record<Expr['op'], readonly string[]> = {
  num: ['value'],
  sym: ['name'],
  add: ['args'],
  mul: ['args'],
  neg: ['arg'],
  div: ['numerator', 'denominator'],
  pow: ['base', 'exponent'],
  exp: ['arg'],
  ln: ['arg'],
};

/**
 * Re-validates untrusted JSON as an expression and returns a fresh copy; throws SymbolicError naming the path of the
 * first defect (unknown op or field, bad number or name, non-integer or oversized exponent, too many nodes or too deep).
 */
export function decodeExpr(data: unknown, path = '$'): Expr {
  let nodes = 0;
  const decode = (x: unknown, at: string, depth: number): Expr => {
    if (++nodes > MAX_NODES) throw new SymbolicError(`${at}: expression has more than ${MAX_NODES} nodes`);
    if (depth > MAX_DEPTH) throw new SymbolicError(`${at}: expression is nested more than ${MAX_DEPTH} deep`);
    if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new SymbolicError(`${at}: expected an expression object`);
    const o = x as Record<string, unknown>;
    const op = o.op;
    if (typeof op !== 'string' || !Object.prototype.hasOwnProperty.call(FIELDS, op)) {
      throw new SymbolicError(`${at}: unknown op ${JSON.stringify(op)}`);
    }
    const allowed = FIELDS[op as Expr['op']];
    for (const k of Object.keys(o)) {
      if (k !== 'op' && !allowed.includes(k)) throw new SymbolicError(`${at}: unexpected field "${k}" in ${op}`);
    }
    const child = (field: string): Expr => decode(o[field], `${at}.${field}`, depth + 1);
    switch (op as Expr['op']) {
      case 'num': {
        if (typeof o.value !== 'string' || o.value.length > 2000) throw new SymbolicError(`${at}.value: expected a rational as text`);
        try {
          return { op: 'num', value: ratToString(parseRational(o.value)) };
        } catch {
          throw new SymbolicError(`${at}.value: "${o.value}" is not a rational`);
        }
      }
      case 'sym':
        if (!isSymbolName(o.name)) throw new SymbolicError(`${at}.name: ${JSON.stringify(o.name)} is not a valid symbol name`);
        return { op: 'sym', name: o.name };
      case 'add':
      case 'mul': {
        if (!Array.isArray(o.args)) throw new SymbolicError(`${at}.args: expected an array`);
        return { op: op as 'add' | 'mul', args: o.args.map((a, i) => decode(a, `${at}.args[${i}]`, depth + 1)) };
      }
      case 'neg':
      case 'exp':
      case 'ln':
        return { op: op as 'neg' | 'exp' | 'ln', arg: child('arg') };
      case 'div':
        return { op: 'div', numerator: child('numerator'), denominator: child('denominator') };
      case 'pow': {
        const k = o.exponent;
        if (typeof k !== 'number' || !Number.isInteger(k) || Math.abs(k) > MAX_EXPONENT) {
          throw new SymbolicError(`${at}.exponent: expected an integer of size at most ${MAX_EXPONENT}, got ${JSON.stringify(k)}`);
        }
        return { op: 'pow', base: child('base'), exponent: k };
      }
    }
  };
  return decode(data, path, 0);
}
