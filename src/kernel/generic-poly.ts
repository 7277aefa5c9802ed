/**
 * Polynomials in z whose coefficients are integer polynomials in symbolic parameters t_1..t_k (the targets): the data
 * of the generic forms of src/kernel/proposition.ts. A coefficient is a list of monomials [c, [e_1, …, e_k]] meaning
 * c · t_1^{e_1} ⋯ t_k^{e_k}; the polynomial lists its coefficients highest z-degree first, the leading one non-zero.
 * Decoding canonicalises (equal monomials merged, zeros dropped, monomials sorted) so that equal polynomials are equal
 * JSON. Exact arithmetic only; independent of the search code in src/algebra.
 */
import { add as qAdd, div as qDiv, isZero, mul as qMul, rat, sub as qSub, type Rational } from '../algebra/rational.js';
import { add, isSymbolName, mul, num, pow, sym, type Expr } from '../symbolic/expr.js';

/** One monomial: an integer coefficient (decimal text) and one exponent per parameter. */
export type GenericMonomial = readonly [string, readonly number[]];
/** A polynomial in z over Z[t]: coefficients highest z-degree first, each a canonical list of monomials. */
export type GenericPoly = readonly (readonly GenericMonomial[])[];

const MAX_PARAMS = 20;
const MAX_DEGREE = 2000;
const MAX_EXPONENT = 1000;
const MAX_MONOMIALS = 100_000;

/** Re-validates parameter names: a non-empty list of distinct symbol names; `fail` throws with the message. */
export function decodeParams(data: unknown, at: string, fail: (message: string) => never): string[] {
  if (!Array.isArray(data) || data.length === 0 || data.length > MAX_PARAMS) fail(`${at}: a non-empty array of at most ${MAX_PARAMS} parameter names`);
  const seen = new Set<string>();
  return (data as unknown[]).map((n, i) => {
    if (!isSymbolName(n)) fail(`${at}[${i}]: ${JSON.stringify(n)} is not a symbol name`);
    if (seen.has(n as string)) fail(`${at}[${i}]: ${String(n)} is listed twice`);
    seen.add(n as string);
    return n as string;
  });
}

function compareExponents(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i] - a[i];
  return 0;
}

/** Re-validates and canonicalises a generic polynomial in `k` parameters; `fail` throws with the message. */
export function decodeGenericPoly(data: unknown, k: number, at: string, fail: (message: string) => never): GenericPoly {
  if (!Array.isArray(data) || data.length === 0 || data.length - 1 > MAX_DEGREE) fail(`${at}: a non-empty array of at most ${MAX_DEGREE + 1} coefficients`);
  let total = 0;
  const out = (data as unknown[]).map((coefficient, i) => {
    if (!Array.isArray(coefficient)) fail(`${at}[${i}]: a coefficient is an array of monomials [c, exponents]`);
    const merged = new Map<string, { c: bigint; e: number[] }>();
    (coefficient as unknown[]).forEach((m, j) => {
      if (++total > MAX_MONOMIALS) fail(`${at}: more than ${MAX_MONOMIALS} monomials`);
      const where = `${at}[${i}][${j}]`;
      if (!Array.isArray(m) || m.length !== 2) fail(`${where}: a monomial is [c, exponents]`);
      const [c, e] = m as unknown[];
      if (typeof c !== 'string' || !/^-?\d{1,20000}$/.test(c)) fail(`${where}[0]: not an integer string`);
      if (!Array.isArray(e) || e.length !== k) fail(`${where}[1]: one exponent per parameter (${k})`);
      const exps = (e as unknown[]).map((x) => {
        if (typeof x !== 'number' || !Number.isInteger(x) || x < 0 || x > MAX_EXPONENT) fail(`${where}[1]: exponents are integers in [0, ${MAX_EXPONENT}]`);
        return x as number;
      });
      const key = exps.join(',');
      const prior = merged.get(key);
      merged.set(key, { c: (prior?.c ?? 0n) + BigInt(c as string), e: exps });
    });
    return [...merged.values()]
      .filter((m) => m.c !== 0n)
      .sort((a, b) => compareExponents(a.e, b.e))
      .map((m): GenericMonomial => [m.c.toString(), m.e]);
  });
  if (out[0].length === 0) fail(`${at}: the leading coefficient is zero`);
  return out;
}

/** The z-degree of the polynomial. */
export function genericDegree(p: GenericPoly): number {
  return p.length - 1;
}

/** The value of one coefficient at the parameter values. */
function coefficientAt(c: readonly GenericMonomial[], values: readonly Rational[]): Rational {
  return c.reduce((acc, [k, e]) => qAdd(acc, e.reduce((m, x, i) => qMul(m, powQ(values[i], x)), rat(BigInt(k)))), rat(0n));
}

function powQ(a: Rational, k: number): Rational {
  let r = rat(1n);
  for (let i = 0; i < k; i++) r = qMul(r, a);
  return r;
}

/** N(z; t0): the rational coefficients at the parameter values, highest z-degree first (leading zeros kept). */
export function specializeGeneric(p: GenericPoly, values: readonly Rational[]): Rational[] {
  return p.map((c) => coefficientAt(c, values));
}

/** N(z; t) as an expression Σ_k (Σ c t^e) z^k in the symbols `params` and the expression `z`. */
export function genericToExpr(p: GenericPoly, params: readonly string[], z: Expr): Expr {
  const n = p.length - 1;
  const terms = p.flatMap((c, i) =>
    c.map(([k, e]) => mul(num(k), ...e.flatMap((x, j) => (x === 0 ? [] : [pow(sym(params[j]), x)])), pow(z, n - i))),
  );
  return add(...terms);
}

/** True iff f (rational coefficients, highest first, leading non-zero) has no repeated complex root: gcd(f, f′) constant. */
export function isSquareFreeQ(f: readonly Rational[]): boolean {
  const n = f.length - 1;
  if (n <= 1) return true;
  const derivative = f.slice(0, n).map((c, i) => qMul(c, rat(BigInt(n - i))));
  let a = trim(f);
  let b = trim(derivative);
  while (b.length > 0) [a, b] = [b, remainder(a, b)];
  return a.length === 1;
}

function trim(f: readonly Rational[]): Rational[] {
  let i = 0;
  while (i < f.length && isZero(f[i])) i++;
  return f.slice(i);
}

/** a mod b over Q (highest first; b's leading coefficient non-zero); [] is the zero polynomial. */
function remainder(a: readonly Rational[], b: readonly Rational[]): Rational[] {
  let r = trim(a);
  while (r.length >= b.length) {
    const q = qDiv(r[0], b[0]);
    r = trim(r.map((c, i) => (i < b.length ? qSub(c, qMul(q, b[i])) : c)).slice(1));
  }
  return r;
}
