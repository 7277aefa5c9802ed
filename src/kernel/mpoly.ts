/**
 * Integer polynomials in k variables z_1..z_k for the forms and rules of exact elimination: a polynomial is a list of
 * terms [c, [e_1, …, e_k]] meaning c · z_1^{e_1} ⋯ z_k^{e_k}. Decoding canonicalises (equal monomials merged, zero
 * terms dropped, monomials sorted decreasingly) so that equal polynomials are equal JSON. Exact BigInt arithmetic
 * only: the kernel's own copy, independent of the search code in src/algebra/mpoly-q.ts.
 */
import { add, mul, num, pow, type Expr } from '../symbolic/expr.js';

/** One term: an integer coefficient (decimal text) and one exponent per variable. */
export type MTerm = readonly [string, readonly number[]];
/** A canonical integer polynomial in k variables (possibly [] for 0). */
export type MPoly = readonly MTerm[];

const MAX_VARIABLES = 8;
const MAX_EXPONENT = 2000;
const MAX_TERMS = 200_000;

/** The number of variables the kernel's multivariate forms allow. */
export const MPOLY_MAX_VARIABLES = MAX_VARIABLES;

function compareExponents(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i] - a[i];
  return 0;
}

/** The canonical polynomial of a map exponent-key → (coefficient, exponents). */
function canonical(terms: Iterable<{ c: bigint; e: readonly number[] }>): MPoly {
  return [...terms].filter((t) => t.c !== 0n).sort((a, b) => compareExponents(a.e, b.e)).map((t) => [t.c.toString(), [...t.e]] as const);
}

/**
 * Re-validates untrusted JSON as a polynomial in `k` variables and returns it canonical; `fail` throws with a message
 * naming `at`. With `nonZero`, the zero polynomial is refused.
 */
export function decodeMPoly(data: unknown, k: number, at: string, fail: (message: string) => never, nonZero = false): MPoly {
  if (!Array.isArray(data) || data.length > MAX_TERMS) fail(`${at}: a polynomial is an array of at most ${MAX_TERMS} terms [c, exponents]`);
  const merged = new Map<string, { c: bigint; e: number[] }>();
  (data as unknown[]).forEach((t, j) => {
    const where = `${at}[${j}]`;
    if (!Array.isArray(t) || t.length !== 2) fail(`${where}: a term is [c, exponents]`);
    const [c, e] = t as unknown[];
    if (typeof c !== 'string' || !/^-?\d{1,20000}$/.test(c)) fail(`${where}[0]: not an integer string`);
    if (!Array.isArray(e) || e.length !== k) fail(`${where}[1]: one exponent per variable (${k})`);
    const exps = (e as unknown[]).map((x) => {
      if (typeof x !== 'number' || !Number.isInteger(x) || x < 0 || x > MAX_EXPONENT) fail(`${where}[1]: exponents are integers in [0, ${MAX_EXPONENT}]`);
      return x as number;
    });
    const key = exps.join(',');
    merged.set(key, { c: (merged.get(key)?.c ?? 0n) + BigInt(c as string), e: exps });
  });
  const out = canonical(merged.values());
  if (nonZero && out.length === 0) fail(`${at}: the polynomial is 0`);
  return out;
}

function accumulate(into: Map<string, { c: bigint; e: readonly number[] }>, c: bigint, e: readonly number[]): void {
  const key = e.join(',');
  into.set(key, { c: (into.get(key)?.c ?? 0n) + c, e });
}

/** f + g, canonical. */
export function mpolyAdd(f: MPoly, g: MPoly): MPoly {
  const out = new Map<string, { c: bigint; e: readonly number[] }>();
  for (const [c, e] of [...f, ...g]) accumulate(out, BigInt(c), e);
  return canonical(out.values());
}

/** f · g, canonical (both in the same number of variables). */
export function mpolyMul(f: MPoly, g: MPoly): MPoly {
  const out = new Map<string, { c: bigint; e: readonly number[] }>();
  for (const [a, ea] of f) for (const [b, eb] of g) accumulate(out, BigInt(a) * BigInt(b), ea.map((x, i) => x + eb[i]));
  return canonical(out.values());
}

/** True iff the canonical polynomials f and g are equal. */
export function mpolyEquals(f: MPoly, g: MPoly): boolean {
  return f.length === g.length && f.every(([c, e], i) => c === g[i][0] && compareExponents(e, g[i][1]) === 0);
}

/** The univariate polynomial (coefficients highest first) as a polynomial in k variables in variable `index`. */
export function mpolyFromUnivariate(poly: readonly string[], k: number, index: number): MPoly {
  const n = poly.length - 1;
  return canonical(poly.map((c, i) => ({ c: BigInt(c), e: Array.from({ length: k }, (_, j) => (j === index ? n - i : 0)) })));
}

/** The largest exponent of variable `index` in f (0 for f = 0). */
export function mpolyDegreeIn(f: MPoly, index: number): number {
  return f.reduce((m, [, e]) => Math.max(m, e[index]), 0);
}

/**
 * q^E · f at z_index = p/q (q > 0), E the degree of f in z_index: an integer polynomial in which z_index no longer
 * occurs (its exponent is 0 in every term); it vanishes exactly where f(…, p/q, …) does.
 */
export function mpolySubstituteRational(f: MPoly, index: number, p: bigint, q: bigint): MPoly {
  const E = mpolyDegreeIn(f, index);
  const out = new Map<string, { c: bigint; e: readonly number[] }>();
  for (const [c, e] of f) accumulate(out, BigInt(c) * p ** BigInt(e[index]) * q ** BigInt(E - e[index]), e.map((x, j) => (j === index ? 0 : x)));
  return canonical(out.values());
}

/** f as an expression Σ c · Π z_j^{e_j} in the given expressions z_j (0 for f = 0). */
export function mpolyToExpr(f: MPoly, z: readonly Expr[]): Expr {
  if (f.length === 0) return num(0);
  return add(...f.map(([c, e]) => mul(num(c), ...e.map((x, j) => pow(z[j], x)))));
}

/**
 * The elimination identity Σ_j A_j P_j = R(z_index) checked exactly in Z[z_1, …, z_k]: true iff `cofactors` decodes to
 * one polynomial A_j per P_j (else `fail` is called) and the combination equals the univariate R placed in z_index.
 */
export function isCofactorIdentity(polys: readonly MPoly[], cofactors: unknown, R: readonly string[], k: number, index: number, fail: (message: string) => never): boolean {
  if (!Array.isArray(cofactors) || cofactors.length !== polys.length) fail('args.cofactors has one polynomial per P_j');
  const combination = polys.reduce<MPoly>((acc, P, j) => mpolyAdd(acc, mpolyMul(decodeMPoly((cofactors as unknown[])[j], k, `args.cofactors[${j}]`, fail), P)), []);
  return mpolyEquals(combination, mpolyFromUnivariate(R, k, index));
}
