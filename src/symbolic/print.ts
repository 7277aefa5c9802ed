/**
 * Printers for expression trees: plain text in the grammar of `parseExpr` (parsing it back gives an equivalent
 * tree), and LaTeX that GitHub's MathJax renders (no \operatorname). Parentheses are added only where precedence needs them.
 */
import { parseRational } from '../algebra/rational.js';
import type { Expr } from './expr.js';
import { sigmoidArgument, tanhArgument } from './sigmoid.js';

// Precedence levels: sum 1, product and quotient 2, unary minus 3, power 4, atoms and function calls 5.
function textPrecedence(e: Expr): number {
  switch (e.op) {
    case 'num': {
      const q = parseRational(e.value);
      return q.den !== 1n ? 2 : q.num < 0n ? 3 : 5;
    }
    case 'add':
      return e.args.length === 0 ? 5 : 1;
    case 'mul':
      return e.args.length === 0 ? 5 : 2;
    case 'div':
      return 2;
    case 'neg':
      return 3;
    case 'pow':
      return 4;
    default:
      return 5;
  }
}

/** b when the sum term `a` is −b or a negative number −b, so that it prints as "− b"; otherwise null. */
function subtrahend(a: Expr): Expr | null {
  if (a.op === 'neg') return a.arg;
  if (a.op === 'num' && a.value.startsWith('-')) return { op: 'num', value: a.value.slice(1) };
  return null;
}

/** `e` as text that `parseExpr` reads back to an equivalent expression, e.g. "1/2*(t - 1/(1 + exp(-h)))^2". */
export function toText(e: Expr): string {
  return text(e, 0);
}

function text(e: Expr, min: number): string {
  const body = ((): string => {
    switch (e.op) {
      case 'num':
        return e.value;
      case 'sym':
        return e.name;
      case 'add':
        if (e.args.length === 0) return '0';
        return e.args
          .map((a, i) => {
            if (i === 0) return text(a, 1);
            const minus = subtrahend(a);
            return minus ? ` - ${text(minus, 2)}` : ` + ${text(a, 2)}`;
          })
          .join('');
      case 'mul':
        return e.args.length === 0 ? '1' : e.args.map((a, i) => text(a, i === 0 ? 2 : 3)).join('*');
      case 'div':
        return `${text(e.numerator, 2)}/${text(e.denominator, 3)}`;
      case 'neg':
        return `-${text(e.arg, 3)}`;
      case 'pow':
        return `${text(e.base, 5)}^${e.exponent < 0 ? `(${e.exponent})` : e.exponent}`;
      case 'exp':
        return `exp(${text(e.arg, 0)})`;
      case 'ln':
        return `ln(${text(e.arg, 0)})`;
    }
  })();
  return textPrecedence(e) < min ? `(${body})` : body;
}

const GREEK = [
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu',
  'nu', 'xi', 'pi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'chi', 'psi', 'omega',
];
const GREEK_LETTERS = 'αβγδεζηθικλμνξπρστυφχψω';

/** A symbol name as LaTeX: "w_1" and "w1" print w_{1}, "lambda" and "λ" print \lambda, longer words print \mathrm{...}. */
export function symbolToLatex(name: string): string {
  const split = /^([^_]+)_(.+)$/u.exec(name) ?? /^(\p{L}+)(\p{N}+)$/u.exec(name);
  if (split) return `${symbolToLatex(split[1])}_{${/^\p{N}+$/u.test(split[2]) ? split[2] : symbolToLatex(split[2])}}`;
  const greek = GREEK.indexOf(name) >= 0 ? GREEK.indexOf(name) : [...name].length === 1 ? GREEK_LETTERS.indexOf(name) : -1;
  if (greek >= 0) return `\\${GREEK[greek]}`;
  return [...name].length === 1 ? name : `\\mathrm{${name}}`;
}

function latexPrecedence(e: Expr): number {
  if (e.op === 'num') {
    const q = parseRational(e.value);
    return q.num < 0n ? 3 : q.den !== 1n ? 4 : 5;
  }
  if (e.op === 'div') return 5;
  if (e.op === 'neg' && e.arg.op === 'mul') return 2; // −(a b) prints as −a b, a product
  if (e.op === 'exp') return 4;
  return textPrecedence(e);
}

/** `e` as LaTeX, e.g. "\frac{1}{2} \left(t - \frac{1}{1 + e^{-h}}\right)^{2}". */
export function toLatex(e: Expr): string {
  return latexIn(e, 0, NO_NOTATION);
}

/**
 * How `toLatexWithNotation` abbreviates: `sigmoid` prints every subtree of the exact form 1/(1 + e^{−u}) as s(u), and of
 * the exact form (e^{2u} − 1)/(e^{2u} + 1) as tanh(u);
 * `names` prints the listed symbols as the given LaTeX (e.g. h as \mathbf w\cdot\mathbf x). Printing only.
 */
export interface Notation {
  readonly sigmoid: boolean;
  readonly names: Readonly<Record<string, string>>;
}

const NO_NOTATION: Notation = { sigmoid: false, names: {} };

/** `e` as LaTeX with the abbreviations of `notation` (the tree is unchanged: only its printing is shorter). */
export function toLatexWithNotation(e: Expr, notation: Notation): string {
  return latexIn(e, 0, notation);
}

function latexIn(e: Expr, min: number, notation: Notation): string {
  const latex = (x: Expr, m: number): string => latexIn(x, m, notation);
  if (notation.sigmoid) {
    const u = sigmoidArgument(e);
    if (u) return `s\\left(${latex(u, 0)}\\right)`;
    const v = tanhArgument(e);
    if (v) return `\\tanh\\left(${latex(v, 0)}\\right)`;
  }
  if (e.op === 'sym' && Object.prototype.hasOwnProperty.call(notation.names, e.name)) {
    const shown = notation.names[e.name];
    return min > 2 ? `\\left(${shown}\\right)` : shown;
  }
  const body = ((): string => {
    switch (e.op) {
      case 'num': {
        const q = parseRational(e.value);
        const magnitude = q.num < 0n ? -q.num : q.num;
        const abs = q.den === 1n ? `${magnitude}` : `\\frac{${magnitude}}{${q.den}}`;
        return q.num < 0n ? `-${abs}` : abs;
      }
      case 'sym':
        return symbolToLatex(e.name);
      case 'add':
        if (e.args.length === 0) return '0';
        return e.args
          .map((a, i) => {
            if (i === 0) return latex(a, 1);
            const minus = subtrahend(a);
            return minus ? ` - ${latex(minus, 2)}` : ` + ${latex(a, 2)}`;
          })
          .join('');
      case 'mul': {
        if (e.args.length === 0) return '1';
        const parts = e.args.map((a, i) => latex(a, i === 0 ? 3 : 4));
        return parts.map((p, i) => (i === 0 ? p : /^[0-9-]/.test(p) ? ` \\cdot ${p}` : ` ${p}`)).join('');
      }
      case 'div':
        return `\\frac{${latex(e.numerator, 0)}}{${latex(e.denominator, 0)}}`;
      case 'neg':
        return `-${latex(e.arg, e.arg.op === 'mul' ? 2 : 3)}`;
      case 'pow': {
        // A fraction or a signed number as a base needs brackets: \frac{a}{b}^{2} would misread.
        const base = latex(e.base, 5);
        const bracket = e.base.op === 'div' || (e.base.op === 'num' && /^-|\\frac/.test(base));
        return `${bracket ? `\\left(${base}\\right)` : base}^{${e.exponent}}`;
      }
      case 'exp':
        return `e^{${latex(e.arg, 0)}}`;
      case 'ln':
        return `\\ln\\left(${latex(e.arg, 0)}\\right)`;
    }
  })();
  return latexPrecedence(e) < min ? `\\left(${body}\\right)` : body;
}
