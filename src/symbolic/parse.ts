/**
 * A small parser so that claim files read like mathematics: `parseExpr("1/2*(t - 1/(1 + exp(-(w1*x1 + w2*x2))))^2")`.
 *
 * Grammar (whitespace is ignored; `·` and `×` mean `*`, `−` means `-`):
 *   expression := term (("+" | "-") term)*
 *   term       := unary (("*" | "/") unary)*          multiplication is always written: 2*x, not 2x
 *   unary      := ("-" | "+") unary | power           so -x^2 = -(x^2)
 *   power      := primary ("^" unary)?                 right-associative; the exponent must be an integer
 *                                                      literal (x^2, x^-1, x^(-1)), except on e: e^u = exp(u)
 *   primary    := number | "e" | symbol | function "(" expression ")" | "(" expression ")"
 *   function   := "exp" | "ln" | "sigmoid" | "tanh" | "softplus"   the activations are their definitions:
 *                 sigmoid(u) = 1/(1 + exp(-u)), tanh(u) = (exp(2u) - 1)/(exp(2u) + 1), softplus(u) = ln(1 + exp(u))
 *   number     := digits ("." digits)?                  decimals are exact: 0.25 = 1/4
 *   symbol     := letter (letter | digit | "_")*        any name but exp, ln and e (Euler's number)
 * Errors are SyntaxErrors that name the 0-based position and show the text with a caret under it.
 */
import { parseRational } from '../algebra/rational.js';
import { MAX_EXPONENT, div, exp, mul, neg, num, pow, sym, add, ln, type Expr } from './expr.js';

interface Token {
  kind: 'number' | 'name' | 'op' | 'end';
  text: string;
  at: number;
}

function fail(source: string, at: number, message: string): never {
  throw new SyntaxError(`${message} at position ${at}\n  ${source}\n  ${' '.repeat(at)}^`);
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s+|(\d+(?:\.\d+)?)|(\p{L}[\p{L}\p{N}_]*)|([-+*/^()·×−])/uy;
  let at = 0;
  while (at < source.length) {
    pattern.lastIndex = at;
    const m = pattern.exec(source);
    if (!m) fail(source, at, `unexpected character "${source[at]}"`);
    if (m[1] !== undefined) tokens.push({ kind: 'number', text: m[1], at });
    else if (m[2] !== undefined) tokens.push({ kind: 'name', text: m[2], at });
    else if (m[3] !== undefined) tokens.push({ kind: 'op', text: m[3] === '·' || m[3] === '×' ? '*' : m[3] === '−' ? '-' : m[3], at });
    at = pattern.lastIndex;
  }
  tokens.push({ kind: 'end', text: 'end of input', at: source.length });
  return tokens;
}

/** The functions of the grammar, each as its definition in exp and ln. */
const FUNCTIONS: Readonly<Record<string, (u: Expr) => Expr>> = {
  exp,
  ln,
  sigmoid: (u) => div(num(1), add(num(1), exp(neg(u)))),
  tanh: (u) => div(add(exp(mul(num(2), u)), neg(num(1))), add(exp(mul(num(2), u)), num(1))),
  softplus: (u) => ln(add(num(1), exp(u))),
};

/** Parses `source` by the grammar above; throws SyntaxError naming the position of the first error. */
export function parseExpr(source: string): Expr {
  const tokens = tokenize(source);
  let i = 0;
  const peek = (): Token => tokens[i];
  const isOp = (text: string): boolean => peek().kind === 'op' && peek().text === text;
  const describe = (t: Token): string => (t.kind === 'end' ? 'end of input' : `"${t.text}"`);
  const expect = (text: string, what: string): void => {
    if (!isOp(text)) fail(source, peek().at, `expected "${text}" ${what}, found ${describe(peek())}`);
    i++;
  };

  const expression = (): Expr => {
    const terms = [term()];
    while (isOp('+') || isOp('-')) {
      const minus = tokens[i++].text === '-';
      const t = term();
      terms.push(minus ? neg(t) : t);
    }
    return add(...terms);
  };

  const term = (): Expr => {
    let factors = [unary()];
    while (isOp('*') || isOp('/')) {
      if (tokens[i++].text === '*') factors.push(unary());
      else factors = [div(mul(...factors), unary())];
    }
    return mul(...factors);
  };

  const unary = (): Expr => {
    if (isOp('-')) {
      i++;
      return neg(unary());
    }
    if (isOp('+')) {
      i++;
      return unary();
    }
    return power();
  };

  const power = (): Expr => {
    const isEuler = peek().kind === 'name' && peek().text === 'e';
    const base = primary();
    if (!isOp('^')) return base;
    i++;
    const at = peek().at;
    const exponent = unary();
    if (isEuler) return exp(exponent);
    const k = integerLiteral(exponent);
    if (k === null) fail(source, at, 'the exponent must be an integer literal (use exp(...) or e^(...) for other exponents)');
    if (Math.abs(k) > MAX_EXPONENT) fail(source, at, `the exponent ${k} is larger than ${MAX_EXPONENT}`);
    return pow(base, k);
  };

  const primary = (): Expr => {
    const t = peek();
    if (t.kind === 'number') {
      i++;
      return num(parseRational(t.text));
    }
    if (t.kind === 'name') {
      i++;
      if (Object.prototype.hasOwnProperty.call(FUNCTIONS, t.text)) {
        expect('(', `after ${t.text}`);
        const arg = expression();
        expect(')', `to close ${t.text}(`);
        return FUNCTIONS[t.text](arg);
      }
      if (t.text === 'e') return exp(num(1));
      if (isOp('(')) fail(source, t.at, `unknown function "${t.text}" (known: ${Object.keys(FUNCTIONS).join(', ')}; write products with *)`);
      return sym(t.text);
    }
    if (isOp('(')) {
      i++;
      const inner = expression();
      expect(')', 'to close "("');
      return inner;
    }
    return fail(source, t.at, `expected a number, a symbol, exp, ln or "(", found ${describe(t)}`);
  };

  const result = expression();
  if (peek().kind !== 'end') {
    const t = peek();
    const hint = t.kind === 'op' && t.text === ')' ? 'unbalanced ")"' : `unexpected ${describe(t)} (write products with *)`;
    fail(source, t.at, hint);
  }
  return result;
}

function integerLiteral(e: Expr): number | null {
  if (e.op === 'neg') {
    const k = integerLiteral(e.arg);
    return k === null ? null : -k;
  }
  if (e.op !== 'num') return null;
  const q = parseRational(e.value);
  return q.den === 1n && q.num <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(q.num) : null;
}
